import { z } from 'astro/zod';
import { localizedText, rowPosition } from './localized';

/** The policy pages a step can cite, by their page slug (the same in both languages). */
export const policySlugs = ['pytorch', 'torch-npu'] as const;
export type PolicySlug = (typeof policySlugs)[number];

const command = z
  .string({ error: 'must be a shell command' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((text) => !text.includes('\n'), { error: 'must be one line: join steps with &&' });

/**
 * One step of the hardening checklist.
 * @example { title: { zh: 开启 ASLR, en: Turn on ASLR }, sources: [{ page: torch-npu, section: 系统安全加固 }], … }
 */
export const hardeningStepSchema = z.strictObject({
  position: rowPosition,
  /** What to do, as a short imperative. */
  title: localizedText,
  /** Why, in the policies' words. */
  why: localizedText,
  /** The policy sections the step comes from: a page and a section key (the original's heading id). */
  sources: z
    .array(
      z.strictObject({
        page: z.enum(policySlugs, { error: `must be one of: ${policySlugs.join(', ')}` }),
        section: z.string({ error: 'must be a section key, e.g. 系统安全加固 or untrusted-models' }).min(1),
      }),
      { error: 'must list the policy sections the step comes from' },
    )
    .min(1, { error: 'cite at least one policy section' }),
  /** The command that applies the step. */
  apply: command,
  /** The command that shows whether the step is applied. */
  verify: command,
  /** What `verify` prints when the step is applied. */
  expected: localizedText,
  /**
   * When `expected` shows an insecure state the reader is looking for (a listener on all addresses),
   * which lines those are and why they are insecure; shown under the expected output.
   * @example { zh: 这些行正是本步骤要找的不安全状态：…, en: Those lines are the insecure state this step looks for: … }
   */
  insecure: localizedText.optional(),
});
export type HardeningStep = z.infer<typeof hardeningStepSchema>;
