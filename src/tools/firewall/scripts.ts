/**
 * The firewall-rule generator's scripts: iptables and nftables, setup and teardown, written from a plan
 * that form.ts checked. Pure, no DOM and no Node APIs (it runs in the browser's worker). Every value in a
 * script has passed a validator whose allowed characters cannot end a shell word, open a quote or start
 * a command, so the scripts need no quoting of user text at all.
 */
import { launchers } from '../../schemas/launchers';
import type { DataLanguage } from '../../schemas/localized';
import type { FirewallPlan } from './form';
import { nftTableName, parseChainName, parseInterfaceName } from './interface-and-chain-names';
import type { PortRange } from './launcher-ports';
import { maxPeers, parsePeer } from './peers';

export interface FirewallScripts {
  iptablesSetup: string;
  iptablesTeardown: string;
  nftablesSetup: string;
  nftablesTeardown: string;
}

/**
 * The scripts' words in both languages: comments after the statement's template (通信安全加固), and the
 * messages the scripts print. Shell text (`${1}`, `${chain}`, `${out}`) is expanded by bash when the script
 * runs; names are braced so that no locale reads a full-width mark after one as part of the name.
 */
const words = {
  zh: {
    ports: (list: string) => `要限制的端口号：${list}`,
    about: [
      '只有下列白名单地址能经该网卡与这些端口建立新连接；本节点自己发起的连接的回包及其他流量不受影响。',
      '可重复运行：新规则一次性替换旧规则，替换过程中端口不会对外开放。',
      '只改动本脚本创建的规则（带有下面的标记），不动其他软件的规则。请用 bash 运行本文件。',
    ],
    aboutTeardown: '清除规则：只移除设定脚本创建的规则（带有下面的标记），未设定时也可运行。请用 bash 运行本文件。',
    ownerCheck: '规则链须不存在，或由本脚本创建（其第一条规则带有标记）',
    nftOwnerCheck: '规则表须不存在，或由本脚本创建（其注释为标记）',
    restore: '在一次提交中应用一个地址族的规则（带 --test 时只检查）',
    batch: '规则链中的规则，以及 INPUT 到该规则链的跳转（尚无时）',
    teardownBatch: '移除 INPUT 到该规则链的跳转，再清空并删除该规则链',
    checkFirst: '先检查两个地址族的规则，都通过后再应用',
    established: '本节点自己发起的连接的回包先离开规则链',
    allowlist: '在多机场景下设定白名单，允许其他节点访问主节点的侦听端口',
    block: '屏蔽外部地址访问分布式训练端口（只拦截建立连接的 SYN 包）',
    ipv6: '对 IPv6 设定同样的规则（ip6tables）',
    noPeers: (family: string) => `未填写 ${family} 地址：经 ${family} 访问这些端口一律屏蔽`,
    nftReplace: '一次事务：旧规则表删除与新规则表创建同时生效，端口不会对外开放',
    failSetup: '防火墙设定失败：',
    failTeardown: '防火墙清除失败：',
    missing: '"找不到 ${tool}，请安装 iptables"',
    nftMissing: '"找不到 nft，请安装 nftables"',
    unreadable: '"${1}：无法读取 filter 表（${out}），未做任何改动"',
    nftUnreadable: '"无法读取 nftables 规则表（${out}），未做任何改动"',
    foreignChain: '"${1}：规则链 ${chain} 已存在，但不是本脚本创建的，未做任何改动。请换一个规则链名；若它是您自己建的，请先删除它。"',
    foreignTable: '"规则表 inet ${table} 已存在，但不是本脚本创建的，未做任何改动。请换一个规则链名；若它是您自己建的，请先删除它。"',
    checkFailed: '"${1}-restore 拒绝了这些规则（${out}），未做任何改动"',
    applyFailed: '"${1}-restore 拒绝了这些规则（${out}），${1} 的规则未改动"',
    nftFailed: '"nft 拒绝了这些规则（${out}），未做任何改动"',
    done: (name: string, ports: string, iface: string, v4: number, v6: number) =>
      `已设定 ${name}：网卡 ${iface} 上的 TCP 端口 ${ports} 只接受白名单地址（IPv4 ${v4} 个，IPv6 ${v6} 个）的新连接`,
    removed: (name: string) => `已清除 ${name} 的规则`,
  },
  en: {
    ports: (list: string) => `Ports to restrict: ${list}`,
    about: [
      'Only the allowlisted addresses below can open new connections to these ports on this interface;',
      "replies to this node's own connections and all other traffic pass as before.",
      'Safe to run again: the new rules replace the old ones in one step, so the ports are never open in between.',
      "Changes only the rules this script made (they carry the mark below), never other software's. Run it with bash.",
    ],
    aboutTeardown:
      'Clear the rules: removes only what the setup script made (it carries the mark below); safe to run when nothing is set up. Run it with bash.',
    ownerCheck: 'The chain must be absent, or made by this script: its first rule carries the mark',
    nftOwnerCheck: 'The table must be absent, or made by this script: its comment is the mark',
    restore: "Apply one family's batch in one commit (with --test, only check it)",
    batch: "The chain's rules, and the jump from INPUT to the chain when there is none",
    teardownBatch: "Remove INPUT's jumps to the chain, then empty and delete the chain",
    checkFirst: 'Check both families first; apply only when both pass',
    established: "Replies to this node's own connections leave the chain first",
    allowlist: "In multi-node scenarios, set an allowlist so that other nodes can access the master node's listening ports",
    block: 'Block external addresses from accessing the distributed training ports (only the SYN that opens a connection)',
    ipv6: 'The same rules for IPv6 (ip6tables)',
    noPeers: (family: string) => `No ${family} addresses were given: the ports are blocked for every address over ${family}`,
    nftReplace: 'One transaction: the old table goes and the new one comes in the same step, so the ports are never open in between',
    failSetup: 'firewall setup failed: ',
    failTeardown: 'firewall teardown failed: ',
    missing: '"${tool} not found; install iptables"',
    nftMissing: '"nft not found; install nftables"',
    unreadable: '"${1}: cannot read the filter table (${out}); nothing was changed"',
    nftUnreadable: '"cannot read the nftables tables (${out}); nothing was changed"',
    foreignChain:
      '"${1}: chain ${chain} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the chain first if it is yours."',
    foreignTable:
      '"table inet ${table} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the table first if it is yours."',
    checkFailed: '"${1}-restore refused the rules (${out}); nothing was changed"',
    applyFailed: '"${1}-restore refused the rules (${out}); the ${1} rules were not changed"',
    nftFailed: '"nft refused the rules (${out}); nothing was changed"',
    done: (name: string, ports: string, iface: string, v4: number, v6: number) =>
      `${name} set up: TCP ports ${ports} on ${iface} take new connections only from the allowlist (${v4} IPv4, ${v6} IPv6)`,
    removed: (name: string) => `${name}: rules removed`,
  },
} as const;

