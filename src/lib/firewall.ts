/**
 * The firewall-rule generator: checks what the user typed into the form and writes the iptables and
 * nftables scripts of the statement's 通信安全加固 template (content/docs/zh-cn/torch-npu.mdx) from it.
 *
 * Pure functions, no DOM and no Node APIs: the same code runs in the browser. Every value that reaches a
 * script has passed a validator whose allowed characters cannot end a shell word, open a quote or
 * start a command, so the scripts need no quoting of user text at all.
 */
import type { ListenPort } from '../schemas/communication-matrix';
import { launchers, type Launcher } from '../schemas/launchers';
import type { DataLanguage, LocalizedText } from '../schemas/localized';

/** The form as typed, all strings. */
export interface FirewallForm {
  launchers: string[];
  hcclBasePort: string;
  interfaceName: string;
  peers: string;
  chain: string;
}
export type FirewallField = keyof FirewallForm;

/** Ports `from`–`to` (equal for a single port) opened by `launcher`. */
export interface PortRange {
  launcher: Launcher;
  from: number;
  to: number;
}

/** Everything the scripts are written from, every value validated. */
export interface FirewallPlan {
  /** Distinct ranges, sorted by `from` (then `to`). */
  ports: PortRange[];
  interfaceName: string;
  ipv4Peers: string[];
  ipv6Peers: string[];
  chain: string;
}

export type FirewallResult =
  | { ok: true; plan: FirewallPlan }
  | { ok: false; errors: Partial<Record<FirewallField, LocalizedText>> };

/** What each validator returns: the value, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: LocalizedText };

export interface FirewallScripts {
  iptablesSetup: string;
  iptablesTeardown: string;
  nftablesSetup: string;
  nftablesTeardown: string;
}

/** An address or block the firewall lets through, normalized. */
export interface Peer {
  family: 'ipv4' | 'ipv6';
  /** `192.168.1.2`, `192.168.1.0/24`, `fd00::2`, `fd00::/64`: IPv4 as typed, IPv6 in its canonical form. */
  text: string;
}

/** At most this many peers (after removing duplicates), to keep the scripts readable. */
export const maxPeers = 64;

/**
 * The shortest prefix a peer block may have, in both families: the widest private ranges, 10.0.0.0/8 and
 * fd00::/8, fit; 0.0.0.0/1 does not. With at most `maxPeers` blocks, the peers can then cover at most
 * 64/256, a quarter, of either address family, never all of it (as 0.0.0.0/1 with 128.0.0.0/1 would).
 */
export const widestPrefix = 8;

const fail = <T>(message: LocalizedText): Parsed<T> => ({ ok: false, message });
const pass = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** User text quoted in a message: shortened, so a pasted page does not become the message. */
function quoted(text: string): { zh: string; en: string } {
  const short = text.length > 50 ? `${text.slice(0, 49)}…` : text;
  return { zh: `“${short}”`, en: `"${short}"` };
}

// ---------------------------------------------------------------------------------------------------
// Launchers and ports

/** The launchers chosen, each once, in the order of `launchers`. */
export function parseLaunchers(selected: readonly string[]): Parsed<Launcher[]> {
  const known = launchers.join(', ');
  if (selected.length === 0) {
    return fail({
      zh: `请至少选择一个启动方式：${launchers.join('、')}`,
      en: `Choose at least one launcher: ${known}`,
    });
  }
  const unknown = selected.find((name) => !(launchers as readonly string[]).includes(name));
  if (unknown !== undefined) {
    const name = quoted(unknown);
    return fail({
      zh: `${name.zh}不是可选的启动方式，请从 ${launchers.join('、')} 中选择`,
      en: `${name.en} is not a launcher; choose from ${known}`,
    });
  }
  return pass(launchers.filter((launcher) => selected.includes(launcher)));
}

