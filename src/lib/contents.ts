import type { Heading } from './sections';

/** An entry of a page's contents, as Starlight's route data holds it (`starlightRoute.toc.items`). */
export interface ContentsItem extends Heading {
  children: ContentsItem[];
}

/**
 * A page's contents from its headings, nested as Starlight nests them (its `generateToC`, which it
 * does not export): each heading within the levels shown, under the nearest heading above it of a
 * higher level. For a page whose text Starlight does not render from its own file: the current
 * policy pages (src/route-middleware.ts).
 * @param overview Starlight's first entry, which leads to the top of the page
 */
export function contentsOf(
  headings: Heading[],
  levels: { minHeadingLevel: number; maxHeadingLevel: number },
  overview: ContentsItem,
): ContentsItem[] {
  const items: ContentsItem[] = [{ ...overview, children: [] }];
  const inject = (list: ContentsItem[], item: ContentsItem) => {
    const last = list.at(-1);
    if (!last || last.depth >= item.depth) list.push(item);
    else inject(last.children, item);
  };
  for (const heading of headings) {
    if (heading.depth >= levels.minHeadingLevel && heading.depth <= levels.maxHeadingLevel) inject(items, { ...heading, children: [] });
  }
  return items;
}
