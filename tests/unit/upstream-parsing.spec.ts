import { expect, test } from '@playwright/test';
import { parseUpstream, readUpstream, uncapture } from '../support/upstream';

test('uncapture turns blame markers back into lines', () => {
  const captured =
    '1*da0073e9SAndroid Build Coastguard Worker# Title 2*da0073e9SAndroid Build Coastguard Worker 3*da0073e9SAndroid Build Coastguard Worker - item 4';
  expect(uncapture(captured)).toBe('# Title\n\n - item');
});

test('the PyTorch capture yields its title, sections, footnote and links', () => {
  const document = parseUpstream(readUpstream('pytorch-SECURITY.captured.txt'));
  expect(document.title).toBe('Security Policy');
  expect(document.blocks).toContain('Release pipelines security');
  expect(document.blocks.at(-1)).toBe(
    'No binary artifacts should be published to GitHub releases pages, as these are overwritable by anyone with write permission to the repo.',
  );
  expect(document.footnotes).toEqual([
    'To understand risks of utilization of data from unknown sources, read the following Cornell papers on Data poisoning: https://arxiv.org/abs/2312.04748 https://arxiv.org/abs/2401.05566',
  ]);
  expect(document.links).toContain('https://github.com/pytorch/pytorch/security/advisories/new');
});

test('the torch_npu statement yields its three tables and six code blocks', () => {
  const document = parseUpstream(readUpstream('torch_npu-SECURITY.md'));
  expect(document.title).toBe('Ascend Extension for PyTorch插件 安全声明');
  expect(document.tables.map((table) => table.length - 1)).toEqual([17, 22, 15]);
  expect(document.tables[1]![8]![2]).toBe('.github\\workflows\\_build-and-test.yml');
  expect(document.code).toHaveLength(6);
});

test('the middle PyTorch revision is the seed capture, with the indentation the capture lost put back', () => {
  const lines = (text: string) => text.split('\n').map((line) => line.trim());
  const derived = readUpstream('pytorch/snapshot-between-02ea8fd-and-01f9ef3.md').replace(/\n$/, '');
  expect(lines(derived)).toEqual(lines(readUpstream('pytorch-SECURITY.captured.txt')));
});
