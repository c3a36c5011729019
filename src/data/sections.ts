import { getEntry, render } from 'astro:content';
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
    counterpartLang: otherId.startsWith('zh-cn/') ? 'zh-CN' : 'en',
  };
}
