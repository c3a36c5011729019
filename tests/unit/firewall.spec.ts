import { expect, test } from '@playwright/test';
import { parseFirewallForm, type FirewallField, type FirewallForm, type FirewallPlan } from '../../src/tools/firewall/form';
import { nftTableName, parseChainName, parseInterfaceName } from '../../src/tools/firewall/interface-and-chain-names';
import { parseHcclBasePort, parseLaunchers } from '../../src/tools/firewall/launcher-ports';
import { maxPeers, parsePeer, parsePeers, widestPrefix } from '../../src/tools/firewall/peers';
import { firewallScripts } from '../../src/tools/firewall/scripts';
import { listenPortSchema, type ListenPort } from '../../src/schemas/communication-matrix';
import type { LocalizedText } from '../../src/schemas/localized';
import { launcherLabels, readDataRows } from '../support/data';

/** The reason a value was refused, or `accepted`. */
const codeOf = (parsed: { ok: true } | { ok: false; code: string }) => (parsed.ok ? 'accepted' : parsed.code);

/** The listening ports of content/data/communication-matrix.yaml, as the schema hands them on. */
const listenPorts: ListenPort[] = readDataRows('communication-matrix.yaml').flatMap((row) =>
  (row.listenPorts as unknown[]).map((entry) => listenPortSchema.parse(entry)),
);
const hccl = listenPorts.find((entry) => entry.launcher === 'hccl')!;
/** The choices as the English page labels them. */
const labels = launcherLabels('en');

/** The statement's worked example, on one interface (it mixes eno1 and eth0) and torchrun's default port. */
const example: FirewallForm = {
  launchers: ['torchrun-static'],
  hcclBasePort: '60000',
  interfaceName: 'eth0',
  peers: '192.168.1.2',
  chain: 'PORT-LIMIT-RULE',
};

