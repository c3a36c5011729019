import { expect, test } from '@playwright/test';
import {
  accessibleName,
  attribute,
  builtPage,
  type Element,
  folded,
  type Root,
  select,
  selectAll,
  textOf,
  without,
} from '../support/built-page';
import { docsPages, policyPages, translatedRevisionPages } from '../support/published';

// Each policy is published in both languages: the original and this site's translation, which
// follows it one to one and whose sections line up with the original's. Read from the built pages;
// following a section link and the language picker are browser tests (tests/browser/translations.spec.ts).

const content = (document: Root): Element => {
  const root = select('.sl-markdown-content', document);
  if (!root) throw new Error('no .sl-markdown-content');
  return root;
};

/**
 * What a translation must have as many of as its original, section by section: the heading level,
 * then the paragraphs, list items, code blocks, table rows under it (the site's notes left out).
 */
function structure(document: Root): string[] {
  const sections: string[] = [];
  let counts = { p: 0, li: 0, pre: 0, tr: 0 };
  let heading = 'top';
  const close = () => sections.push(`${heading}: ${counts.p} p, ${counts.li} li, ${counts.pre} pre, ${counts.tr} tr`);
  for (const child of without(content(document), '[data-site-note]').children) {
    if (child.type !== 'element') continue;
    if ((attribute(child, 'class') ?? '').split(' ').includes('sl-heading-wrapper')) {
      close();
      heading = select('h2, h3, h4, h5, h6', child)!.tagName.toUpperCase();
      counts = { p: 0, li: 0, pre: 0, tr: 0 };
      continue;
    }
    for (const tag of ['p', 'li', 'pre', 'tr'] as const) counts[tag] += selectAll(tag, { type: 'root', children: [child] }).length;
  }
  close();
  return sections;
}

