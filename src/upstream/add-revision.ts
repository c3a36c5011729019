/**
 * What `npm run upstream:add` changes to publish a new upstream revision: the text under
 * content/upstream/, its manifest entry, and for torch_npu its three tables as data files; and what
 * the reader must still do (translate, check derived fields). Pure: given what the repository holds,
 * it returns the files to write, so the command can write all of them or none.
 */
import type { z } from 'astro/zod';
import { publishedTexts } from '../lib/published-texts';
import { pytorchRevisionSchema, type Revision, torchNpuRevisionSchema } from '../schemas/revision';
import { tableFile } from './data-files';
import { translateText } from './source-units';
import { type DataRow, statementTableNames, statementTables, tableRows, type Todo } from './statement-tables';

/** What the repository holds, as the planner needs it. */
export interface RepositoryState {
  /** content/upstream/<policy>.json, parsed. */
  manifest: Revision[];
  /** A file's text under content/upstream/ (`torch_npu/2025-04-25_38dc4eecba.md`), if it exists. */
  upstreamText: (file: string) => string | undefined;
  /** content/data/torch_npu/<text>/<table>.yaml, parsed, if it exists. */
  dataRows: (text: string, table: (typeof statementTableNames)[number]) => DataRow[] | undefined;
  /** The Chinese texts content/translations/torch_npu.en.yaml translates. */
  translated: Set<string>;
  /** The English texts content/translations/pytorch.zh-CN.yaml translates. */
  translatedPytorch: Set<string>;
}

export interface AddRequest {
  policy: Revision['policy'];
  /** The manifest entry as upstream's manifests write it, without `file` (the command names it). */
  entry: Record<string, unknown>;
  /** The revision's text, byte for byte. */
  text: string;
  /** torch_npu: upstream's official English text of the branch, when `entry.officialEnglish` is set. */
  english?: string;
}

export interface AddPlan {
  /** Paths relative to the project root, and their new content. */
  writes: Array<{ path: string; content: string }>;
  /** Lines for the reader: what was added, then what is left to do. */
  report: string[];
}

/** A request the command refuses, with the reason in words that say how to fix it. */
export class AddRefusal extends Error {}

