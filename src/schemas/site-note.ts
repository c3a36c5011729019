import { z } from 'astro/zod';

/**
 * A note this site adds to a policy's current pages (content/notes/<policy>.yaml), kept apart from
 * the upstream text and anchored to one of its blocks, so that a new text carries the note over
 * where the block is still there, and the build names it where not (src/lib/site-additions.ts).
 */
export const siteNoteSchema = z.strictObject({
  /** The note's name, for messages. @example firewall-example-interface */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case words joined by hyphens, e.g. firewall-example-interface' }),
  /** The id of the heading whose section holds the block, as the original's page gives it. @example 通信安全加固 */
  section: z.string().min(1).optional(),
  /** Words of the block the note follows, as the original text has them (white space may differ). */
  after: z.string().min(1),
  /** The note in each language, as Markdown. */
  en: z.string().min(1),
  'zh-CN': z.string().min(1),
});
export type SiteNote = z.infer<typeof siteNoteSchema>;
