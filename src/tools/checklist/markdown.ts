/** What the Markdown export needs of a step, in the page's language. */
export interface ChecklistItem {
  id: string;
  title: string;
  verify: string;
  expected: string;
}

/** The export's own words, in the page's language (the site's UI strings `checklist.markdown.*`). */
export interface ChecklistLabels {
  title: string;
  done: string;
  verify: string;
  expected: string;
  date: string;
}

/**
 * The checklist as Markdown for an audit record: each step ticked or not, with how to verify it.
 * @param exportedAt written as an ISO 8601 UTC timestamp
 */
export function checklistMarkdown(items: ChecklistItem[], done: ReadonlySet<string>, text: ChecklistLabels, exportedAt: Date): string {
  const count = items.filter(({ id }) => done.has(id)).length;
  const lines = [
    `# ${text.title}`,
    '',
    `${text.date}: ${exportedAt.toISOString()} · ${count}/${items.length} ${text.done}`,
    '',
    ...items.flatMap(({ id, title, verify, expected }) => [
      `- [${done.has(id) ? 'x' : ' '}] ${title}`,
      `  - ${text.verify}: ${codeSpan(verify)}`,
      `  - ${text.expected}: ${expected}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** Inline code that survives backticks in the text: the fence is one backtick longer than any run. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return longestRun === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

/** Reads the ids of ticked steps from storage, keeping only ids the checklist has. */
export function parseStoredProgress(stored: string | null, knownIds: readonly string[]): Set<string> {
  if (!stored) return new Set();
  try {
    const ids: unknown = JSON.parse(stored);
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && knownIds.includes(id)) : []);
  } catch {
    return new Set();
  }
}