/** A code block's lines, with comments and {placeholders} — the prose in a script — set aside. */
const commands = (document: Root) =>
  selectAll('pre', content(document)).map((pre) =>
    textOf(pre)
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (/^\s*# /.test(line) ? '# …' : line.replace(/\{[^}]*\}/g, '{…}'))),
  );

/** The section links of a page that say where they lead: `[section key, href]`. */
const sectionLinks = (document: Root, leadsTo: RegExp) =>
  selectAll('[data-section-key]', document).flatMap((section) =>
    selectAll('a[href]', section)
      .filter((link) => leadsTo.test(accessibleName(link, document)))
      .map((link) => [attribute(section, 'data-section-key')!, attribute(link, 'href')!] as const),
  );

for (const { path, translation } of policyPages) {
  test(`${translation} follows ${path} one to one`, () => {
    expect(structure(builtPage(translation))).toEqual(structure(builtPage(path)));
    expect(commands(builtPage(translation))).toEqual(commands(builtPage(path)));
  });

  test(`${translation} says it is an unofficial translation and links ${path}`, () => {
    const document = builtPage(translation);
    const notices = selectAll('aside', document).filter((aside) =>
      /Unofficial translation|非官方译文/.test(accessibleName(aside, document)),
    );
    expect(notices).toHaveLength(1);
    expect(selectAll('a[href]', notices[0]!).map((link) => attribute(link, 'href'))).toEqual([path]);
  });

  for (const [from, to] of [
    [path, translation],
    [translation, path],
  ] as const) {
    test(`every section of ${from} links to the same section of ${to}`, () => {
      // Each link says where it leads: to the site's translation from an original, to the original from a translation.
      const leadsTo = from === path ? /^(Chinese translation|英文译文)[:：]/ : /^(Chinese original|英文原文)[:：]/;
      const targets = sectionLinks(builtPage(from), leadsTo);
      expect(targets.length).toBeGreaterThan(0);
      expect(targets.map(([, href]) => href)).toEqual(targets.map(([key]) => `${to}#${key}`));
      // Every section of the page has one.
      expect(targets).toHaveLength(selectAll('.sl-markdown-content [data-section-key]', builtPage(from)).length);
    });
  }

  test(`each section of ${translation}, and none of ${path}, is marked as the site's translation`, () => {
    for (const [page, marked] of [
      [translation, true],
      [path, false],
    ] as const) {
      const sections = selectAll('.sl-markdown-content .sl-heading-wrapper:has(> h2)', builtPage(page));
      const marks = sections.flatMap((section) => selectAll(':scope > .translation-mark', section));
      expect(sections.length, page).toBeGreaterThan(3);
      expect(marks, page).toHaveLength(marked ? sections.length : 0);
      for (const mark of marks) expect(folded(mark)).toMatch(/^(Site translation|本站译文)$/);
    }
  });
}

test('every page exists in both languages, so none falls back to the other language', () => {
  const english = docsPages.filter((path) => !path.startsWith('/zh-cn/'));
  const chinese = docsPages.filter((path) => path.startsWith('/zh-cn/')).map((path) => path.replace('/zh-cn/', '/'));
  expect(chinese).toEqual(english);
});

/** A page's hreflang alternates, as `{ hreflang: path }`. */
const alternatesOf = (path: string) =>
  Object.fromEntries(
    selectAll('link[rel="alternate"][hreflang]', builtPage(path)).map((link) => [
      attribute(link, 'hreflang')!,
      new URL(attribute(link, 'href')!).pathname,
    ]),
  );

for (const path of docsPages) {
  test(`${path} names its other-language page with hreflang, and that page names it back`, () => {
    const other = path.startsWith('/zh-cn/') ? path.replace('/zh-cn/', '/') : `/zh-cn${path}`;
    const [english, chinese] = path.startsWith('/zh-cn/') ? [other, path] : [path, other];
    const alternates = alternatesOf(path);
    expect(alternates).toEqual({ en: encodeURI(english), 'zh-CN': encodeURI(chinese), 'x-default': encodeURI(english) });
    expect(alternatesOf(other)).toEqual(alternates);
    // No page says it has not been translated.
    expect(folded(builtPage(path))).not.toMatch(/此内容尚不支持你的语言|This content is not available in your language yet/);
  });
}

// The English pages of torch_npu's older texts are this site's translations, made from translation
// units (content/translations/torch_npu.en.yaml): each must be whole, marked, and line up with its
// original, section for section, at the same addresses.
const headingIds = (document: Root) => selectAll('h2, h3, h4, h5, h6', content(document)).map((heading) => String(heading.properties.id));

const translationWords = {
  en: { notice: 'Unofficial translation', back: 'Read the original (Chinese)', mark: 'Site translation' },
  'zh-CN': { notice: '非官方译文', back: '阅读英文原文', mark: '本站译文' },
};

for (const { path, original, lang } of translatedRevisionPages) {
  test(`${path} translates ${original} whole, marked as the site's translation`, () => {
    const [page, source] = [builtPage(path), builtPage(original)];
    const words = translationWords[lang];
    const notice = selectAll('aside', page).find((aside) => accessibleName(aside, page) === words.notice);
    expect(notice, 'the translation notice').toBeDefined();
    const back = selectAll('a[href]', notice!).find((link) => folded(link) === words.back);
    expect(back && attribute(back, 'href')).toBe(original);
    expect(headingIds(page)).toEqual(headingIds(source));
    expect(structure(page)).toEqual(structure(source));
    // Every section says it is the site's translation, for a reader who arrives mid-page.
    const sections = selectAll('.sl-heading-wrapper:has(> h2)', content(page));
    expect(sections.length).toBeGreaterThan(0);
    const marks = sections.flatMap((section) => selectAll(':scope > .translation-mark', section));
    expect(marks).toHaveLength(sections.length);
    expect(folded(marks[0])).toBe(words.mark);
    // A unit no translator has reached is in the original's language, each with its mark (content/translations/).
    const untranslated = selectAll('[data-untranslated]', content(page));
    for (const block of untranslated) expect(attribute(block, 'lang')).toBe(lang === 'en' ? 'zh-CN' : 'en');
    expect(selectAll('.untranslated-mark', content(page))).toHaveLength(untranslated.length);
    // No sentence left in Chinese on an English page: what is still Chinese is quoted (a menu path
    // on a Chinese site), or a unit marked as not yet translated.
    if (lang === 'en') {
      const untranslated =
        textOf(without(content(page), '[data-site-note], [data-untranslated]'))
          .replace(/“[^”]*>[^”]*”/g, '')
          .match(/[^\s]*[\u3400-\u9fff][^\s]*/g) ?? [];
      expect(untranslated).toEqual([]);
    }
  });
}