function planOf(form: Partial<FirewallForm>): FirewallPlan {
  const result = parseFirewallForm({ ...example, ...form }, listenPorts, labels);
  if (!result.ok) throw new Error(`expected a plan, got errors: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function errorsOf(form: Partial<FirewallForm>): Partial<Record<FirewallField, LocalizedText>> {
  const result = parseFirewallForm({ ...example, ...form }, listenPorts, labels);
  expect(result.ok, `expected errors for ${JSON.stringify(form)}`).toBe(false);
  expect(result).not.toHaveProperty('plan');
  return result.ok ? {} : result.errors;
}

/** What the HCCL base port field refuses, whatever else is chosen: out of range, or not a plain decimal. */
const notAnHcclBasePort = ['1023', '65521', '70000', '-1', '6e4', ' 60000', '60000 ', '+60000', '', '0x1000'];

test.describe('valid forms', () => {
  test('reads the data file: the four launchers and their ports', () => {
    expect(listenPorts.map(({ launcher, port, count }) => [launcher, port, count])).toEqual([
      ['torchrun-static', 29500, 1],
      ['torchrun-c10d', 29400, 1],
      ['torch_npu_run', 29500, 1],
      ['hccl', 60000, 16],
    ]);
  });

  test('one port, one peer: the worked example', () => {
    expect(planOf({})).toEqual({
      ports: [{ launcher: 'torchrun-static', from: 29500, to: 29500 }],
      interfaceName: 'eth0',
      ipv4Peers: ['192.168.1.2'],
      ipv6Peers: [],
      chain: 'PORT-LIMIT-RULE',
    });
  });

  test('HCCL takes 16 consecutive ports from the typed base port', () => {
    expect(planOf({ launchers: ['hccl'], hcclBasePort: '60000' }).ports).toEqual([{ launcher: 'hccl', from: 60000, to: 60015 }]);
    expect(planOf({ launchers: ['hccl'], hcclBasePort: '1024' }).ports).toEqual([{ launcher: 'hccl', from: 1024, to: 1039 }]);
    expect(planOf({ launchers: ['hccl'], hcclBasePort: '65520' }).ports).toEqual([{ launcher: 'hccl', from: 65520, to: 65535 }]);
  });

  test('the HCCL base port is not read unless HCCL is chosen', () => {
    expect(planOf({ launchers: ['torchrun-c10d'], hcclBasePort: 'junk; rm -rf /' }).ports).toEqual([
      { launcher: 'torchrun-c10d', from: 29400, to: 29400 },
    ]);
  });

  test('ports shared by launchers appear once, sorted, whatever order they were chosen in', () => {
    const ports = [
      { launcher: 'torchrun-c10d', from: 29400, to: 29400 },
      { launcher: 'torchrun-static', from: 29500, to: 29500 },
      { launcher: 'hccl', from: 60000, to: 60015 },
    ];
    expect(planOf({ launchers: ['hccl', 'torch_npu_run', 'torchrun-c10d', 'torchrun-static'] }).ports).toEqual(ports);
    expect(planOf({ launchers: ['torchrun-static', 'hccl', 'torchrun-c10d', 'torch_npu_run', 'hccl'] }).ports).toEqual(ports);
    expect(planOf({ launchers: ['torch_npu_run'] }).ports).toEqual([{ launcher: 'torch_npu_run', from: 29500, to: 29500 }]);
  });

  test('both address families, separated by newlines, commas and spaces', () => {
    const plan = planOf({ peers: '192.168.1.2, FD00::2\n10.0.0.0/8   fd00:0:0:1::/64,\r\n\t192.168.1.3，fe80::230:64ee:ef1a:c1a' });
    expect(plan.ipv4Peers).toEqual(['192.168.1.2', '10.0.0.0/8', '192.168.1.3']);
    expect(plan.ipv6Peers).toEqual(['fd00::2', 'fd00:0:0:1::/64', 'fe80::230:64ee:ef1a:c1a']);
  });

  test('duplicates, and addresses inside a listed block, are dropped; the rest keep their order', () => {
    const plan = planOf({ peers: '192.168.1.2 192.168.1.2/32 10.1.1.1 192.168.1.2 fd00::2 FD00:0:0::2 fd00::3' });
    expect(plan.ipv4Peers).toEqual(['192.168.1.2', '10.1.1.1']);
    expect(plan.ipv6Peers).toEqual(['fd00::2', 'fd00::3']);
    expect(planOf({ peers: '192.168.1.2 192.168.1.0/24 192.168.2.9 fd00::1 fd00::/16' })).toMatchObject({
      ipv4Peers: ['192.168.1.0/24', '192.168.2.9'],
      ipv6Peers: ['fd00::/16'],
    });
  });

  test('at most 64 distinct peers', () => {
    const peers = (count: number) => Array.from({ length: count }, (_, i) => `10.0.${Math.floor(i / 200)}.${(i % 200) + 1}`).join('\n');
    expect(planOf({ peers: peers(maxPeers) }).ipv4Peers).toHaveLength(64);
    expect(planOf({ peers: `${peers(maxPeers)}\n${peers(maxPeers)}` }).ipv4Peers).toHaveLength(64);
    expect(errorsOf({ peers: peers(maxPeers + 1) }).peers?.en).toBe(
      'List at most 64 addresses or blocks (there are more); use a CIDR block to cover several servers, e.g. 192.168.1.0/24',
    );
  });

  test('a pasted list stops at the limit: what comes after the 65th distinct peer is not read', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `10.${Math.floor(i / 65536)}.${Math.floor(i / 256) % 256}.${i % 256}`);
    // A bad token after the limit is never reached: the limit is reported, not the bad token.
    expect(errorsOf({ peers: [...many.slice(0, maxPeers + 1), 'not-an-address'].join('\n') }).peers?.en).toMatch(/^List at most 64/);
    expect(errorsOf({ peers: [...many.slice(0, maxPeers), 'not-an-address'].join('\n') }).peers?.en).toMatch(/^"not-an-address" is not/);
    expect(errorsOf({ peers: many.join('\n') }).peers?.en).toMatch(/^List at most 64/);
  });
});

test.describe('the validators', () => {
  test('interface names', () => {
    for (const name of ['eth0', 'eno1', 'eth0.100', 'br-lan_1', 'enp0s31f6', 'a'.repeat(15), 'a', '...']) {
      expect(parseInterfaceName(name), name).toEqual({ ok: true, value: name });
    }
    const refused = ['', 'a'.repeat(16), '-eth0', '.', '..', 'eth 0', 'eth0:1', 'eth/0', 'eth+', 'éth0'];
    expect(refused.map((name) => codeOf(parseInterfaceName(name)))).toEqual([
      'interface.empty',
      'interface.characters',
      'interface.leadingDash',
      'interface.dots',
      'interface.dots',
      ...Array(5).fill('interface.characters'),
    ]);
  });

  test('chain names', () => {
    for (const name of ['PORT-LIMIT-RULE', 'torch_npu', 'A', 'a'.repeat(28), 'INPUT2', 'hccl-ports']) {
      expect(parseChainName(name), name).toEqual({ ok: true, value: name });
    }
    for (const name of [
      '',
      'a'.repeat(29),
      '1CHAIN',
      '_X',
      '-X',
      'A.B',
      'A B',
      'INPUT',
      'Input',
      'drop',
      'Log',
      'queue',
      'port',
      'TCP',
      'Filter',
    ]) {
      expect(parseChainName(name).ok, name).toBe(false);
    }
    // iptables target extensions: iptables -N refuses them ("chain name may not clash with target name").
    for (const name of [
      'TCPMSS',
      'CLASSIFY',
      'TEE',
      'NETMAP',
      'LED',
      'ULOG',
      'HL',
      'IDLETIMER',
      'CLUSTERIP',
      'standard',
      'tcpmss',
      'SYNPROXY',
    ]) {
      expect(codeOf(parseChainName(name)), name).toBe('chain.iptablesReserved');
    }
    // Other software's chains and tables.
    for (const name of [
      'DOCKER-USER',
      'DOCKER',
      'docker-isolation-stage-1',
      'KUBE-SERVICES',
      'firewalld',
      'IN_public',
      'INPUT_direct',
      'ufw-user-input',
      'f2b-sshd',
      'LIBVIRT_INP',
      'cali-INPUT',
      'CILIUM_INPUT',
      'ts-input',
    ]) {
      expect(codeOf(parseChainName(name)), name).toBe('chain.otherSoftware');
    }
    expect(parseChainName('TCPMSS')).toEqual({
      ok: false,
      code: 'chain.iptablesReserved',
      message: {
        zh: 'TCPMSS 是 iptables 内置的规则链或动作（target）名，iptables 不接受以此命名的规则链，请换一个名字，例如 PORT-LIMIT-RULE',
        en: 'TCPMSS is the name of a built-in iptables chain or target, which iptables refuses as a chain name; choose another name, e.g. PORT-LIMIT-RULE',
      },
    });
    expect(parseChainName('DOCKER-USER')).toEqual({
      ok: false,
      code: 'chain.otherSoftware',
      message: {
        zh: 'DOCKER-USER 是 Docker 使用的规则链或规则表名，脚本不能与其共用，请换一个名字，例如 PORT-LIMIT-RULE',
        en: 'DOCKER-USER is a name Docker uses for its own chains or tables, which the scripts must not share; choose another name, e.g. PORT-LIMIT-RULE',
      },
    });
    expect(nftTableName('PORT-LIMIT-RULE')).toBe('port_limit_rule');
  });

  test('peers: IPv4 as typed, IPv6 in canonical lower-case form', () => {
    expect(parsePeer('192.168.1.2')).toEqual({ ok: true, value: { family: 'ipv4', text: '192.168.1.2' } });
    expect(parsePeer('0.0.0.0')).toEqual({ ok: true, value: { family: 'ipv4', text: '0.0.0.0' } });
    expect(parsePeer('10.0.0.0/8')).toEqual({ ok: true, value: { family: 'ipv4', text: '10.0.0.0/8' } });
    expect(parsePeer('fd00::/8')).toEqual({ ok: true, value: { family: 'ipv6', text: 'fd00::/8' } });
    expect(widestPrefix).toBe(8);
    expect(parsePeer('255.255.255.255/32')).toEqual({ ok: true, value: { family: 'ipv4', text: '255.255.255.255/32' } });
    expect(parsePeer('FE80::230:64EE:EF1A:C1A')).toEqual({ ok: true, value: { family: 'ipv6', text: 'fe80::230:64ee:ef1a:c1a' } });
    expect(parsePeer('fd00:0000:0:0:0:0:0:0/8')).toEqual({ ok: true, value: { family: 'ipv6', text: 'fd00::/8' } });
    expect(parsePeer('::1')).toEqual({ ok: true, value: { family: 'ipv6', text: '::1' } });
    expect(parsePeer('::ffff:192.168.1.2')).toEqual({ ok: true, value: { family: 'ipv6', text: '::ffff:c0a8:102' } });
    expect(parsePeer('1:2:3:4:5:6:7:8/128')).toEqual({ ok: true, value: { family: 'ipv6', text: '1:2:3:4:5:6:7:8/128' } });
    for (const peer of [
      '256.1.1.1',
      '1.2.3',
      '1.2.3.4.5',
      '010.1.1.1',
      '1.2.3.04',
      '1.2.3.4/33',
      '1.2.3.4/',
      '1.2.3.4/08',
      '1.2.3.4/24/8',
      '192.168.1.5/24',
      'fd00::1/64',
      '1::2::3',
      'gggg::1',
      '[fd00::1]',
      'fd00::/129',
      '12345::1',
      'fe80::1%eth0',
      ':::',
      'localhost',
    ]) {
      expect(parsePeer(peer).ok, peer).toBe(false);
    }
    expect(parsePeers('  \n ,, ').ok).toBe(false);
  });

  test('the HCCL base port, against the data entry', () => {
    expect(parseHcclBasePort('60000', hccl)).toEqual({ ok: true, value: 60000 });
    expect(parseHcclBasePort('1024', hccl)).toEqual({ ok: true, value: 1024 });
    expect(parseHcclBasePort('65520', hccl)).toEqual({ ok: true, value: 65520 });
    for (const port of [...notAnHcclBasePort, '60000.0', '１２３４', '99999999999999999999']) {
      expect(parseHcclBasePort(port, hccl).ok, port).toBe(false);
    }
    // Without a range, any port whose `count` ports end by 65535.
    const wide = { port: 100, count: 4, setBy: 'X' };
    expect(parseHcclBasePort('65532', wide)).toEqual({ ok: true, value: 65532 });
    expect(parseHcclBasePort('65533', wide).ok).toBe(false);
    expect(parseHcclBasePort('0', wide).ok).toBe(false);
  });

  test('launchers', () => {
    expect(parseLaunchers(['hccl', 'torchrun-static', 'hccl'], labels)).toEqual({ ok: true, value: ['torchrun-static', 'hccl'] });
    expect(parseLaunchers([], labels).ok).toBe(false);
    expect(parseLaunchers(['torchrun'], labels).ok).toBe(false);
  });

  test('launcher messages name the field and its choices as the page labels them, in its language', () => {
    const ids = /torchrun-static|torchrun-c10d|(?<![“\w])hccl\b/;
    for (const [locale, language] of [
      ['en', 'en'],
      ['zh-CN', 'zh'],
    ] as const) {
      const visible = launcherLabels(locale);
      const none = parseLaunchers([], visible);
      const unknown = parseLaunchers(['torchrun'], visible);
      if (none.ok || unknown.ok) throw new Error('expected both refused');
      expect(none.message[language]).toContain(`“${visible.field}”`);
      expect(unknown.message[language]).toContain(`“${visible.field}”`);
      for (const choice of Object.values(visible.choices)) expect(unknown.message[language]).toContain(`“${choice}”`);
      for (const message of [none.message[language], unknown.message[language].replace(/^"torchrun"|^“torchrun”/, '')]) {
        expect(message).not.toMatch(ids);
      }
    }
    expect(parseLaunchers([], launcherLabels('en'))).toMatchObject({
      message: { en: 'Tick at least one box under “What runs on this node”' },
    });
  });
});

test.describe('the worked example, as scripts', () => {
  // Pinned whole: a change to what people paste into a root shell must be a visible change here.
  // tests/kernel/firewall-netns.spec.ts runs these scripts for real.
  const scripts = firewallScripts(planOf({}), 'en');

  test('iptables setup', () => {
    expect(scripts.iptablesSetup).toBe(`#!/bin/bash
# Ports to restrict: 29500
# Only the allowlisted addresses below can open new connections to these ports on this interface;
# replies to this node's own connections and all other traffic pass as before.
# Safe to run again: the new rules replace the old ones in one step, so the ports are never open in between.
# Changes only the rules this script made (they carry the mark below), never other software's. Run it with bash.
(
set -u

chain=PORT-LIMIT-RULE
mark=firewall-generator:PORT-LIMIT-RULE

fail() {
  echo "firewall setup failed: \${*//$'\\n'/; }" >&2
  exit 1
}
for tool in iptables iptables-restore ip6tables ip6tables-restore; do
  command -v "$tool" >/dev/null || fail "\${tool} not found; install iptables"
done

# The chain must be absent, or made by this script: its first rule carries the mark
owned() {
  local out first
  out=$("$1" -w -t filter -S 2>&1) || fail "\${1}: cannot read the filter table (\${out}); nothing was changed"
  case $'\\n'$out$'\\n' in
    *$'\\n'"-N $chain"$'\\n'*) ;;
    *) return 1 ;;
  esac
  out=$("$1" -w -t filter -S "$chain" 2>&1) || fail "\${1}: cannot read the filter table (\${out}); nothing was changed"
  first=\${out#*$'\\n'}
  first=\${first%%$'\\n'*}
  case $first in
    "-A $chain "*"--comment \\"$mark\\""*) ;;
    *) fail "\${1}: chain \${chain} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the chain first if it is yours." ;;
  esac
}

