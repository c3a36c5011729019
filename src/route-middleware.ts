import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isoDate } from './lib/iso-date';
import { localeOfLang, otherLocale } from './locales';
import { counterpartId, isNotFoundPage } from './lib/sections';
import { publisher, siteUrl } from './site-config';

export const onRequest = defineRouteMiddleware(({ locals, url }) => {
  const route = locals.starlightRoute;

  // The not-found pages are served at any missing address: they name no address of their own.
  // Hosts send them there with status 404, which search engines do not index. At their own
  // addresses (/404.html) they answer 200, but nothing links there and the sitemap leaves them
  // out; a noindex would cost them Lighthouse's SEO score (is-crawlable) for no reader's gain.
  if (isNotFoundPage(route.entry.id)) {
    route.head = route.head.filter(({ attrs }) => !['canonical', 'alternate'].includes(String(attrs?.rel)) && attrs?.property !== 'og:url');
    return;
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
  const { upstream, translation, title, description } = route.entry.data;
  if (!upstream) return;
  const pageUrl = new URL(url.pathname, siteUrl).href;
  const article = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: title,
    description,
    url: pageUrl,
    inLanguage: route.lang,
    isBasedOn: upstream.fileUrl,
    dateModified: isoDate(upstream.snapshot.date),
    ...(upstream.snapshot.version && { version: upstream.snapshot.version }),
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
