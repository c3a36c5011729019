import { expect, test } from '../fixtures';

// The checker driven through its labels, in both languages; the rules are unit-tested in
// tests/data/permission-check.spec.ts.

const pages = [
  {
    path: '/permissions/',
    labels: {
      mode: /^Mode/,
      type: 'Type in the permission table',
      path: 'Path, for the chmod command',
      umask: /^umask/,
      directory: 'Directory to search',
    },
    modeForm: 'Check a file or directory mode',
    looser: 'Too open Looser than the recommended maximum, 640 (rw-r-----): g+w, o+r.',
    within: 'Within the limit Within the recommended maximum, 750 (rwxr-x---).',
    copy: 'Copy',
    umask: 'Not strict enough',
    keyFiles: 'Key components, private keys, certificates and encrypted ciphertext — 600',
    homeDirectory: 'User home directory — 750',
  },
  {
    path: '/zh-cn/permissions/',
    labels: { mode: /^权限/, type: '文件权限参考中的类型', path: '路径（用于 chmod 命令）', umask: /^umask/, directory: '要检查的目录' },
    modeForm: '检查文件或目录权限',
    looser: '权限过宽 宽于建议的最大权限 640 (rw-r-----)：g+w, o+r。',
    within: '未超出限制 未超过建议的最大权限 750 (rwxr-x---)。',
    copy: '复制',
    umask: '不够严格',
    keyFiles: '密钥组件、私钥、证书、加密密文 — 600',
    homeDirectory: '用户主目录 — 750',
  },
] as const;

for (const { path, labels, modeForm, looser, within, copy, umask, keyFiles, homeDirectory } of pages) {
  test(`${path} names the bits beyond the maximum and the chmod that removes them, ready to copy`, async ({ reader: page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const form = page.getByRole('form', { name: modeForm });
    await page.getByLabel(labels.mode).fill('-rw-rw-r--');
    await page.getByLabel(labels.path, { exact: true }).fill("it's config.yaml");
    const verdict = form.getByRole('status');
    await expect(verdict).toHaveText(looser);
    // The fix is a code block with its own copy button.
    const chmod = `chmod 640 -- 'it'\\''s config.yaml'`;
    await expect(form.getByText(chmod, { exact: true })).toBeVisible();
    await form.getByRole('button', { name: copy }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chmod);
    const failed = await verdict.evaluate((element) => getComputedStyle(element).borderInlineStartColor);

    await page.getByLabel(labels.type).first().selectOption({ label: homeDirectory });
    await page.getByLabel(labels.mode).fill('drwxr-x---');
    await expect(verdict).toHaveText(within);
    await expect(form.getByRole('button', { name: copy })).toBeHidden();
    // Passed and failed look apart: a word, a mark, and a border of another colour.
    expect(await verdict.evaluate((element) => getComputedStyle(element).borderInlineStartColor)).not.toBe(failed);
  });

  test(`${path} gives a loose umask the word, the look and the command of a failed check`, async ({ reader: page }) => {
    await page.goto(path);
    const form = page.getByRole('form', { name: /umask/ });
    await page.getByLabel(labels.umask).fill('0027');
    const passed = await form.getByRole('status').evaluate((element) => getComputedStyle(element).borderInlineStartColor);
    await page.getByLabel(labels.umask).fill('0002');
    await expect(form.getByRole('status')).toHaveText(new RegExp(`^${looser.split(' ')[0]}`));
    await expect(form.getByText('umask 0027', { exact: true })).toBeVisible();
    expect(await form.getByRole('status').evaluate((element) => getComputedStyle(element).borderInlineStartColor)).not.toBe(passed);
  });

  test(`${path} refuses a malformed mode and umask at the field`, async ({ reader: page }) => {
    await page.goto(path);
    for (const [label, bad] of [
      [labels.mode, '0o644'],
      [labels.umask, '1022'],
    ] as const) {
      const input = page.getByLabel(label);
      await input.fill(bad);
      await expect(input).toHaveAttribute('aria-invalid');
      await expect(input).not.toHaveAccessibleDescription('');
    }
    await page.getByLabel(labels.umask).fill('0070');
    await expect(page.getByRole('status').filter({ hasText: umask })).toBeVisible();
    await expect(page.getByText('umask 0077', { exact: true })).toBeVisible();
    // An invalid mode leaves no verdict behind.
    await expect(page.getByRole('form', { name: modeForm }).getByRole('status')).toHaveText('');
  });

  test(`${path} writes a find command with the directory as one quoted argument`, async ({ reader: page }) => {
    await page.goto(path);
    await page.getByLabel(labels.type).last().selectOption({ label: keyFiles });
    await page.getByLabel(labels.directory).fill('/srv/x; rm -rf /');
    await expect(page.getByText("find '/srv/x; rm -rf /' -type f -perm /7177")).toBeVisible();
    const directory = page.getByLabel(labels.directory);
    await directory.fill('-delete');
    await expect(directory).toHaveAttribute('aria-invalid');
    await expect(page.getByText(/^find /)).toHaveCount(0);
  });
}
