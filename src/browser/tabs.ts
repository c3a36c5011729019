/**
 * Turns sections into tabs, as the WAI-ARIA tabs pattern has them (role tablist, tab, tabpanel;
 * the left and right arrow keys, Home and End move between tabs and show the tab they reach). The page renders
 * every section, each titled by its heading, so without this script, and in print
 * (src/styles/print.css), every one shows. A section's heading names its tab and stays in the panel,
 * hidden on screen (src/styles/tools.css), so a printed panel keeps its title.
 */

/** The tab a key moves to from tab `current` of `count`, or undefined for any other key. */
export function tabAfterKey(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Makes `sections` (each with an id and a heading) the panels of a tab list named `label`, put
 * before the first of them; the first tab is selected.
 */
export function makeTabs(sections: HTMLElement[], label: string): void {
  const tablist = document.createElement('div');
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', label);
  tablist.className = 'tabs';
  const tabs = sections.map((section) => {
    const heading = section.querySelector<HTMLElement>('h2, h3, h4')!;
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = `tab-${section.id}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', section.id);
    tab.textContent = heading.textContent;
    heading.classList.add('tab-heading');
    section.setAttribute('role', 'tabpanel');
    section.setAttribute('aria-labelledby', tab.id);
    tablist.append(tab);
    return tab;
  });
  const select = (chosen: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === chosen));
      tab.tabIndex = i === chosen ? 0 : -1;
      sections[i]!.hidden = i !== chosen;
    });
    if (focus) tabs[chosen]!.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i, false));
    tab.addEventListener('keydown', (event) => {
      const next = tabAfterKey(event.key, i, tabs.length);
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
  });
  sections[0]!.before(tablist);
  select(0, false);
}
