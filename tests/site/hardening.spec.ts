import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { readHardeningSteps } from '../support/data';

const steps = readHardeningSteps() as unknown as Array<{
  id: string;
  title: { zh: string; en: string };
  apply: string;
  verify: string;
}>;

const pages = [
  { path: '/hardening/', language: 'en', progress: 'done', exportButton: 'Export as Markdown', copy: 'Copy', copied: 'Copied' },
  { path: '/zh-cn/hardening/', language: 'zh', progress: '已完成', exportButton: '导出为 Markdown', copy: '复制', copied: '已复制' },
] as const;

for (const { path, language, progress, exportButton, copy, copied } of pages) {
  test(`${path} lists every step with its commands and copy buttons`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    for (const step of steps) await expect(page.getByRole('checkbox', { name: step.title[language] })).toBeVisible();
    // Two commands a step, apply and verify, each with a copy button that copies it.
    const buttons = page.locator('.code-block').getByRole('button');
    await expect(buttons).toHaveCount(steps.length * 2);
    const clipboard: string[] = [];
    for (const button of await buttons.all()) {
      await expect(button).toHaveText(copy);
      await button.click();
      await expect(button).toHaveText(copied);
      clipboard.push(await page.evaluate(() => navigator.clipboard.readText()));
    }
    expect(clipboard).toEqual(steps.flatMap(({ apply, verify }) => [apply, verify]));
  });

  test(`${path} keeps ticks across visits and exports them as Markdown`, async ({ page }) => {
    await page.goto(path);
    const [first, second] = steps;
    await page.getByRole('checkbox', { name: first!.title[language] }).check();
    await expect(page.getByRole('status')).toHaveText(`1 / ${steps.length} ${progress}`);

    // Progress stays in this browser.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: first!.title[language] })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: second!.title[language] })).not.toBeChecked();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: exportButton }).click();
    const markdown = await readFile(await (await downloading).path(), 'utf-8');
    expect(markdown).toContain(`- [x] ${first!.title[language]}`);
    expect(markdown).toContain(`- [ ] ${second!.title[language]}`);
  });
}

test('each step links the policy section it comes from, in the reader’s language', async ({ page }) => {
  await page.goto('/zh-cn/hardening/');
  const aslr = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: steps[0]!.title.zh }) });
  await aslr.getByRole('link', { name: /系统安全加固/ }).click();
  await expect(page).toHaveURL(`/zh-cn/torch-npu/#${encodeURIComponent('系统安全加固')}`);
  await expect(page.getByRole('heading', { name: '系统安全加固' })).toBeInViewport();

  await page.goto('/hardening/');
  await page.getByRole('link', { name: /System Security Hardening/ }).click();
  await expect(page).toHaveURL(`/torch-npu/#${encodeURIComponent('系统安全加固')}`);
  await expect(page.getByRole('heading', { name: 'System Security Hardening' })).toBeInViewport();
});
