import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { codeBlocksPlugin } from '../markdown/code-blocks';
import { footnotesPlugin } from '../markdown/footnotes';
import { printedLinksPlugin } from '../markdown/printed-links';
import { responsiveTablesPlugin } from '../markdown/responsive-tables';
import { translationMarksPlugin } from '../markdown/translation-marks';
import { upstreamAnchorsPlugin } from '../markdown/upstream-anchors';
import { upstreamImageLinksPlugin, upstreamImagesPlugin } from '../markdown/upstream-images';
import { upstreamOutlinePlugin } from '../markdown/upstream-outline';
import { upstreamPlaceholdersPlugin } from '../markdown/upstream-placeholders';
import { upstreamSanitizePlugin } from '../markdown/upstream-sanitize';
import { anchorIconsPlugin } from '../markdown/anchor-icons';
import { anchorLabelsPlugin } from '../markdown/anchor-labels';
import { untranslatedMarksPlugin } from '../markdown/untranslated-marks';
import { originalHeadingIdsPlugin } from '../markdown/original-heading-ids';
import { translatedFile, upstreamFileUrl, upstreamTextLang } from '../markdown/upstream-texts';

/**
 * The site's changes to the pages' rendered Markdown, as Sätteri plugins (src/markdown/): upstream
 * texts filtered as untrusted input, their outline made a page's, their translations' headings
 * given the original's ids and untranslated units marked; copy buttons on every code block, the
 * footnotes section in the page's language, links' addresses as readers read them. A Starlight plugin, so that each page's words come from the site's UI
 * strings (content/i18n/) through Starlight's own `useTranslations`, as Starlight's heading links do.
 */
export function siteMarkdown(): StarlightPlugin {
  return {
    name: 'site-markdown',
    hooks: {
      'config:setup'({ addIntegration, useTranslations, absolutePathToLang, astroConfig, logger }) {
        const docsDir = fileURLToPath(new URL('content/docs/', astroConfig.srcDir));
        const upstreamDir = fileURLToPath(new URL('content/upstream/', astroConfig.srcDir));
        const notesDir = fileURLToPath(new URL('content/notes/', astroConfig.srcDir));
        /**
         * A page's language: Starlight's for the docs; an upstream text's own (src/markdown/upstream-texts.ts);
         * a site note's from its name (`content/notes/<policy>/<id>.<lang>.md`, src/loaders/site-notes.ts).
         */
        const langOf = (path: string) =>
          path.startsWith(upstreamDir)
            ? upstreamTextLang(path.slice(upstreamDir.length))
            : path.startsWith(notesDir)
              ? (/\.(en|zh-CN)\.md$/.exec(path)?.[1] ?? 'en')
              : absolutePathToLang(path);
        const markdownPlugins: MdastPluginEntry = ({ fileURL }) => {
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
        /** What a text under content/upstream/ is: its path there, and the text it translates, if any. */
        const upstreamFile = (fileURL: URL | undefined) => {
          const path = fileURL && fileURLToPath(fileURL);
          if (!path?.startsWith(upstreamDir)) return undefined;
          const file = path.slice(upstreamDir.length);
          return { path, file, translates: translatedFile(file) };
        };
        // Before Starlight's heading ids and links: the text's outline as a page's, a translation's
        // headings with the original's ids and its untranslated units marked (src/markdown/).
        const textPlugins: HastPluginEntry = ({ fileURL, data }) => {
          const text = upstreamFile(fileURL);
          if (!text) return undefined;
          const t = useTranslations(langOf(text.path));
          const originalLang = text.translates ? upstreamTextLang(text.translates) : undefined;
          return [
            upstreamImageLinksPlugin,
            text.translates && untranslatedMarksPlugin(t('sectionLink.untranslatedMark'), langOf(text.path), originalLang!),
            // Astro and Starlight collect the headings after this, at their new levels.
            upstreamOutlinePlugin(),
            text.translates &&
              originalHeadingIdsPlugin(
                (data.astro as { frontmatter: { headingIds?: string[] } }).frontmatter.headingIds ?? [],
                text.translates,
              ),
          ];
        };
        const pagePlugins: HastPluginEntry = ({ fileURL }) => {
          const path = fileURL && fileURLToPath(fileURL);
          if (!path || !(path.startsWith(docsDir) || path.startsWith(upstreamDir) || path.startsWith(notesDir))) return undefined;
          const text = upstreamFile(fileURL);
          const t = useTranslations(langOf(path));
          const raw = { interpolation: { escapeValue: false } };
          return [
            text?.file.startsWith('pytorch/') && upstreamAnchorsPlugin,
            text && anchorLabelsPlugin((title) => t('heading.anchorLabel', { title, ...raw })),
            anchorIconsPlugin(),
            codeBlocksPlugin({ copy: t('codeBlock.copy'), copied: t('codeBlock.copied') }),
            footnotesPlugin({
              label: t('footnotes.label'),
              backLabel: (n) => t('footnotes.backLabel', { n, ...raw }),
              anchorLabel: (title) => t('heading.anchorLabel', { title, ...raw }),
            }),
            printedLinksPlugin,
            responsiveTablesPlugin,
            text?.translates && translationMarksPlugin(t('sectionLink.translationMark')),
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
              // The filter first; then the texts' own passes, before Starlight's heading ids and links;
              // the pages' passes after them, before Astro collects the headings.
              processor.options.hastPlugins.unshift(sanitizePlugins, textPlugins);
              processor.options.hastPlugins.push(pagePlugins);
              processor.options.mdastPlugins.push(markdownPlugins);
            },
          },
        });
      },
    },
  };
}
