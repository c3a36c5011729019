import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileAtCommit } from '../lib/provenance';

/**
 * What the Markdown plugins need to know of a text under content/upstream/, from its file name
 * and the manifests there: its language and where upstream holds it.
 */

/**
 * This site's translation of a text is rendered as `<policy>/<folder>/<its file>`
 * (src/loaders/policy-translations.ts): torch_npu's English under `torch_npu/site-en/`, PyTorch's
 * Chinese under `pytorch/site-zh/`. No such file exists: the path names the text it translates.
 */
export const translationDirs = { torch_npu: 'torch_npu/site-en/', pytorch: 'pytorch/site-zh/' } as const;

/** The text a translation's path translates: `torch_npu/site-en/x.md` → `torch_npu/x.md`; undefined for a text that is not a translation. */
export function translatedFile(file: string): string | undefined {
  for (const dir of Object.values(translationDirs)) {
    if (file.startsWith(dir)) return `${dir.split('/')[0]}/${file.slice(dir.length)}`;
  }
  return undefined;
}

/**
 * A text's language: `torch_npu/2025-04-25_38dc4eecba.md` and `pytorch/site-zh/….md` → `zh-CN`;
 * `torch_npu/en_….md`, `torch_npu/site-en/….md` and `pytorch/….md` → `en`.
 */
export function upstreamTextLang(file: string): 'en' | 'zh-CN' {
  if (file.startsWith(translationDirs.torch_npu)) return 'en';
  if (file.startsWith(translationDirs.pytorch)) return 'zh-CN';
  return file.startsWith('torch_npu/') && !file.startsWith('torch_npu/en_') ? 'zh-CN' : 'en';
}

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
