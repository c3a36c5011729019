// npm run bench:suite: how the test suite's time grows with the site. In a scratch copy of the
// project, runs npm test's tiers (tests/run.ts) and times each; adds ten synthetic torch_npu
// revisions through npm run upstream:add (each the newest statement with one public address left
// out, published as an older release, so that every sentence already has its English); runs the
// tiers again; prints each tier's time before and after, and the pages built. A benchmark, not a
// test: it changes nothing in the checkout. Writes bench-results/suite-growth.json.
//
//   npm run bench:suite            about twice npm test's time
//   npm run bench:suite -- 5       five revisions instead of ten
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, root } from './support/project-copy.ts';

const revisions = Number(process.argv[2] ?? 10);

interface Times {
  seconds: number;
  tiers: Record<string, { status: string; seconds?: number; reason?: string }>;
}

function runSuite(folder: string, label: string): Times {
  const json = join(folder, `${label}.json`);
  console.log(`npm test in ${folder} (${label})…`);
  // The copy's own tools first on the PATH, as npm puts a project's.
  // Its own port, so that the checkout's own tests can run meanwhile.
  const env = { ...process.env, TEST_PORT: '4339', PATH: `${join(folder, 'node_modules/.bin')}:${process.env.PATH}` };
  const run = spawnSync(process.execPath, ['tests/run.ts', '--json', json], { cwd: folder, stdio: 'inherit', env });
  if (run.status !== 0) throw new Error(`npm test failed in the copy (${label}); see its output above.`);
  return JSON.parse(readFileSync(json, 'utf-8')) as Times;
}

const pagesBuilt = (folder: string) =>
  readdirSync(join(folder, 'dist'), { recursive: true, encoding: 'utf-8' }).filter((file) => file.endsWith('.html')).length;

/** The newest torch_npu text with its `index`-th public address row left out: a text no branch has. */
function syntheticText(newest: string, index: number): string {
  const lines = newest.split('\n');
  const header = lines.findIndex((line) => line.includes('开源代码地址'));
  const firstRow = header + 2;
  if (header === -1 || !lines[firstRow + index]?.startsWith('|')) throw new Error('the newest text has no public address table to vary');
  return lines.filter((_, i) => i !== firstRow + index).join('\n');
}

const copy = copyProject('suite-growth-', { withTests: true });
try {
  const before = runSuite(copy.folder, 'before');
  const pagesBefore = pagesBuilt(copy.folder);

  const manifest = JSON.parse(readFileSync(join(copy.folder, 'content/upstream/torch_npu.json'), 'utf-8')) as Array<{ file: string }>;
  const newest = readFileSync(join(copy.folder, 'content/upstream', manifest.at(-1)!.file), 'utf-8');
  for (let i = 0; i < revisions; i++) {
    const text = join(copy.folder, `synthetic-${i}.md`);
    const entry = join(copy.folder, `synthetic-${i}.json`);
    writeFileSync(text, syntheticText(newest, i));
    const release = `5.0.${i + 1}`;
    writeFileSync(
      entry,
      JSON.stringify({
        release,
        pytorch: '2.1.0',
        branch: `v2.1.0-${release}`,
        repository: 'https://github.com/Ascend/pytorch',
        path: 'SECURITYNOTE.md',
        commit: `${(i + 1).toString(16).padStart(2, '0')}`.repeat(20),
        date: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00+08:00`,
        title: 'TorchNPU插件 安全声明',
        officialEnglish: null,
      }),
    );
    const add = spawnSync(
      process.execPath,
      [join(copy.folder, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/upstream-add.ts', 'torch_npu', '--text', text, '--entry', entry],
      { cwd: copy.folder, encoding: 'utf-8' },
    );
    if (add.status !== 0) throw new Error(`upstream:add refused synthetic revision ${i + 1}:\n${add.stdout}${add.stderr}`);
    // What it added is in content/ now; the inputs go, so that the lint tier reads only the project.
    rmSync(text);
    rmSync(entry);
  }

  const after = runSuite(copy.folder, 'after');
  const pagesAfter = pagesBuilt(copy.folder);
  console.log(`\nThe suite with ${revisions} more torch_npu revisions: ${pagesBefore} → ${pagesAfter} pages`);
  console.log(`  ${'tier'.padEnd(10)} ${'before'.padStart(8)} ${'after'.padStart(8)} ${'more'.padStart(8)}`);
  const row = (name: string, a?: number, b?: number) =>
    console.log(
      `  ${name.padEnd(10)} ${`${a ?? '–'} s`.padStart(8)} ${`${b ?? '–'} s`.padStart(8)} ${a !== undefined && b !== undefined ? `${Math.round((b - a) * 10) / 10} s`.padStart(8) : ''}`,
    );
  for (const name of Object.keys(before.tiers)) row(name, before.tiers[name]!.seconds, after.tiers[name]!.seconds);
  row('all', before.seconds, after.seconds);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const result = { date: new Date().toISOString(), revisions, pages: { before: pagesBefore, after: pagesAfter }, before, after };
  writeFileSync(join(root, 'bench-results', 'suite-growth.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  copy.remove();
}
