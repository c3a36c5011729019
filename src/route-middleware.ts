import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

// The Markdown processor names the footnotes section "Footnotes" on every page; the table of
// contents takes that name from it, so give it the page's language here.
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const { toc } = locals.starlightRoute;
  const footnotes = toc?.items.find(({ slug }) => slug === 'footnote-label');
  if (footnotes) footnotes.text = locals.t('footnotes.label');
});
