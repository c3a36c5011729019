import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileAtCommit } from '../lib/provenance';

/**
 * What the Markdown plugins need to know of a text under content/upstream/, from its file name
 * and the manifests there: its language and where upstream holds it.
 */

/** `torch_npu/2025-04-25_38dc4eecba.md` → `zh-CN`; `torch_npu/en_….md`, `torch_npu/site-en/….md` and `pytorch/….md` → `en`. */
export function upstreamTextLang(file: string): 'en' | 'zh-CN' {
  return file.startsWith('torch_npu/') && !file.startsWith('torch_npu/en_') && !file.startsWith(siteEnglishDir) ? 'zh-CN' : 'en';
}

/**
 * This site's English of a torch_npu text is rendered as `torch_npu/site-en/<its file>`
 * (src/loaders/statement-translations.ts): the Chinese file it translates.
 */
export const siteEnglishDir = 'torch_npu/site-en/';
export const translatedFile = (file: string) =>
  file.startsWith(siteEnglishDir) ? `torch_npu/${file.slice(siteEnglishDir.length)}` : undefined;

interface ManifestFile {
  file: string;
  repository: string;
  path: string;
  commit: string | null;
  officialEnglish?: { file: string; path: string; commit: string } | null;
}

/**
 * The address, in the upstream repository at the text's commit, of a file the text refers to by
 * a relative path (`./figures/cve.png` next to `docs/zh/SECURITYNOTE.md`).
 * @param upstreamDir content/upstream/, ending in `/`
 * @param file the text, relative to it: `torch_npu/2026-07-03_908a5d7dda.md`
 * @throws Error naming the file when no manifest entry holds it
 */
export function upstreamFileUrl(upstreamDir: string, text: string, relative: string): string {
  // A translation's pictures are its original's.
  const file = translatedFile(text) ?? text;
  const policy = file.split('/')[0];
  const rows = JSON.parse(readFileSync(`${upstreamDir}${policy}.json`, 'utf-8')) as ManifestFile[];
  for (const row of rows) {
    const held = row.file === file ? row : row.officialEnglish?.file === file ? { ...row, ...row.officialEnglish } : undefined;
    if (held) return fileAtCommit(held.repository, held.commit ?? 'main', posix.join(posix.dirname(held.path), relative));
  }
  throw new Error(`content/upstream/${file} is in no entry of content/upstream/${policy}.json; list it there with its provenance.`);
}
