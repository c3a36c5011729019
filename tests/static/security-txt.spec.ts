import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteUrl } from '../../src/site-config';
import { dist, hostAnswer } from '../support/site-pages';

const day = 24 * 60 * 60 * 1000;

test('security.txt follows RFC 9116 and does not expire within 30 days', () => {
  expect(hostAnswer('/.well-known/security.txt').status).toBe(200);
  const fields = readFileSync(`${dist}.well-known/security.txt`, 'utf-8')
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
  expect(hostAnswer('/security-policy.md').status).toBe(200);
  expect(readFileSync(`${dist}security-policy.md`, 'utf-8')).toBe(readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf-8'));
});