/** The HCCL base port (HCCL_IF_BASE_PORT) as typed: digits only, within `listen.range`, all `count` ports ≤ 65535. */
export function parseHcclBasePort(
  text: string,
  listen: Pick<ListenPort, 'port' | 'range' | 'count' | 'setBy'>,
): Parsed<number> {
  const min = listen.range?.min ?? 1;
  const max = Math.min(listen.range?.max ?? 65535, 65536 - listen.count);
  const example = Math.min(Math.max(listen.port, min), max);
  const message = {
    zh: `请填写 ${min} 到 ${max} 之间的整数（${listen.setBy}），例如 ${example}；HCCL 会侦听从该端口起的 ${listen.count} 个端口`,
    en: `Use a whole number from ${min} to ${max} (${listen.setBy}), e.g. ${example}; HCCL listens on the ${listen.count} ports starting at it`,
  };
  if (!/^[0-9]{1,5}$/.test(text)) return fail(message);
  const port = Number(text);
  return port >= min && port <= max ? pass(port) : fail(message);
}

/** The port ranges of the chosen launchers: identical ranges once, sorted by `from`, then `to`. */
function portRanges(chosen: readonly Launcher[], listenPorts: readonly ListenPort[], hcclBase: number | undefined): PortRange[] {
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

// ---------------------------------------------------------------------------------------------------
// Interface and chain names

/** A Linux network interface name: 1–15 of [A-Za-z0-9_.-], not starting with '-', not '.' or '..'. */
export function parseInterfaceName(text: string): Parsed<string> {
  if (text === '') return fail({ zh: '请填写网卡名，例如 eth0', en: 'Enter the network interface name, e.g. eth0' });
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(text)) {
    return fail({
      zh: '请使用 1 到 15 个字母、数字、“.”、“_”或“-”，例如 eth0',
      en: "Use 1 to 15 letters, digits, '.', '_' or '-', e.g. eth0",
    });
  }
  if (text.startsWith('-')) {
    return fail({
      zh: '网卡名不能以“-”开头，请填写 ifconfig 或 ip link 显示的网卡名，例如 eth0',
      en: "An interface name cannot start with '-'; use a name ifconfig or ip link shows, e.g. eth0",
    });
  }
  if (text === '.' || text === '..') {
    return fail({
      zh: '“.”和“..”不能作网卡名，请填写 ifconfig 或 ip link 显示的网卡名，例如 eth0',
      en: "'.' and '..' are not interface names; use a name ifconfig or ip link shows, e.g. eth0",
    });
  }
  return pass(text);
}

/**
 * Names iptables refuses for a user chain (iptables(8), iptables-extensions(8), iptables 1.8.9): the
 * built-in chains, the standard verdicts and every target extension, since `iptables -N` stops with
 * "chain name may not clash with target name". Compared without case, so `tcpmss` is refused too.
 * tests/system/firewall-netns.spec.ts holds this list against the iptables installed on the machine.
 */
const iptablesReservedNames = new Set([
  ...['INPUT', 'OUTPUT', 'FORWARD', 'PREROUTING', 'POSTROUTING'],
  ...['ACCEPT', 'DROP', 'QUEUE', 'RETURN', 'ERROR', 'STANDARD'],
  ...['AUDIT', 'CHECKSUM', 'CLASSIFY', 'CLUSTERIP', 'CONNMARK', 'CONNSECMARK', 'CT', 'DNAT', 'DNPT', 'DSCP', 'ECN', 'HL'],
  ...['HMARK', 'IDLETIMER', 'LED', 'LOG', 'MARK', 'MASQUERADE', 'MIRROR', 'NETMAP', 'NFLOG', 'NFQUEUE', 'NOTRACK', 'RATEEST'],
  ...['REDIRECT', 'REJECT', 'SAME', 'SECMARK', 'SET', 'SNAT', 'SNPT', 'SYNPROXY', 'TCPMSS', 'TCPOPTSTRIP', 'TEE', 'TOS'],
  ...['TPROXY', 'TRACE', 'TTL', 'ULOG'],
  // xtables-addons' targets: on a host that has them, `-j TARPIT` would run the target, not the chain.
  ...['ACCOUNT', 'CHAOS', 'DELUDE', 'DHCPMAC', 'DNETMAP', 'ECHO', 'IPMARK', 'LOGMARK', 'RAWDNAT', 'RAWSNAT', 'STEAL', 'SYSRQ', 'TARPIT'],
]);