# Apply one family's batch in one commit (with --test, only check it)
restore() {
  local out
  out=$(printf '%s\\n' '*filter' "$2" COMMIT | "$1-restore" -w --noflush \${3-} 2>&1) ||
    if [ -n "\${3-}" ]; then fail "\${1}-restore refused the rules (\${out}); nothing was changed"; else fail "\${1}-restore refused the rules (\${out}); the \${1} rules were not changed"; fi
}

# The chain's rules, and the jump from INPUT to the chain when there is none
batch() {
  local jump="-I INPUT -p tcp -j $chain"
  "$1" -w -t filter -C INPUT -p tcp -j "$chain" 2>/dev/null && jump=
  printf ':%s - [0:0]\\n%s\\n%s' "$chain" "$(cat)" "$jump"
}

owned iptables
owned ip6tables

ipv4=$(batch iptables <<'EOF'
# Replies to this node's own connections leave the chain first
-A PORT-LIMIT-RULE -m conntrack --ctstate ESTABLISHED,RELATED -m comment --comment firewall-generator:PORT-LIMIT-RULE -j RETURN
# In multi-node scenarios, set an allowlist so that other nodes can access the master node's listening ports
-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s 192.168.1.2 -j RETURN
# Block external addresses from accessing the distributed training ports (only the SYN that opens a connection)
-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP
EOF
)

