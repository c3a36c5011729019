import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { computedColour } from '../support/css-colour';

// The generator driven through its labels, in both languages. The rules themselves are unit-tested
// in tests/unit/firewall.spec.ts; these check the page wires them up.

const pages = [
  {
    path: '/firewall/',
    labels: {
      hccl: 'HCCL (communication between NPUs)',
      static: /static backend/,
      base: /HCCL base port/,
      iface: /Network interface/,
      peers: /Peer addresses allowed/,
      chain: 'Chain name',
      runs: 'What runs on this node',
    },
    scripts: 'The scripts',
    setup: 'iptables: set up',
    nftSetup: 'nftables: set up',
    download: 'Download firewall-setup.sh',
  },
  {
    path: '/zh-cn/firewall/',
    labels: {
      hccl: 'HCCL（NPU 间通信）',
      static: /static 后端/,
      base: /HCCL 起始端口/,
      iface: /网卡名/,
      peers: /允许访问的节点地址/,
      chain: '规则链名',
      runs: '本节点运行的进程',
    },
    scripts: '生成的脚本',
    setup: 'iptables：设定规则',
    nftSetup: 'nftables：设定规则',
    download: '下载 firewall-setup.sh',
  },
] as const;

for (const { path, labels, scripts, setup, nftSetup, download } of pages) {
  test(`${path} generates iptables and nftables rules for the HCCL ports and two peers`, async ({ reader: page }) => {
    await page.goto(path);
    await page.getByLabel(labels.static).uncheck();
    await page.getByLabel(labels.hccl).check();
    await page.getByLabel(labels.base).fill('61000');
    await page.getByLabel(labels.iface).fill('ens5');
    await page.getByLabel(labels.peers).fill('10.0.0.2\n10.0.0.3');
    await page.getByLabel(labels.chain, { exact: true }).fill('TRAIN-PORTS');

    const iptables = page.getByRole('tabpanel', { name: setup });
    await expect(iptables).toContainText('-A TRAIN-PORTS -i ens5 -p tcp --dport 61000:61015 -s 10.0.0.3 -j RETURN');
    await expect(iptables).toContainText('-A TRAIN-PORTS -i ens5 -p tcp --dport 61000:61015 --syn -j DROP');
    await expect(iptables).not.toContainText('29500');
    await page.getByRole('tab', { name: nftSetup }).click();
    await expect(page.getByRole('tabpanel', { name: nftSetup })).toContainText(
      'iifname "ens5" tcp dport { 61000-61015 } ip saddr { 10.0.0.2, 10.0.0.3 } accept',
    );
  });

  test(`${path} refuses a hostile value at each field, says why there and shows no script`, async ({ reader: page }) => {
    await page.goto(path);
    await page.getByLabel(labels.hccl).check();
    // One value a field: which values each field refuses is pinned in tests/unit/firewall.spec.ts.
    for (const [field, hostile] of [
      ['iface', 'eth0; rm -rf /'],
      ['peers', '10.0.0.2`reboot`'],
      ['chain', 'RULE; rm -rf /'],
      ['base', '65530'],
    ] as const) {
      const input = page.getByLabel(field === 'chain' ? labels.chain : labels[field], { exact: field === 'chain' });
      const valid = await input.inputValue();
      await input.fill(hostile);
      await expect(input, field).toHaveAttribute('aria-invalid');
      await expect(input, field).not.toHaveAccessibleDescription('');
      await expect(page.getByRole('tabpanel', { name: setup }), field).toBeHidden();
      await expect(page.getByRole('alert'), field).toBeVisible();
      // Put right, the field is valid again and the scripts come back.
      await input.fill(valid);
      await expect(input, field).not.toHaveAttribute('aria-invalid');
      await expect(page.getByRole('tabpanel', { name: setup }), field).toBeVisible();
    }
  });

  test(`${path} names the launcher field by its label when no launcher is ticked`, async ({ reader: page }) => {
    await page.goto(path);
    await page.getByLabel(labels.static).uncheck();
    const group = page.getByRole('group', { name: labels.runs });
    await expect(group).toHaveAttribute('aria-invalid');
    await expect(group).toHaveAccessibleDescription(new RegExp(`“${labels.runs}”`));
    // Not the ids the form submits.
    await expect(group).not.toHaveAccessibleDescription(/torchrun-static|torchrun-c10d|\bhccl\b/);
  });

  test(`${path} shows its scripts as tabs the arrow keys move between, each with its own buttons`, async ({ reader: page }) => {
    await page.goto(path);
    const tabs = page.getByRole('tablist', { name: scripts }).getByRole('tab');
    await expect(tabs).toHaveCount(4);
    const first = page.getByRole('tab', { name: setup });
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: setup })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toHaveCount(1);

    // The arrow keys move the focus and the choice, wrapping; Home and End reach the ends.
    await first.focus();
    await page.keyboard.press('ArrowLeft');
    const last = page.getByRole('tab', {
      name: nftSetup.replace(/set up|设定规则/, (word) => (word === 'set up' ? 'tear down' : '移除规则')),
    });
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await expect(first).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const nft = page.getByRole('tab', { name: nftSetup });
    await expect(nft).toBeFocused();

    // The chosen panel alone shows, with its own copy and download buttons.
    const panel = page.getByRole('tabpanel', { name: nftSetup });
    await expect(panel).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: setup })).toBeHidden();
    await expect(panel.getByRole('button')).toHaveCount(2);
    await expect(panel.getByRole('button', { name: /firewall-setup-nft\.sh/ })).toBeVisible();
  });

  test(`${path} prints every script, without the tabs`, async ({ reader: page }) => {
    await page.goto(path);
    await expect(page.getByRole('tablist', { name: scripts })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('tablist', { name: scripts })).toBeHidden();
    await expect(page.getByRole('tabpanel')).toHaveCount(4);
    for (const panel of await page.getByRole('tabpanel').all()) await expect(panel).toBeVisible();
  });

  test(`${path} downloads the setup script it shows`, async ({ reader: page }) => {
    await page.goto(path);
    await page.getByLabel(labels.iface).fill('ib0');
    await expect(page.getByRole('tabpanel', { name: setup })).toContainText('-i ib0');
    const shown = await page.getByRole('tabpanel', { name: setup }).locator('code').textContent();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: download }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('firewall-setup.sh');
    expect(await readFile(await file.path(), 'utf-8')).toBe(shown);
    expect(shown).toContain('-i ib0');
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the generator page shows the worked example, every script of it', async ({ page }) => {
    await page.goto('/firewall/');
    for (const title of ['iptables: set up', 'iptables: tear down', 'nftables: set up', 'nftables: tear down']) {
      await expect(page.getByRole('region', { name: title })).toBeVisible();
    }
    const iptables = page.getByRole('region', { name: 'iptables: set up' });
    await expect(iptables).toContainText('-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s 192.168.1.2 -j RETURN');
    await expect(iptables).toContainText('-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP');
  });
});

