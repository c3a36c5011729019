import { z } from 'astro/zod';
import { octalToSymbolic } from '../formats/linux-mode';
import { localizedText, rowPosition } from './localized';

/** What a row of the permission table applies to. */
export const fileKinds = ['file', 'directory'] as const;
export type FileKind = (typeof fileKinds)[number];

const octalError = "must be three octal digits in quotes, e.g. '750'";
const symbolicError = 'must be nine characters of r, w, x or - in rwx order, e.g. rwxr-x---';

/**
 * A Linux permission mode written twice, as the statement does: `750（rwxr-x---）`.
 * Both spellings are kept so the page shows the statement's text; the schema makes them agree.
 */
export const permissionMode = z
  .strictObject(
    {
      /** Three octal digits, quoted in YAML so they stay a string. @example '750' */
      octal: z.string({ error: octalError }).regex(/^[0-7]{3}$/, { error: octalError }),
      /** Nine characters of r, w, x or - in rwx order, without the file-type letter. @example rwxr-x--- */
      symbolic: z.string({ error: symbolicError }).regex(/^([r-][w-][x-]){3}$/, { error: symbolicError }),
    },
    { error: "must be the mode in both spellings: { octal: '750', symbolic: rwxr-x--- }" },
  )
  .refine((mode) => octalToSymbolic(mode.octal) === mode.symbolic, {
    error: (issue) => {
      const mode = issue.input as { octal: string; symbolic: string };
      return `octal ${mode.octal} means ${octalToSymbolic(mode.octal)}, but symbolic is ${mode.symbolic}; make the two agree`;
    },
    path: ['symbolic'],
  });
export type PermissionMode = z.infer<typeof permissionMode>;

/** One row of 文件权限参考: a type of file or directory and the loosest mode it should have. */
export const filePermissionSchema = z.strictObject({
  position: rowPosition,
  /** Whether the row is about files or directories. */
  kind: z.enum(fileKinds, { error: `must be one of: ${fileKinds.join(', ')}` }),
  /** The 类型 column. */
  type: localizedText,
  /** The Linux权限参考最大值 column. */
  maxMode: permissionMode,
});
export type FilePermission = z.infer<typeof filePermissionSchema>;
