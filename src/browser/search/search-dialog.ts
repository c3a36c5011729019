import { interpolate, interpolatePlural } from '../../lib/interpolate';
import { searchAddress, searchTerm } from './search-address';
import { displaySubResults, otherLanguageText, type SearchStrings, summaryText } from './search-text';
import { type PagefindInstance, type PagefindModule, type PagefindResult, type PagefindResultData, pagefindBundle } from './pagefind-api';
import type { SearchRoot } from './search-root';

/** Quiet time after the last key before searching (Pagefind's UI waits 300 ms; a search takes ~10). */
const debounceMs = 40;
/**
 * Quiet time before searching text an input method is still composing: pinyin letters are not yet
 * the query, but a phone keyboard composes every English word until the space.
 */
const composingQuietMs = 600;
/** Quiet time before the status is read out: once, when the reader pauses, not at every key. */
const announceMs = 500;
/** Earlier revisions shown at first, and at each "show more". */
const revisionBatch = 5;
/** Revision texts carry this filter (src/components/revisions/RevisionPage.astro). */
const revisionFilter = { kind: 'revision' };

interface OtherLanguage {
  lang: string;
  /** The language as Pagefind names its index (`zh-cn`). */
  pagefind: string;
  home: string;
}

/**
 * Makes the dialog of `root` search: answers the box's query `debounceMs` after the last key, and
 * shows an answer only while the box still holds its query; a late answer to an older query is
 * dropped. Starts with whatever was typed before this code arrived. `pagefind` is Pagefind's
 * browser API, fetched beside this code (./site-search.ts).
 */
