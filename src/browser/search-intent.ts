/**
 * Starts loading the search (Pagefind's UI, its script, WebAssembly and index) when the reader
 * shows they mean to search, instead of when the browser is first idle: pointing at or touching
 * the search button, focusing or clicking it, or pressing its shortcut (Ctrl+K, ⌘K). A reader who
 * never searches downloads none of it. Runs in the browser; wired into Starlight's search by
 * src/integrations/search-on-intent.ts.
 */
export function onSearchIntent(load: () => void): void {
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  const buttonEvents = ['pointerenter', 'pointerdown', 'focus', 'click'] as const;
  let started = false;

  const start = () => {
    if (started) return;
    started = true;
    for (const type of buttonEvents) button?.removeEventListener(type, start);
    window.removeEventListener('keydown', onKey);
    load();
  };
  const onKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'k') start();
  };

  for (const type of buttonEvents) button?.addEventListener(type, start, { passive: true });
  window.addEventListener('keydown', onKey);
  // Focus that came before the script ran, as when the page opens with the button focused.
  if (button && document.activeElement === button) start();
}

/**
 * A stand-in search box, there from the moment the reader shows intent until Pagefind's UI is
 * built: Starlight focuses it when the dialog opens, so what the reader types at once (Ctrl+K,
 * then the query) is kept, not lost while the UI loads.
 */
export function addStandInSearchInput(): HTMLInputElement | undefined {
  const container = document.querySelector('#starlight__search');
  if (!container || container.querySelector('input')) return undefined;
  const input = Object.assign(document.createElement('input'), { type: 'search', className: 'search-stand-in' });
  // Named as the search button is, in the page's language.
  input.setAttribute('aria-label', document.querySelector('site-search button[data-open-modal]')?.getAttribute('aria-label') ?? '');
  container.append(input);
  // The shortcut opens the dialog before this exists, and Starlight's focus found no box then.
  if (input.closest('dialog')?.open) input.focus();
  return input;
}

/**
 * Once the UI exists: moves what was typed into the stand-in to the real search box, which then
 * searches for it, and puts the cursor there if the dialog is open.
 */
export function replaceStandInSearchInput(standIn: HTMLInputElement | undefined): void {
  const typed = standIn?.value ?? '';
  standIn?.remove();
  const input = document.querySelector<HTMLInputElement>('#starlight__search input');
  if (!input) return;
  if (typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (input.closest('dialog')?.open) input.focus();
}

/**
 * Adds a stylesheet after the page's own and resolves once it has loaded, or failed to: the search
 * works without its styles, only less well.
 */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}
