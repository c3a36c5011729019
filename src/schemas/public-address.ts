import { z } from 'astro/zod';
import { localizedText, rowPosition, webUrl } from './localized';

/** The 类型 column: written by the torch_npu team (自研) or brought in from open source (开源引入). */
export const addressOrigins = ['in-house', 'open-source'] as const;
export type AddressOrigin = (typeof addressOrigins)[number];

const fileError = 'must be a repository path with / separators and no spaces, e.g. ci/docker/X86/Dockerfile';

/**
 * One row of 公网地址: a public address that a file of the torch_npu repository contains.
 */
export const publicAddressSchema = z
  .strictObject({
    position: rowPosition,
    /** The 类型 column. */
    origin: z.enum(addressOrigins, { error: `must be one of: ${addressOrigins.join(', ')}` }),
    /** The 开源代码地址 column: where open-source code came from; empty (不涉及) for in-house code. */
    upstreamCode: z.array(webUrl, { error: 'must be a list of URLs, or [] for in-house code' }),
    /**
     * The 文件名 column: the paths of the files in the torch_npu repository, with `/` separators;
     * one cell names two files in some releases (build_libtorch_npu.py <br> setup.py).
     * @example [ci/docker/X86/Dockerfile]
     */
    files: z
      .array(z.string({ error: fileError }).regex(/^[^\\\s]+$/, { error: fileError }), {
        error: 'must be a list of file paths, e.g. [setup.cfg]',
      })
      .min(1, { error: 'must name at least one file' }),
    /** The 公网IP地址/公网URL地址/域名/邮箱地址 column. */
    address: webUrl,
    /** The 用途说明 column. */
    purpose: localizedText,
  })
  .superRefine((row, ctx) => {
    if (row.origin === 'open-source' && row.upstreamCode.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['upstreamCode'],
        message: 'an open-source row must list the upstream code it came from',
      });
    }
    if (row.origin === 'in-house' && row.upstreamCode.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['upstreamCode'],
        message: 'an in-house row has no upstream code: use [] or set origin to open-source',
      });
    }
  });
export type PublicAddress = z.infer<typeof publicAddressSchema>;
