import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { publishedTexts } from '../lib/published-texts';
import type { TorchNpuRevision } from '../schemas/revision';
import { translateText } from '../upstream/source-units';
import { siteEnglishDir } from '../markdown/upstream-texts';
import { translationsFile, translationUnits } from './statement-tables';

/**
 * This site's English of every published torch_npu text: the text with each heading, paragraph,
 * table cell and code block replaced by its translation unit (src/upstream/source-units.ts),
 * rendered by the site's Markdown pipeline as the Chinese text is. Entry id: the text's address
 * segment (`v2.4.0-6.0.0`). Headings keep the Chinese text's ids, which its in-page links name.
 *
 * The build stops, listing them, when a published text has units without a translation.
 */
export function statementTranslations(): Loader {
  return {
    name: 'statement-translations',
    load: async ({ config, store, renderMarkdown, watcher, logger }) => {
      const at = (path: string) => new URL(path, config.root);
      const sync = async () => {
        const manifest = JSON.parse(await readFile(at('content/upstream/torch_npu.json'), 'utf-8')) as TorchNpuRevision[];
        const units = translationUnits(await readFile(at(translationsFile), 'utf-8'));
        const entries = [];
        for (const text of publishedTexts(manifest)) {
          const chinese = await readFile(at(`content/upstream/${text.file}`), 'utf-8');
          const { text: english, missing } = translateText(chinese, units);
          if (missing.length > 0) {
            throw new Error(
              `content/upstream/${text.file}: ${missing.length} unit(s) have no English in ${translationsFile}; add each as "- zh: …" and "  en: …":\n${missing
                .slice(0, 10)
                .map((unit) => `  ${yaml.dump(unit, { lineWidth: -1 }).trim()}`)
                .join('\n')}${missing.length > 10 ? '\n  …' : ''}`,
            );
          }
          // The Chinese text's heading ids, which its in-page links name, for the English headings.
          const original = await renderMarkdown(chinese, { fileURL: at(`content/upstream/${text.file}`) });
          const headingIds = original.metadata?.headings?.map((heading) => heading.slug) ?? [];
          const file = text.file.replace(/^torch_npu\//, '');
          const body = `---\n${yaml.dump({ headingIds }, { lineWidth: -1 })}---\n${english}`;
          const rendered = await renderMarkdown(body, { fileURL: at(`content/upstream/${siteEnglishDir}${file}`) });
          const count = rendered.metadata?.headings?.length ?? 0;
          if (count !== headingIds.length) {
            throw new Error(
              `content/upstream/${text.file}: its English has ${count} headings and the Chinese ${headingIds.length}; a unit in ${translationsFile} turns a heading into something else, or the reverse.`,
            );
          }
          entries.push({ id: text.slug, data: { file: text.file }, body: english, rendered });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      watcher?.on('change', async (changed) => {
        if (!changed.endsWith(translationsFile) && !changed.includes('/content/upstream/')) return;
        try {
          await sync();
          logger.info('Reloaded the torch_npu translations');
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
      await sync();
    },
  };
}
