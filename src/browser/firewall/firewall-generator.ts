/**
 * `<firewall-generator>` (src/components/FirewallGenerator.astro): the form's controls, enabled once
 * this runs; each edit sent to the generator in its worker (worker.ts, started when the reader reaches
 * for the form), and the reply shown: the four scripts as tabs, or each field's problem.
 */
import { readReleaseSets } from '../release-sets';
import { showCode } from '../code-lines';
import { downloadText } from '../download';
import { makeTabs } from '../tabs';
import type { ListenPort } from '../../schemas/communication-matrix';
import type { DataLanguage } from '../../schemas/localized';
import type { FirewallField, FirewallForm } from '../../tools/firewall/form';
import type { LauncherLabels } from '../../tools/firewall/launcher-ports';
import type { FirewallScripts } from '../../tools/firewall/scripts';
import type { GeneratorReply, GeneratorRequest } from './worker';

/** The form differs from what the page was built with (typed, or restored by the browser on Back). */
const edited = (form: HTMLFormElement) =>
  [...form.elements].some((control) =>
    control instanceof HTMLInputElement && control.type === 'checkbox'
      ? control.checked !== control.defaultChecked
      : control instanceof HTMLSelectElement
        ? !control.selectedOptions[0]?.defaultSelected
        : (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) && control.value !== control.defaultValue,
  );

class FirewallGenerator extends HTMLElement {
  connectedCallback() {
    const language = this.dataset.language as DataLanguage;
    const { sets, bySlug } = readReleaseSets<ListenPort>(this, '[data-port-sets]');
    const labels = JSON.parse(this.querySelector('[data-launcher-labels]')!.textContent!) as LauncherLabels;
    const form = this.querySelector('form')!;
    const fields: FirewallField[] = ['launchers', 'hcclBasePort', 'interfaceName', 'peers', 'chain'];

    // The generator runs in a worker, started when the reader reaches for the form (the page already
    // shows the worked example's scripts). Only the reply to the newest request is shown.
    let worker: Worker | undefined;
    let latest = 0;
    const start = () => {
      if (!worker) {
        worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
        worker.addEventListener('message', (event: MessageEvent<GeneratorReply>) => {
          if (event.data.id === latest) show(event.data);
        });
        // No scripts rather than stale ones: the outputs no longer match the form.
        worker.addEventListener('error', () => {
          outputs.hidden = true;
          this.querySelector<HTMLElement>('.failed')!.hidden = false;
        });
      }
      return worker;
    };

    const outputs = this.querySelector<HTMLElement>('.outputs')!;
    const show = (result: GeneratorReply) => {
      outputs.inert = false;
      for (const field of fields) {
        const message = result.ok ? undefined : result.errors[field]?.[language];
        const error = this.querySelector<HTMLElement>(`#error-${field}`)!;
        error.textContent = message ?? '';
        error.hidden = !message;
        // The field's controls, and the group that holds a field of checkboxes.
        for (const control of form.querySelectorAll(`[name="${field}"], fieldset[aria-describedby="error-${field}"]`)) {
          control.toggleAttribute('aria-invalid', !!message);
        }
      }
      // Bad input produces no script at all.
      this.querySelector<HTMLElement>('.invalid')!.hidden = result.ok;
      outputs.hidden = !result.ok;
      if (!result.ok) return;
      for (const output of this.querySelectorAll<HTMLElement>('[data-output]')) {
        showCode(output, result.scripts[output.dataset.output as keyof FirewallScripts]);
      }
    };

    const update = () => {
      const data = new FormData(form);
      latest += 1;
      const request: GeneratorRequest = {
        id: latest,
        form: {
          launchers: data.getAll('launchers').map(String),
          hcclBasePort: String(data.get('hcclBasePort') ?? ''),
          interfaceName: String(data.get('interfaceName') ?? ''),
          peers: String(data.get('peers') ?? ''),
          chain: String(data.get('chain') ?? ''),
        } satisfies FirewallForm,
        listenPorts: sets[bySlug[String(data.get('release'))]!]!,
        language,
        labels,
      };
      // Until the reply comes, the scripts shown are the last form's: nobody may copy or download them.
      outputs.inert = true;
      start().postMessage(request);
    };

    form.addEventListener('input', update);
    for (const intent of ['focusin', 'pointerover', 'touchstart'] as const) {
      form.addEventListener(intent, () => void start(), { once: true, passive: true });
    }
    form.addEventListener('submit', (event) => event.preventDefault());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
      if (!button) return;
      const script = this.querySelector(`[data-output="${button.dataset.download}"]`)!.textContent!;
      downloadText(script, button.dataset.file!, 'text/x-shellscript');
    });
    for (const actions of this.querySelectorAll<HTMLElement>('.actions')) actions.hidden = false;
    makeTabs([...outputs.querySelectorAll<HTMLElement>(':scope > section')], this.dataset.scriptsLabel!);
    // The form does nothing without this script, so it is disabled until now.
    this.querySelector<HTMLFieldSetElement>('.controls')!.disabled = false;
    if (edited(form)) update();
  }
}
customElements.define('firewall-generator', FirewallGenerator);
