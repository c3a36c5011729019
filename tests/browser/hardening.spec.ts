import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { readHardeningSteps } from '../support/data';
import { computedColour } from '../support/css-colour';

const steps = readHardeningSteps() as unknown as Array<{
  id: string;
  title: { zh: string; en: string };
  apply: string;
  verify: string;
  insecure?: { zh: string; en: string };
}>;

const pages = [
  {
    path: '/hardening/',
    language: 'en',
    progress: 'done',
    exportButton: 'Export as Markdown',
    clear: 'Clear ticks',
    undo: 'Undo',
    cleared: 'Cleared 2 ticks.',
    restored: 'Ticks restored.',
    doneBadge: 'Done',
    exported: 'Exported: 1 December 2026, 14:05 UTC',
    copy: 'Copy',
    copied: 'Copied',
  },
  {
    path: '/zh-cn/hardening/',
    language: 'zh',
    progress: '已完成',
    exportButton: '导出为 Markdown',
    clear: '清除勾选',
    undo: '撤销',
    cleared: '已清除 2 个勾选。',
    restored: '已恢复勾选。',
    doneBadge: '已完成',
    exported: '导出时间: 2026年12月1日 14:05 UTC',
    copy: '复制',
    copied: '已复制',
  },
] as const;

const insecureStep = steps.find(({ insecure }) => insecure)!;

for (const { path, language, progress, exportButton, clear, undo, cleared, restored, doneBadge, exported, copy, copied } of pages) {
  test(`${path} lists every step with its commands, copy buttons and the insecure state its output can show`, async ({ page, context }) => {
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
    // A step says which lines of its expected output are the insecure state.
    const step = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: insecureStep.title[language] }) });
    await expect(step.getByText(insecureStep.insecure![language])).toBeVisible();
  });

  test(`${path} marks done steps, keeps ticks across visits, undoes Clear and exports them dated in UTC`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T14:05:30Z'));
    await page.goto(path);
    const [first, second, third] = steps;
    const box = (step: (typeof steps)[number]) => page.getByRole('checkbox', { name: step.title[language] });

    // A done step is marked as done, not by colour alone: a badge, and its edge.
    const item = page.getByRole('listitem').filter({ has: box(second!) });
    const badge = item.getByText(doneBadge, { exact: true });
    await expect(badge).toBeHidden();
    const edge = () => item.evaluate((element) => getComputedStyle(element).borderInlineStartColor);
    const before = await edge();
    await box(second!).check();
    await expect(badge).toBeVisible();
    expect(await edge()).not.toBe(before);
    await box(second!).uncheck();

    // Progress stays in this browser.
    await box(first!).check();
    await expect(page.getByRole('status').filter({ hasText: `/ ${steps.length}` })).toHaveText(`1 / ${steps.length} ${progress}`);
    await page.reload();
    await expect(box(first!)).toBeChecked();
    await expect(box(second!)).not.toBeChecked();

    // The export lists each step ticked or not, dated as the page's language writes dates, in UTC.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: exportButton }).click();
    const markdown = await readFile(await (await downloading).path(), 'utf-8');
    expect(markdown).toContain(`- [x] ${first!.title[language]}`);
    expect(markdown).toContain(`- [ ] ${second!.title[language]}`);
    expect(markdown).toContain(`${exported} · 1/${steps.length}`);
    expect(markdown).toContain(insecureStep.insecure![language]);

    // Clear says what it cleared, and Undo takes its place, and the focus.
    await box(third!).check();
    await page.getByRole('button', { name: clear }).click();
    for (const step of [first!, third!]) await expect(box(step)).not.toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: cleared })).toBeVisible();
    const undoButton = page.getByRole('button', { name: undo });
    await expect(undoButton).toBeFocused();
    await undoButton.click();
    for (const step of [first!, third!]) await expect(box(step)).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: restored })).toBeVisible();
    await expect(page.getByRole('button', { name: clear })).toBeFocused();
    await expect(undoButton).toBeHidden();

    // A tick after Clear ends the offer.
    await page.getByRole('button', { name: clear }).click();
    await box(first!).check();
    await expect(undoButton).toBeHidden();
  });
}

test('Export and Clear are the site’s buttons, side by side', async ({ page }) => {
  await page.goto('/hardening/');
  const accent = await computedColour(page, 'var(--sl-color-text-accent)');
  const exportButton = page.getByRole('button', { name: 'Export as Markdown' });
  const clear = page.getByRole('button', { name: 'Clear ticks' });
  // The main action filled with the site's accent, the other outlined, both rounded as Starlight's.
  expect(await exportButton.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(accent);
  expect(await clear.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  for (const button of [exportButton, clear]) {
    expect(parseFloat(await button.evaluate((element) => getComputedStyle(element).borderTopLeftRadius))).toBeGreaterThan(100);
  }
  // In one row: Markdown's spacing between blocks does not push one down.
  const [a, b] = [await exportButton.boundingBox(), await clear.boundingBox()];
  expect(a!.y).toBe(b!.y);
});

test('on a phone, every checkbox keeps its size however its title wraps', async ({ reader: page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of ['/hardening/', '/zh-cn/hardening/', '/firewall/']) {
    await page.goto(path);
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    // Each box, and what names it: its label (the firewall's) or the title (a step's).
    const boxes = await page.getByRole('checkbox').evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).map((input) => {
        const namer = input.labels?.[0] ?? document.getElementById(input.getAttribute('aria-labelledby') ?? '')!;
        return { value: input.value, box: input.getBoundingClientRect().toJSON(), namer: namer.getBoundingClientRect().toJSON() };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const { value, box, namer } of boxes) {
      expect(box.width, `${path}: ${value}`).toBeGreaterThanOrEqual(20);
      expect(box.height, `${path}: ${value}`).toBe(box.width);
      // With its label or title, a target of at least 24 × 24 px.
      expect(Math.max(namer.height, box.height), `${path}: ${value}`).toBeGreaterThanOrEqual(24);
    }
  }
});

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

test('a step is a heading that holds only its title, which names its box, and a click on it ticks the box, as a label’s would', async ({
  page,
}) => {
  await page.goto('/hardening/');
  const title = steps[0]!.title.en;
  const box = page.getByRole('checkbox', { name: title, exact: true });
  const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
  await expect(heading).toHaveAttribute('id', 'aslr');
  await heading.click();
  await expect(box).toBeChecked();
  await heading.click();
  await expect(box).not.toBeChecked();
});
