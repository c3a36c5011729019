import { tierConfig } from './support/tier-config';

/**
 * The unit tier (`npm run test:unit`): pure modules, schemas and data files, no build and no browser.
 * It runs in seconds, so it runs first in `npm test`, and alone while you work on a tool.
 */
export default tierConfig('unit', {
  timeout: 30_000,
});