/** The comment that marks what a script made, so that no script touches a chain or table it did not make. */
function ownershipMark(chain: string): string {
  return `firewall-generator:${chain}`;
}

/** Refuses a plan that did not come from `parseFirewallForm`'s checks, so no unchecked text reaches a script. */
function assertValidPlan(plan: FirewallPlan): void {
  const problems: string[] = [];
  if (!parseInterfaceName(plan.interfaceName).ok) problems.push('interfaceName');
  if (!parseChainName(plan.chain).ok) problems.push('chain');
  const isPort = (port: number) => Number.isInteger(port) && port >= 1 && port <= 65535;
  if (
    plan.ports.length === 0 ||
    !plan.ports.every((range) => launchers.includes(range.launcher) && isPort(range.from) && isPort(range.to) && range.from <= range.to)
  ) {
    problems.push('ports');
  }
  for (const [family, peers] of [
    ['ipv4', plan.ipv4Peers],
    ['ipv6', plan.ipv6Peers],
  ] as const) {
    for (const peer of peers) {
      const parsed = parsePeer(peer);
      if (!parsed.ok || parsed.value.family !== family || parsed.value.text !== peer) problems.push(`${family}Peers`);
    }
  }
  if (plan.ipv4Peers.length + plan.ipv6Peers.length === 0) problems.push('peers');
  if (plan.ipv4Peers.length + plan.ipv6Peers.length > maxPeers) problems.push('peers');
  if (problems.length > 0) throw new Error(`firewallScripts: invalid plan (${[...new Set(problems)].join(', ')})`);
}

