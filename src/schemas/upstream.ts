import { z } from 'astro/zod';

/**
 * Where a policy page's text comes from: a revision of content/upstream/<policy>.json, which
 * gives its repository, file, commit and date (src/schemas/revision.ts), and what this site adds.
 */
export const upstreamSchema = z.strictObject({
  /**
   * The revision's id, on a revision page. A current policy page names none: it shows the newest
   * revision, the manifest's last (src/data/current-policy.ts).
   * @example pytorch/01f9ef32ea, torch_npu/v2.4.0-6.0.0
   */
  revision: z
    .string()
    .regex(/^(pytorch\/[\w.-]+|torch_npu\/v[\d.]+-[\d.]+)$/, {
      error: 'must be a revision id, e.g. pytorch/01f9ef32ea or torch_npu/v2.4.0-6.0.0',
    })
    .optional(),
  /** SPDX identifier of the licence the text is published under. @example BSD-3-Clause */
  licence: z.string().regex(/^[A-Za-z0-9.+-]+$/, { error: 'must be an SPDX licence identifier, e.g. BSD-3-Clause' }),
  /** When this site last compared its page with upstream. */
  reviewed: z.coerce.date({ error: 'must be a date, e.g. 2026-11-22' }),
});
export type Upstream = z.infer<typeof upstreamSchema>;
