/**
 * Table rows as CSV (RFC 4180): nested fields become dotted columns (`type.zh`), lists of text
 * become lines in one cell, lists of objects become JSON in one cell.
 */

type Row = Record<string, unknown>;

function flatten(value: unknown, prefix: string, into: Map<string, string>) {
  if (Array.isArray(value)) {
    into.set(prefix, value.every((item) => typeof item !== 'object') ? value.join('\n') : JSON.stringify(value));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value === undefined || value === null ? '' : String(value));
  }
}

/** A cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rowsToCsv(rows: Row[]): string {
  const flat = rows.map((row) => {
    const cells = new Map<string, string>();
    flatten(row, '', cells);
    return cells;
  });
  const columns = [...new Set(flat.flatMap((cells) => [...cells.keys()]))];
  const lines = [columns, ...flat.map((cells) => columns.map((column) => cells.get(column) ?? ''))];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