/**
 * Chains and nftables tables that other software makes and manages, by name or prefix: a script must not
 * share them (Docker's DOCKER-USER is also reached from FORWARD). Setup and teardown also refuse, on the
 * host, any chain or table they did not make; this catches the common ones at the field.
 */
const otherSoftwareNames: ReadonlyArray<{ owner: string; test: (upper: string) => boolean }> = [
  { owner: 'Docker', test: (name) => name.startsWith('DOCKER') },
  { owner: 'Kubernetes', test: (name) => name.startsWith('KUBE-') || name === 'KUBE_PROXY' },
  { owner: 'firewalld', test: (name) => name === 'FIREWALLD' || /^(INPUT|FORWARD|OUTPUT)_|^(IN|FWDI|FWDO|FWD)_/.test(name) },
  { owner: 'ufw', test: (name) => name.startsWith('UFW-') || name.startsWith('UFW6-') },
  { owner: 'fail2ban', test: (name) => name.startsWith('F2B-') || name.startsWith('FAIL2BAN') },
  { owner: 'libvirt', test: (name) => name.startsWith('LIBVIRT') },
  { owner: 'Calico', test: (name) => name.startsWith('CALI-') },
  { owner: 'Cilium', test: (name) => name.startsWith('CILIUM') },
  { owner: 'Tailscale', test: (name) => name.startsWith('TS-') },
  { owner: 'CNI plugins', test: (name) => name.startsWith('CNI-') },
  { owner: 'Flannel', test: (name) => name.startsWith('FLANNEL') },
  { owner: 'Podman (netavark)', test: (name) => name.startsWith('NETAVARK') },
  { owner: 'Antrea', test: (name) => name.startsWith('ANTREA') },
  { owner: 'Istio', test: (name) => name.startsWith('ISTIO') },
  { owner: 'CrowdSec', test: (name) => name.startsWith('CROWDSEC') },
  { owner: 'LXD or Incus', test: (name) => name === 'LXD' || name === 'INCUS' },
];

/**
 * The keywords of nft's scanner (nftables src/scanner.l, every scanner state, lower-case words only):
 * nft reads these as keywords, not as a table name, so a chain whose table name would be one is refused.
 */
const nftKeywords = new Set(
  (
    'abort accept ackseq add addr ah alert all and arp asconf audit avgpkt bridge broute burst bypass bytes cfi ' +
    'cgroup cgroupv2 chain chains check checksum chunk class classid code comment comp constant continue count ' +
    'counter counters cpi cpu create crit csumcov ct cwr daddr data day dccp debug define dei delete describe ' +
    'destroy device devices direction dnat doff dport drop dscp dst dup dynamic echo ecn ecne egress element ' +
    'elements emerg eol eq err error erspan esp ether event exists expectation expiration expires export exthdr ' +
    'fanout fastopen fib filter flags flow flowlabel flowtable flowtables flush frag fwd gateway gbp ge geneve get ' +
    'goto gre gretap group gt handle hbh hdrlength heartbeat helper helpers hlen hook hooks hoplimit hour htype ' +
    'ibrhwaddr ibriport ibrname ibrpvid ibrvproto icmp icmpv6 icmpx id igmp iif iifgroup iifkind iifname iiftype ' +
    'import in inc include index inet info ingress init insert interval ip ip6 ipsec jhash json jump kbytes ' +
    'l3proto l4proto label last le left length level limit limits list ll log loose lshift lsrr lt map maps mark ' +
    'masquerade maxseg mbytes md5sig memory meta meter meters mh minute missing mod monitor mptcp mrt mss mtu name ' +
    'nat ne netdev never new nexthdr nexthop nfproto nftrace nh noop nop not notice notrack num numgen obriport ' +
    'obrname offload offset oif oifgroup oifkind oifname oiftype operation option options or original osf out over ' +
    'packets path pcp performance persistent pkttype plen policy port position ppid prefix priority protocol ptr ' +
    'ptype queue quota quotas ra random rate redefine redirect reject rename replace reply reqid reserved ' +
    'reserved2 reset return right route rr rshift rt rt0 rt2 rtclassid rule rules ruleset sack sack0 sack1 sack2 ' +
    'sack3 saddr sctp sdif sdifname secmark secmarks second secpath seed seqno sequence set sets shutdown sid size ' +
    'skgid skip skuid snaplen snat socket spi spnum sport srh ssn ssrr state status stream subtype symhash ' +
    'synproxy synproxys table tables taddr tag tcp th time timeout timestamp to tos tproxy trace transparent tsecr ' +
    'tsn tsval ttl tunnel tunnels type typeof udp udplite undefine until update urgptr used value version vlan vm ' +
    'vmap vni vtag vxlan warn week wildcard window with wscale xml xor xt zone'
  ).split(' '),
);

