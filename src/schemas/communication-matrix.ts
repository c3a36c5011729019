import { z } from 'astro/zod';
import { linkTargets } from '../formats/inline-links';
import { launchers } from './launchers';
import { dataLanguages, localizedLines, localizedText, rowPosition, webUrl } from './localized';

export const protocols = ['TCP', 'UDP'] as const;
/** The statement lists no authentication for either component. */
export const authentications = ['none'] as const;
/** The statement lists no encryption for either component. */
export const encryptions = ['none'] as const;

const setByError = 'must be a command-line option (--master-port) or an environment variable (HCCL_IF_BASE_PORT)';

const tcpPort = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be a TCP port from 1 to 65535' })
  .max(65535, { error: 'must be a TCP port from 1 to 65535' });

/**
 * A port a component listens on, by default, and how it can be changed.
 * @example { launcher: hccl, port: 60000, range: { min: 1024, max: 65520 }, count: 16, setBy: HCCL_IF_BASE_PORT }
 */
export const listenPortSchema = z
  .strictObject({
    launcher: z.enum(launchers, { error: `must be one of: ${launchers.join(', ')}` }),
    /** The default port, or the first of `count` consecutive ports. */
    port: tcpPort,
    /** The values the port may be set to; any TCP port when absent. */
    range: z.strictObject({ min: tcpPort, max: tcpPort }).optional(),
    /** How many consecutive ports, starting at `port`, are taken. */
    count: z.int().min(1, { error: 'must be at least 1' }).default(1),
    /** The option or environment variable that changes the port. @example --master-port */
    setBy: z.string({ error: setByError }).regex(/^(--[a-z][a-z-]*|[A-Z][A-Z0-9_]*)$/, { error: setByError }),
  })
  .superRefine((listen, ctx) => {
    const { min, max } = listen.range ?? { min: 1, max: 65535 };
    if (min > max) {
      ctx.addIssue({ code: 'custom', path: ['range'], message: `min ${min} is above max ${max}` });
    }
    if (listen.port < min || listen.port > max) {
      ctx.addIssue({ code: 'custom', path: ['port'], message: `${listen.port} is outside the range ${min}–${max}` });
    }
    if (max + listen.count - 1 > 65535) {
      ctx.addIssue({
        code: 'custom',
        path: ['range', 'max'],
        message: `${listen.count} consecutive ports from ${max} would pass 65535; lower max to ${65536 - listen.count}`,
      });
    }
  });
export type ListenPort = z.infer<typeof listenPortSchema>;

/** Cell text that may hold Markdown links (`[text](https://…)`), each of which must be a web URL. */
const textWithLinks = localizedText.superRefine((text, ctx) => {
  for (const language of dataLanguages) {
    for (const href of linkTargets(text[language])) {
      if (!webUrl.safeParse(href).success) {
        ctx.addIssue({
          code: 'custom',
          path: [language],
          message: `link target "${href}" must be an absolute http:// or https:// URL`,
        });
      }
    }
  }
});

/**
 * One column of 通信矩阵信息: how a component (PyTorch, HCCL) communicates. Fields are in the
 * statement's row order.
 */
export const communicationMatrixSchema = z
  .strictObject({
    position: rowPosition,
    /** The 组件 row. */
    component: z
      .string({ error: 'must be the component name, e.g. PyTorch' })
      .min(1, { error: 'must be the component name, e.g. PyTorch' }),
    /** 源设备 */
    sourceDevice: localizedText,
    /** 源IP */
    sourceIp: localizedText,
    /** 源端口 */
    sourcePort: localizedText,
    /** 目的设备 */
    destinationDevice: localizedText,
    /** 目的IP */
    destinationIp: localizedText,
    /** 目的端口（侦听）: the cell text. */
    listenPort: localizedText,
    /** 目的端口（侦听）: what the cell means, port by port. */
    listenPorts: z
      .array(listenPortSchema, { error: 'must be a list of { launcher, port, setBy } entries' })
      .min(1, { error: 'list at least one listening port' }),
    /** 协议 */
    protocol: z.enum(protocols, { error: `must be one of: ${protocols.join(', ')}` }),
    /** 端口说明: one entry per line of the cell. */
    portDescription: localizedLines,
    /** 侦听端口是否可更改 */
    listenPortChangeable: z.boolean({ error: 'must be true or false' }),
    /** 认证方式 */
    authentication: z.enum(authentications, { error: `must be one of: ${authentications.join(', ')}` }),
    /** 加密方式 */
    encryption: z.enum(encryptions, { error: `must be one of: ${encryptions.join(', ')}` }),
    /** 所属平面 */
    plane: localizedText,
    /** 版本 */
    version: localizedText,
    /** 特殊场景 */
    specialCases: localizedText,
    /** 备注 */
    remarks: textWithLinks,
  })
  .superRefine((column, ctx) => {
    // The structured ports and the cell text describe the same thing: keep them from drifting apart.
    for (const [i, listen] of column.listenPorts.entries()) {
      for (const language of dataLanguages) {
        if (!new RegExp(`(?<!\\d)${listen.port}(?!\\d)`).test(column.listenPort[language])) {
          ctx.addIssue({
            code: 'custom',
            path: ['listenPorts', i, 'port'],
            message: `port ${listen.port} is not in the listenPort.${language} text "${column.listenPort[language]}"; change one so they agree`,
          });
        }
      }
    }
  });
export type CommunicationMatrixColumn = z.infer<typeof communicationMatrixSchema>;
