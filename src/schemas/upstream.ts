import { z } from 'astro/zod';
import { webUrl } from './localized';

/** Where a policy page's text comes from; every policy page names it. */
export const upstreamSchema = z.strictObject({
  /** The upstream repository. @example https://github.com/pytorch/pytorch */
  repository: webUrl,
  /** The file in that repository. @example SECURITY.md */
  file: z.string().min(1),
  /** The file's page in the repository, for the link. */
  fileUrl: webUrl,
  /** SPDX identifier of the licence the text is published under. @example BSD-3-Clause */
  licence: z.string().regex(/^[A-Za-z0-9.+-]+$/, { error: 'must be an SPDX licence identifier, e.g. BSD-3-Clause' }),
  /** When the text in content/upstream/ was taken from upstream, and at which version if known. */
  snapshot: z.strictObject({
    date: z.coerce.date({ error: 'must be a date, e.g. 2026-11-22' }),
    version: z.string().min(1).optional(),
  }),
  /** When this site last compared its page with upstream. */
  reviewed: z.coerce.date({ error: 'must be a date, e.g. 2026-11-22' }),
});
export type Upstream = z.infer<typeof upstreamSchema>;
