import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { statementTableRows } from './src/loaders/statement-tables';
import { policyTranslations } from './src/loaders/policy-translations';
import { siteNotes } from './src/loaders/site-notes';
import { yamlRows } from './src/loaders/yaml-rows';
import { communicationMatrixSchema } from './src/schemas/communication-matrix';
import { filePermissionSchema } from './src/schemas/file-permission';
import { hardeningStepSchema } from './src/schemas/hardening-step';
import { publicAddressSchema } from './src/schemas/public-address';
import { siteUiStrings } from './src/schemas/ui-strings';
import { siteNoteSchema } from './src/schemas/site-note';
import { upstreamSchema } from './src/schemas/upstream';
import { pytorchRevisionSchema, revisionId, torchNpuRevisionSchema } from './src/schemas/revision';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Where a policy page's text comes from. */
        upstream: upstreamSchema.optional(),
        /** This page is the site's translation of the same page in the other language. */
        translation: z.boolean().default(false),
      }),
    }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: siteUiStrings }),
  }),
  /** Every upstream revision of each policy, from the manifests in content/upstream/, in their order. */
  pytorchRevisions: defineCollection({
    loader: yamlRows('content/upstream/pytorch.json', { idOf: (row) => revisionId(row) }),
    schema: pytorchRevisionSchema,
  }),
  torchNpuRevisions: defineCollection({
    loader: yamlRows('content/upstream/torch_npu.json', { idOf: (row) => revisionId(row) }),
    schema: torchNpuRevisionSchema,
  }),
  /** The upstream texts themselves, byte for byte, rendered by the revision pages. */
  upstreamTexts: defineCollection({
    loader: glob({
      pattern: ['pytorch/*.md', 'torch_npu/*.md'],
      base: 'content/upstream',
      // The file's own name, not a slug of it: the manifests name the files.
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
  }),
  /**
   * The torch_npu statement's three tables, for every published text: content/data/torch_npu/<text>/,
   * entry ids `<text>/<row id>`, English from content/translations/torch_npu.en.yaml.
   */
  /** This site's English of each published torch_npu text, rendered (src/loaders/policy-translations.ts). */
  torchNpuTranslations: defineCollection({
    loader: policyTranslations('torch_npu'),
    schema: z.object({ file: z.string(), untranslated: z.int() }),
  }),
  /** This site's Chinese of each published PyTorch text, rendered the same way. */
  pytorchTranslations: defineCollection({
    loader: policyTranslations('pytorch'),
    schema: z.object({ file: z.string(), untranslated: z.int() }),
  }),
  /** The site's notes on each policy, anchored to blocks of its text (content/notes/, src/loaders/site-notes.ts). */
  siteNotes: defineCollection({
    loader: siteNotes(),
    schema: siteNoteSchema.extend({
      policy: z.enum(['pytorch', 'torch_npu']),
      html: z.strictObject({ en: z.string(), 'zh-CN': z.string() }),
    }),
  }),
  filePermissions: defineCollection({
    loader: statementTableRows('file-permissions'),
    schema: filePermissionSchema,
  }),
  publicAddresses: defineCollection({
    loader: statementTableRows('public-addresses'),
    schema: publicAddressSchema,
  }),
  hardeningSteps: defineCollection({
    loader: yamlRows('content/data/hardening-steps.yaml'),
    schema: hardeningStepSchema,
  }),
  communicationMatrix: defineCollection({
    loader: statementTableRows('communication-matrix'),
    schema: communicationMatrixSchema,
  }),
};
