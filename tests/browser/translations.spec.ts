import { expect, policyPages, test } from '../fixtures';

// A section link leads to the same section in the other language, and the language picker keeps
// the reader where they were. That each section has its link, with the right address, and that a
// translation follows its original one to one, is read from the markup by the static tier
// (tests/static/translations.spec.ts).

for (const { path, translation } of policyPages) {
  for (const [from, to] of [
    [path, translation],
    [translation, path],
  ] as const) {
    test(`a section link of ${from} lands on the same section of ${to}`, async ({ reader: page }) => {
      await page.goto(from);
      const leadsTo = from === path ? /^(Chinese translation|英文译文)[:：]/ : /^(Chinese original|英文原文)[:：]/;
      // The last one, the farthest down the page it leads to.
      const link = page.getByRole('link', { name: leadsTo }).last();
      const key = await link.evaluate((a) => a.closest<HTMLElement>('[data-section-key]')!.dataset.sectionKey!);
      await link.click();
      await expect(page).toHaveURL(`${to}#${encodeURIComponent(key)}`);
      await expect(page.locator(`[data-section-key="${key}"]`).getByRole('heading')).toBeInViewport();
    });
  }
}

test('the language picker keeps the reader on the section in the address', async ({ reader: page }) => {
  // The Chinese heading's own id is not an id on the English page: the picker maps it to the key.
  await page.goto(`/zh-cn/pytorch/#${encodeURIComponent('不受信任的模型')}`);
  await page.getByRole('combobox', { name: '选择语言' }).selectOption({ label: 'English' });
  await expect(page).toHaveURL('/pytorch/#untrusted-models');
  await expect(page.getByRole('heading', { name: 'Untrusted models' })).toBeInViewport();
});

test('the language picker keeps the reader on the section being read', async ({ reader: page }) => {
  await page.goto('/torch-npu/');
  // Scroll the section to the top: the table of contents then marks it as current.
  await page.getByRole('heading', { name: 'Communication Matrix', exact: true }).evaluate((heading) => heading.scrollIntoView());
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Communication Matrix', exact: true })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(`/zh-cn/torch-npu/#${encodeURIComponent('通信矩阵')}`);
  await expect(page.getByRole('heading', { name: '通信矩阵', exact: true })).toBeInViewport();
});
