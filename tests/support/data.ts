import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { launchers } from '../../src/schemas/launchers';
import type { LauncherLabels } from '../../src/tools/firewall/launcher-ports';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf-8');

/**
 * Each published torch_npu text, in the manifest's order: at the first branch that holds it (its
 * address segment and data folder), with its file and the first upstream English text of a branch
 * that holds it. Read from the manifest, as the README says.
 */
export const statementTexts: Array<{ slug: string; file: string; english?: string }> = (() => {
  const rows = JSON.parse(read('content/upstream/torch_npu.json')) as Array<{
    file: string;
    branch: string;
    officialEnglish: { file: string } | null;
  }>;
  const texts = new Map<string, { slug: string; file: string; english?: string }>();
  for (const row of rows) {
    const text = texts.get(row.file) ?? { slug: row.branch, file: row.file };
    // The first upstream English text any branch holding it has.
    text.english ??= row.officialEnglish?.file;
    texts.set(row.file, text);
  }
  return [...texts.values()];
})();

/** The newest text: what /zh-cn/torch-npu/ and the tools show unless the reader picks another. */
export const newestStatement = statementTexts.at(-1)!.slug;

/** The rows of a table's data file in content/data/torch_npu/<text>/, as written (before validation). */
export function readDataRows(file: string, text = newestStatement): Array<Record<string, unknown> & { id: string }> {
  return yaml.load(read(`content/data/torch_npu/${text}/${file}`)) as never;
}

/** content/translations/torch_npu.en.yaml: each Chinese cell text's English. */
export const english = new Map(
  (yaml.load(read('content/translations/torch_npu.en.yaml')) as Array<{ zh: string; en: string }>).map(({ zh, en }) => [zh, en]),
);

/** Each data file and the collection it feeds. */
export const dataTables = [
  { collection: 'filePermissions', file: 'file-permissions.yaml' },
  { collection: 'publicAddresses', file: 'public-addresses.yaml' },
  { collection: 'communicationMatrix', file: 'communication-matrix.yaml' },
] as const;

/** The rows of content/data/hardening-steps.yaml, as written. */
export const readHardeningSteps = (): Array<Record<string, unknown> & { id: string }> =>
  yaml.load(read('content/data/hardening-steps.yaml')) as never;

/**
 * A data row as the site publishes it (the loader's input to the schema): a cell the translation
 * units translate becomes `{ zh, en }`, a list of such cells `{ zh: [...], en: [...] }`.
 */
export function withEnglish(row: Record<string, unknown>): Record<string, unknown> {
  const translated = (value: unknown): unknown => {
    if (typeof value === 'string' && english.has(value)) return { zh: value, en: english.get(value) };
    if (Array.isArray(value) && value.length > 0 && value.every((line) => typeof line === 'string' && english.has(line))) {
      return { zh: value, en: value.map((line) => english.get(line)) };
    }
    return value;
  };
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, translated(value)]));
}

/** The site's UI strings of a locale (content/i18n/<locale>.json), as written. */
export const uiStrings = (locale: 'en' | 'zh-CN'): Record<string, string> => JSON.parse(read(`content/i18n/${locale}.json`)) as never;

/** The launcher choices as the firewall generator's page labels them, in a locale. */
export function launcherLabels(locale: 'en' | 'zh-CN'): LauncherLabels {
  const strings = uiStrings(locale);
  return {
    field: strings['firewall.runs']!,
    choices: Object.fromEntries(
      launchers.map((launcher) => [launcher, strings[`firewall.launcher.${launcher}`]!]),
    ) as LauncherLabels['choices'],
  };
}