# The same rules for IPv6 (ip6tables)
ipv6=$(batch ip6tables <<'EOF'
# Replies to this node's own connections leave the chain first
-A PORT-LIMIT-RULE -m conntrack --ctstate ESTABLISHED,RELATED -m comment --comment firewall-generator:PORT-LIMIT-RULE -j RETURN
# No IPv6 addresses were given: the ports are blocked for every address over IPv6
# Block external addresses from accessing the distributed training ports (only the SYN that opens a connection)
-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP
EOF
)

# Check both families first; apply only when both pass
restore iptables "$ipv4" --test
restore ip6tables "$ipv6" --test
restore iptables "$ipv4"
restore ip6tables "$ipv6"
echo "\${chain} set up: TCP ports 29500 on eth0 take new connections only from the allowlist (1 IPv4, 0 IPv6)"
)
`);
  });

  test('iptables teardown', () => {
    expect(scripts.iptablesTeardown).toBe(`#!/bin/bash
# Clear the rules: removes only what the setup script made (it carries the mark below); safe to run when nothing is set up. Run it with bash.
(
set -u

chain=PORT-LIMIT-RULE
mark=firewall-generator:PORT-LIMIT-RULE

fail() {
  echo "firewall teardown failed: \${*//$'\\n'/; }" >&2
  exit 1
}
for tool in iptables iptables-restore ip6tables ip6tables-restore; do
  command -v "$tool" >/dev/null || fail "\${tool} not found; install iptables"
done

# The chain must be absent, or made by this script: its first rule carries the mark
owned() {
  local out first
  out=$("$1" -w -t filter -S 2>&1) || fail "\${1}: cannot read the filter table (\${out}); nothing was changed"
  case $'\\n'$out$'\\n' in
    *$'\\n'"-N $chain"$'\\n'*) ;;
    *) return 1 ;;
  esac
  out=$("$1" -w -t filter -S "$chain" 2>&1) || fail "\${1}: cannot read the filter table (\${out}); nothing was changed"
  first=\${out#*$'\\n'}
  first=\${first%%$'\\n'*}
  case $first in
    "-A $chain "*"--comment \\"$mark\\""*) ;;
    *) fail "\${1}: chain \${chain} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the chain first if it is yours." ;;
  esac
}

# Apply one family's batch in one commit (with --test, only check it)
restore() {
  local out
  out=$(printf '%s\\n' '*filter' "$2" COMMIT | "$1-restore" -w --noflush \${3-} 2>&1) ||
    if [ -n "\${3-}" ]; then fail "\${1}-restore refused the rules (\${out}); nothing was changed"; else fail "\${1}-restore refused the rules (\${out}); the \${1} rules were not changed"; fi
}

# Remove INPUT's jumps to the chain, then empty and delete the chain
batch() {
  owned "$1" || return 0
  local line
  while IFS= read -r line; do
    [ "$line" = "-A INPUT -p tcp -j $chain" ] && echo "-D INPUT -p tcp -j $chain"
  done < <("$1" -w -t filter -S INPUT)
  printf -- '-F %s\\n-X %s\\n' "$chain" "$chain"
}

