/**
 * `<permission-checker>` (src/components/PermissionChecker.astro): its controls, enabled once this
 * runs; each of its three forms (a mode, a umask, a directory to search) checked as the reader types,
 * with the logic of src/tools/permissions/, and the release picker's rows put into the row lists.
 */
import { readReleaseSets } from '../release-sets';
import { showCode } from '../code-lines';
import type { FileKind } from '../../schemas/file-permission';
import type { DataLanguage } from '../../schemas/localized';
import { checkMode } from '../../tools/permissions/mode-check';
import { parseMode } from '../../tools/permissions/modes';
import { checkUmask, parseUmask } from '../../tools/permissions/umask';
import { findLooserCommand, parseSearchDirectory } from '../../tools/permissions/find-command';
import { describeModeCheck, describeUmaskCheck, type Verdict, type VerdictTemplates } from '../../tools/permissions/text';

/**
 * Shows a check's verdict in its form: the word and what was found in the status, styled from
 * `data-verdict`, and the fixing command, if any, in the form's code block. No verdict clears both.
 */
function showVerdict(form: HTMLFormElement, verdict: Verdict | undefined) {
  const output = form.querySelector('output')!;
  const word = document.createElement('strong');
  word.className = 'verdict';
  word.textContent = verdict?.word ?? '';
  output.replaceChildren(...(verdict ? [word, ` ${verdict.text}`] : []));
  if (verdict) output.dataset.verdict = verdict.result;
  else delete output.dataset.verdict;
  const fix = form.querySelector<HTMLElement>('.fix')!;
  fix.hidden = !verdict?.command;
  showCode(fix.querySelector<HTMLElement>('[data-command]')!, verdict?.command ?? '');
}

type Row = { id: string; kind: FileKind; max: string; label: string };

class PermissionChecker extends HTMLElement {
  connectedCallback() {
    const language = this.dataset.language as DataLanguage;
    const { sets, bySlug } = readReleaseSets<Row>(this, '[data-row-sets]');
    const release = this.querySelector<HTMLSelectElement>('#release')!;
    let rows = sets[bySlug[release.value]!]!;
    const verdicts = JSON.parse(this.querySelector('[data-verdicts]')!.textContent!) as VerdictTemplates;
    const form = (check: string) => this.querySelector<HTMLFormElement>(`form[data-check="${check}"]`)!;
    const value = (f: HTMLFormElement, name: string) => String(new FormData(f).get(name) ?? '');
    const rowOf = (f: HTMLFormElement) => rows.find(({ id }) => id === value(f, 'row'))!;
    /** Shows a field's error, or clears it; returns whether the field is valid. */
    const mark = (input: HTMLElement, message: string | undefined) => {
      const error = this.querySelector<HTMLElement>(`#${input.getAttribute('aria-describedby')}`)!;
      error.textContent = message ?? '';
      error.hidden = !message;
      input.toggleAttribute('aria-invalid', !!message);
      return !message;
    };

    const checks: Record<string, (f: HTMLFormElement) => void> = {
      mode: (f) => {
        const mode = parseMode(value(f, 'mode'));
        // The path goes into the chmod command: the same rules as a directory to search.
        const path = parseSearchDirectory(value(f, 'path'));
        const modeValid = mark(f.querySelector('#mode')!, mode.ok ? undefined : mode.message[language]);
        const pathValid = mark(f.querySelector('#mode-path')!, path.ok ? undefined : path.message[language]);
        if (!modeValid || !pathValid || !mode.ok || !path.ok) return showVerdict(f, undefined);
        const row = rowOf(f);
        showVerdict(f, describeModeCheck(checkMode(mode.value, row.max, row.kind), row.max, path.value, verdicts, language));
      },
      umask: (f) => {
        const umask = parseUmask(value(f, 'umask'));
        if (!mark(f.querySelector('#umask')!, umask.ok ? undefined : umask.message[language]) || !umask.ok)
          return showVerdict(f, undefined);
        showVerdict(f, describeUmaskCheck(checkUmask(umask.value), verdicts));
      },
      find: (f) => {
        const directory = parseSearchDirectory(value(f, 'directory'));
        const code = f.querySelector<HTMLElement>('[data-find]')!;
        if (!mark(f.querySelector('#directory')!, directory.ok ? undefined : directory.message[language]) || !directory.ok)
          return void showCode(code, '');
        const row = rowOf(f);
        showCode(code, findLooserCommand(directory.value, row.kind, row.max));
      },
    };
    // The controls do nothing without this script, so they are disabled until now.
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) control.disabled = false;
    for (const [check, run] of Object.entries(checks)) {
      const f = form(check);
      f.addEventListener('input', () => run(f));
      f.addEventListener('submit', (event) => event.preventDefault());
    }
    // Another release's rows: the row lists take its wording, keeping the chosen row, and the checks rerun.
    const showRelease = () => {
      rows = sets[bySlug[release.value]!]!;
      for (const select of this.querySelectorAll<HTMLSelectElement>('select[name="row"]')) {
        const chosen = select.value;
        select.replaceChildren(...rows.map((row) => new Option(`${row.label} — ${row.max}`, row.id, false, row.id === chosen)));
      }
      for (const [check, run] of Object.entries(checks)) run(form(check));
    };
    release.addEventListener('change', showRelease);
    // The browser may restore another release on Back.
    if (!release.selectedOptions[0]?.defaultSelected) showRelease();
  }
}
customElements.define('permission-checker', PermissionChecker);
