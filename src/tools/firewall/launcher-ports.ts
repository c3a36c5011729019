/**
 * The firewall generator's launchers and their ports: which launchers the reader ticked, the HCCL base
 * port they typed, and the port ranges the chosen launchers open, from the communication matrix's
 * listening ports. Pure, no DOM and no Node APIs (it runs in the browser's worker).
 */
import type { ListenPort } from '../../schemas/communication-matrix';
import { launchers, type Launcher } from '../../schemas/launchers';
import { fail, pass, quoted, type Parsed } from '../validation';

/** Ports `from`–`to` (equal for a single port) opened by `launcher`. */
export interface PortRange {
  launcher: Launcher;
  from: number;
  to: number;
}

/**
 * What the reader sees of the launcher choices, in the page's language (the site's UI strings
 * `firewall.runs` and `firewall.launcher.*`): messages name the field and its choices by these,
 * never by the ids the form submits.
 */
export interface LauncherLabels {
  /** The group's legend, e.g. `What runs on this node`. */
  field: string;
  /** Each choice's label, e.g. `torchrun, c10d backend`. */
  choices: Record<Launcher, string>;
}

/** The launchers chosen, each once, in the order of `launchers`. */
export function parseLaunchers(selected: readonly string[], labels: LauncherLabels): Parsed<Launcher[]> {
  if (selected.length === 0) {
    return fail('launchers.none', {
      zh: `请在“${labels.field}”中至少勾选一项`,
      en: `Tick at least one box under “${labels.field}”`,
    });
  }
  const unknown = selected.find((name) => !(launchers as readonly string[]).includes(name));
  if (unknown !== undefined) {
    const name = quoted(unknown);
    const choices = launchers.map((launcher) => `“${labels.choices[launcher]}”`);
    return fail('launchers.unknown', {
      zh: `${name.zh}不是“${labels.field}”中的选项，请从 ${choices.join('、')} 中选择`,
      en: `${name.en} is not a choice under “${labels.field}”; choose from ${choices.join(', ')}`,
    });
  }
  return pass(launchers.filter((launcher) => selected.includes(launcher)));
}

/** The HCCL base port (HCCL_IF_BASE_PORT) as typed: digits only, within `listen.range`, all `count` ports ≤ 65535. */
export function parseHcclBasePort(text: string, listen: Pick<ListenPort, 'port' | 'range' | 'count' | 'setBy'>): Parsed<number> {
  const min = listen.range?.min ?? 1;
  const max = Math.min(listen.range?.max ?? 65535, 65536 - listen.count);
  const example = Math.min(Math.max(listen.port, min), max);
  const message = {
    zh: `请填写 ${min} 到 ${max} 之间的整数（${listen.setBy}），例如 ${example}；HCCL 会侦听从该端口起的 ${listen.count} 个端口`,
    en: `Use a whole number from ${min} to ${max} (${listen.setBy}), e.g. ${example}; HCCL listens on the ${listen.count} ports starting at it`,
  };
  if (!/^[0-9]{1,5}$/.test(text)) return fail('hcclBasePort.notNumber', message);
  const port = Number(text);
  return port >= min && port <= max ? pass(port) : fail('hcclBasePort.outOfRange', message);
}

/** The port ranges of the chosen launchers: identical ranges once, sorted by `from`, then `to`. */
export function portRanges(chosen: readonly Launcher[], listenPorts: readonly ListenPort[], hcclBase: number | undefined): PortRange[] {
  const ranges: PortRange[] = [];
  for (const launcher of chosen) {
    const listen = listenPorts.find((entry) => entry.launcher === launcher);
    if (!listen) continue;
    const from = launcher === 'hccl' && hcclBase !== undefined ? hcclBase : listen.port;
    const to = from + listen.count - 1;
    if (!ranges.some((range) => range.from === from && range.to === to)) ranges.push({ launcher, from, to });
  }
  return ranges.sort((a, b) => a.from - b.from || a.to - b.to);
}
