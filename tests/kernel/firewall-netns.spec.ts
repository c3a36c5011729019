// The firewall generator's scripts, run for real: in Linux network namespaces joined by a bridge, on a
// node that already has other rules (Docker's DOCKER-USER, firewalld's table, an ssh accept, a conntrack
// accept, another tool's chain and table), with real TCP connections from a peer and from a host that is
// not a peer, over IPv4 and IPv6, on iptables-nft, iptables-legacy and nftables. Needs root (CI is root).
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseFirewallForm, type FirewallForm } from '../../src/tools/firewall/form';
import { parseChainName } from '../../src/tools/firewall/interface-and-chain-names';
import { firewallScripts, type FirewallScripts } from '../../src/tools/firewall/scripts';
import { listenPortSchema, type ListenPort } from '../../src/schemas/communication-matrix';
import { launcherLabels, readDataRows } from '../support/data';
import { hosts, Lab, nodeInterface, removeStaleNamespaces, type Backend, type Result } from '../support/netns';

const listenPorts: ListenPort[] = readDataRows('communication-matrix.yaml').flatMap((row) =>
  (row.listenPorts as unknown[]).map((entry) => listenPortSchema.parse(entry)),
);

const prefix = 'fwt';
const backends: Backend[] = ['iptables-nft', 'iptables-legacy', 'nftables'];

/** A port on the node that no configuration restricts: other traffic must pass as before. */
const openPort = 8000;
/** The port the non-peer serves on, for the node's own outgoing connections. */
const otherServerPort = 9000;
/** How long a dropped connection is given: the namespaces answer in well under a millisecond. */
const dropWait = 700;

/** Rules the node has before any script runs: none of them may change. */
const existingIptables = (family: 'ipv4' | 'ipv6') => `*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER-USER - [0:0]
:OTHER-TOOL - [0:0]
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -j OTHER-TOOL
-A FORWARD -j DOCKER-USER
-A DOCKER-USER -s ${family === 'ipv4' ? '203.0.113.0/24' : '2001:db8:ffff::/48'} -j DROP
-A OTHER-TOOL -p tcp -m tcp --dport 9999 -j ACCEPT
COMMIT
`;
const existingNftables = `table inet firewalld {
  chain filter_INPUT {
    type filter hook input priority filter + 10; policy accept;
    tcp dport 22 accept
  }
}
table inet other_tool {
  chain input {
    type filter hook input priority filter; policy accept;
    tcp dport 9999 accept
  }
}
`;

/** The forms run on every backend: each launcher, HCCL at both ends of its range, both families, CIDRs. */
const configurations: Array<{ name: string; form: FirewallForm; language: 'en' | 'zh' }> = [
  {
    name: 'torchrun static, one IPv4 peer',
    language: 'en',
    form: {
      launchers: ['torchrun-static'],
      hcclBasePort: '60000',
      interfaceName: nodeInterface,
      peers: hosts.peer.ipv4,
      chain: 'PORT-LIMIT-RULE',
    },
  },
  {
    name: 'every launcher, HCCL at its default 60000 (inside the local port range), both families',
    language: 'zh',
    form: {
      launchers: ['torchrun-static', 'torchrun-c10d', 'torch_npu_run', 'hccl'],
      hcclBasePort: '60000',
      interfaceName: nodeInterface,
      peers: `${hosts.peer.ipv4}\n${hosts.peer.ipv6}`,
      chain: 'PORT-LIMIT-RULE',
    },
  },
  {
    name: 'torchrun c10d and HCCL at 1024, IPv6 peer only, custom chain',
    language: 'en',
    form: {
      launchers: ['torchrun-c10d', 'hccl'],
      hcclBasePort: '1024',
      interfaceName: nodeInterface,
      peers: hosts.peer.ipv6,
      chain: 'train_ports-2',
    },
  },
  {
    name: 'torch_npu_run and HCCL at 65520, IPv4 and IPv6 CIDR blocks',
    language: 'zh',
    form: {
      launchers: ['torch_npu_run', 'hccl'],
      hcclBasePort: '65520',
      interfaceName: nodeInterface,
      peers: '192.0.2.8/29, 2001:db8::/124',
      chain: 'Hccl-Ports',
    },
  },
];

