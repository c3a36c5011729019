import { readFileSync } from 'node:fs';
import { siteUrl } from '../../src/site-config';
import { expect, test } from '../fixtures';

const day = 24 * 60 * 60 * 1000;

test('security.txt follows RFC 9116 and does not expire within 30 days', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  const fields = (await response.text())
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]);
  const values = (name: string) => fields.filter(([field]) => field === name).map(([, value]) => value);

  expect(values('Contact').length).toBeGreaterThan(0);
  for (const contact of values('Contact')) expect(contact).toMatch(/^(https:\/\/|mailto:)\S+$/);

  const expires = values('Expires');
  expect(expires).toHaveLength(1);
  const expiry = new Date(expires[0]!).getTime();
  expect(expires[0]).toBe(new Date(expiry).toISOString());
  expect(expiry - Date.now(), 'security.txt expires within 30 days: renew Expires in src/site-config.ts').toBeGreaterThan(30 * day);
  expect(expiry - Date.now(), 'Expires must be less than a year ahead').toBeLessThan(366 * day);

  expect(values('Preferred-Languages')).toEqual(['en, zh']);
  expect(values('Canonical')).toEqual([`${siteUrl}/.well-known/security.txt`]);
  // Policy is the publisher's own disclosure policy (RFC 9116 §2.5.7): this site's, not the two it republishes.
  expect(values('Policy')).toEqual([`${siteUrl}/security-policy.md`]);
  const policy = await request.get('/security-policy.md');
  expect(policy.status()).toBe(200);
  expect(await policy.text()).toBe(readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf-8'));
});
