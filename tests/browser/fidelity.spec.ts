import { expect, policyPages, test } from '../fixtures';
import { parseUpstream, readUpstream } from '../support/upstream';

// Every code block of a policy page copies exactly its upstream text: what a reader pastes into a
// root shell. The text of every page that publishes a text is compared with its upstream file by
// the static tier (tests/static/fidelity.spec.ts).

for (const policy of policyPages) {
  test(`every code block of ${policy.path} copies its code from ${policy.upstream}, line for line`, async ({ reader: page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(policy.path);
    const upstream = parseUpstream(readUpstream(policy.upstream));
    const labels = policy.lang === 'en' ? { copy: 'Copy', copied: 'Copied' } : { copy: '复制', copied: '已复制' };
    const blocks = page.locator('.sl-markdown-content pre');
    await expect(blocks).toHaveCount(upstream.code.length);
    const copied: string[] = [];
    for (const block of await blocks.all()) {
      // Each block's button sits just before it, in its code block.
      const button = block.locator('xpath=..').getByRole('button');
      await expect(button).toHaveText(labels.copy);
      await button.click();
      await expect(button).toHaveText(labels.copied);
      copied.push(await page.evaluate(() => navigator.clipboard.readText()));
    }
    expect(copied).toEqual(upstream.code);
  });
}
