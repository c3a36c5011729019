/**
 * The rows a tool has for each published statement, as its page embeds them (a `<script
 * type="application/json">`): each distinct set once, and which set each release's slug uses, so a
 * page that lists 24 releases carries each table once.
 */
export interface ReleaseSets<Row> {
  sets: Row[][];
  bySlug: Record<string, number>;
}

/** Reads the sets embedded in `root` at `selector`. */
export function readReleaseSets<Row>(root: ParentNode, selector: string): ReleaseSets<Row> {
  return JSON.parse(root.querySelector(selector)!.textContent!) as ReleaseSets<Row>;
}
