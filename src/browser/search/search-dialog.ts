import { interpolate } from '../../lib/interpolate';
import { searchAddress, searchTerm } from '../../tools/search/search-address';
import { displaySubResults, plural, type SearchStrings, summaryText } from '../../tools/search/search-text';
import type { PagefindInstance, PagefindModule, PagefindResult, PagefindResultData } from './pagefind-api';
import type { SiteSearch } from './site-search';

/** Quiet time after the last key before searching (Pagefind's UI waits 300 ms; a search takes ~10). */
const debounceMs = 40;
/** Earlier revisions shown at first, and at each "show more". */
const revisionBatch = 5;
/** Pagefind's bundle, which the index build writes beside the pages. */
const bundlePath = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;
/** Revision texts carry this filter (src/components/revisions/RevisionPage.astro). */
const revisionFilter = { kind: 'revision' };

interface OtherLanguage {
  lang: string;
  /** The language as Pagefind names its index (`zh-cn`). */
  pagefind: string;
  home: string;
}

/** What one query found: the current texts, the earlier revisions, and the other language's count when neither found anything. */
interface Answer {
  current: PagefindResultData[];
  revisions: PagefindResult[];
  shownRevisions: PagefindResultData[];
  otherLanguageCount: number;
}

/**
 * Makes the dialog of `root` search: answers the box's query `debounceMs` after the last key (not
 * while an input method composes), showing an answer only while the box still holds its query; a
 * late answer to an older query is dropped. Starts with whatever was typed before this code arrived.
 * @throws when Pagefind's bundle cannot be fetched (the caller says so, and tries again on the next intent)
 */