test('a reader goes from the checklist to a firewall script for their node', async ({ reader: page }) => {
  await page.goto('/hardening/');
  await page.getByRole('main').getByRole('link', { name: 'firewall rule generator', exact: true }).click();
  await page.getByLabel(/Network interface/).fill('eno1');
  await page.getByLabel(/Peer addresses allowed/).fill('192.168.1.2\n192.168.1.3');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download firewall-setup.sh' }).click();
  const script = await readFile(await (await downloading).path(), 'utf-8');
  expect(script).toContain('-A PORT-LIMIT-RULE -i eno1 -p tcp --dport 29500 -s 192.168.1.3 -j RETURN');
  expect(script).toContain('-A PORT-LIMIT-RULE -i eno1 -p tcp --dport 29500 --syn -j DROP');
});

test('a field in error has a red border, whatever kind of control, in both themes', async ({ reader: page }) => {
  await page.goto('/firewall/');
  await page.getByLabel(/static backend/).uncheck();
  await page.getByLabel(/Network interface/).fill('eth0;');
  await page.getByLabel(/Peer addresses allowed/).fill('0.0.0.0/0');
  const controls = [
    page.getByRole('group', { name: 'What runs on this node' }),
    page.getByLabel(/Network interface/),
    page.getByLabel(/Peer addresses allowed/),
  ];
  for (const control of controls) await expect(control).toHaveAttribute('aria-invalid');
  // No select can be wrong today; one that can must look as wrong as the rest.
  const select = page.getByLabel(/communication matrix of the torch_npu statement/);
  await select.evaluate((element) => element.setAttribute('aria-invalid', 'true'));
  for (const theme of ['light', 'dark']) {
    await page.evaluate((chosen) => {
      document.documentElement.dataset.theme = chosen;
    }, theme);
    const red = await computedColour(page, 'var(--sl-color-red)');
    for (const control of [...controls, select]) {
      expect(
        await control.evaluate((element) => getComputedStyle(element).borderTopColor),
        `${theme}: ${await control.evaluate((element) => element.outerHTML.slice(0, 60))}`,
      ).toBe(red);
    }
  }
});
