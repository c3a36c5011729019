import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { codeBlocksPlugin } from '../markdown/code-blocks';
import { footnotesPlugin } from '../markdown/footnotes';
import { policySectionKeys } from '../markdown/policy-sections';
import { printedLinksPlugin } from '../markdown/printed-links';
import { responsiveTablesPlugin } from '../markdown/responsive-tables';
import { sectionLinksPlugin } from '../markdown/section-links';
import { translationMarksPlugin } from '../markdown/translation-marks';
import { upstreamAnchorsPlugin } from '../markdown/upstream-anchors';
import { upstreamImageLinksPlugin, upstreamImagesPlugin } from '../markdown/upstream-images';
import { upstreamOutlinePlugin } from '../markdown/upstream-outline';
import { upstreamPlaceholdersPlugin } from '../markdown/upstream-placeholders';
import { upstreamSanitizePlugin } from '../markdown/upstream-sanitize';
import { anchorIconsPlugin } from '../markdown/anchor-icons';
import { originalHeadingIdsPlugin } from '../markdown/original-heading-ids';
import { translatedFile, upstreamFileUrl, upstreamTextLang } from '../markdown/upstream-texts';

/**
 * The site's changes to the pages' rendered Markdown, as Sätteri hast plugins (src/markdown/):
 * copy buttons on every code block, the footnotes section in the page's language, links' addresses
 * as readers read them (and marked where their text is the address), and on policy pages a link from each section to the same section
 * in the other language. A Starlight plugin, so that each page's words come from the site's UI
 * strings (content/i18n/) through Starlight's own `useTranslations`, as Starlight's heading links do.
 */
export function siteMarkdown(): StarlightPlugin {
  return {
    name: 'site-markdown',
    hooks: {
      'config:setup'({ addIntegration, useTranslations, absolutePathToLang, astroConfig, logger }) {
        const docsDir = fileURLToPath(new URL('content/docs/', astroConfig.srcDir));
        const upstreamDir = fileURLToPath(new URL('content/upstream/', astroConfig.srcDir));
        /** A page's language: Starlight's for the docs; an upstream text's own (src/markdown/upstream-texts.ts). */
        const langOf = (path: string) =>
          path.startsWith(upstreamDir) ? upstreamTextLang(path.slice(upstreamDir.length)) : absolutePathToLang(path);
        const textPlugins: MdastPluginEntry = ({ fileURL }) => {
          const path = fileURL && fileURLToPath(fileURL);
          if (!path?.startsWith(upstreamDir)) return undefined;
          const file = path.slice(upstreamDir.length);
          const t = useTranslations(langOf(path));
          return [
            upstreamPlaceholdersPlugin,
            upstreamImagesPlugin((relative) => upstreamFileUrl(upstreamDir, file, relative), t('upstream.picture')),
          ];
        };
        // Upstream text is untrusted input: its HTML is filtered before any of the site's plugins,
        // and the build says what it removed (src/markdown/upstream-sanitize.ts).
        const sanitizePlugins: HastPluginEntry = ({ fileURL }) => {
          const path = fileURL && fileURLToPath(fileURL);
          if (!path?.startsWith(upstreamDir)) return undefined;
          const file = translatedFile(path.slice(upstreamDir.length)) ?? path.slice(upstreamDir.length);
          return upstreamSanitizePlugin((what) =>
            logger.warn(`content/upstream/${file}: removed ${what}: HTML that GitHub does not show either, and that must not run here.`),
          );
        };
        const pagePlugins: HastPluginEntry = ({ fileURL, data }) => {
          const path = fileURL && fileURLToPath(fileURL);
          if (!path || !(path.startsWith(docsDir) || path.startsWith(upstreamDir))) return undefined;
          const t = useTranslations(langOf(path));
          const raw = { interpolation: { escapeValue: false } };
          const frontmatter = (data.astro as { frontmatter: { upstream?: unknown; translation?: boolean } }).frontmatter;
          const entryId = path.slice(docsDir.length).replace(/\.mdx?$/, '');
          const translation = path.startsWith(upstreamDir) && translatedFile(path.slice(upstreamDir.length));
          /** A section link's words: to the translation from an original, to the original from a translation. */
          const sectionLinkWords = (isTranslation: boolean) => {
            const link = t(isTranslation ? 'sectionLink.toOriginal' : 'sectionLink.toTranslation');
            return {
              text: link,
              label: (title: string) => t('sectionLink.label', { link, title, ...raw }),
            };
          };
          return [
            path.startsWith(upstreamDir) && upstreamImageLinksPlugin,
            // Astro collects the headings after this, at their new levels.
            path.startsWith(upstreamDir) && upstreamOutlinePlugin(),
            translation && originalHeadingIdsPlugin((frontmatter as { headingIds?: string[] }).headingIds ?? [], translation),
            path.startsWith(`${upstreamDir}pytorch/`) && upstreamAnchorsPlugin,
            anchorIconsPlugin(),
            codeBlocksPlugin({ copy: t('codeBlock.copy'), copied: t('codeBlock.copied') }),
            footnotesPlugin({
              label: t('footnotes.label'),
              backLabel: (n) => t('footnotes.backLabel', { n, ...raw }),
              anchorLabel: (title) => t('heading.anchorLabel', { title, ...raw }),
            }),
            printedLinksPlugin,
            responsiveTablesPlugin,
            (translation || (path.startsWith(docsDir) && frontmatter.upstream && frontmatter.translation)) &&
              translationMarksPlugin(t('sectionLink.translationMark')),
            path.startsWith(docsDir) &&
              frontmatter.upstream &&
              sectionLinksPlugin((headings) => ({
                ...policySectionKeys(docsDir, entryId, frontmatter.translation ?? false, headings),
                ...sectionLinkWords(frontmatter.translation ?? false),
              })),
          ];
        };
        addIntegration({
          name: 'site-markdown',
          hooks: {
            'astro:config:setup': ({ config }) => {
              const processor = config.markdown.processor;
              if (!processor || !isSatteriProcessor(processor)) {
                throw new Error(
                  'site-markdown: the pages need the Sätteri Markdown processor; set markdown.processor to satteri() in astro.config.mjs.',
                );
              }
              // After Starlight's own plugins (heading ids and links), before Astro collects the headings.
              processor.options.hastPlugins.unshift(sanitizePlugins);
              processor.options.hastPlugins.push(pagePlugins);
              processor.options.mdastPlugins.push(textPlugins);
            },
          },
        });
      },
    },
  };
}
