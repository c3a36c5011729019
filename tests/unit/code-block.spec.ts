import { expect, test } from '@playwright/test';
import { codeBlockHtml } from '../../src/lib/code-block';

const labels = { copy: 'Copy', copied: 'Copied' };

test('a code block is a hidden copy button, then the code, focusable and escaped', () => {
  expect(codeBlockHtml('echo "a<b" > /tmp/x', labels)).toBe(
    '<div class="code-block"><button class="code-copy" type="button" hidden aria-live="polite" data-copied="Copied" data-pagefind-ignore="">Copy</button><pre tabindex="0"><code>echo "a&#x3C;b" > /tmp/x</code></pre></div>',
  );
});

test('a component can give the pre and the code attributes of their own', () => {
  const html = codeBlockHtml('x', labels, { pre: { ariaLabelledBy: 'title-setup' }, code: { dataOutput: 'setup' } });
  expect(html).toContain('<pre aria-labelledby="title-setup" tabindex="0"><code data-output="setup">x</code></pre>');
});
