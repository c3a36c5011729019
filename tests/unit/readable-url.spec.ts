import { expect, test } from '@playwright/test';
import { readableUrl } from '../../src/lib/readable-url';

test('percent-encoded Chinese reads as its characters, in a path and in a fragment', () => {
  expect(readableUrl('/torch-npu/#%E6%96%87%E4%BB%B6%E6%9D%83%E9%99%90%E5%8F%82%E8%80%83')).toBe('/torch-npu/#文件权限参考');
  expect(readableUrl('https://example.org/%E5%AE%89%E5%85%A8/a%e5%a3%b0')).toBe('https://example.org/安全/a声');
  expect(readableUrl('/zh-cn/torch-npu/#文件权限参考')).toBe('/zh-cn/torch-npu/#文件权限参考');
});

test('escapes of ASCII and bytes that are not UTF-8 stay as they are', () => {
  expect(readableUrl('/a%20b/%2F%25?q=%26')).toBe('/a%20b/%2F%25?q=%26');
  expect(readableUrl('/broken/%E6%96')).toBe('/broken/%E6%96');
  expect(readableUrl('/mixed/%E6%96%87%20%FF')).toBe('/mixed/文%20%FF');
});