ipv4=$(batch iptables) || exit 1
ipv6=$(batch ip6tables) || exit 1
[ -z "$ipv4" ] || restore iptables "$ipv4" --test
[ -z "$ipv6" ] || restore ip6tables "$ipv6" --test
[ -z "$ipv4" ] || restore iptables "$ipv4"
[ -z "$ipv6" ] || restore ip6tables "$ipv6"
echo "\${chain}: rules removed"
)
`);
  });

  test('nftables setup', () => {
    expect(scripts.nftablesSetup).toBe(`#!/bin/bash
# Ports to restrict: 29500
# Only the allowlisted addresses below can open new connections to these ports on this interface;
# replies to this node's own connections and all other traffic pass as before.
# Safe to run again: the new rules replace the old ones in one step, so the ports are never open in between.
# Changes only the rules this script made (they carry the mark below), never other software's. Run it with bash.
(
set -u

table=port_limit_rule
mark=firewall-generator:PORT-LIMIT-RULE

fail() {
  echo "firewall setup failed: \${*//$'\\n'/; }" >&2
  exit 1
}
command -v nft >/dev/null || fail "nft not found; install nftables"

# The table must be absent, or made by this script: its comment is the mark
present=
out=$(nft list tables inet 2>&1) || fail "cannot read the nftables tables (\${out}); nothing was changed"
case $'\\n'$out$'\\n' in
  *$'\\n'"table inet $table"$'\\n'*) present=yes ;;
esac
if [ -n "$present" ]; then
  out=$(nft list table inet "$table" 2>&1) || fail "cannot read the nftables tables (\${out}); nothing was changed"
  case $out in
    "table inet $table {"$'\\n'$'\\t'"comment \\"$mark\\""$'\\n'*) ;;
    *) fail "table inet \${table} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the table first if it is yours." ;;
  esac
fi

# One transaction: the old table goes and the new one comes in the same step, so the ports are never open in between
out=$(nft -f - 2>&1 <<'EOF'
add table inet port_limit_rule
delete table inet port_limit_rule
table inet port_limit_rule {
  comment "firewall-generator:PORT-LIMIT-RULE"
  chain input {
    type filter hook input priority filter; policy accept;
    # Replies to this node's own connections leave the chain first
    ct state established,related accept
    # In multi-node scenarios, set an allowlist so that other nodes can access the master node's listening ports
    iifname "eth0" tcp dport { 29500 } ip saddr { 192.168.1.2 } accept
    # Block external addresses from accessing the distributed training ports (only the SYN that opens a connection)
    iifname "eth0" tcp dport { 29500 } tcp flags & (fin | syn | rst | ack) == syn drop
  }
}
EOF
) || fail "nft refused the rules (\${out}); nothing was changed"
echo "port_limit_rule set up: TCP ports 29500 on eth0 take new connections only from the allowlist (1 IPv4, 0 IPv6)"
)
`);
  });

  test('nftables teardown', () => {
    expect(scripts.nftablesTeardown).toBe(`#!/bin/bash
# Clear the rules: removes only what the setup script made (it carries the mark below); safe to run when nothing is set up. Run it with bash.
(
set -u

table=port_limit_rule
mark=firewall-generator:PORT-LIMIT-RULE

fail() {
  echo "firewall teardown failed: \${*//$'\\n'/; }" >&2
  exit 1
}
command -v nft >/dev/null || fail "nft not found; install nftables"

# The table must be absent, or made by this script: its comment is the mark
present=
out=$(nft list tables inet 2>&1) || fail "cannot read the nftables tables (\${out}); nothing was changed"
case $'\\n'$out$'\\n' in
  *$'\\n'"table inet $table"$'\\n'*) present=yes ;;
esac
if [ -n "$present" ]; then
  out=$(nft list table inet "$table" 2>&1) || fail "cannot read the nftables tables (\${out}); nothing was changed"
  case $out in
    "table inet $table {"$'\\n'$'\\t'"comment \\"$mark\\""$'\\n'*) ;;
    *) fail "table inet \${table} exists and was not made by this script; nothing was changed. Choose another chain name, or delete the table first if it is yours." ;;
  esac
fi
[ -z "$present" ] || out=$(nft delete table inet "$table" 2>&1) || fail "nft refused the rules (\${out}); nothing was changed"
echo "port_limit_rule: rules removed"
)
`);
  });

  test('in Chinese: the template’s comments and messages, the same commands', () => {
    const zh = firewallScripts(planOf({}), 'zh');
    expect(zh.iptablesTeardown).toBe(`#!/bin/bash
# 清除规则：只移除设定脚本创建的规则（带有下面的标记），未设定时也可运行。请用 bash 运行本文件。
(
set -u

chain=PORT-LIMIT-RULE
mark=firewall-generator:PORT-LIMIT-RULE

fail() {
  echo "防火墙清除失败：\${*//$'\\n'/; }" >&2
  exit 1
}
for tool in iptables iptables-restore ip6tables ip6tables-restore; do
  command -v "$tool" >/dev/null || fail "找不到 \${tool}，请安装 iptables"
done

# 规则链须不存在，或由本脚本创建（其第一条规则带有标记）
owned() {
  local out first
  out=$("$1" -w -t filter -S 2>&1) || fail "\${1}：无法读取 filter 表（\${out}），未做任何改动"
  case $'\\n'$out$'\\n' in
    *$'\\n'"-N $chain"$'\\n'*) ;;
    *) return 1 ;;
  esac
  out=$("$1" -w -t filter -S "$chain" 2>&1) || fail "\${1}：无法读取 filter 表（\${out}），未做任何改动"
  first=\${out#*$'\\n'}
  first=\${first%%$'\\n'*}
  case $first in
    "-A $chain "*"--comment \\"$mark\\""*) ;;
    *) fail "\${1}：规则链 \${chain} 已存在，但不是本脚本创建的，未做任何改动。请换一个规则链名；若它是您自己建的，请先删除它。" ;;
  esac
}

