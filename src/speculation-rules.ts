/**
 * Speculation rules: the browser prefetches one of this site's pages once the reader's pointer
 * rests on a link to it (`moderate`: about 200 ms of hover, or a touch). They do what Astro's
 * prefetch script did, with no script at all; browsers without them simply fetch on click.
 * The tables' downloads (/data/) and security.txt are files, not pages, and are left alone.
 */
export const speculationRules = {
  prefetch: [
    {
      where: { and: [{ href_matches: '/*' }, { not: { href_matches: '/data/*' } }, { not: { href_matches: '/.well-known/*' } }] },
      eagerness: 'moderate',
    },
  ],
};
