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
 * Puts the cursor in the search box once the UI exists. Starlight focuses it when the dialog opens,
 * but on the first search the dialog opens before the UI is built, and the keys would go nowhere.
 */
export function focusSearchInput(): void {
  const input = document.querySelector<HTMLInputElement>('#starlight__search input');
  if (input?.closest('dialog')?.open) input.focus();
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
