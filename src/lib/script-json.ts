/**
 * JSON to put inside `<script type="application/json">`: `<` is escaped, so no text in the data —
 * a table cell, say — can close the script element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
