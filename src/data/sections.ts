import { getEntry, render } from 'astro:content';
import { localeOfId } from '../locales';
import { counterpartId, sectionKeys, type Heading } from '../lib/sections';

/**
 * The section keys of a policy page, and where its other-language page is. Every policy page has
 * one in each language, and exactly one of the two is marked `translation: true`.
 */
export async function policySections(entryId: string, headings: Heading[]) {
  const page = await getEntry('docs', entryId);
  const otherId = counterpartId(entryId);
  const other = await getEntry('docs', otherId);
  if (!page || !other) {
    throw new Error(`content/docs/${entryId}.mdx has no page in the other language: add content/docs/${otherId}.mdx.`);
  }
  if (page.data.translation === other.data.translation) {
    throw new Error(`Of content/docs/${entryId}.mdx and ${otherId}.mdx, exactly one must be marked translation: true.`);
  }
  const original = page.data.translation ? (await render(other)).headings : headings;
  return {
    keys: sectionKeys(headings, original, `content/docs/${entryId}.mdx`),
    counterpartPath: `/${otherId}/`,
    counterpartLang: localeOfId(otherId).lang,
  };
}

/**
 * A link to a section of a policy page, by section key, with the section's title in that page's
 * language. Throws, listing the keys there are, when the page has no such section.
 */
export async function policySectionLink(entryId: string, key: string) {
  const page = await getEntry('docs', entryId);
  if (!page) throw new Error(`There is no page content/docs/${entryId}.mdx.`);
  const { headings } = await render(page);
  const { keys } = await policySections(entryId, headings);
  const heading = headings.find(({ slug }) => keys.get(slug) === key);
  if (!heading) {
    throw new Error(`content/docs/${entryId}.mdx has no section "${key}"; its section keys are: ${[...keys.values()].join(', ')}.`);
  }
  return { href: `/${entryId}/#${key}`, title: heading.text, pageTitle: page.data.title };
}
