/**
 * The firewall generator, run in a Web Worker: the page already shows the worked example's scripts, so
 * the checks and the script text (in both languages) are fetched only when the reader edits the form,
 * as search is (firewall-generator.ts starts it). A worker is a file of its own: nothing of it reaches
 * pages that do not start it.
 *
 * Message in: `GeneratorRequest`; message out: `GeneratorReply` with the same `id`.
 */
import type { ListenPort } from '../../schemas/communication-matrix';
import type { DataLanguage, LocalizedText } from '../../schemas/localized';
import { parseFirewallForm, type FirewallField, type FirewallForm } from '../../tools/firewall/form';
import type { LauncherLabels } from '../../tools/firewall/launcher-ports';
import { firewallScripts, type FirewallScripts } from '../../tools/firewall/scripts';

export interface GeneratorRequest {
  /** Increases with every request, so the page can drop a reply to an older form. */
  id: number;
  form: FirewallForm;
  listenPorts: ListenPort[];
  language: DataLanguage;
  /** The launcher choices as the page labels them, for the messages. */
  labels: LauncherLabels;
}

export type GeneratorReply = { id: number } & (
  | { ok: true; scripts: FirewallScripts }
  | { ok: false; errors: Partial<Record<FirewallField, LocalizedText>> }
);

/** The worker's own scope (the project's TypeScript lib is the DOM's, where `self` is a window). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<GeneratorRequest>) => void): void;
  postMessage(reply: GeneratorReply): void;
};

scope.addEventListener('message', (event) => {
  const { id, form, listenPorts, language, labels } = event.data;
  const result = parseFirewallForm(form, listenPorts, labels);
  scope.postMessage(
    result.ok ? { id, ok: true, scripts: firewallScripts(result.plan, language) } : { id, ok: false, errors: result.errors },
  );
});
