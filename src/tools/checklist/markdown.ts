import type { DataLanguage, LocalizedText } from '../../schemas/localized';

/** What the Markdown export needs of a step. */
export interface ChecklistItem {
  id: string;
  title: LocalizedText;
  verify: string;
  expected: LocalizedText;
}

const headings = {
  zh: { title: '加固检查清单', done: '已完成', verify: '检查命令', expected: '预期输出', date: '导出时间' },
  en: { title: 'Hardening checklist', done: 'done', verify: 'Verify', expected: 'Expected', date: 'Exported' },
} as const;

/** The checklist as Markdown for an audit record: each step ticked or not, with how to verify it. */
export function checklistMarkdown(items: ChecklistItem[], done: ReadonlySet<string>, language: DataLanguage, exportedAt: Date): string {
  const text = headings[language];
  const count = items.filter(({ id }) => done.has(id)).length;
  const lines = [
    `# ${text.title}`,
    '',
    `${text.date}: ${exportedAt.toISOString()} · ${count}/${items.length} ${text.done}`,
    '',
    ...items.flatMap(({ id, title, verify, expected }) => [
      `- [${done.has(id) ? 'x' : ' '}] ${title[language]}`,
      `  - ${text.verify}: ${codeSpan(verify)}`,
      `  - ${text.expected}: ${expected[language]}`,
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
