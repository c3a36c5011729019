/**
 * The firewall-rule generator's form as a whole: checks every field (launcher-ports.ts,
 * interface-and-chain-names.ts, peers.ts) and turns what the user typed into a plan, from which
 * scripts.ts writes the iptables and nftables scripts of the statement's 通信安全加固 template
 * (content/docs/zh-cn/torch-npu.mdx).
 *
 * Pure functions, no DOM and no Node APIs: the same code runs in the browser. Every value that reaches a
 * script has passed a validator whose allowed characters cannot end a shell word, open a quote or
 * start a command, so the scripts need no quoting of user text at all.
 */
import type { ListenPort } from '../../schemas/communication-matrix';
import type { LocalizedText } from '../../schemas/localized';
import { parseChainName, parseInterfaceName } from './interface-and-chain-names';
import { type LauncherLabels, parseHcclBasePort, parseLaunchers, type PortRange, portRanges } from './launcher-ports';
import { parsePeers } from './peers';

/** The form as typed, all strings. */
export interface FirewallForm {
  launchers: string[];
  hcclBasePort: string;
  interfaceName: string;
  peers: string;
  chain: string;
}
export type FirewallField = keyof FirewallForm;

/** Everything the scripts are written from, every value validated. */
export interface FirewallPlan {
  /** Distinct ranges, sorted by `from` (then `to`). */
  ports: PortRange[];
  interfaceName: string;
  ipv4Peers: string[];
  ipv6Peers: string[];
  chain: string;
}

export type FirewallResult = { ok: true; plan: FirewallPlan } | { ok: false; errors: Partial<Record<FirewallField, LocalizedText>> };

/** Checks every field; the plan only when all of them pass, otherwise every field's problem. */
export function parseFirewallForm(form: FirewallForm, listenPorts: ListenPort[], labels: LauncherLabels): FirewallResult {
  const errors: Partial<Record<FirewallField, LocalizedText>> = {};

  const chosen = parseLaunchers(form.launchers, labels);
  let hcclBase: number | undefined;
  if (!chosen.ok) {
    errors.launchers = chosen.message;
  } else {
    const missing = chosen.value.find((launcher) => !listenPorts.some((entry) => entry.launcher === launcher));
    if (missing !== undefined) {
      errors.launchers = {
        zh: `该版本的通信矩阵中没有“${labels.choices[missing]}”的侦听端口，请选择其他版本或取消勾选`,
        en: `This release's communication matrix lists no listening port for “${labels.choices[missing]}”; choose another release or untick it`,
      };
    }
    const hccl = listenPorts.find((entry) => entry.launcher === 'hccl');
    if (chosen.value.includes('hccl') && hccl) {
      const base = parseHcclBasePort(form.hcclBasePort, hccl);
      if (base.ok) hcclBase = base.value;
      else errors.hcclBasePort = base.message;
    }
  }

  const interfaceName = parseInterfaceName(form.interfaceName);
  if (!interfaceName.ok) errors.interfaceName = interfaceName.message;
  const peers = parsePeers(form.peers);
  if (!peers.ok) errors.peers = peers.message;
  const chain = parseChainName(form.chain);
  if (!chain.ok) errors.chain = chain.message;

  if (!chosen.ok || !interfaceName.ok || !peers.ok || !chain.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    plan: {
      ports: portRanges(chosen.value, listenPorts, hcclBase),
      interfaceName: interfaceName.value,
      ipv4Peers: peers.value.ipv4,
      ipv6Peers: peers.value.ipv6,
      chain: chain.value,
    },
  };
}