/** The nftables table named after an iptables chain: lower-case, '-' as '_'. @example PORT-LIMIT-RULE → port_limit_rule */
export function nftTableName(chain: string): string {
  return chain.toLowerCase().replaceAll('-', '_');
}

/** An iptables chain name: 1–28 of [A-Za-z0-9_-] starting with a letter, not a built-in chain or target. */
export function parseChainName(text: string): Parsed<string> {
  if (text === '') return fail({ zh: '请填写规则链名，例如 PORT-LIMIT-RULE', en: 'Enter a chain name, e.g. PORT-LIMIT-RULE' });
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,27}$/.test(text)) {
    return fail({
      zh: '请使用 1 到 28 个字母、数字、“_”或“-”，并以字母开头，例如 PORT-LIMIT-RULE',
      en: "Use 1 to 28 letters, digits, '_' or '-', starting with a letter, e.g. PORT-LIMIT-RULE",
    });
  }
  const upper = text.toUpperCase();
  if (iptablesReservedNames.has(upper)) {
    return fail({
      zh: `${text} 是 iptables 内置的规则链或动作（target）名，iptables 不接受以此命名的规则链，请换一个名字，例如 PORT-LIMIT-RULE`,
      en: `${text} is the name of a built-in iptables chain or target, which iptables refuses as a chain name; choose another name, e.g. PORT-LIMIT-RULE`,
    });
  }
  const owner = otherSoftwareNames.find(({ test }) => test(upper) || test(nftTableName(text).toUpperCase()))?.owner;
  if (owner !== undefined) {
    return fail({
      zh: `${text} 是 ${owner} 使用的规则链或规则表名，脚本不能与其共用，请换一个名字，例如 PORT-LIMIT-RULE`,
      en: `${text} is a name ${owner} uses for its own chains or tables, which the scripts must not share; choose another name, e.g. PORT-LIMIT-RULE`,
    });
  }
  const table = nftTableName(text);
  if (nftKeywords.has(table)) {
    return fail({
      zh: `${table} 是 nftables 的关键字，不能作 nftables 表名，请换一个名字，例如 PORT-LIMIT-RULE`,
      en: `${table} is an nftables keyword and cannot name the nftables table; choose another name, e.g. PORT-LIMIT-RULE`,
    });
  }
  return pass(text);
}

// ---------------------------------------------------------------------------------------------------
// Peers

/** A peer with its address as a number, to find duplicates and blocks inside other blocks. */
interface PeerBits extends Peer {
  bits: bigint;
  prefix: number;
}

const familyWidth = { ipv4: 32, ipv6: 128 } as const;

/** A decimal from 0 to 255 without leading zeros. */
const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4Pattern = new RegExp(`^${octet}\\.${octet}\\.${octet}\\.${octet}$`);
/** A prefix length without leading zeros. */
const prefixPattern = /^(?:0|[1-9][0-9]{0,2})$/;

