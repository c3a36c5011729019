import type { Page } from '@playwright/test';
import { docsPages, expect, policyPages, test, translatedRevisionPages } from '../fixtures';

// Each policy is published in both languages: the original and this site's translation, which
// follows it one to one and whose sections line up with the original's.

/**
 * What a translation must have as many of as its original, section by section: the heading level,
 * then the paragraphs, list items, code blocks, table rows and footnotes under it.
 */
async function structure(page: Page) {
  return page.locator('.sl-markdown-content').evaluate((root) => {
    const sections: string[] = [];
    let counts = { p: 0, li: 0, pre: 0, tr: 0 };
    let heading = 'top';
    const close = () => sections.push(`${heading}: ${counts.p} p, ${counts.li} li, ${counts.pre} pre, ${counts.tr} tr`);
    for (const child of root.children) {
      if (child.matches('[data-site-note]')) continue;
      if (child.matches('.sl-heading-wrapper')) {
        close();
        heading = child.querySelector('h2, h3, h4, h5, h6')!.tagName;
        counts = { p: 0, li: 0, pre: 0, tr: 0 };
        continue;
      }
      for (const tag of ['p', 'li', 'pre', 'tr'] as const) {
        const own = child.matches(tag) ? 1 : 0;
        counts[tag] += own + [...child.querySelectorAll(tag)].filter((element) => !element.closest('[data-site-note]')).length;
      }
    }
    close();
    return sections;
  });
}

/** A code block's lines, with comments and {placeholders} — the prose in a script — set aside. */
async function commands(page: Page) {
  const blocks = await page
    .locator('.sl-markdown-content pre')
    .evaluateAll((pres) => pres.map((pre) => pre.textContent!.replace(/\n$/, '').split('\n')));
  return blocks.map((lines) => lines.map((line) => (/^\s*# /.test(line) ? '# …' : line.replace(/\{[^}]*\}/g, '{…}'))));
}

for (const { path, translation } of policyPages) {
  test(`${translation} follows ${path} one to one`, async ({ reader: page }) => {
    await page.goto(path);
    const original = { structure: await structure(page), commands: await commands(page) };
    await page.goto(translation);
    expect(await structure(page)).toEqual(original.structure);
    expect(await commands(page)).toEqual(original.commands);
  });

  test(`${translation} says it is an unofficial translation and links ${path}`, async ({ reader: page }) => {
    await page.goto(translation);
    const notice = page.getByRole('complementary', { name: /Unofficial translation|非官方译文/ });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link')).toHaveAttribute('href', path);
  });

  for (const [from, to] of [
    [path, translation],
    [translation, path],
  ] as const) {
    test(`every section of ${from} links to the same section of ${to}`, async ({ reader: page }) => {
      await page.goto(from);
      // Each link says where it leads: to the site's translation from an original, to the original from a translation.
      const leadsTo = from === path ? /^(Chinese translation|英文译文)[:：]/ : /^(Chinese original|英文原文)[:：]/;
      const links = page.getByRole('link', { name: leadsTo });
      const targets = await links.evaluateAll((as) =>
        as.map((a) => [a.closest<HTMLElement>('[data-section-key]')!.dataset.sectionKey!, a.getAttribute('href')!]),
      );
      expect(targets.length).toBeGreaterThan(0);
      for (const [key, href] of targets) expect(href).toBe(`${to}#${key}`);

      // Follow the last one: it must land on the section with the same key.
      const [key, href] = targets.at(-1)!;
      await page.goto(href);
      await expect(page.locator(`[data-section-key="${key}"]`).getByRole('heading')).toBeInViewport();
    });
  }
}

for (const { path, translation } of policyPages) {
  test(`each section of ${translation}, and none of ${path}, is marked as the site's translation`, async ({ reader: page }) => {
    for (const [page_, marked] of [
      [translation, true],
      [path, false],
    ] as const) {
      await page.goto(page_);
      const sections = page.locator('.sl-markdown-content .sl-heading-wrapper:has(> h2)');
      const marks = page.locator('.sl-markdown-content .sl-heading-wrapper:has(> h2) > .translation-mark');
      expect(await sections.count()).toBeGreaterThan(3);
      await expect(marks).toHaveCount(marked ? await sections.count() : 0);
      if (marked) {
        for (const mark of await marks.all()) await expect(mark).toHaveText(/^(Site translation|本站译文)$/);
        await expect(marks.last()).toBeVisible();
      }
    }
  });
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

test('every page exists in both languages, so none falls back to the other language', () => {
  const english = docsPages.filter((path) => !path.startsWith('/zh-cn/'));
  const chinese = docsPages.filter((path) => path.startsWith('/zh-cn/')).map((path) => path.replace('/zh-cn/', '/'));
  expect(chinese).toEqual(english);
});

for (const path of docsPages) {
  test(`${path} names its other-language page with hreflang, and that page names it back`, async ({ reader: page }) => {
    const alternatesOf = async (at: string) => {
      await page.goto(at);
      const links = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname] as const));
      return Object.fromEntries(links);
    };
    const alternates = await alternatesOf(path);
    const other = path.startsWith('/zh-cn/') ? path.replace('/zh-cn/', '/') : `/zh-cn${path}`;
    const [english, chinese] = path.startsWith('/zh-cn/') ? [other, path] : [path, other];
    expect(alternates).toEqual({ en: english, 'zh-CN': chinese, 'x-default': english });
    expect(await alternatesOf(other)).toEqual(alternates);
    // No page says it has not been translated.
    await expect(page.getByText(/此内容尚不支持你的语言|This content is not available in your language yet/)).toHaveCount(0);
  });
}

// The English pages of torch_npu's older texts are this site's translations, made from translation
// units (content/translations/torch_npu.en.yaml): each must be whole, marked, and line up with its
// original, section for section, at the same addresses.
for (const { path, original } of translatedRevisionPages) {
  test(`${path} translates ${original} whole, marked as the site's translation`, async ({ reader: page }) => {
    await page.goto(original);
    const originalIds = await page.locator('.sl-markdown-content :is(h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => h.id));
    const originalStructure = await structure(page);
    await page.goto(path);
    await expect(
      page.getByRole('complementary', { name: 'Unofficial translation' }).getByRole('link', { name: 'Read the original (Chinese)' }),
    ).toHaveAttribute('href', original);
    expect(await page.locator('.sl-markdown-content :is(h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(
      originalIds,
    );
    expect(await structure(page)).toEqual(originalStructure);
    // Every section says it is the site's translation, for a reader who arrives mid-page.
    const sections = await page.locator('.sl-markdown-content h2').count();
    expect(sections).toBeGreaterThan(0);
    await expect(page.locator('.sl-markdown-content h2 + .translation-mark')).toHaveCount(sections);
    await expect(page.locator('.sl-markdown-content h2 + .translation-mark').first()).toHaveText('Site translation');
    // No sentence left in Chinese: what is still Chinese is quoted (a menu path on a Chinese site).
    const untranslated = await page.locator('.sl-markdown-content').evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      for (const element of copy.querySelectorAll('[data-site-note]')) element.remove();
      return (copy.textContent ?? '').replace(/“[^”]*>[^”]*”/g, '').match(/[^\s]*[\u3400-\u9fff][^\s]*/g) ?? [];
    });
    expect(untranslated).toEqual([]);
  });
}
