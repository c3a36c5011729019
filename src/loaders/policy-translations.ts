import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { publishedTexts } from '../lib/published-texts';
import type { Revision } from '../schemas/revision';
import { translateText } from '../upstream/source-units';
import { translationDirs } from '../markdown/upstream-texts';
import { translationFiles, translationUnits } from './statement-tables';

/** Each policy's original language, and the language this site translates it into. */
const languages = { torch_npu: { from: 'zh-CN', to: 'en' }, pytorch: { from: 'en', to: 'zh-CN' } } as const;

/**
 * This site's translation of every published text of a policy (torch_npu's into English,
 * PyTorch's into Chinese): the text with each heading, paragraph, table cell and code block
 * replaced by its translation unit (src/upstream/source-units.ts), rendered by the site's
 * Markdown pipeline as the original is. Entry id: the text's address segment (`v2.4.0-6.0.0`,
 * `01f9ef32ea`). Headings keep the original's ids, which its in-page links name.
 *
 * A unit without a translation is published in the original under a "not yet translated" mark
 * (src/markdown/untranslated-marks.ts), so a new text never waits for a translator; the build
 * says how many each text has.
 */
export function policyTranslations(policy: Revision['policy']): Loader {
  const unitsFile = translationFiles[policy];
  return {
    name: `${policy}-translations`,
    load: async ({ config, store, renderMarkdown, watcher, logger }) => {
      const at = (path: string) => new URL(path, config.root);
      const sync = async () => {
        const manifest = JSON.parse(await readFile(at(`content/upstream/${policy}.json`), 'utf-8')) as Revision[];
        const units = translationUnits(await readFile(at(unitsFile.file), 'utf-8'), unitsFile);
        const entries = [];
        for (const text of publishedTexts(manifest)) {
          const original = await readFile(at(`content/upstream/${text.file}`), 'utf-8');
          let translated: ReturnType<typeof translateText>;
          try {
            translated = translateText(original, units, languages[policy].from, { markUntranslated: true });
          } catch (error) {
            throw new Error(`content/upstream/${text.file}: ${(error as Error).message}`);
          }
          if (translated.missing.length > 0) {
            logger.info(
              `content/upstream/${text.file}: ${translated.missing.length} unit(s) not yet translated, published in the original and marked; add them to ${unitsFile.file} (npm run upstream:add lists them).`,
            );
          }
          // The original's heading ids, which its in-page links name, for the translation's headings.
          const rendered = await renderMarkdown(original, { fileURL: at(`content/upstream/${text.file}`) });
          const headingIds = rendered.metadata?.headings?.map((heading) => heading.slug) ?? [];
          const file = text.file.slice(`${policy}/`.length);
          const body = `---\n${yaml.dump({ headingIds }, { lineWidth: -1 })}---\n${translated.text}`;
          const translation = await renderMarkdown(body, { fileURL: at(`content/upstream/${translationDirs[policy]}${file}`) });
          const count = translation.metadata?.headings?.length ?? 0;
          if (count !== headingIds.length) {
            throw new Error(
              `content/upstream/${text.file}: its translation has ${count} headings and the original ${headingIds.length}; a unit in ${unitsFile.file} turns a heading into something else, or the reverse.`,
            );
          }
          entries.push({
            id: text.slug,
            data: { file: text.file, untranslated: translated.missing.length },
            body: translated.text,
            rendered: translation,
          });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      watcher?.on('change', async (changed) => {
        if (!changed.endsWith(unitsFile.file) && !changed.includes(`/content/upstream/${policy}`)) return;
        try {
          await sync();
          logger.info(`Reloaded the ${policy} translations`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
      await sync();
    },
  };
}