# 在一次提交中应用一个地址族的规则（带 --test 时只检查）
restore() {
  local out
  out=$(printf '%s\\n' '*filter' "$2" COMMIT | "$1-restore" -w --noflush \${3-} 2>&1) ||
    if [ -n "\${3-}" ]; then fail "\${1}-restore 拒绝了这些规则（\${out}），未做任何改动"; else fail "\${1}-restore 拒绝了这些规则（\${out}），\${1} 的规则未改动"; fi
}

# 移除 INPUT 到该规则链的跳转，再清空并删除该规则链
batch() {
  owned "$1" || return 0
  local line
  while IFS= read -r line; do
    [ "$line" = "-A INPUT -p tcp -j $chain" ] && echo "-D INPUT -p tcp -j $chain"
  done < <("$1" -w -t filter -S INPUT)
  printf -- '-F %s\\n-X %s\\n' "$chain" "$chain"
}

ipv4=$(batch iptables) || exit 1
ipv6=$(batch ip6tables) || exit 1
[ -z "$ipv4" ] || restore iptables "$ipv4" --test
[ -z "$ipv6" ] || restore ip6tables "$ipv6" --test
[ -z "$ipv4" ] || restore iptables "$ipv4"
[ -z "$ipv6" ] || restore ip6tables "$ipv6"
echo "已清除 \${chain} 的规则"
)
`);
    expect(zh.iptablesSetup).toContain('# 要限制的端口号：29500\n');
    expect(zh.iptablesSetup).toContain('# 在多机场景下设定白名单，允许其他节点访问主节点的侦听端口\n');
    expect(zh.iptablesSetup).toContain('# 屏蔽外部地址访问分布式训练端口（只拦截建立连接的 SYN 包）\n');
    // Lines without words: the same in both languages.
    const commands = (script: string) => script.split('\n').filter((line) => !/^\s*#|echo "|fail "|\*\) fail/.test(line));
    for (const key of ['iptablesSetup', 'iptablesTeardown', 'nftablesSetup', 'nftablesTeardown'] as const) {
      expect(commands(zh[key]), key).toEqual(commands(scripts[key]));
      // What a reader reads: comments, and the messages the script prints. None of it in English.
      const words = zh[key]
        .split('\n')
        .flatMap((line) => [
          ...(/^\s*# (.*)/.exec(line)?.slice(1) ?? []),
          ...[...line.matchAll(/(?:fail|echo) "([^"]*)"/g)].map((match) => match[1]!),
        ]);
      expect(words.length, key).toBeGreaterThan(2);
      const names =
        /\$\{?\w+\}?(-restore)?|PORT-LIMIT-RULE|port_limit_rule|ip6?tables(-restore)?|nftables|IPv[46]|INPUT|TCP|SYN|inet|eth0|bash|filter|--test/g;
      expect(
        words.filter((text) => /[A-Za-z]{4}/.test(text.replace(names, ''))),
        key,
      ).toEqual([]);
    }
  });
});

test.describe('scripts for larger plans', () => {
  test('an HCCL range and both address families', () => {
    const plan = planOf({ launchers: ['torchrun-static', 'hccl'], peers: '192.168.1.2 192.168.1.3 fd00::2' });
    const { iptablesSetup, nftablesSetup } = firewallScripts(plan, 'en');
    const rules = iptablesSetup.split('\n').filter((line) => line.startsWith('-A ') || / <<'EOF'$/.test(line));
    const established =
      '-A PORT-LIMIT-RULE -m conntrack --ctstate ESTABLISHED,RELATED -m comment --comment firewall-generator:PORT-LIMIT-RULE -j RETURN';
    expect(rules).toEqual([
      "ipv4=$(batch iptables <<'EOF'",
      established,
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s 192.168.1.2 -j RETURN',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s 192.168.1.3 -j RETURN',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 60000:60015 -s 192.168.1.2 -j RETURN',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 60000:60015 -s 192.168.1.3 -j RETURN',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 60000:60015 --syn -j DROP',
      "ipv6=$(batch ip6tables <<'EOF'",
      established,
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s fd00::2 -j RETURN',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 60000:60015 -s fd00::2 -j RETURN',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP',
      '-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 60000:60015 --syn -j DROP',
    ]);
    expect(iptablesSetup).toContain('# Ports to restrict: 29500, 60000:60015\n');
    expect(nftablesSetup).toContain(`
    type filter hook input priority filter; policy accept;
    # Replies to this node's own connections leave the chain first
    ct state established,related accept
    # In multi-node scenarios, set an allowlist so that other nodes can access the master node's listening ports
    iifname "eth0" tcp dport { 29500, 60000-60015 } ip saddr { 192.168.1.2, 192.168.1.3 } accept
    iifname "eth0" tcp dport { 29500, 60000-60015 } ip6 saddr { fd00::2 } accept
    # Block external addresses from accessing the distributed training ports (only the SYN that opens a connection)
    iifname "eth0" tcp dport { 29500, 60000-60015 } tcp flags & (fin | syn | rst | ack) == syn drop
  }
