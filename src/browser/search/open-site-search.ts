/**
 * `<open-site-search>` (src/components/SearchButton.astro, on the not-found pages): shows its button,
 * which opens the header's search (site-search.ts).
 */
class OpenSiteSearch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    button.hidden = false;
    button.addEventListener('click', () => {
      document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
    });
  }
}
customElements.define('open-site-search', OpenSiteSearch);
