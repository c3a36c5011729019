/**
 * Calls `load` once, when the reader shows they mean to search: pointing at or touching the search
 * button, focusing or clicking it. (The shortcut, Ctrl+K or ⌘K, opens the search, which loads it.)
 * A reader who never searches downloads none of the search's code, Pagefind's files or its styles.
 */
export function onSearchIntent(button: HTMLButtonElement, load: () => void): void {
  const events = ['pointerenter', 'pointerdown', 'focus', 'click'] as const;
  const start = () => {
    for (const type of events) button.removeEventListener(type, start);
    load();
  };
  for (const type of events) button.addEventListener(type, start, { passive: true });
  // Focus that came before the script ran, as when the page opens with the button focused.
  if (document.activeElement === button) start();
}

/**
 * Adds a stylesheet after the page's own (so its rules win over theirs at equal specificity) and
 * resolves once it has loaded, or failed to: the search works without its styles, only less well.
 */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}
