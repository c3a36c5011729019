import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { newestStatement } from '../support/data';
import { copyProject } from '../support/project-copy';

// Breaks one data file in a copy of the project and builds it: the build must stop and say which
// file, entry and field is wrong, and what is allowed. One break a way the build can stop (a schema,
// the check of a table against its text, a missing translation, a page, a row without an id); the
// messages of each schema and of each kind of table difference are pinned in the unit tier
// (tests/unit/schemas.spec.ts, tests/unit/statement-tables.spec.ts).

/** A table's data file of the newest statement, relative to content/. */
const newest = (table: string) => `data/torch_npu/${newestStatement}/${table}`;

/** One copy of the project for the whole file: each test breaks a file in it, and puts it back. */
let copy: ReturnType<typeof copyProject>;
test.beforeAll(() => {
  copy = copyProject('bad-data-');
});
test.afterAll(() => copy.remove());

/**
 * Runs `astro <command>` in the copy of the project with content/<file> edited: `sync` where the
 * content collections' loaders and schemas are what must stop it, `build` where a page must.
 */
function buildWith(file: string, edit: (text: string) => string, command: 'sync' | 'build' = 'sync') {
  const dataFile = join(copy.folder, 'content', file);
  const original = readFileSync(dataFile, 'utf-8');
  const broken = edit(original);
  expect(broken, 'the edit must change the file').not.toBe(original);
  writeFileSync(dataFile, broken);
  try {
    const build = spawnSync(process.execPath, [join(copy.folder, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: copy.folder,
      encoding: 'utf-8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: build.status, output: `${build.stdout}\n${build.stderr}` };
  } finally {
    writeFileSync(dataFile, original);
  }
}

test.describe('a build with bad data fails and says where', () => {
  test.describe.configure({ timeout: 120_000 });
  const where = (table: string) => `content/${newest(table)}`;

  test('a mode whose octal and rwx disagree', () => {
    const { status, output } = buildWith(newest('file-permissions.yaml'), (text) =>
      text.replace("octal: '750'\n    symbolic: rwxr-x---", "octal: '750'\n    symbolic: rwxr-x--x"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`filePermissions → ${newestStatement}/user-home-directory`);
    expect(output).toContain('maxMode.symbolic: octal 750 means rwxr-x---, but symbolic is rwxr-x--x; make the two agree');
    expect(output).toContain(where('file-permissions.yaml'));
  });

  test('a row the statement does not have', () => {
    const { status, output } = buildWith(newest('public-addresses.yaml'), (text) => {
      // The second row, written twice under another id.
      const rows = text.split('\n\n- id: ');
      return [...rows.slice(0, 2), rows[2]!.replace(/^[\w-]+/, 'added-row'), ...rows.slice(2)].join('\n\n- id: ');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/public-addresses\.yaml has 31 rows but the table in content\/upstream\/torch_npu\/[\w.-]+\.md has 30/);
  });

  test('a cell without its English publishes at once: in Chinese on the English page, marked, and the build says how many', () => {
    const { status, output } = buildWith(
      'translations/torch_npu.en.yaml',
      (text) => text.replace('- zh: 依赖的开源代码仓\n  en: Open-source code repository it depends on\n', ''),
      'build',
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /content\/upstream\/torch_npu\/[\w.-]+\.md: 1 unit\(s\) not yet translated, published in the original and marked/,
    );
    expect(output).toContain('1 cell(s) of the public-addresses tables have no English yet and keep their Chinese');
    const page = readFileSync(join(copy.folder, 'dist/torch-npu/index.html'), 'utf-8');
    expect(page).toMatch(
      /<td lang="zh-CN" data-untranslated=""[^>]*><span class="untranslated-mark" data-site-note="" lang="en">Not yet translated<\/span> 依赖的开源代码仓<\/td>/,
    );
  });

  test('a site note whose block the newest text no longer has is named, and the build goes on', () => {
    const { status, output } = buildWith('notes/torch_npu.yaml', (text) =>
      text.replace('after: iptables -t filter -A PORT-LIMIT-RULE -i eth0 -p tcp --dport $port -j DROP', 'after: iptables -i wlan9'),
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /\[WARN\].*content\/notes\/torch_npu\.yaml: note "firewall-example-interface" follows "iptables -i wlan9" in section #通信安全加固, which the newest text \(content\/upstream\/torch_npu\/[\w.-]+\.md\) no longer has/,
    );
  });

  test('a checklist step that cites a section the policy does not have', () => {
    // The checklist's page reads the policy's sections: only a build renders it.
    const { status, output } = buildWith(
      'data/hardening-steps.yaml',
      (text) => text.replace('section: 系统安全加固 }', 'section: 系统加固 }'),
      'build',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/data\/hardening-steps\.yaml, step "aslr": \/torch-npu\/ \(its newest text, content\/upstream\/torch_npu\/[\w.-]+\.md\) has no section "系统加固"; its sections are: 系统安全加固, 运行用户建议/,
    );
  });

  test('a row without an id', () => {
    const { status, output } = buildWith(newest('file-permissions.yaml'), (text) =>
      text.replace('- id: debug-files\n  kind: file', '- kind: file'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${where('file-permissions.yaml')}: row 9 has no id.`);
  });
});
