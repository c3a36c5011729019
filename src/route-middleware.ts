import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isoDate } from './lib/iso-date';
import { provenanceOf } from './lib/provenance';
import { currentPolicyOf, currentText } from './data/current-policy';
import { contentsOf } from './lib/contents';
import { localeOfLang, otherLocale } from './locales';
import { counterpartId, isNotFoundPage, isRevisionPage, revisionPageHasCounterpart } from './lib/sections';
import { publisher, siteUrl } from './site-config';

export const onRequest = defineRouteMiddleware(async ({ locals, url }) => {
  const route = locals.starlightRoute;

  // The not-found pages are served at any missing address: they name no address of their own.
  // Hosts send them there with status 404, which search engines do not index. At their own
  // addresses (/404.html) they answer 200, but nothing links there and the sitemap leaves them
  // out; a noindex would cost them Lighthouse's SEO score (is-crawlable) for no reader's gain.
  if (isNotFoundPage(route.entry.id)) {
    route.head = route.head.filter(({ attrs }) => !['canonical', 'alternate'].includes(String(attrs?.rel)) && attrs?.property !== 'og:url');
    return;
  }

  // A revision page without a page in the other language names none.
  if (isRevisionPage(route.entry.id) && !revisionPageHasCounterpart(route.entry.id)) {
    route.head = route.head.filter(({ attrs }) => !(attrs?.rel === 'alternate' && attrs.hreflang));
  }

  // A current policy page's text is its policy's newest (src/components/CurrentPolicy.astro): its
  // title is the text's own, its contents the text's headings.
  const currentPage = currentPolicyOf(route.entry.id);
  const current = currentPage && (await currentText(route.entry.id));
  if (current) {
    const { title: was } = route.entry.data;
    const title = current.shown.title ?? was;
    route.entry.data.title = title;
    for (const item of route.head) {
      if (item.tag === 'title' && item.content?.startsWith(was)) item.content = title + item.content.slice(was.length);
      if (item.attrs?.property === 'og:title') item.attrs.content = title;
    }
    const { headings } = current.shown;
    route.headings = headings;
    if (route.toc) route.toc.items = contentsOf(headings, route.toc, route.toc.items[0]!);
  }

  // PyTorch's text is titled just "Security Policy": in a tab or a search result it should say whose.
  const revision = route.entry.data.upstream?.revision;
  if (revision?.startsWith('pytorch/') || current?.policy === 'pytorch') {
    for (const item of route.head) {
      if (item.tag === 'title' && item.content && !item.content.startsWith('PyTorch')) item.content = `PyTorch ${item.content}`;
    }
  }

  // Open Graph: locale in its own spelling, the other language as an alternate, a share image.
  // Open Graph writes locales with an underscore: zh_CN, en_US.
  const locale = localeOfLang(route.lang);
  for (const item of route.head) {
    if (item.attrs?.property === 'og:locale') item.attrs.content = locale.openGraph;
  }
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:locale:alternate', content: otherLocale(locale).openGraph } },
    { tag: 'meta', attrs: { property: 'og:image', content: `${siteUrl}/og-image.png` } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: publisher.name } },
  );

  // Structured data for the policy pages: what they are, what they are based on, and when.
  // (The revision pages are archives of the texts: the current pages describe the policies.)
  const { upstream, translation, title } = route.entry.data;
  if (!upstream || isRevisionPage(route.entry.id)) return;
  if (!current) return;
  const source = provenanceOf(current.revision);
  const pageUrl = new URL(url.pathname, siteUrl).href;
  const article = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    // Its description is the page's meta description; not repeated here, for the 30 KB budget.
    headline: title,
    url: pageUrl,
    inLanguage: route.lang,
    isBasedOn: source.fileUrl,
    // Only what the manifest knows: no date where upstream's commit date is not known.
    ...(source.date && { dateModified: source.date }),
    lastReviewed: isoDate(upstream.reviewed),
    license: `https://spdx.org/licenses/${upstream.licence}.html`,
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    ...(translation && { translationOfWork: { '@type': 'TechArticle', url: new URL(`/${counterpartId(route.entry.id)}/`, siteUrl).href } }),
  };
  route.head.push({
    tag: 'script',
    attrs: { type: 'application/ld+json' },
    content: JSON.stringify(article).replaceAll('<', '\\u003c'),
  });
});