const version = (v: string) => v.split('.').map(Number);
const compareVersions = (a: string, b: string) => {
  const [x, y] = [version(a), version(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

function validEntry<S extends z.ZodType>(schema: S, entry: unknown): z.infer<S> {
  const result = schema.safeParse(entry);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    throw new AddRefusal(`The entry does not read as a manifest entry:\n${problems.join('\n')}`);
  }
  return result.data;
}

/**
 * Plans the addition of one revision.
 * @throws AddRefusal when the entry is malformed, the revision is already listed, a file of that
 *   name holds another text, or the text's tables cannot be read
 */
export function planAdd(request: AddRequest, repository: RepositoryState): AddPlan {
  return request.policy === 'torch_npu' ? planTorchNpu(request, repository) : planPytorch(request, repository);
}

/** The manifest as the shared manifests write it: one space per level, no newline at the end. */
const manifestJson = (rows: unknown[]) => JSON.stringify(rows, null, 1);
const withoutPosition = (rows: Revision[]) => rows.map(({ position: _, ...row }) => row);

function textFile(policy: string, name: string, text: string, repository: RepositoryState, writes: AddPlan['writes']) {
  const file = `${policy}/${name}`;
  const existing = repository.upstreamText(file);
  if (existing !== undefined && existing !== text) {
    throw new AddRefusal(`content/upstream/${file} exists and holds another text; a file keeps the text its name dates.`);
  }
  if (existing === undefined) writes.push({ path: `content/upstream/${file}`, content: text });
  return file;
}

function planPytorch(request: AddRequest, repository: RepositoryState): AddPlan {
  const order = Math.max(0, ...repository.manifest.map((row) => (row.policy === 'pytorch' ? row.order : 0))) + 1;
  const schema = pytorchRevisionSchema.omit({ position: true, file: true, order: true });
  const { order: _order, ...given } = request.entry;
  const entry = validEntry(schema, { policy: 'pytorch', ...given });
  if (!entry.commit) throw new AddRefusal('The entry needs the commit that holds the text (40 hex digits).');
  if (repository.manifest.some((row) => row.commit === entry.commit)) {
    throw new AddRefusal(`Commit ${entry.commit} is already in content/upstream/pytorch.json.`);
  }
  const writes: AddPlan['writes'] = [];
  const file = textFile('pytorch', `${entry.commit.slice(0, 10)}.md`, request.text, repository, writes);
  const { policy: _, ...fields } = entry;
  const row = { policy: 'pytorch', order, ...fields, file };
  writes.push({ path: 'content/upstream/pytorch.json', content: manifestJson([...withoutPosition(repository.manifest), row]) });
  // Every unit the site's Chinese of the text needs.
  const untranslated = translateText(request.text, new Map([...repository.translatedPytorch].map((en) => [en, en])), 'en').missing;
  return {
    writes,
    report: [
      `Added ${file} as revision ${order} of content/upstream/pytorch.json; the current pages (/pytorch/, /zh-cn/pytorch/) show it by themselves.`,
      ...(untranslated.length > 0
        ? [
            `Translate in content/translations/pytorch.zh-CN.yaml (${untranslated.length}; until then the Chinese pages show them in English, marked as not yet translated):`,
            ...untranslated.map((u) => `  - en: ${u}`),
          ]
        : []),
    ],
  };
}

function planTorchNpu(request: AddRequest, repository: RepositoryState): AddPlan {
  const schema = torchNpuRevisionSchema.omit({ position: true, file: true }).extend({
    officialEnglish: torchNpuRevisionSchema.shape.officialEnglish.unwrap().omit({ file: true }).nullable(),
  });
  const entry = validEntry(schema, { policy: 'torch_npu', ...request.entry });
  if (entry.branch !== `v${entry.pytorch}-${entry.release}`) {
    throw new AddRefusal(`branch must be v<pytorch>-<release>, here v${entry.pytorch}-${entry.release}, not ${entry.branch}.`);
  }
  const manifest = repository.manifest as Extract<Revision, { policy: 'torch_npu' }>[];
  if (manifest.some((row) => row.branch === entry.branch)) {
    throw new AddRefusal(
      `Branch ${entry.branch} is already in content/upstream/torch_npu.json; a branch's newer text is a new release branch's entry, or replace the entry by hand.`,
    );
  }
  if ((request.english === undefined) !== (entry.officialEnglish === null)) {
    throw new AddRefusal('Give --english exactly when the entry has officialEnglish (its path, commit, date and title).');
  }
  const writes: AddPlan['writes'] = [];
  const day = (date: string) => date.slice(0, 10);
  // An identical text already published keeps its file: the site publishes each text once.
  const same = manifest.find((row) => repository.upstreamText(row.file) === request.text);
  const file = same?.file ?? textFile('torch_npu', `${day(entry.date)}_${entry.commit.slice(0, 10)}.md`, request.text, repository, writes);
  const officialEnglish = entry.officialEnglish && {
    ...entry.officialEnglish,
    file: textFile(
      'torch_npu',
      `en_${day(entry.officialEnglish.date)}_${entry.officialEnglish.commit.slice(0, 10)}.md`,
      request.english!,
      repository,
      writes,
    ),
  };
  // In the manifest's field order.
  const { policy, release, pytorch, branch, repository: repo, path, commit, date, title, repositoryNote } = entry;
  const row = {
    policy,
    release,
    pytorch,
    branch,
    repository: repo,
    path,
    commit,
    date,
    title,
    file,
    officialEnglish,
    ...(repositoryNote ? { repositoryNote } : {}),
  };
  // By release, then PyTorch version, as the manifest lists them.
  const rows = withoutPosition(manifest) as unknown as Array<Record<string, string>>;
  const at = rows.findIndex(
    (r) =>
      compareVersions(r.release!, entry.release) > 0 || (r.release === entry.release && compareVersions(r.pytorch!, entry.pytorch) > 0),
  );
  rows.splice(at === -1 ? rows.length : at, 0, row as never);
  // A text is published at its first branch: a new branch listed before that one would move the
  // text's address, its data folder and every link to it.
  if (same && rows.find((r) => r.file === file) === (row as never)) {
    throw new AddRefusal(
      `${entry.branch} holds the text of ${same.branch} (${file}) and would be listed before it, moving that text's address /zh-cn/torch-npu/releases/${same.branch}/ and its data folder. Add it by hand: list it after ${same.branch}, or move content/data/torch_npu/${same.branch}/ and every link to it.`,
    );
  }
  writes.push({ path: 'content/upstream/torch_npu.json', content: manifestJson(rows) });

  const report = [
    `Added ${entry.branch} (torch_npu ${entry.release} for PyTorch ${entry.pytorch}) to content/upstream/torch_npu.json, text ${file}${same ? `, already published for ${same.branch}` : ''}.`,
  ];
  if (same) return { writes, report: [...report, 'Its tables are those of that text: nothing else to do.'] };

  // The new text's tables, keeping the ids of rows earlier texts share, newest last.
  let tables: ReturnType<typeof statementTables>;
  try {
    tables = statementTables(request.text);
  } catch (error) {
    throw new AddRefusal(`The text's tables cannot be read: ${(error as Error).message}.`);
  }
  const slug = publishedTexts(rows as never as Revision[]).find((text) => text.file === file)!.slug;
  const earlier = publishedTexts(withoutPosition(manifest) as never as Revision[]);
  const todo: Todo[] = [];
  // Every unit the site's English of the text needs: its sentences and its table cells.
  const untranslated = new Set(translateText(request.text, new Map([...repository.translated].map((zh) => [zh, zh]))).missing);
  for (const table of statementTableNames) {
    const known = earlier.map((text) => repository.dataRows(text.slug, table)).filter((r): r is DataRow[] => !!r);
    let data: DataRow[];
    try {
      data = tableRows(table, tables, known, todo);
    } catch (error) {
      throw new AddRefusal(`The text's ${table} table cannot be read: ${(error as Error).message}.`);
    }
    writes.push({ path: `content/data/torch_npu/${slug}/${table}.yaml`, content: tableFile(table, slug, data) });
  }
  report.push(`Wrote its tables to content/data/torch_npu/${slug}/.`);
  if (todo.length > 0) report.push('Check by hand:', ...todo.map((t) => `  ${t.table} ${t.row}: ${t.message}`));
  if (untranslated.size > 0) {
    report.push(
      `Translate in content/translations/torch_npu.en.yaml (${untranslated.size}; until then the English pages show them in Chinese, marked as not yet translated):`,
      ...[...untranslated].map((u) => `  - zh: ${u}`),
    );
  }
  report.push("The current pages (/zh-cn/torch-npu/, /torch-npu/) show the manifest's newest release by themselves.");
  return { writes, report };
}
