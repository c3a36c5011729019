/**
 * The names the firewall scripts are written with: the network interface, and the iptables chain (and
 * the nftables table named after it). Each validator allows only characters that cannot end a shell
 * word, open a quote or start a command, and refuses names iptables, nft or other software already use.
 * Pure, no DOM and no Node APIs (it runs in the browser's worker).
 */
import { fail, pass, type Parsed } from '../validation';

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