/** `29500`, or `60000:60015` for iptables' --dport. */
const iptablesPort = ({ from, to }: PortRange) => (from === to ? String(from) : `${from}:${to}`);

/** The nftables set of ports: overlapping and adjacent ranges merged, as nft refuses overlapping elements. */
function nftPortSet(ports: readonly PortRange[]): string {
  const merged: Array<{ from: number; to: number }> = [];
  for (const { from, to } of [...ports].sort((a, b) => a.from - b.from || a.to - b.to)) {
    const last = merged.at(-1);
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else merged.push({ from, to });
  }
  return `{ ${merged.map(({ from, to }) => (from === to ? String(from) : `${from}-${to}`)).join(', ')} }`;
}

/**
 * A bash function that stops the script with `message` and its arguments on standard error, as one line
 * (a tool's own multi-line error is folded into it). The body runs in a subshell, so `exit` leaves only that.
 */
function failFunction(message: string): string[] {
  return ['fail() {', `  echo "${message}\${*//$'\\n'/; }" >&2`, '  exit 1', '}'];
}

/**
 * The four scripts for a plan from `parseFirewallForm`, with comments and messages in `language`.
 *
 * What each guarantees, on a host that has other rules (Docker, firewalld, an ssh accept, conntrack rules):
 * - setup drops only the SYN that opens a new TCP connection to the plan's ports on the plan's interface,
 *   from addresses not on the allowlist; established and related traffic (conntrack) leaves first, so
 *   replies to the node's own connections pass; the rules only drop: peers go on to the host's other rules
 *   (iptables RETURN; an nftables `accept` ends only this table's chain);
 * - setup replaces its rules atomically (one iptables-restore --noflush commit per family, both families
 *   checked with --test first; one `nft -f` transaction): a re-run never leaves the ports open;
 * - no script changes or deletes a chain or table it did not make: what it makes carries `ownershipMark`
 *   (the chain's first rule's comment; the table's comment), and a name taken by anything else, or a ruleset
 *   the tools cannot read, stops the script before any change;
 * - setup and teardown are idempotent and quiet: one line on success (exit 0); on failure one line on standard
 *   error saying what failed, and exit 1. The body runs in a subshell, so a script pasted into a shell
 *   leaves that shell as it was.
 * Throws on a plan that did not pass `parseFirewallForm`'s checks.
 */
