/**
 * The firewall-rule generator's form: checks what the user typed and turns it into a plan, from which
 * scripts.ts writes the iptables and nftables scripts of the statement's 通信安全加固 template
 * (content/docs/zh-cn/torch-npu.mdx).
 *
 * Pure functions, no DOM and no Node APIs: the same code runs in the browser. Every value that reaches a
 * script has passed a validator whose allowed characters cannot end a shell word, open a quote or
 * start a command, so the scripts need no quoting of user text at all.
 */
import type { ListenPort } from '../../schemas/communication-matrix';
import { launchers, type Launcher } from '../../schemas/launchers';
import type { LocalizedText } from '../../schemas/localized';
import { fail, pass, quoted, type Parsed } from '../validation';

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

export type FirewallResult = { ok: true; plan: FirewallPlan } | { ok: false; errors: Partial<Record<FirewallField, LocalizedText>> };

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

// ---------------------------------------------------------------------------------------------------
// Launchers and ports

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
  if (text === '') return fail('interface.empty', { zh: '请填写网卡名，例如 eth0', en: 'Enter the network interface name, e.g. eth0' });
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(text)) {
    return fail('interface.characters', {
      zh: '请使用 1 到 15 个字母、数字、“.”、“_”或“-”，例如 eth0',
      en: "Use 1 to 15 letters, digits, '.', '_' or '-', e.g. eth0",
    });
  }
  if (text.startsWith('-')) {
    return fail('interface.leadingDash', {
      zh: '网卡名不能以“-”开头，请填写 ifconfig 或 ip link 显示的网卡名，例如 eth0',
      en: "An interface name cannot start with '-'; use a name ifconfig or ip link shows, e.g. eth0",
    });
  }
  if (text === '.' || text === '..') {
    return fail('interface.dots', {
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
  if (text === '')
    return fail('chain.empty', { zh: '请填写规则链名，例如 PORT-LIMIT-RULE', en: 'Enter a chain name, e.g. PORT-LIMIT-RULE' });
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,27}$/.test(text)) {
    return fail('chain.characters', {
      zh: '请使用 1 到 28 个字母、数字、“_”或“-”，并以字母开头，例如 PORT-LIMIT-RULE',
      en: "Use 1 to 28 letters, digits, '_' or '-', starting with a letter, e.g. PORT-LIMIT-RULE",
    });
  }
  const upper = text.toUpperCase();
  if (iptablesReservedNames.has(upper)) {
    return fail('chain.iptablesReserved', {
      zh: `${text} 是 iptables 内置的规则链或动作（target）名，iptables 不接受以此命名的规则链，请换一个名字，例如 PORT-LIMIT-RULE`,
      en: `${text} is the name of a built-in iptables chain or target, which iptables refuses as a chain name; choose another name, e.g. PORT-LIMIT-RULE`,
    });
  }
  const owner = otherSoftwareNames.find(({ test }) => test(upper) || test(nftTableName(text).toUpperCase()))?.owner;
  if (owner !== undefined) {
    return fail('chain.otherSoftware', {
      zh: `${text} 是 ${owner} 使用的规则链或规则表名，脚本不能与其共用，请换一个名字，例如 PORT-LIMIT-RULE`,
      en: `${text} is a name ${owner} uses for its own chains or tables, which the scripts must not share; choose another name, e.g. PORT-LIMIT-RULE`,
    });
  }
  const table = nftTableName(text);
  if (nftKeywords.has(table)) {
    return fail('chain.nftablesKeyword', {
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
      return fail('peer.ipv4', {
        zh: `${name.zh}不是 IPv4 或 IPv6 地址：IPv4 地址为 4 个 0 到 255 之间、不带前导 0 的数，用“.”分隔，例如 192.168.1.2`,
        en: `${name.en} is not an IPv4 or IPv6 address: IPv4 is four numbers from 0 to 255 without leading zeros, separated by '.', e.g. 192.168.1.2`,
      });
    }
    bits = ipv4Bits(address);
    text = address;
  } else {
    if (address.includes('%')) {
      return fail('peer.zoneId', {
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
      return fail('peer.ipv6', {
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
      return fail('peer.prefixLength', {
        zh: `${name.zh}的前缀长度（“/”之后）应为 ${widestPrefix} 到 ${width} 之间的整数`,
        en: `${name.en}: the prefix length after '/' must be a whole number from ${widestPrefix} to ${width}`,
      });
    }
    prefix = Number(prefixText);
    if (prefix < widestPrefix) {
      const block = family === 'ipv4' ? '192.168.1.0/24' : 'fd00::/64';
      const share =
        prefix === 0
          ? { zh: '所有地址', en: 'every address' }
          : {
              zh: `所有 ${family === 'ipv4' ? 'IPv4' : 'IPv6'} 地址的 1/${2 ** prefix}`,
              en: `1/${2 ** prefix} of all ${family === 'ipv4' ? 'IPv4' : 'IPv6'} addresses`,
            };
      return fail('peer.blockTooWide', {
        zh: `${name.zh}会放行${share.zh}；网段最大为 /${widestPrefix}，请填写其他训练服务器的地址或更小的网段，例如 ${block}`,
        en: `${name.en} would allow ${share.en}; a block may be at most a /${widestPrefix}: list the other training servers' addresses or a smaller block, e.g. ${block}`,
      });
    }
    const start = network(bits, prefix, width);
    if (start !== bits) {
      const block = `${family === 'ipv4' ? ipv4Text(start) : ipv6Text(start)}/${prefix}`;
      return fail('peer.hostBitsSet', {
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
    return fail('peers.none', {
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
      return fail('peers.tooMany', {
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
