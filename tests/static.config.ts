import { tierConfig } from './support/tier-config';

/**
 * The static tier: every built page read once in Node with an HTML parser (tests/support/built-page.ts),
 * and every check that only reads markup or files: links and anchors, fidelity to the upstream
 * texts, translations, metadata, Content-Security-Policy hashes, byte budgets, feeds and data
 * files. No browser and no server: it needs a build in dist/ (npm test builds it first).
 */
export default tierConfig('static', {
  // Each worker parses the pages it reads once; two workers use both cores of these machines.
  workers: 2,
  fullyParallel: true,
  timeout: 30_000,
});