export function startSearch(root: SearchRoot, pagefind: PagefindModule): void {
  const input = root.querySelector('dialog input') as HTMLInputElement;
  const summary = root.querySelector<HTMLElement>('[data-search-summary]')!;
  const announcer = root.querySelector<HTMLElement>('[data-search-announcer]')!;
  const list = root.querySelector<HTMLElement>('[data-search-list]')!;
  const strings = JSON.parse(root.querySelector('[data-search-strings]')!.textContent!) as SearchStrings;
  const other = JSON.parse(root.dataset.otherLanguage!) as OtherLanguage;
  const createIndex = () => pagefind.createInstance({ baseUrl: import.meta.env.BASE_URL });
  let index = createIndex();
  let otherIndex: Promise<PagefindInstance> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const boxTerm = () => searchTerm(input.value);
  /** The shown hits answer `term` in full. */
  const answered = (term: string) => list.dataset.query === term && !list.hasAttribute('aria-busy');

  const search = async () => {
    const term = boxTerm();
    if (answered(term)) return;
    if (!term) {
      show('', []);
      say('');
      return;
    }
    say(interpolate(strings.searching, { term }));
    try {
      const [current, revisions] = await Promise.all([
        index.search(term, { filters: { not: revisionFilter } }),
        index.search(term, { filters: revisionFilter }),
      ]);
      // The box moved on while this was found: a newer search shows its own answer.
      if (boxTerm() !== term) return;
      const total = current.results.length + revisions.results.length;
      if (total === 0) {
        show(term, []);
        say(summaryText(strings, term, 0));
        const count = await otherLanguageCount(term);
        if (boxTerm() !== term || !count) return;
        list.append(
          element(
            'p',
            { className: 'search-other-language' },
            element('a', { href: searchAddress(other.home, term), hreflang: other.lang }, strings.otherLanguageLink),
          ),
        );
        say(otherLanguageText(strings, term, count));
        return;
      }
      // Pagefind fetches each page's data on its own: all are asked for at once, the best current
      // hit is shown as soon as it is in, the rest follow it.
      const currentData = current.results.map((result) => result.data());
      const revisionData = revisions.results.slice(0, revisionBatch).map((result) => result.data());
      // Those never shown (the box moved on) must not fail unseen.
      for (const data of [...currentData, ...revisionData]) data.catch(() => {});
      const hits = hitList([], false);
      if (currentData.length > 0) {
        const best = await currentData[0]!;
        if (boxTerm() !== term) return;
        hits.append(hit(best, false));
        show(term, [hits], total === 1);
        say(summaryText(strings, term, total));
        if (total === 1) return;
      }
      const [rest, shownRevisions] = await Promise.all([Promise.all(currentData.slice(1)), Promise.all(revisionData)]);
      if (boxTerm() !== term) return;
      // Added to what is shown, not in its place: the reader may already be on the first hit.
      hits.append(...rest.map((page) => hit(page, false)));
      const nodes: Node[] = [];
      if (revisions.results.length) {
        // Two groups, each under its heading, when there are revisions.
        if (currentData.length > 0) hits.before(element('h2', { className: 'search-group' }, strings.current));
        const revisionHits = hitList(shownRevisions, true);
        nodes.push(element('h2', { className: 'search-group' }, strings.revisions), revisionHits);
        const more = revisions.results.slice(revisionBatch);
        if (more.length) nodes.push(moreButton(term, more, revisionHits));
      }
      if (currentData.length > 0) {
        list.append(...nodes);
        list.removeAttribute('aria-busy');
      } else show(term, nodes, true);
      say(summaryText(strings, term, total));
    } catch (error) {
      // A file of the index failed to arrive. Pagefind keeps such a failure: the next key starts
      // a new instance, and tries again.
      index = createIndex();
      otherIndex = undefined;
      if (boxTerm() === term) {
        show(term, []);
        say(strings.error);
      }
      console.error(error);
    }
  };

  /**
   * How many pages of the other language hold `term`, or 0 when that cannot be told. Pagefind
   * searches one language per instance; the other's index is merged into a second one and tagged
   * so a filter keeps only its pages. Its bundle is named by full address: Pagefind skips merging
   * a bundle named as the primary one is.
   */
  const otherLanguageCount = async (term: string) => {
    try {
      otherIndex ??= (async () => {
        const instance = createIndex();
        await instance.mergeIndex(new URL(pagefindBundle, window.location.href).href, {
          language: other.pagefind,
          baseUrl: import.meta.env.BASE_URL,
          mergeFilter: { language: [other.pagefind] },
        });
        return instance;
      })();
      const found = await (await otherIndex).search(term, { filters: { language: other.pagefind } });
      return found.results.length;
    } catch (error) {
      otherIndex = undefined;
      console.error(error);
      return 0;
    }
  };

  /**
   * Replaces what the dialog shows with `nodes`, (the start of) the answer to `term`, in one step.
   * The list stays `aria-busy` until the answer is `complete`.
   */
  const show = (term: string, nodes: Node[], complete = true) => {
    list.replaceChildren(...nodes);
    list.dataset.query = term;
    delete list.dataset.stale;
    if (complete) list.removeAttribute('aria-busy');
    else list.setAttribute('aria-busy', 'true');
  };

  /** Shows the status line at once, and has it read out once the reader pauses. */
  const say = (text: string) => {
    summary.textContent = text;
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (announcer.textContent !== text) announcer.textContent = text;
    }, announceMs);
  };

  /** "Show N more": the next batch of earlier revisions, if the box still holds `term`. */
  const moreButton = (term: string, rest: PagefindResult[], into: HTMLUListElement) => {
    const count = Math.min(revisionBatch, rest.length);
    const button = element('button', { type: 'button', className: 'search-more' }, interpolatePlural(strings.more, count, strings.locale));
    button.addEventListener('click', async () => {
      let next: PagefindResultData[];
      try {
        next = await Promise.all(rest.slice(0, revisionBatch).map((result) => result.data()));
      } catch (error) {
        say(strings.error);
        console.error(error);
        return;
      }
      if (boxTerm() !== term || !button.isConnected) return;
      const added = next.map((page) => hit(page, true));
      into.append(...added);
      const remaining = rest.slice(revisionBatch);
      if (remaining.length) button.replaceWith(moreButton(term, remaining, into));
      else button.remove();
      added[0]?.querySelector('a')?.focus();
    });
    return button;
  };

  const hitList = (pages: PagefindResultData[], revisions: boolean) =>
    element('ul', { className: 'search-hits' }, ...pages.map((page) => hit(page, revisions)));

  /** A page found: its title (and revision), the text around the hits, and the sections that hold them. */
  const hit = (page: PagefindResultData, revision: boolean) => {
    const title = page.meta.title ?? page.url;
    const link = element('a', { href: page.url, className: 'search-hit-link' }, title);
    if (revision && page.meta.revision)
      link.append(' ', element('span', { className: 'search-revision' }, interpolate(strings.revision, { name: page.meta.revision })));
    const item = element('li', { className: 'search-hit' }, link, excerpt(page.excerpt));
    const sections = displaySubResults({ url: page.url, title }, page.sub_results);
    if (sections.length) {
      item.append(
        element(
          'ul',
          { className: 'search-sections' },
          ...sections.map((section) => element('li', {}, element('a', { href: section.url }, section.title), excerpt(section.excerpt))),
        ),
      );
    }
    return item;
  };

  input.addEventListener('input', () => {
    // What is shown no longer answers the box: say so at once, and search when the keys stop.
    const term = boxTerm();
    if (list.dataset.query !== term) {
      list.setAttribute('aria-busy', 'true');
      list.dataset.stale = '';
    }
    // Meanwhile Pagefind fetches the parts of its index the query needs, as its own UI does.
    if (term) index.preload(term, { filters: revisionFilter }).catch(() => {});
    clearTimeout(timer);
    timer = setTimeout(search, root.composing ? composingQuietMs : debounceMs);
  });
  // The composed text is in the box (Chrome sends its last input event before compositionend).
  input.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(search, debounceMs);
  });
  // What was typed while this code loaded.
  if (input.value) {
    list.setAttribute('aria-busy', 'true');
    timer = setTimeout(search, root.composing ? composingQuietMs : 0);
  } else say('');
}

/** Pagefind's excerpt (escaped text with `<mark>`s) as a paragraph: only its text and marks are kept. */
function excerpt(html: string): HTMLParagraphElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const p = element('p', { className: 'search-excerpt' });
  for (const node of template.content.childNodes) {
    p.append(node.nodeName === 'MARK' ? element('mark', {}, node.textContent ?? '') : (node.textContent ?? ''));
  }
  return p;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}
