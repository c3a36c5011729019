// Reads a `_headers` file as Cloudflare Pages and Netlify do: a path line (`*` matches the rest of
// the address), then indented `Name: value` lines. Every rule whose path matches adds its headers;
// a header named twice gets both values, joined by a comma.

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path, found: ${line}`);
    rule.headers[header[1]!] = header[2]!;
  });
  return rules;
}

export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { path, headers: ruleHeaders } of rules) {
    const matches = path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path;
    if (!matches) continue;
    for (const [name, value] of Object.entries(ruleHeaders)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