/** Forms chosen to break a script or a host if the generator accepted them; each must be refused or be safe. */
const trickyForms: Array<{ name: string; form: Partial<FirewallForm> }> = [
  { name: 'chain named after an iptables target (TCPMSS)', form: { chain: 'TCPMSS' } },
  { name: 'chain named after an iptables target (standard)', form: { chain: 'standard' } },
  { name: 'chain named after an iptables target (CLASSIFY)', form: { chain: 'CLASSIFY' } },
  { name: "Docker's chain", form: { chain: 'DOCKER-USER' } },
  { name: "firewalld's table", form: { chain: 'firewalld' } },
  { name: 'everyone, in halves', form: { peers: '0.0.0.0/1 128.0.0.0/1 ::/1 8000::/1' } },
  { name: 'half of everyone, beside a peer', form: { peers: `${hosts.peer.ipv4} 128.0.0.0/1 ${hosts.peer.ipv6} ::/1` } },
];

const scriptsOf = (form: FirewallForm, language: 'en' | 'zh'): FirewallScripts => {
  const parsed = parseFirewallForm(form, listenPorts, launcherLabels('en'));
  if (!parsed.ok) throw new Error(`the form was refused: ${JSON.stringify(parsed.errors)}`);
  return firewallScripts(parsed.plan, language);
};

/**
 * The node serves the first port of each range the configurations restrict (and the unrestricted port): a
 * connection there that is not dropped connects. The other ports of a range have no server, so a connection
 * that is not dropped is refused (a reset), and the node can use them as local ports for its own connections.
 */
const servedPorts = [openPort, 29400, 29500, 1024, 60000, 65520];
const reached = (port: number) => (servedPorts.includes(port) ? 'connected' : 'ECONNREFUSED');

/** Where iptables keeps its extensions: /usr/lib/<multiarch>/xtables on Debian. */
function xtablesDirectories(): string[] {
  const multiarch = readdirSync('/usr/lib').map((entry) => `/usr/lib/${entry}/xtables`);
  return ['/usr/lib/xtables', '/usr/libexec/xtables', ...multiarch].filter((dir) => existsSync(dir));
}

function expectQuietSuccess(result: Result, what: string): void {
  expect(result.stderr, `${what}: standard error`).toBe('');
  expect(result.status, `${what}: exit status`).toBe(0);
  expect(result.stdout.trim().split('\n'), `${what}: one line on standard output`).toHaveLength(1);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  if (process.getuid?.() !== 0) {
    throw new Error('The firewall namespace test makes network namespaces and firewall rules: run npm test as root (CI does).');
  }
  removeStaleNamespaces(prefix);
});

