import { termFromAddress } from '../../tools/search/search-address';
import { loadStylesheet, onSearchIntent } from './intent';
// By address, not imported as a stylesheet: Astro links a stylesheet a script imports from every page.
import resultStyles from '../../styles/search-results.css?url';

/**
 * `<site-search>` (src/components/starlight/Search.astro): the button that opens the search dialog,
 * the shortcut (Ctrl+K, ⌘K), and loading the code that searches (./search-dialog.ts) on intent.
 * On every page, so it stays small; it tracks input-method composition from the first key, which
 * the search code, arriving later, could not see begin.
 */
export class SiteSearch extends HTMLElement {
  /** True while an input method (pinyin, say) is composing text in the box: it is not yet a query. */
  composing = false;
  #loading: Promise<void> | undefined;

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
    // A click on the backdrop (the dialog itself, which its frame fills) or on a result closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog || (event.target as Element).closest('a[href]')) close();
    });
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'k') {
        event.preventDefault();
        dialog.open ? close() : open();
      }
    });
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
    }
  }

  /** Fetches the search code and its styles, once; the code then answers what the box holds. */
  load(): Promise<void> {
    this.#loading ??= Promise.all([loadStylesheet(resultStyles), import('./search-dialog')])
      .then(([, { startSearch }]) => startSearch(this))
      .catch((error: unknown) => {
        // Offline, say: the next intent tries again.
        this.#loading = undefined;
        this.querySelector('[data-search-status]')!.textContent = JSON.parse(
          this.querySelector('[data-search-strings]')!.textContent!,
        ).error;
        console.error(error);
      });
    return this.#loading;
  }
}