`);
    expect(nftablesSetup).toContain('# Ports to restrict: 29500, 60000-60015\n');
  });

  test('IPv6 peers only: IPv4 is blocked, IPv6 allowed', () => {
    const { iptablesSetup, nftablesSetup } = firewallScripts(planOf({ peers: 'fd00::2' }), 'en');
    expect(iptablesSetup.slice(0, iptablesSetup.indexOf('batch ip6tables'))).not.toMatch(/ -s .* -j RETURN$/m);
    expect(iptablesSetup).toContain('# No IPv4 addresses were given: the ports are blocked for every address over IPv4\n');
    expect(iptablesSetup).toContain('-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 --syn -j DROP\n');
    expect(iptablesSetup).toContain('-A PORT-LIMIT-RULE -i eth0 -p tcp --dport 29500 -s fd00::2 -j RETURN\n');
    expect(nftablesSetup).not.toContain(' ip saddr ');
    expect(nftablesSetup).toContain('iifname "eth0" tcp dport { 29500 } ip6 saddr { fd00::2 } accept\n');
  });

  test('nftables gets overlapping port ranges merged; iptables keeps a rule per range', () => {
    const plan = planOf({ launchers: ['torchrun-static', 'hccl', 'torchrun-c10d'], hcclBasePort: '29495' });
    expect(plan.ports.map(({ from, to }) => [from, to])).toEqual([
      [29400, 29400],
      [29495, 29510],
      [29500, 29500],
    ]);
    const { iptablesSetup, nftablesSetup } = firewallScripts(plan, 'en');
    expect(nftablesSetup).toContain('tcp dport { 29400, 29495-29510 } tcp flags & (fin | syn | rst | ack) == syn drop\n');
    expect(iptablesSetup).toContain('--dport 29495:29510 --syn -j DROP\n');
    expect(iptablesSetup).toContain('--dport 29500 --syn -j DROP\n');
  });

  test('the same plan gives the same scripts; every script ends with a newline', () => {
    const plan = planOf({ launchers: ['hccl', 'torchrun-c10d'], peers: '10.0.0.0/8, fd00::/64' });
    expect(firewallScripts(plan, 'zh')).toEqual(firewallScripts(structuredClone(plan), 'zh'));
    for (const script of Object.values(firewallScripts(plan, 'en'))) {
      expect(script.startsWith('#!/bin/bash\n# ')).toBe(true);
      expect(script).toContain('\nset -u\n');
      expect(script).not.toContain('set -x');
      expect(script.endsWith('\n') && !script.endsWith('\n\n')).toBe(true);
    }
  });

  test('a plan that did not pass the checks is refused', () => {
    const plan = planOf({});
    for (const bad of [
      { ...plan, interfaceName: 'eth0; rm -rf /' },
      { ...plan, chain: 'X $(id)' },
      { ...plan, ipv4Peers: ['0.0.0.0/0'] },
      { ...plan, ipv4Peers: ['fd00::1'] },
      { ...plan, ipv6Peers: ['FD00::1'] },
      { ...plan, ipv4Peers: [], ipv6Peers: [] },
      { ...plan, ports: [] },
      { ...plan, ports: [{ launcher: 'hccl' as const, from: 60015, to: 60000 }] },
      { ...plan, ports: [{ launcher: 'hccl' as const, from: 1.5, to: 2 }] },
    ]) {
      expect(() => firewallScripts(bad, 'en'), JSON.stringify(bad)).toThrow(/invalid plan/);
    }
  });
});

/** Each field with values that must be refused, whatever else the form holds. */
const hostile: Array<[FirewallField, string | string[], Partial<FirewallForm>?]> = [
  ...[
    'eth0; rm -rf /',
    '$(id)',
    '`id`',
    'eth0`id`',
    'eth0\nrm',
    'eth0\r',
    '"eth0"',
    "'eth0'",
    'eth0"',
    ' eth0',
    'eth0 ',
    'eth0/1',
    'eth+',
    'eth0|id',
    'eth0&',
    'eth0>x',
    'abcdefghijklmnop',
    'a'.repeat(100),
    '-eth0',
    '--help',
    '.',
    '..',
    '',
    'eth0\u0000',
    'eth０',
  ].map((value): [FirewallField, string] => ['interfaceName', value]),
  ...[
    '0.0.0.0/0',
    '::/0',
    '1.2.3.4/0',
    '0.0.0.0/1',
    '128.0.0.0/1',
    '::/1',
    '8000::/1',
    '0.0.0.0/1 128.0.0.0/1 ::/1 8000::/1',
    '8.0.0.0/7',
    'fc00::/7',
    '192.168.1.2\n0.0.0.0/0',
    '256.1.1.1',
    '1.2.3',
    '010.1.1.1',
    'fe80::1%eth0',
    '192.168.1.2; rm -rf /',
    '192.168.1.2;rm',
    '$(id)',
    '`id`',
    '192.168.1.2`id`',
    '10.0.0.2`reboot`',
    '10.0.0.2\nrm -rf /',
    '"192.168.1.2"',
    '192.168.1.2/33',
    '192.168.1.2/',
    'fd00::/129',
    '192.168.1.5/24',
    '[fd00::1]',
    'fd00::1::2',
    'example.com',
    '',
    ' \n ',
    '192.168.1.2 -j ACCEPT',
    '192.168.1.2}',
    'fd00::1 } accept',
  ].map((value): [FirewallField, string] => ['peers', value]),
  ...[
    'A'.repeat(29),
    'INPUT',
    'input',
    'Drop',
    'RETURN',
    'log',
    '1CHAIN',
    '-X',
    'PORT LIMIT',
    'PORT;id',
    'RULE; rm -rf /',
    '$(id)',
    '`id`',
    '',
    'PORT-LIMIT-RULE\n',
    'PORT.LIMIT',
    'port',
    'Table',
  ].map((value): [FirewallField, string] => ['chain', value]),
  ...[...notAnHcclBasePort, '65530', '60000.5', '60000; rm -rf /', '$(id)'].map((value): [FirewallField, string, Partial<FirewallForm>] => [
    'hcclBasePort',
    value,
    { launchers: ['hccl'] },
  ]),
  ['launchers', []],
  ['launchers', ['torchrun']],
  ['launchers', ['hccl; rm -rf /']],
  ['launchers', ['torchrun-static', '$(id)']],
];

test.describe('hostile and mistaken input', () => {
  for (const [field, value, rest] of hostile) {
    test(`${field}: ${JSON.stringify(value)}`, () => {
      const errors = errorsOf({ ...rest, [field]: value });
      expect(Object.keys(errors)).toEqual([field]);
      expect(errors[field]?.zh).toBeTruthy();
      expect(errors[field]?.en).toBeTruthy();
    });
  }

  test('every field wrong: every field reported, no plan', () => {
    const errors = errorsOf({ launchers: ['hccl'], hcclBasePort: '6e4', interfaceName: '$(id)', peers: '0.0.0.0/0', chain: 'INPUT' });
    expect(Object.keys(errors).sort()).toEqual(['chain', 'hcclBasePort', 'interfaceName', 'peers']);
    expect(Object.keys(errorsOf({ launchers: [], interfaceName: '', peers: '', chain: '' })).sort()).toEqual([
      'chain',
      'interfaceName',
      'launchers',
      'peers',
    ]);
  });

  test('a launcher without a port in the data is refused', () => {
    const result = parseFirewallForm(
      { ...example, launchers: ['hccl'] },
      listenPorts.filter((entry) => entry.launcher !== 'hccl'),
      labels,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        launchers: {
          zh: '该版本的通信矩阵中没有“HCCL (communication between NPUs)”的侦听端口，请选择其他版本或取消勾选',
          en: "This release's communication matrix lists no listening port for “HCCL (communication between NPUs)”; choose another release or untick it",
        },
      },
    });
  });

  test('every message is written in both languages', () => {
    const messages: LocalizedText[] = [];
    for (const [field, value, rest] of hostile) {
      const errors = parseFirewallForm({ ...example, ...rest, [field]: value }, listenPorts, labels);
      if (!errors.ok) messages.push(...Object.values(errors.errors));
    }
    messages.push(...Object.values(errorsOf({ peers: Array.from({ length: 70 }, (_, i) => `10.0.0.${i + 1}`).join(' ') })));
    expect(new Set(messages.map((message) => message.en)).size).toBeGreaterThanOrEqual(20);
    for (const message of messages) {
      expect(Object.keys(message).sort()).toEqual(['en', 'zh']);
      expect(message.zh, message.en).toMatch(/\p{Script=Han}/u);
      expect(message.en, message.zh).toMatch(/^[\p{Script=Latin}"'(]/u);
      expect(message.en.replace(/".*?"|“.*?”/g, ''), message.en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  test('the messages, word for word', () => {
    expect(errorsOf({ interfaceName: 'eth0; rm -rf /' }).interfaceName).toEqual({
      zh: '请使用 1 到 15 个字母、数字、“.”、“_”或“-”，例如 eth0',
      en: "Use 1 to 15 letters, digits, '.', '_' or '-', e.g. eth0",
    });
    expect(errorsOf({ launchers: ['hccl'], hcclBasePort: '65521' }).hcclBasePort).toEqual({
      zh: '请填写 1024 到 65520 之间的整数（HCCL_IF_BASE_PORT），例如 60000；HCCL 会侦听从该端口起的 16 个端口',
      en: 'Use a whole number from 1024 to 65520 (HCCL_IF_BASE_PORT), e.g. 60000; HCCL listens on the 16 ports starting at it',
    });
    expect(errorsOf({ peers: '192.168.1.2\n0.0.0.0/0' }).peers).toEqual({
      zh: '“0.0.0.0/0”会放行所有地址；网段最大为 /8，请填写其他训练服务器的地址或更小的网段，例如 192.168.1.0/24',
      en: '"0.0.0.0/0" would allow every address; a block may be at most a /8: list the other training servers\' addresses or a smaller block, e.g. 192.168.1.0/24',
    });
    expect(errorsOf({ peers: '::/0' }).peers?.en).toBe(
      '"::/0" would allow every address; a block may be at most a /8: list the other training servers\' addresses or a smaller block, e.g. fd00::/64',
    );
    expect(errorsOf({ peers: '128.0.0.0/1' }).peers?.en).toBe(
      '"128.0.0.0/1" would allow 1/2 of all IPv4 addresses; a block may be at most a /8: list the other training servers\' addresses or a smaller block, e.g. 192.168.1.0/24',
    );
    expect(errorsOf({ peers: '192.168.1.5/24' }).peers?.en).toBe(
      '"192.168.1.5/24" has bits set after the first 24; use the block\'s first address, 192.168.1.0/24',
    );
    expect(errorsOf({ peers: 'fd00::1/64' }).peers?.en).toBe(
      '"fd00::1/64" has bits set after the first 64; use the block\'s first address, fd00::/64',
    );
    expect(errorsOf({ chain: 'input' }).chain?.en).toBe(
      'input is the name of a built-in iptables chain or target, which iptables refuses as a chain name; choose another name, e.g. PORT-LIMIT-RULE',
    );
  });

  test('a long pasted value is shortened in the message', () => {
    const message = errorsOf({ peers: 'x'.repeat(5000) }).peers!;
    expect(message.en.length).toBeLessThan(250);
    expect(message.en).toContain(`"${'x'.repeat(49)}…"`);
  });
});
