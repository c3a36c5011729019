import { tierConfig } from './support/tier-config';

/**
 * The bad-data tier: copies of the project with one data file broken, each synced or built; the
 * build must stop and say which file, entry and field is wrong. Needs no build of the checkout.
 */
export default tierConfig('bad-data', {
  // Each build takes a core; tests/run.ts gives this tier one.
  workers: 1,
  timeout: 120_000,
});
