import { termFromAddress } from './search-address';
import { type PagefindModule, pagefindBundle } from './pagefind-api';
import { loadStylesheet, onSearchIntent } from './intent';
import type { SearchRoot } from './search-root';
// By address, not imported as a stylesheet: Astro links a stylesheet a script imports from every page.
import resultStyles from '../../styles/search-results.css?url';

/**
 * `<site-search>` (src/components/starlight/Search.astro): the button that opens the search dialog,
 * the shortcut (Ctrl+K, ⌘K), and loading the code that searches (./search-dialog.ts) on intent.
 * On every page, so it stays small; it tracks input-method composition from the first key, which
 * the search code, arriving later, could not see begin.
 */
export class SiteSearch extends HTMLElement implements SearchRoot {
  /** True while an input method (pinyin, say) is composing text in the box: it is not yet a query. */
  composing = false;
  #loading: Promise<void> | undefined;
  #styles: Promise<void> | undefined;

  connectedCallback(): void {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;

    const open = () => {
      if (!dialog.open) {
        dialog.showModal();
        document.body.toggleAttribute('data-search-modal-open', true);
      }
      input.focus();
      this.load();
    };
    const close = () => dialog.close();

    openButton.addEventListener('click', open);
    closeButton.addEventListener('click', close);
    dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
    // A click on the backdrop (the dialog itself, which its frame fills) closes it, but not the end
    // of a drag that began inside; so does following a result, but not into a new tab or window.
    let pressedOnBackdrop = false;
    dialog.addEventListener('pointerdown', (event) => (pressedOnBackdrop = event.target === dialog));
    dialog.addEventListener('click', (event) => {
      const opensElsewhere = event.ctrlKey || event.metaKey || event.shiftKey;
      if ((event.target === dialog && pressedOnBackdrop) || ((event.target as Element).closest('a[href]') && !opensElsewhere)) close();
    });
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'k') {
        event.preventDefault();
        dialog.open ? close() : open();
      }
    });
    // Escape closes the search at once, as in a dialog without a search box: Chrome's search box
    // would take the first Escape to clear itself. The query stays for the next time.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.isComposing) {
        event.preventDefault();
        close();
      }
    });
    // A key in the box after the search failed to load tries again.
    input.addEventListener('input', () => this.load());
    input.addEventListener('compositionstart', () => (this.composing = true));
    input.addEventListener('compositionend', () => (this.composing = false));

    // Purposely the deprecated navigator.platform: browsers spoof the user agent when devtools are open.
    if (/Mac|iPhone|iPod|iPad/i.test(navigator.platform)) {
      const key = this.querySelector('[data-platform-key]');
      if (key) key.textContent = '⌘';
    }
    onSearchIntent(openButton, () => this.load());
    openButton.disabled = false;

    // Sent here with a query (?search=…), as from the other language's results: search for it.
    const term = termFromAddress(window.location.search);
    if (term) {
      input.value = term;
      open();
      // Once taken, the query leaves the address: a reload shows the page, not the search again.
      const address = new URL(window.location.href);
      address.searchParams.delete('search');
      window.history.replaceState(window.history.state, '', address);
    }
  }

  /**
   * Fetches the search code, its styles and Pagefind's API side by side, once; the code then
   * answers what the box holds. After a failure (offline, say) the next call tries again: opening
   * the search, or a key in its box.
   */
  load(): Promise<void> {
    this.#styles ??= loadStylesheet(resultStyles);
    this.#loading ??= Promise.all([
      this.#styles,
      import('./search-dialog'),
      import(/* @vite-ignore */ `${pagefindBundle}pagefind.js`) as Promise<PagefindModule>,
    ])
      .then(([, { startSearch }, pagefind]) => startSearch(this, pagefind))
      .catch((error: unknown) => {
        this.#loading = undefined;
        const { error: message } = JSON.parse(this.querySelector('[data-search-strings]')!.textContent!) as { error: string };
        for (const line of this.querySelectorAll('[data-search-summary], [data-search-announcer]')) line.textContent = message;
        console.error(error);
      });
    return this.#loading;
  }
}
customElements.define('site-search', SiteSearch);
