import { z } from 'astro/zod';

/** The languages every text field of the data tables is written in. */
export const dataLanguages = ['zh', 'en'] as const;
export type DataLanguage = (typeof dataLanguages)[number];

const nonEmptyText = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/**
 * A table cell in both languages: `zh` exactly as the torch_npu statement has it, `en` written by
 * this site.
 * @example { zh: 用户主目录, en: User home directory }
 */
export const localizedText = z.strictObject(
  { zh: nonEmptyText, en: nonEmptyText },
  { error: 'must be text in both languages: { zh: …, en: … }' },
);
export type LocalizedText = z.infer<typeof localizedText>;

/** A cell made of lines (the statement separates them with `<br>`), the same count in both languages. */
export const localizedLines = z
  .strictObject(
    {
      zh: z.array(nonEmptyText).min(1, { error: 'must have at least one line' }),
      en: z.array(nonEmptyText).min(1, { error: 'must have at least one line' }),
    },
    { error: 'must be lists of lines in both languages: { zh: [ … ], en: [ … ] }' },
  )
  .refine((lines) => lines.zh.length === lines.en.length, {
    error: (issue) => {
      const lines = issue.input as { zh: string[]; en: string[] };
      return `zh has ${lines.zh.length} lines but en has ${lines.en.length}; give each Chinese line its English line`;
    },
    path: ['en'],
  });
export type LocalizedLines = z.infer<typeof localizedLines>;

/** An absolute http(s) URL, as found in the statement's tables and links. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an absolute http:// or https:// URL, e.g. https://gitee.com/ascend/pytorch',
});

/** A row's 1-based place in its data file, set by the yaml-rows loader, never written by hand. */
export const rowPosition = z.int().min(1);