export function firewallScripts(plan: FirewallPlan, language: DataLanguage): FirewallScripts {
  assertValidPlan(plan);
  const text = words[language];
  const { chain, interfaceName: iface } = plan;
  const mark = ownershipMark(chain);
  const script = (lines: string[]) => `${lines.join('\n')}\n`;
  const comment = (line: string) => `# ${line}`;
  const portList = plan.ports.map(iptablesPort).join(', ');
  // The iptables scripts name the chain through their `chain` variable; the nftables ones name the table.
  const done = (name: string) => text.done(name, portList, iface, plan.ipv4Peers.length, plan.ipv6Peers.length);
  /** The script's body in a subshell: `exit` and `set -u` stay inside, even when pasted into a shell. */
  const body = (header: string[], lines: string[]) => script(['#!/bin/bash', ...header, '(', 'set -u', '', ...lines, ')']);

  const iptablesStart = (failMessage: string) => [
    `chain=${chain}`,
    `mark=${mark}`,
    '',
    ...failFunction(failMessage),
    'for tool in iptables iptables-restore ip6tables ip6tables-restore; do',
    `  command -v "$tool" >/dev/null || fail ${text.missing}`,
    'done',
    '',
    comment(text.ownerCheck),
    'owned() {',
    '  local out first',
    `  out=$("$1" -w -t filter -S 2>&1) || fail ${text.unreadable}`,
    "  case $'\\n'$out$'\\n' in",
    "    *$'\\n'\"-N $chain\"$'\\n'*) ;;",
    '    *) return 1 ;;',
    '  esac',
    `  out=$("$1" -w -t filter -S "$chain" 2>&1) || fail ${text.unreadable}`,
    "  first=${out#*$'\\n'}",
    "  first=${first%%$'\\n'*}",
    '  case $first in',
    '    "-A $chain "*"--comment \\"$mark\\""*) ;;',
    `    *) fail ${text.foreignChain} ;;`,
    '  esac',
    '}',
    '',
    comment(text.restore),
    'restore() {',
    '  local out',
    `  out=$(printf '%s\\n' '*filter' "$2" COMMIT | "$1-restore" -w --noflush \${3-} 2>&1) ||`,
    `    if [ -n "\${3-}" ]; then fail ${text.checkFailed}; else fail ${text.applyFailed}; fi`,
    '}',
  ];

  /** The chain's rules for one family, as iptables-restore reads them (`#` lines are comments there). */
  const chainRules = (command: 'iptables' | 'ip6tables', peers: readonly string[]): string[] => [
    `${command === 'iptables' ? 'ipv4' : 'ipv6'}=$(batch ${command} <<'EOF'`,
    comment(text.established),
    `-A ${chain} -m conntrack --ctstate ESTABLISHED,RELATED -m comment --comment ${mark} -j RETURN`,
    ...(peers.length > 0
      ? [
          comment(text.allowlist),
          ...plan.ports.flatMap((range) =>
            peers.map((peer) => `-A ${chain} -i ${iface} -p tcp --dport ${iptablesPort(range)} -s ${peer} -j RETURN`),
          ),
        ]
      : [comment(text.noPeers(command === 'iptables' ? 'IPv4' : 'IPv6'))]),
    comment(text.block),
    ...plan.ports.map((range) => `-A ${chain} -i ${iface} -p tcp --dport ${iptablesPort(range)} --syn -j DROP`),
    'EOF',
    ')',
  ];
  const applyBoth = [
    comment(text.checkFirst),
    'restore iptables "$ipv4" --test',
    'restore ip6tables "$ipv6" --test',
    'restore iptables "$ipv4"',
    'restore ip6tables "$ipv6"',
  ];

  const table = nftTableName(chain);
  const dports = nftPortSet(plan.ports);
  const nftStart = (failMessage: string) => [
    `table=${table}`,
    `mark=${mark}`,
    '',
    ...failFunction(failMessage),
    `command -v nft >/dev/null || fail ${text.nftMissing}`,
    '',
    comment(text.nftOwnerCheck),
    'present=',
    `out=$(nft list tables inet 2>&1) || fail ${text.nftUnreadable}`,
    "case $'\\n'$out$'\\n' in",
    "  *$'\\n'\"table inet $table\"$'\\n'*) present=yes ;;",
    'esac',
    'if [ -n "$present" ]; then',
    `  out=$(nft list table inet "$table" 2>&1) || fail ${text.nftUnreadable}`,
    '  case $out in',
    '    "table inet $table {"$\'\\n\'$\'\\t\'"comment \\"$mark\\""$\'\\n\'*) ;;',
    `    *) fail ${text.foreignTable} ;;`,
    '  esac',
    'fi',
  ];
  const synOnly = 'tcp flags & (fin | syn | rst | ack) == syn';

  return {
    iptablesSetup: body(
      [comment(text.ports(portList)), ...text.about.map(comment)],
      [
        ...iptablesStart(text.failSetup),
        '',
        comment(text.batch),
        'batch() {',
        '  local jump="-I INPUT -p tcp -j $chain"',
        '  "$1" -w -t filter -C INPUT -p tcp -j "$chain" 2>/dev/null && jump=',
        '  printf \':%s - [0:0]\\n%s\\n%s\' "$chain" "$(cat)" "$jump"',
        '}',
        '',
        'owned iptables',
        'owned ip6tables',
        '',
        ...chainRules('iptables', plan.ipv4Peers),
        '',
        comment(text.ipv6),
        ...chainRules('ip6tables', plan.ipv6Peers),
        '',
        ...applyBoth,
        `echo "${done('${chain}')}"`,
      ],
    ),
    iptablesTeardown: body(
      [comment(text.aboutTeardown)],
      [
        ...iptablesStart(text.failTeardown),
        '',
        comment(text.teardownBatch),
        'batch() {',
        '  owned "$1" || return 0',
        '  local line',
        '  while IFS= read -r line; do',
        '    [ "$line" = "-A INPUT -p tcp -j $chain" ] && echo "-D INPUT -p tcp -j $chain"',
        '  done < <("$1" -w -t filter -S INPUT)',
        '  printf -- \'-F %s\\n-X %s\\n\' "$chain" "$chain"',
        '}',
        '',
        'ipv4=$(batch iptables) || exit 1',
        'ipv6=$(batch ip6tables) || exit 1',
        '[ -z "$ipv4" ] || restore iptables "$ipv4" --test',
        '[ -z "$ipv6" ] || restore ip6tables "$ipv6" --test',
        '[ -z "$ipv4" ] || restore iptables "$ipv4"',
        '[ -z "$ipv6" ] || restore ip6tables "$ipv6"',
        `echo "${text.removed('${chain}')}"`,
      ],
    ),
    nftablesSetup: body(
      [comment(text.ports(dports.slice(2, -2))), ...text.about.map(comment)],
      [
        ...nftStart(text.failSetup),
        '',
        comment(text.nftReplace),
        `out=$(nft -f - 2>&1 <<'EOF'`,
        `add table inet ${table}`,
        `delete table inet ${table}`,
        `table inet ${table} {`,
        `  comment "${mark}"`,
        '  chain input {',
        '    type filter hook input priority filter; policy accept;',
        `    ${comment(text.established)}`,
        '    ct state established,related accept',
        ...(plan.ipv4Peers.length + plan.ipv6Peers.length > 0 ? [`    ${comment(text.allowlist)}`] : []),
        ...(plan.ipv4Peers.length > 0
          ? [`    iifname "${iface}" tcp dport ${dports} ip saddr { ${plan.ipv4Peers.join(', ')} } accept`]
          : []),
        ...(plan.ipv6Peers.length > 0
          ? [`    iifname "${iface}" tcp dport ${dports} ip6 saddr { ${plan.ipv6Peers.join(', ')} } accept`]
          : []),
        `    ${comment(text.block)}`,
        `    iifname "${iface}" tcp dport ${dports} ${synOnly} drop`,
        '  }',
        '}',
        'EOF',
        `) || fail ${text.nftFailed}`,
        `echo "${done(table)}"`,
      ],
    ),
    nftablesTeardown: body(
      [comment(text.aboutTeardown)],
      [
        ...nftStart(text.failTeardown),
        `[ -z "$present" ] || out=$(nft delete table inet "$table" 2>&1) || fail ${text.nftFailed}`,
        `echo "${text.removed(table)}"`,
      ],
    ),
  };
}
