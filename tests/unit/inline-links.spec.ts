import { expect, test } from '@playwright/test';
import { linkTargets, splitInlineLinks } from '../../src/formats/inline-links';

test('splits text around Markdown links', () => {
  expect(splitInlineLinks('可参考[PyTorch文档](https://pytorch.org/docs/)。源端口')).toEqual([
    { text: '可参考' },
    { text: 'PyTorch文档', href: 'https://pytorch.org/docs/' },
    { text: '。源端口' },
  ]);
});

test('leaves text without links whole', () => {
  expect(splitInlineLinks('无')).toEqual([{ text: '无' }]);
});

test('lists every link target', () => {
  expect(linkTargets('[a](https://a.org) and [b](https://b.org)')).toEqual(['https://a.org', 'https://b.org']);
});