export async function startSearch(root: SiteSearch): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  const index = pagefind.createInstance({ baseUrl: import.meta.env.BASE_URL });
  const input = root.querySelector('dialog input') as HTMLInputElement;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-list]')!;
  const strings = JSON.parse(root.querySelector('[data-search-strings]')!.textContent!) as SearchStrings;
  const other = JSON.parse(root.dataset.otherLanguage!) as OtherLanguage;
  let otherIndex: Promise<PagefindInstance> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The query the box holds now, or undefined while it is being composed. */
  const boxTerm = () => (root.composing ? undefined : searchTerm(input.value));

  const search = async () => {
    const term = boxTerm();
    if (term === undefined) return;
    if (!term) {
      show('', [], '');
      return;
    }
    status.textContent = interpolate(strings.searching, { term });
    let answer: Answer;
    try {
      answer = await find(term);
    } catch (error) {
      // A file of the index failed to arrive: say so, and the next key tries again.
      if (boxTerm() === term) show(term, [], strings.error);
      console.error(error);
      return;
    }
    // The box moved on while this was found: a newer search shows its own answer.
    if (boxTerm() !== term) return;
    show(term, render(term, answer), summaryText(strings, term, answer.current.length + answer.revisions.length));
  };

  const find = async (term: string): Promise<Answer> => {
    const [current, revisions] = await Promise.all([
      index.search(term, { filters: { not: revisionFilter } }),
      index.search(term, { filters: revisionFilter }),
    ]);
    const [currentData, shownRevisions] = await Promise.all([
      Promise.all(current.results.map((result) => result.data())),
      Promise.all(revisions.results.slice(0, revisionBatch).map((result) => result.data())),
    ]);
    const none = current.results.length + revisions.results.length === 0;
    return {
      current: currentData,
      revisions: revisions.results,
      shownRevisions,
      otherLanguageCount: none ? await otherLanguageCount(term) : 0,
    };
  };

  /**
   * How many pages of the other language hold `term`. Pagefind searches one language per instance;
   * the other's index is merged into a second one and tagged so a filter keeps only its pages. Its
   * bundle is named by full address: Pagefind skips merging a bundle named as the primary one is.
   */
  const otherLanguageCount = async (term: string) => {
    otherIndex ??= (async () => {
      const instance = pagefind.createInstance({ baseUrl: import.meta.env.BASE_URL });
      await instance.mergeIndex(new URL(bundlePath, window.location.href).href, {
        language: other.pagefind,
        baseUrl: import.meta.env.BASE_URL,
        mergeFilter: { language: [other.pagefind] },
      });
      return instance;
    })();
    const found = await (await otherIndex).search(term, { filters: { language: other.pagefind } });
    return found.results.length;
  };

  /** Replaces what the dialog shows with `nodes`, the answer to `term`, in one step. */
  const show = (term: string, nodes: Node[], summary: string) => {
    list.replaceChildren(...nodes);
    list.dataset.query = term;
    status.textContent = summary;
    results.removeAttribute('aria-busy');
  };

  const render = (term: string, answer: Answer): Node[] => {
    const nodes: Node[] = [];
    if (answer.current.length) nodes.push(hitList(answer.current, false));
    if (answer.revisions.length) {
      const revisions = hitList(answer.shownRevisions, true);
      nodes.push(element('h2', { className: 'search-group' }, strings.revisions), revisions);
      const rest = answer.revisions.slice(revisionBatch);
      if (rest.length) nodes.push(moreButton(term, rest, revisions));
    }
    if (answer.otherLanguageCount) {
      const note = element(
        'p',
        { className: 'search-other-language' },
        plural(strings.otherLanguage, answer.otherLanguageCount, strings.locale, { term }),
        ' ',
      );
      const link = element('a', { href: searchAddress(other.home, term), hreflang: other.lang }, strings.otherLanguageLink);
      note.append(link);
      nodes.push(note);
    }
    return nodes;
  };

  /** "Show N more": the next batch of earlier revisions, if the box still holds `term`. */
  const moreButton = (term: string, rest: PagefindResult[], into: HTMLUListElement) => {
    const button = element(
      'button',
      { type: 'button', className: 'search-more' },
      plural(strings.more, Math.min(revisionBatch, rest.length), strings.locale, {}),
    );
    button.addEventListener('click', async () => {
      const next = await Promise.all(rest.slice(0, revisionBatch).map((result) => result.data()));
      if (boxTerm() !== term || !button.isConnected) return;
      const added = hitList(next, true).children;
      const first = added[0];
      into.append(...added);
      const remaining = rest.slice(revisionBatch);
      if (remaining.length) button.replaceWith(moreButton(term, remaining, into));
      else button.remove();
      first?.querySelector('a')?.focus();
    });
    return button;
  };

  const hitList = (pages: PagefindResultData[], revisions: boolean) => {
    const ul = element('ul', { className: 'search-hits' });
    for (const page of pages) {
      const title = page.meta.title ?? page.url;
      const link = element('a', { href: page.url, className: 'search-hit-link' }, title);
      if (revisions && page.meta.revision)
        link.append(' ', element('span', { className: 'search-revision' }, interpolate(strings.revision, { name: page.meta.revision })));
      const hit = element('li', { className: 'search-hit' }, link, excerpt(page.excerpt));
      const sections = displaySubResults({ url: page.url, title }, page.sub_results);
      if (sections.length) {
        hit.append(
          element(
            'ul',
            { className: 'search-sections' },
            ...sections.map((section) => element('li', {}, element('a', { href: section.url }, section.title), excerpt(section.excerpt))),
          ),
        );
      }
      ul.append(hit);
    }
    return ul;
  };

  input.addEventListener('input', () => {
    // What is shown no longer answers the box: say so at once, and search when the keys stop.
    if (list.dataset.query !== searchTerm(input.value)) results.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(search, debounceMs);
  });
  // The composed text is in the box: Chrome sends no input event after compositionend.
  input.addEventListener('compositionend', () => {
    clearTimeout(timer);
    timer = setTimeout(search, debounceMs);
  });
  // What was typed while this code loaded.
  if (input.value) {
    results.setAttribute('aria-busy', 'true');
    void search();
  }
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