/** The 128 bits of an IPv6 address in the canonical form URL gives it (hex groups, at most one `::`). */
function ipv6Bits(canonical: string): bigint {
  const [head = '', tail] = canonical.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].reduce((bits, group) => (bits << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function ipv4Bits(address: string): bigint {
  return address.split('.').reduce((bits, part) => (bits << 8n) | BigInt(Number(part)), 0n);
}

function ipv4Text(bits: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 255n)).join('.');
}

function ipv6Text(bits: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((bits >> shift) & 0xffffn).toString(16));
  return new URL(`http://[${groups.join(':')}]`).hostname.slice(1, -1);
}

/** The address with the bits after the prefix cleared. */
function network(bits: bigint, prefix: number, width: number): bigint {
  const hostBits = BigInt(width - prefix);
  return (bits >> hostBits) << hostBits;
}

function parsePeerBits(token: string): Parsed<PeerBits> {
  const name = quoted(token);
  const slash = token.indexOf('/');
  const address = slash === -1 ? token : token.slice(0, slash);
  const prefixText = slash === -1 ? undefined : token.slice(slash + 1);
  const family = address.includes(':') ? 'ipv6' : 'ipv4';
  const width = familyWidth[family];

  let bits: bigint;
  let text: string;
  if (family === 'ipv4') {
    if (!ipv4Pattern.test(address)) {
      return fail({
        zh: `${name.zh}不是 IPv4 或 IPv6 地址：IPv4 地址为 4 个 0 到 255 之间、不带前导 0 的数，用“.”分隔，例如 192.168.1.2`,
        en: `${name.en} is not an IPv4 or IPv6 address: IPv4 is four numbers from 0 to 255 without leading zeros, separated by '.', e.g. 192.168.1.2`,
      });
    }
    bits = ipv4Bits(address);
    text = address;
  } else {
    if (address.includes('%')) {
      return fail({
        zh: `${name.zh}带有区域标识（“%”及其后的部分），请去掉，例如 fe80::1`,
        en: `${name.en} has a zone ID ('%…'), which firewall rules cannot use; leave it out, e.g. fe80::1`,
      });
    }
    let canonical: string | undefined;
    if (/^[0-9a-fA-F:.]+$/.test(address)) {
      try {
        canonical = new URL(`http://[${address}]`).hostname.slice(1, -1);
      } catch {
        canonical = undefined;
      }
    }
    if (canonical === undefined) {
      return fail({
        zh: `${name.zh}不是有效的 IPv6 地址，例如 fd00::2 或 fd00::/64`,
        en: `${name.en} is not a valid IPv6 address; use e.g. fd00::2 or fd00::/64`,
      });
    }
    bits = ipv6Bits(canonical);
    text = canonical;
  }

  let prefix: number = width;
  if (prefixText !== undefined) {
    if (!prefixPattern.test(prefixText) || Number(prefixText) > width) {
      return fail({
        zh: `${name.zh}的前缀长度（“/”之后）应为 ${widestPrefix} 到 ${width} 之间的整数`,
        en: `${name.en}: the prefix length after '/' must be a whole number from ${widestPrefix} to ${width}`,
      });
    }
    prefix = Number(prefixText);
    if (prefix < widestPrefix) {
      const block = family === 'ipv4' ? '192.168.1.0/24' : 'fd00::/64';
      const share = prefix === 0 ? { zh: '所有地址', en: 'every address' } : { zh: `所有 ${family === 'ipv4' ? 'IPv4' : 'IPv6'} 地址的 1/${2 ** prefix}`, en: `1/${2 ** prefix} of all ${family === 'ipv4' ? 'IPv4' : 'IPv6'} addresses` };
      return fail({
        zh: `${name.zh}会放行${share.zh}；网段最大为 /${widestPrefix}，请填写其他训练服务器的地址或更小的网段，例如 ${block}`,
        en: `${name.en} would allow ${share.en}; a block may be at most a /${widestPrefix}: list the other training servers' addresses or a smaller block, e.g. ${block}`,
      });
    }
    const start = network(bits, prefix, width);
    if (start !== bits) {
      const block = `${family === 'ipv4' ? ipv4Text(start) : ipv6Text(start)}/${prefix}`;
      return fail({
        zh: `${name.zh}在前 ${prefix} 位之后还有非 0 的位，请填写该网段的起始地址 ${block}`,
        en: `${name.en} has bits set after the first ${prefix}; use the block's first address, ${block}`,
      });
    }
    text = `${text}/${prefix}`;
  }
  return pass({ family, text, bits, prefix });
}

