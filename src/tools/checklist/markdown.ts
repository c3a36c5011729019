import { interpolate, interpolatePlural } from '../../lib/interpolate';

/** What the Markdown export needs of a step, in the page's language. */
export interface ChecklistItem {
  id: string;
  title: string;
  verify: string;
  expected: string;
  /** Which lines of the expected output are the insecure state, when they are. */
  insecure?: string;
}

/** The export's own words, in the page's language (the site's UI strings `checklist.markdown.*`). */
export interface ChecklistLabels {
  title: string;
  done: string;
  verify: string;
  expected: string;
  insecure: string;
  date: string;
  /** Whose conventions the date follows (a BCP 47 tag), e.g. `en-GB`. */
  dateLocale: string;
  /** The date and time, e.g. `{{date}}, {{time}} UTC`. */
  dateTime: string;
}

/**
 * When the export was made, as a reader of the page's language writes it, in UTC so it reads the
 * same wherever it is opened: `1 December 2026, 14:05 UTC`, `2026年12月1日 14:05 UTC`.
 */
export function exportDate(at: Date, text: Pick<ChecklistLabels, 'dateLocale' | 'dateTime'>): string {
  const date = new Intl.DateTimeFormat(text.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
  const time = new Intl.DateTimeFormat(text.dateLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    at,
  );
  return interpolate(text.dateTime, { date, time });
}

/** What the status says once Clear has removed `count` ticks, in the plural form the language asks for. */
export function clearedMessage(count: number, templates: { one: string; other: string }, locale: string): string {
  return interpolatePlural(templates, count, locale);
}

/**
 * The checklist as Markdown for an audit record: each step ticked or not, with how to verify it.
 * @param exportedAt written as `exportDate` writes it
 */
export function checklistMarkdown(items: ChecklistItem[], done: ReadonlySet<string>, text: ChecklistLabels, exportedAt: Date): string {
  const count = items.filter(({ id }) => done.has(id)).length;
  const lines = [
    `# ${text.title}`,
    '',
    `${text.date}: ${exportDate(exportedAt, text)} · ${count}/${items.length} ${text.done}`,
    '',
    ...items.flatMap(({ id, title, verify, expected, insecure }) => [
      `- [${done.has(id) ? 'x' : ' '}] ${title}`,
      `  - ${text.verify}: ${codeSpan(verify)}`,
      `  - ${text.expected}: ${expected}`,
      ...(insecure ? [`  - ${text.insecure}: ${insecure}`] : []),
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