for (const backend of backends) {
  test.describe(backend, () => {
    const setupKey: keyof FirewallScripts = backend === 'nftables' ? 'nftablesSetup' : 'iptablesSetup';
    const teardownKey: keyof FirewallScripts = backend === 'nftables' ? 'nftablesTeardown' : 'iptablesTeardown';
    let lab: Lab;
    let before: string;

    test.beforeAll(async () => {
      lab = new Lab(prefix, backend);
      lab.open();
      lab.must('node', ['iptables-restore'], existingIptables('ipv4'));
      lab.must('node', ['ip6tables-restore'], existingIptables('ipv6'));
      lab.must('node', ['nft', '-f', '-'], existingNftables);
      await lab.serve('node', servedPorts);
      await lab.serve('other', [otherServerPort]);
      before = lab.ruleset();
      // The network works before any script: both families, both hosts.
      expect(
        lab.connect('peer', [
          { host: hosts.node.ipv4, port: 29500, timeoutMs: 5000 },
          { host: hosts.node.ipv6, port: 29500, timeoutMs: 5000 },
        ]),
      ).toEqual(['connected', 'connected']);
    });

    test.afterAll(() => lab?.close());

    for (const { name, form, language } of configurations) {
      test(`${name}: peers connect, others are dropped, replies pass, re-runs never open, teardown restores`, async () => {
        test.setTimeout(60_000);
        const scripts = scriptsOf(form, language);
        const plan = parseFirewallForm(form, listenPorts, launcherLabels('en'));
        if (!plan.ok) throw new Error('unreachable');
        const ports = [...new Set(plan.plan.ports.flatMap(({ from, to }) => [from, to]))];
        const allows = { ipv4: plan.plan.ipv4Peers.length > 0, ipv6: plan.plan.ipv6Peers.length > 0 };

        expectQuietSuccess(lab.runScript(scripts[setupKey]), 'setup');
        expectQuietSuccess(lab.runScript(scripts[setupKey]), 'setup run again');

        // Peers connect over the families they are listed for; the other host is dropped on every port.
        for (const family of ['ipv4', 'ipv6'] as const) {
          const fromPeer = lab.connect(
            'peer',
            ports.map((port) => ({ host: hosts.node[family], port, timeoutMs: dropWait })),
          );
          expect(fromPeer, `peer over ${family} to ${ports.join(', ')}`).toEqual(
            ports.map((port) => (allows[family] ? reached(port) : 'timeout')),
          );
          const fromOther = lab.connect(
            'other',
            [...ports, openPort].map((port) => ({ host: hosts.node[family], port, timeoutMs: dropWait })),
          );
          expect(fromOther, `non-peer over ${family} to ${ports.join(', ')}, then to the unrestricted ${openPort}`).toEqual([
            ...ports.map(() => 'timeout'),
            'connected',
          ]);
          // The node's own connections out, from local ports inside the restricted ranges, get their replies.
          const localPorts = ports.filter((port) => !servedPorts.includes(port));
          const outgoing = lab.connect(
            'node',
            localPorts.map((localPort) => ({ host: hosts.other[family], port: otherServerPort, localPort, timeoutMs: 3000 })),
          );
          expect(outgoing, `node to the non-peer over ${family}, from local ports ${localPorts.join(', ')}`).toEqual(
            localPorts.map(() => 'connected'),
          );
        }

        // A non-peer probing while setup runs five more times never gets in.
        const stopProbes = (['ipv4', 'ipv6'] as const).map((family) => lab.probe('other', hosts.node[family], ports[0]!));
        await new Promise((resolve) => setTimeout(resolve, 200));
        for (let run = 0; run < 5; run += 1) expectQuietSuccess(lab.runScript(scripts[setupKey]), `setup re-run ${run + 1}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        for (const [i, stop] of stopProbes.entries()) {
          const { attempts, connected } = await stop();
          expect(attempts, 'the probe ran').toBeGreaterThan(50);
          expect(connected, `probe over ${i === 0 ? 'IPv4' : 'IPv6'} connections that got through during re-runs`).toBe(0);
        }

        expectQuietSuccess(lab.runScript(scripts[teardownKey]), 'teardown');
        expect(lab.ruleset(), 'the ruleset after teardown').toBe(before);
        expectQuietSuccess(lab.runScript(scripts[teardownKey]), 'teardown run again');
        expect(lab.ruleset()).toBe(before);
        expect(
          lab.connect(
            'other',
            ports.map((port) => ({ host: hosts.node.ipv4, port, timeoutMs: 3000 })),
          ),
          'ports open again',
        ).toEqual(ports.map(reached));
      });
    }

    test('connections the node opened before setup keep working, even where nothing tracked connections before', async () => {
      // A node without stateful rules: the kernel starts tracking connections only once a rule asks, so a
      // connection open before setup looks new to the rules that setup adds.
      const bare = new Lab(prefix, backend, 'b');
      try {
        bare.open();
        const server = await bare.serve('other', [otherServerPort]);
        const scripts = scriptsOf({ ...configurations[1]!.form }, 'en');
        const held = await Promise.all(
          (['ipv4', 'ipv6'] as const).flatMap((family) =>
            [60005, 29400].map((localPort) => bare.hold('node', hosts.other[family], otherServerPort, localPort)),
          ),
        );
        for (const connection of held) expect(await connection.send('x'), 'before setup').toBe('echoed');
        // The non-peer speaks first after setup: its packet, to a restricted local port, is the first the rules see.
        const replies = held.map((connection) => connection.send('w'));
        expectQuietSuccess(bare.runScript(scripts[setupKey]), 'setup');
        server.release();
        expect(await Promise.all(replies), 'after setup: data from the non-peer to restricted local ports').toEqual(
          held.map(() => 'echoed'),
        );
        for (const connection of held) expect(await connection.send('x'), 'and both ways after that').toBe('echoed');
        expectQuietSuccess(bare.runScript(scripts[teardownKey]), 'teardown');
      } finally {
        bare.close();
      }
    });

    test('a chain or table of the same name that the script did not make is left alone, and the script says so', () => {
      const scripts = scriptsOf({ ...configurations[0]!.form, chain: 'OTHER-TOOL' }, 'en');
      for (const key of [setupKey, teardownKey]) {
        const result = lab.runScript(scripts[key]);
        expect(result.status, key).toBe(1);
        expect(result.stdout, key).toBe('');
        expect(result.stderr, key).toMatch(
          /^firewall (setup|teardown) failed: .*(OTHER-TOOL|other_tool) exists and was not made by this script; nothing was changed\./,
        );
        expect(lab.ruleset(), `${key} changed nothing`).toBe(before);
      }
    });

    if (backend !== 'nftables') {
      test('a teardown that cannot finish changes nothing, and can be run again once the cause is gone', () => {
        const scripts = scriptsOf(configurations[1]!.form, 'en');
        expectQuietSuccess(lab.runScript(scripts.iptablesSetup), 'setup');
        // Something else starts using the chain: iptables cannot delete it while it is referenced.
        lab.must('node', ['iptables', '-A', 'FORWARD', '-j', 'PORT-LIMIT-RULE']);
        const setUp = lab.ruleset();
        const result = lab.runScript(scripts.iptablesTeardown);
        expect(result.status).toBe(1);
        expect(result.stderr.trim().split('\n'), 'one line on standard error').toHaveLength(1);
        expect(lab.ruleset(), 'neither family changed').toBe(setUp);
        lab.must('node', ['iptables', '-D', 'FORWARD', '-j', 'PORT-LIMIT-RULE']);
        expectQuietSuccess(lab.runScript(scripts.iptablesTeardown), 'teardown once the cause is gone');
        expect(lab.ruleset()).toBe(before);
      });
    }

    if (backend === 'iptables-nft') {
      test('a chain iptables cannot read (made with nft) stops the scripts before any change', () => {
        lab.must('node', [
          'nft',
          'add chain ip filter PORT-LIMIT-RULE; add rule ip filter PORT-LIMIT-RULE tcp dport 22 meta mark set 7 accept',
        ]);
        try {
          // iptables-save cannot read the table either: the kernel's own view, from nft.
          const nftRuleset = () => lab.must('node', ['nft', 'list', 'ruleset']);
          const untouched = nftRuleset();
          const scripts = scriptsOf(configurations[0]!.form, 'en');
          for (const key of ['iptablesSetup', 'iptablesTeardown'] as const) {
            const result = lab.runScript(scripts[key]);
            expect(result.status, key).toBe(1);
            expect(result.stderr, key).toMatch(
              /^firewall (setup|teardown) failed: iptables: cannot read the filter table \(.*\); nothing was changed\n$/,
            );
            expect(nftRuleset(), key).toBe(untouched);
          }
        } finally {
          lab.must('node', ['nft', 'flush chain ip filter PORT-LIMIT-RULE; delete chain ip filter PORT-LIMIT-RULE']);
        }
        expect(lab.ruleset()).toBe(before);
      });
    }

    for (const { name, form } of trickyForms) {
      test(`a form that could harm the host is refused, or is safe: ${name}`, () => {
        const full = { ...configurations[1]!.form, ...form };
        const parsed = parseFirewallForm(full, listenPorts, launcherLabels('en'));
        if (!parsed.ok) return;
        const scripts = firewallScripts(parsed.plan, 'en');
        expectQuietSuccess(lab.runScript(scripts[setupKey]), 'setup');
        const blocked = lab.connect(
          'other',
          [hosts.node.ipv4, hosts.node.ipv6].map((host) => ({ host, port: 29500, timeoutMs: dropWait })),
        );
        expectQuietSuccess(lab.runScript(scripts[teardownKey]), 'teardown');
        expect(blocked, 'the non-peer is dropped').toEqual(['timeout', 'timeout']);
        expect(lab.ruleset()).toBe(before);
      });
    }

    if (backend !== 'nftables') {
      test('every name iptables refuses for a chain is refused at the field', () => {
        // Some 600 runs of iptables: on a machine busy with the other tiers, well over a minute.
        test.setTimeout(180_000);
        // The extensions installed with iptables, in every case: the names iptables itself may refuse.
        const extensions = xtablesDirectories().flatMap((dir) =>
          readdirSync(dir).flatMap((file) => /^lib(?:xt|ipt|ip6t)_(.+)\.so$/.exec(file)?.[1] ?? []),
        );
        expect(extensions.length, 'iptables extensions found').toBeGreaterThan(50);
        const candidates = [
          ...new Set(
            [...extensions, 'INPUT', 'ACCEPT', 'DROP', 'RETURN', 'QUEUE'].flatMap((name) => [name, name.toUpperCase(), name.toLowerCase()]),
          ),
        ];
        // One shell for all of them: a name iptables takes is deleted again at once.
        const loop =
          'for name; do for command in iptables ip6tables; do "$command" -N "$name" 2>/dev/null && "$command" -X "$name" || echo "$name"; done; done';
        const refusedByIptables = [
          ...new Set(
            lab
              .must('node', ['bash', '-c', loop, 'refused', ...candidates], undefined, 170_000)
              .split('\n')
              .filter(Boolean),
          ),
        ];
        expect(refusedByIptables.length, 'iptables refuses some of them').toBeGreaterThan(30);
        expect(
          refusedByIptables.filter((name) => parseChainName(name).ok),
          'names iptables refuses that the field accepts',
        ).toEqual([]);
        expect(lab.ruleset()).toBe(before);
      });
    }
  });
}
