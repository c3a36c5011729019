import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import yaml from 'js-yaml';
import { mdxToJs } from 'satteri';
import { localeOfId } from '../locales';
import { counterpartId, type Heading, sectionKeys } from '../lib/sections';

/**
 * The section keys of a policy page and where its page in the other language is, read from the
 * two pages' files (the Markdown pipeline runs before the content collections can be queried).
 * Every policy page has one in each language, and exactly one of the two is marked
 * `translation: true`; a translation's sections line up with its original's one to one.
 *
 * @param docsDir the docs collection's folder, ending in `/` (`…/content/docs/`)
 * @param entryId the page's entry id, e.g. `zh-cn/pytorch`
 * @param translation the page's frontmatter `translation`
 * @param headings the page's headings, with their ids
 * @throws Error naming the file and the fix, when the other page is missing, both or neither are
 *   translations, or the sections do not line up
 */
export function policySectionKeys(docsDir: string, entryId: string, translation: boolean, headings: Heading[]) {
  const otherId = counterpartId(entryId);
  const otherFile = `${docsDir}${otherId}.mdx`;
  let otherSource: string;
  try {
    otherSource = readFileSync(otherFile, 'utf-8');
  } catch {
    throw new Error(`content/docs/${entryId}.mdx has no page in the other language: add content/docs/${otherId}.mdx.`);
  }
  const otherFrontmatter = yaml.load(/^---\n([\s\S]*?)\n---/.exec(otherSource)?.[1] ?? '') as { translation?: boolean } | undefined;
  if ((otherFrontmatter?.translation ?? false) === translation) {
    throw new Error(`Of content/docs/${entryId}.mdx and ${otherId}.mdx, exactly one must be marked translation: true.`);
  }
  const original = translation ? headingsOf(otherSource, otherFile) : headings;
  return {
    keys: sectionKeys(headings, original, `content/docs/${entryId}.mdx`),
    counterpartPath: `/${otherId}/`,
    counterpartLang: localeOfId(otherId).lang,
  };
}

/** An MDX page's headings with the ids the site gives them (Astro's and Starlight's heading-id pass). */
function headingsOf(source: string, file: string): Heading[] {
  const astro = { frontmatter: {}, headings: [] as Heading[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = mdxToJs(source, { hastPlugins: [satteriHeadingIdsPlugin()], data: { astro }, fileURL: pathToFileURL(file) });
  // Satteri answers with a promise only when a plugin is asynchronous; the heading-id pass is not.
  if (result instanceof Promise) throw new Error(`${file}: reading its headings unexpectedly took an asynchronous plugin.`);
  return (result.data.astro as typeof astro).headings;
}