/**
 * One allowed address or CIDR block: IPv4 dotted quad (no leading zeros) or IPv6 (no zone ID), with an
 * optional prefix length of at least `widestPrefix`, the bits after it zero.
 */
export function parsePeer(token: string): Parsed<Peer> {
  const parsed = parsePeerBits(token);
  return parsed.ok ? pass({ family: parsed.value.family, text: parsed.value.text }) : parsed;
}

/** `a` covers `b`: every address of `b` is in `a`. */
function covers(a: PeerBits, b: PeerBits): boolean {
  if (a.family !== b.family || a.prefix > b.prefix) return false;
  const width = familyWidth[a.family];
  return network(a.bits, a.prefix, width) === network(b.bits, a.prefix, width);
}

/**
 * The peers as typed: separated by newlines, commas or spaces; 1 to 64 distinct ones. Duplicates, and
 * addresses inside a block also listed, are dropped (the block lets them in already, and nftables refuses
 * overlapping set elements); the rest keep the order they were typed in.
 */
export function parsePeers(text: string): Parsed<{ ipv4: string[]; ipv6: string[] }> {
  const tokens = text.split(/[\s,，、]+/).filter((token) => token !== '');
  if (tokens.length === 0) {
    return fail({
      zh: '请至少填写一个允许访问的 IPv4 或 IPv6 地址或网段（其他训练服务器的地址），例如 192.168.1.2',
      en: "Enter at least one IPv4 or IPv6 address or CIDR block to allow (the other training servers' addresses), e.g. 192.168.1.2",
    });
  }
  // Linear in what was typed, and no further than the limit: a pasted list of 20,000 peers stops at the 65th.
  const peers: PeerBits[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const parsed = parsePeerBits(token);
    if (!parsed.ok) return parsed;
    const peer = parsed.value;
    const key = `${peer.family} ${peer.bits} ${peer.prefix}`;
    if (seen.has(key)) continue;
    seen.add(key);
    peers.push(peer);
    if (peers.length > maxPeers) {
      return fail({
        zh: `最多填写 ${maxPeers} 个地址或网段（已超过），可用网段涵盖多台服务器，例如 192.168.1.0/24`,
        en: `List at most ${maxPeers} addresses or blocks (there are more); use a CIDR block to cover several servers, e.g. 192.168.1.0/24`,
      });
    }
  }
  const kept = peers.filter(
    (peer, i) => !peers.some((other, j) => j !== i && covers(other, peer) && (other.prefix < peer.prefix || j < i)),
  );
  return pass({
    ipv4: kept.filter((peer) => peer.family === 'ipv4').map((peer) => peer.text),
    ipv6: kept.filter((peer) => peer.family === 'ipv6').map((peer) => peer.text),
  });
}

// ---------------------------------------------------------------------------------------------------
// The form

