import { sectionHeadings } from '../lib/sections';
import { currentText } from './current-policy';

/**
 * A link to a section of a current policy page, by section key (the original's heading id, which
 * a translation's heading keeps), with the section's title in that page's language. Throws,
 * listing the keys there are, when the page's newest text has no such section.
 */
export async function policySectionLink(entryId: string, key: string) {
  const current = await currentText(entryId);
  const headings = sectionHeadings(current.shown.headings);
  const heading = headings.find(({ slug }) => slug === key);
  if (!heading) {
    throw new Error(
      `/${entryId}/ (its newest text, content/upstream/${current.shown.textFile}) has no section "${key}"; its sections are: ${headings.map(({ slug }) => slug).join(', ')}.`,
    );
  }
  return { href: `/${entryId}/#${key}`, title: heading.text, pageTitle: current.shown.title ?? entryId };
}
