import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';

// The generator driven through its labels, in both languages. The rules themselves are unit-tested
// in tests/data/firewall.spec.ts; these check the page wires them up.

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
    },
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
    },
    setup: 'iptables：设定规则',
    nftSetup: 'nftables：设定规则',
    download: '下载 firewall-setup.sh',
  },
] as const;

for (const { path, labels, setup, nftSetup, download } of pages) {
  test(`${path} generates iptables and nftables rules for the HCCL ports and two peers`, async ({ page }) => {
    await page.goto(path);
    await page.getByLabel(labels.static).uncheck();
    await page.getByLabel(labels.hccl).check();
    await page.getByLabel(labels.base).fill('61000');
    await page.getByLabel(labels.iface).fill('ens5');
    await page.getByLabel(labels.peers).fill('10.0.0.2\n10.0.0.3');
    await page.getByLabel(labels.chain, { exact: true }).fill('TRAIN-PORTS');

    const iptables = page.getByRole('region', { name: setup });
    await expect(iptables).toContainText('-A TRAIN-PORTS -i ens5 -p tcp --dport 61000:61015 -s 10.0.0.3 -j RETURN');
    await expect(iptables).toContainText('-A TRAIN-PORTS -i ens5 -p tcp --dport 61000:61015 --syn -j DROP');
    await expect(iptables).not.toContainText('29500');
    await expect(page.getByRole('region', { name: nftSetup })).toContainText(
      'iifname "ens5" tcp dport { 61000-61015 } ip saddr { 10.0.0.2, 10.0.0.3 } accept',
    );
  });

  for (const [field, hostile] of [
    ['iface', 'eth0; rm -rf /'],
    ['iface', '$(id)'],
    ['peers', '0.0.0.0/0'],
    ['peers', '10.0.0.2`reboot`'],
    ['chain', 'RULE; rm -rf /'],
    ['peers', '10.0.0.2\nrm -rf /'],
    ['base', '65530'],
  ] as const) {
    test(`${path} refuses ${JSON.stringify(hostile)} as ${field} and shows no script`, async ({ page }) => {
      await page.goto(path);
      if (field === 'base') await page.getByLabel(labels.hccl).check();
      const input = page.getByLabel(field === 'chain' ? labels.chain : labels[field], { exact: field === 'chain' });
      await input.fill(hostile);
      await expect(input).toHaveAttribute('aria-invalid');
      await expect(input).not.toHaveAccessibleDescription('');
      await expect(page.getByRole('region', { name: setup })).toBeHidden();
      await expect(page.getByRole('alert')).toBeVisible();
    });
  }

  test(`${path} downloads the setup script it shows`, async ({ page }) => {
    await page.goto(path);
    await page.getByLabel(labels.iface).fill('ib0');
    await expect(page.getByRole('region', { name: setup })).toContainText('-i ib0');
    const shown = await page.getByRole('region', { name: setup }).locator('code').textContent();
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

  test('the generator page shows the worked example', async ({ page }) => {
    await page.goto('/firewall/');
    const iptables = page.getByRole('region', { name: 'iptables: set up' });
    await expect(iptables).toContainText('-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s 192.168.1.2 -j RETURN');
    await expect(iptables).toContainText('-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP');
  });
});

test('a reader goes from the checklist to a firewall script for their node', async ({ page }) => {
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
