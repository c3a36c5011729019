import { getEntry, render } from 'astro:content';
import { policySectionKeys } from '../markdown/policy-sections';

// Astro builds from the project's root; this module's own URL is the bundle's, not the source's.
const docsDir = `${process.cwd()}/content/docs/`;

/**
 * A link to a section of a policy page, by section key, with the section's title in that page's
 * language. Throws, listing the keys there are, when the page has no such section.
 */
export async function policySectionLink(entryId: string, key: string) {
  const page = await getEntry('docs', entryId);
  if (!page) throw new Error(`There is no page content/docs/${entryId}.mdx.`);
  const { headings } = await render(page);
  const { keys } = policySectionKeys(docsDir, entryId, page.data.translation, headings);
  const heading = headings.find(({ slug }) => keys.get(slug) === key);
  if (!heading) {
    throw new Error(`content/docs/${entryId}.mdx has no section "${key}"; its section keys are: ${[...keys.values()].join(', ')}.`);
  }
  return { href: `/${entryId}/#${key}`, title: heading.text, pageTitle: page.data.title };
}
