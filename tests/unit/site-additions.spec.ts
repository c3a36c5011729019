import { expect, test } from '@playwright/test';
import { hasAnchor, withSiteAdditions } from '../../src/lib/site-additions';

// A text as the site renders it: headings in Starlight's wrappers, code in the copy button's.
const original = [
  '<div class="sl-heading-wrapper level-h2"><h2 id="通信安全加固">通信安全加固</h2></div>',
  '<p>加固说明。</p>',
  '<ol><li><p>脚本：</p><div class="code-block"><pre><code>iptables -A X -i eth0 -j DROP</code></pre></div></li></ol>',
  '<div class="sl-heading-wrapper level-h3"><h3 id="公网地址">公网地址</h3></div>',
  '<div class="table-wrap"><table><thead><tr><th>类型</th><th>开源代码地址</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table></div>',
  '<div class="sl-heading-wrapper level-h2"><h2 id="通信矩阵">通信矩阵</h2></div>',
  '<p>又见 iptables -A X -i eth0 -j DROP</p>',
].join('\n');
// Its translation: the same blocks, other words.
const translation = original
  .replace('>通信安全加固</h2>', '>Communication hardening</h2>')
  .replace('加固说明。', 'Hardening notes.')
  .replace('脚本：', 'Script:')
  .replace('>公网地址</h3>', '>Public addresses</h3>')
  .replace('>通信矩阵</h2>', '>Communication matrix</h2>')
  .replace('又见', 'See also');
const note = (name: string, section: string | undefined, after: string) => ({
  name,
  section,
  after,
  html: `<div data-site-note>${name}</div>`,
});

test('a note follows the innermost block holding its words, in its section, after the wrapper the site put round it', () => {
  const { html, unanchored } = withSiteAdditions(original, { notes: [note('n1', '通信安全加固', 'iptables -A X  -i eth0')] });
  expect(unanchored).toEqual([]);
  // Inside the list item, after the code block's wrapper: not inside the wrapper, not after the list.
  expect(html).toContain('</pre></div><div data-site-note="">n1</div></li></ol>');
  // The section bounds the search: the same words under 通信矩阵 get no note.
  expect(html.match(/n1/g)).toHaveLength(1);
  const later = withSiteAdditions(original, { notes: [note('n2', '通信矩阵', 'iptables -A X -i eth0')] }).html;
  expect(later).toContain('又见 iptables -A X -i eth0 -j DROP</p><div data-site-note="">n2</div>');
});

test("a translation gets each note where its original has the note's block", () => {
  const { html } = withSiteAdditions(translation, { original, notes: [note('n1', '公网地址', '类型')] });
  expect(html).toContain('</table></div><div data-site-note="">n1</div>');
  expect(hasAnchor(original, '公网地址', '类型')).toBe(true);
});

test('a note whose words or section the text no longer has is named and left out', () => {
  const { html, unanchored } = withSiteAdditions(original, {
    notes: [note('gone', '通信安全加固', 'eno1'), note('moved', '不存在', '加固说明')],
  });
  expect(unanchored).toEqual(['gone', 'moved']);
  expect(html).not.toContain('data-site-note');
  expect(hasAnchor(original, undefined, 'eno1')).toBe(false);
});

test("a translation whose blocks do not line up with the original's stops with what differs", () => {
  const broken = translation.replace('<p>Hardening notes.</p>', '<ul><li>Hardening notes.</li></ul>');
  expect(() => withSiteAdditions(broken, { original, notes: [note('n1', '通信矩阵', '又见')] })).toThrow(
    "the translation's blocks do not line up with the original's at block",
  );
});

test('data links follow the tables they are for, found by their header in the original', () => {
  const { html } = withSiteAdditions(translation, {
    original,
    notes: [],
    afterTable: (header) => (header.join('|') === '类型|开源代码地址' ? '<p data-site-note>data</p>' : undefined),
  });
  expect(html).toContain('</table></div><p data-site-note="">data</p>');
});

test('each section heading links the same section in the other language, keyed by its id', () => {
  const { html } = withSiteAdditions(translation, {
    notes: [],
    sectionLink: {
      href: (id) => `/zh-cn/torch-npu/#${id}`,
      hreflang: 'zh-CN',
      text: 'Chinese original',
      label: (title) => `Chinese original: ${title}`,
    },
  });
  expect(html).toContain(
    '<div class="sl-heading-wrapper level-h2" data-section-key="通信安全加固"><h2 id="通信安全加固">Communication hardening</h2><a class="section-language-link" data-site-note="" href="/zh-cn/torch-npu/#通信安全加固" hreflang="zh-CN" aria-label="Chinese original: Communication hardening">Chinese original</a></div>',
  );
  expect(html.match(/section-language-link/g)).toHaveLength(3);
});
