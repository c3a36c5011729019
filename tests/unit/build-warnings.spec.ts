import { expect, test } from '@playwright/test';
import { isAstroHeadInjectWarning } from '../../src/build/build-warnings';

// The build drops one bundler warning (Astro's own directive in its generated modules) and no other.
// tests/reproducible-build.ts checks that a whole build prints no warning.

const warning = (id: string, directive: string) => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${directive}" in "${id}" may not be preserved when bundling.`,
});

test("Astro's head-inject directive in its generated style modules is not reported", () => {
  expect(isAstroHeadInjectWarning(warning('content/docs/zh-cn/torch-npu.mdx?astroPropagatedAssets', 'use astro:head-inject'))).toBe(true);
});

test('every other warning still is: another directive, another module, another code', () => {
  expect(isAstroHeadInjectWarning(warning('node_modules/some-ui/dist/index.js', 'use client'))).toBe(false);
  expect(isAstroHeadInjectWarning(warning('src/components/Widget.ts', 'use astro:head-inject'))).toBe(false);
  expect(
    isAstroHeadInjectWarning({ ...warning('content/docs/index.mdx?astroPropagatedAssets', 'use astro:head-inject'), code: 'EVAL' }),
  ).toBe(false);
});