/** Checks every field; the plan only when all of them pass, otherwise every field's problem. */
export function parseFirewallForm(form: FirewallForm, listenPorts: ListenPort[]): FirewallResult {
  const errors: Partial<Record<FirewallField, LocalizedText>> = {};

  const chosen = parseLaunchers(form.launchers);
  let hcclBase: number | undefined;
  if (!chosen.ok) {
    errors.launchers = chosen.message;
  } else {
    const missing = chosen.value.find((launcher) => !listenPorts.some((entry) => entry.launcher === launcher));
    if (missing !== undefined) {
      errors.launchers = {
        zh: `通信矩阵中没有 ${missing} 的侦听端口`,
        en: `The communication matrix lists no listening port for ${missing}`,
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

// ---------------------------------------------------------------------------------------------------
// The scripts

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
    done: (ports: string, iface: string, v4: number, v6: number) =>
      `已设定 \${chain}：网卡 ${iface} 上的 TCP 端口 ${ports} 只接受白名单地址（IPv4 ${v4} 个，IPv6 ${v6} 个）的新连接`,
    removed: '已清除 ${chain} 的规则',
  },
  en: {
    ports: (list: string) => `Ports to restrict: ${list}`,
    about: [
      'Only the allowlisted addresses below can open new connections to these ports on this interface;',
      "replies to this node's own connections and all other traffic pass as before.",
      'Safe to run again: the new rules replace the old ones in one step, so the ports are never open in between.',
      "Changes only the rules this script made (they carry the mark below), never other software's. Run it with bash.",
    ],
    aboutTeardown: 'Clear the rules: removes only what the setup script made (it carries the mark below); safe to run when nothing is set up. Run it with bash.',
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
    foreignChain: '"${1}: chain ${chain} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the chain first if it is yours."',
    foreignTable: '"table inet ${table} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the table first if it is yours."',
    checkFailed: '"${1}-restore refused the rules (${out}); nothing was changed"',
    applyFailed: '"${1}-restore refused the rules (${out}); the ${1} rules were not changed"',
    nftFailed: '"nft refused the rules (${out}); nothing was changed"',
    done: (ports: string, iface: string, v4: number, v6: number) =>
      `\${chain} set up: TCP ports ${ports} on ${iface} take new connections only from the allowlist (${v4} IPv4, ${v6} IPv6)`,
    removed: '${chain}: rules removed',
  },
} as const;

/** The comment that marks what a script made, so that no script touches a chain or table it did not make. */
export function ownershipMark(chain: string): string {
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
  for (const [family, peers] of [['ipv4', plan.ipv4Peers], ['ipv6', plan.ipv6Peers]] as const) {
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
  const done = text.done(portList, iface, plan.ipv4Peers.length, plan.ipv6Peers.length);
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
    '  case $\'\\n\'$out$\'\\n\' in',
    '    *$\'\\n\'"-N $chain"$\'\\n\'*) ;;',
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
          ...plan.ports.flatMap((range) => peers.map((peer) => `-A ${chain} -i ${iface} -p tcp --dport ${iptablesPort(range)} -s ${peer} -j RETURN`)),
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
    'case $\'\\n\'$out$\'\\n\' in',
    '  *$\'\\n\'"table inet $table"$\'\\n\'*) present=yes ;;',
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
    iptablesSetup: body([comment(text.ports(portList)), ...text.about.map(comment)], [
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
      `echo "${done}"`,
    ]),
    iptablesTeardown: body([comment(text.aboutTeardown)], [
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
      `echo "${text.removed}"`,
    ]),
    nftablesSetup: body([comment(text.ports(dports.slice(2, -2))), ...text.about.map(comment)], [
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
      ...(plan.ipv4Peers.length > 0 ? [`    iifname "${iface}" tcp dport ${dports} ip saddr { ${plan.ipv4Peers.join(', ')} } accept`] : []),
      ...(plan.ipv6Peers.length > 0 ? [`    iifname "${iface}" tcp dport ${dports} ip6 saddr { ${plan.ipv6Peers.join(', ')} } accept`] : []),
      `    ${comment(text.block)}`,
      `    iifname "${iface}" tcp dport ${dports} ${synOnly} drop`,
      '  }',
      '}',
      'EOF',
      `) || fail ${text.nftFailed}`,
      `echo "${done.replace('${chain}', table)}"`,
    ]),
    nftablesTeardown: body([comment(text.aboutTeardown)], [
      ...nftStart(text.failTeardown),
      `[ -z "$present" ] || out=$(nft delete table inet "$table" 2>&1) || fail ${text.nftFailed}`,
      `echo "${text.removed.replace('${chain}', table)}"`,
    ]),
  };
}
