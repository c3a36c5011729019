import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { hasAnchor } from '../lib/site-additions';
import { publishedTexts } from '../lib/published-texts';
import type { Revision } from '../schemas/revision';
import type { SiteNote } from '../schemas/site-note';
import { parseRows } from './yaml-rows';

/** The files of site notes, one per policy. */
export const siteNoteFiles = { pytorch: 'content/notes/pytorch.yaml', torch_npu: 'content/notes/torch_npu.yaml' } as const;
export const siteNoteLanguages = ['en', 'zh-CN'] as const;

/**
 * The site's notes on the policies (src/schemas/site-note.ts), each rendered in both languages by
 * the site's Markdown pipeline as one of Starlight's asides, titled as the site's own words
 * (content/i18n/, `siteNote.title`). Entry id `<policy>/<note id>`; `html` holds each language's.
 * A row that fails its schema stops the build, naming the file, the row and the field. A note whose
 * block the newest text no longer has is named in a warning, and its pages leave it out.
 */
export function siteNotes(): Loader {
  return {
    name: 'site-notes',
    load: async ({ config, store, parseData, renderMarkdown, watcher, logger }) => {
      const at = (path: string) => new URL(path, config.root);
      const sync = async () => {
        const titles = Object.fromEntries(
          await Promise.all(
            siteNoteLanguages.map(async (lang) => [
              lang,
              (JSON.parse(await readFile(at(`content/i18n/${lang}.json`), 'utf-8')) as Record<string, string>)['siteNote.title'],
            ]),
          ),
        ) as Record<(typeof siteNoteLanguages)[number], string>;
        const entries = [];
        for (const [policy, path] of Object.entries(siteNoteFiles)) {
          // The newest text, as the current pages render it: the notes' anchors are its blocks.
          const manifest = JSON.parse(await readFile(at(`content/upstream/${policy}.json`), 'utf-8')) as Revision[];
          const newest = publishedTexts(manifest).find((text) => text.file === manifest.at(-1)?.file);
          const newestHtml =
            newest &&
            (
              await renderMarkdown(await readFile(at(`content/upstream/${newest.file}`), 'utf-8'), {
                fileURL: at(`content/upstream/${newest.file}`),
              })
            ).html;
          for (const [index, row] of parseRows(await readFile(at(path), 'utf-8'), path).entries()) {
            const id = `${policy}/${String(row.id ?? `row-${index + 1}`)}`;
            const html: Record<string, string> = {};
            for (const lang of siteNoteLanguages) {
              if (typeof row[lang] !== 'string') continue;
              // Under content/notes/, which Starlight's Markdown plugins process (astro.config.mjs): its aside.
              const markdown = `:::note[${titles[lang]}]\n${row[lang]}\n:::\n`;
              html[lang] =
                `<div data-site-note>${(await renderMarkdown(markdown, { fileURL: at(`content/notes/${id}.${lang}.md`) })).html}</div>`;
            }
            // parseData checked the row against the collection's schema (content.config.ts).
            const data = (await parseData({
              id,
              data: { ...row, policy, html },
              filePath: fileURLToPath(at(path)),
            })) as unknown as SiteNote;
            if (newest && newestHtml !== undefined && !hasAnchor(newestHtml, data.section, data.after)) {
              logger.warn(
                `${path}: note "${data.id}" follows "${data.after}"${data.section ? ` in section #${data.section}` : ''}, which the newest text (content/upstream/${newest.file}) no longer has; the current pages leave the note out. Anchor it to a block the text has, or remove it.`,
              );
            }
            entries.push({ id, data, filePath: path });
          }
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      watcher?.on('change', async (changed) => {
        if (!changed.includes('/content/notes/')) return;
        try {
          await sync();
          logger.info('Reloaded the site notes');
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
      await sync();
    },
  };
}
