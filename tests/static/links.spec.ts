import { expect, test } from '@playwright/test';
import { attribute, builtPage, selectAll } from '../support/built-page';
import { externalLinkProblem } from '../support/external-links';
import { allPages } from '../support/published';
import { hostAnswer } from '../support/site-pages';

// Every link of every page, read from the built files as withastro/docs' link checker reads them:
// an address of the site must be one a static host serves (hostAnswer), and a fragment is valid
// when the target page has an element with that id or an <a name>.

const origin = 'https://site.invalid';

const anchors = new Map<string, Set<string>>();

/** The ids and `a[name]`s of a built page. */
function anchorsOf(path: string): Set<string> {
  let found = anchors.get(path);
  if (!found) {
    const names = selectAll('[id], a[name]', builtPage(path)).map(
      (element) => attribute(element, 'id') || attribute(element, 'name') || '',
    );
    found = new Set(names.filter(Boolean));
    anchors.set(path, found);
  }
  return found;
}

for (const path of allPages) {
  test(`every link and anchor on ${path} resolves, and no id is used twice`, () => {
    const document = builtPage(path);
    const hrefs = selectAll('a[href], area[href]', document).map((link) => attribute(link, 'href')!);
    expect(hrefs.length, 'links on the page').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href, `${origin}${encodeURI(path)}`);
      if (url.origin !== origin) {
        const problem = externalLinkProblem(href);
        if (problem) problems.push(`${href} ${problem}`);
        continue;
      }
      const answer = hostAnswer(url.pathname);
      if (answer.status !== 200) {
        problems.push(`${href} → HTTP ${answer.status}`);
        continue;
      }
      if (!url.hash) continue;
      const target = decodeURIComponent(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      const anchors = anchorsOf(target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`);
      if (!anchors.has(fragment))
        problems.push(`${href} → no id or a[name] "${fragment}" on ${target}; it has: ${[...anchors].join(', ')}`);
    }
    const ids = selectAll('[id]', document).map((element) => attribute(element, 'id')!);
    problems.push(...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `id "${id}" used twice`));
    expect(problems).toEqual([]);
  });
}
