import { expect, test } from '@playwright/test';
import { codeBlockHtml } from '../../src/lib/code-block';

const labels = { copy: 'Copy', copied: 'Copied' };

test('a code block is a hidden copy button, then the code, escaped, a span per line', () => {
  expect(codeBlockHtml('echo "a<b" > /tmp/x\n# done', labels)).toBe(
    '<div class="code-block"><button class="code-copy" type="button" hidden aria-live="polite" data-copied="Copied" data-pagefind-ignore="">Copy</button><pre><code class="language-sh"><span class="line">echo "a&#x3C;b" > /tmp/x\n</span><span class="line"><span class="comment"># done</span></span></code></pre></div>',
  );
});

test('a component can give the pre and the code attributes of their own, and a language', () => {
  const html = codeBlockHtml('x # y', labels, { pre: { ariaLabelledBy: 'title-setup' }, code: { dataOutput: 'setup' }, language: 'text' });
  expect(html).toContain(
    '<pre aria-labelledby="title-setup"><code class="language-text" data-output="setup"><span class="line">x # y</span></code></pre>',
  );
});
