// A small network of Linux network namespaces for the firewall namespace test: a training node, a peer
// and a host that is not a peer, joined by a bridge in a fourth namespace. Nothing leaves the namespaces
// this module makes, and `close()` removes all of them and every process it started. Needs root.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tool that serves and opens TCP connections inside a namespace. */
const tcpTool = join(import.meta.dirname, 'tcp-tool.ts');

/** The firewall front ends a script can run on: iptables with either backend, or nft. */
export type Backend = 'iptables-nft' | 'iptables-legacy' | 'nftables';

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The hosts, their addresses (documentation ranges, RFC 5737 and RFC 3849) and the node's interface. */
export const hosts = {
  node: { ipv4: '192.0.2.1', ipv6: '2001:db8::1' },
  peer: { ipv4: '192.0.2.10', ipv6: '2001:db8::a' },
  other: { ipv4: '192.0.2.99', ipv6: '2001:db8::63' },
} as const;
export type Host = keyof typeof hosts;

/** The node's interface: a name with a dot and a dash, as VLAN and bonded interfaces have. */
export const nodeInterface = 'np-0.100';

function must(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Namespaces left by an earlier run that was killed before it could clean up. */
export function removeStaleNamespaces(prefix: string): void {
  for (const line of must('ip', ['netns', 'list']).split('\n')) {
    const name = line.split(' ')[0];
    if (name?.startsWith(prefix) && !name.startsWith(`${prefix}${process.pid}-`)) spawnSync('ip', ['netns', 'del', name]);
  }
}

export class Lab {
  readonly names: Record<Host | 'lan', string>;
  private readonly children = new Set<ChildProcessWithoutNullStreams>();
  private readonly dir = mkdtempSync(join(tmpdir(), 'firewall-netns-'));
  /** PATH inside the node: `iptables` and its companions point at the backend's binaries. */
  private readonly path: string;

  constructor(
    prefix: string,
    readonly backend: Backend,
    /** Tells two labs of one backend apart. */
    name = '',
  ) {
    const id = `${prefix}${process.pid}-${backend.slice(-3)}${name}`;
    this.names = { node: `${id}-node`, peer: `${id}-peer`, other: `${id}-other`, lan: `${id}-lan` };
    const bin = join(this.dir, 'bin');
    must('mkdir', [bin]);
    const flavour = backend === 'iptables-legacy' ? 'legacy' : 'nft';
    for (const tool of ['iptables', 'ip6tables', 'iptables-restore', 'ip6tables-restore', 'iptables-save', 'ip6tables-save']) {
      const [family, ...rest] = tool.split('-');
      symlinkSync(`/usr/sbin/${[family, flavour, ...rest].join('-')}`, join(bin, tool));
    }
    this.path = `${bin}:/usr/sbin:/usr/bin:/sbin:/bin`;
  }

  /** Makes the namespaces, the bridge and the links, with addresses, and waits until every host answers. */
  open(): void {
    for (const name of Object.values(this.names)) must('ip', ['netns', 'add', name]);
    const lan = this.names.lan;
    must('ip', ['-n', lan, 'link', 'add', 'br0', 'type', 'bridge', 'stp_state', '0', 'forward_delay', '0']);
    must('ip', ['-n', lan, 'link', 'set', 'br0', 'up']);
    for (const host of ['node', 'peer', 'other'] as const) {
      const ns = this.names[host];
      const inside = host === 'node' ? nodeInterface : 'eth0';
      must('ip', ['-n', lan, 'link', 'add', `to-${host}`, 'type', 'veth', 'peer', 'name', inside, 'netns', ns]);
      must('ip', ['-n', lan, 'link', 'set', `to-${host}`, 'master', 'br0', 'up']);
      must('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
      must('ip', ['-n', ns, 'link', 'set', inside, 'up']);
      must('ip', ['-n', ns, 'addr', 'add', `${hosts[host].ipv4}/24`, 'dev', inside]);
      must('ip', ['-n', ns, 'addr', 'add', `${hosts[host].ipv6}/64`, 'dev', inside, 'nodad']);
    }
  }

  /** Runs a command in a host's namespace, with the backend's iptables first on PATH; stops it after `timeoutMs`. */
  run(host: Host, argv: string[], input?: string, timeoutMs = 30_000): Result {
    const result = spawnSync('ip', ['netns', 'exec', this.names[host], 'env', `PATH=${this.path}`, ...argv], {
      input,
      encoding: 'utf8',
      timeout: timeoutMs,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** Runs a bash script in the node, from a file, as a reader who saved it would. */
  runScript(script: string): Result {
    const file = join(this.dir, 'script.sh');
    writeFileSync(file, script);
    return this.run('node', ['bash', file]);
  }

  /** Like `run`, but stops the test on a non-zero exit. */
  must(host: Host, argv: string[], input?: string, timeoutMs?: number): string {
    const result = this.run(host, argv, input, timeoutMs);
    if (result.status !== 0) throw new Error(`${argv.join(' ')} in ${host} failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  }

  /**
   * Starts a TCP server in a host on every port given; resolves once all of them listen, with a function
   * that has the server send what it holds back (see tcp-tool.ts: a "w" is echoed only then).
   */
  async serve(host: Host, ports: number[]): Promise<{ release: () => void }> {
    const child = this.start(host, [process.execPath, tcpTool, 'serve', ...ports.map(String)]);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`tcp-tool serve in ${host} exited (${code})`)));
    });
    return { release: () => child.kill('SIGUSR1') };
  }

  /** Tries the connections from a host at once; one outcome per try, in order. */
  connect(host: Host, tries: Array<{ host: string; port: number; localPort?: number; timeoutMs: number }>): string[] {
    return JSON.parse(this.must(host, [process.execPath, tcpTool, 'connect', JSON.stringify(tries)])) as string[];
  }

  /**
   * Opens a connection from a host to `address`:`port` from `localPort` and keeps it open. `send('x')` sends a
   * byte the server echoes at once; `send('w')` one it echoes when released; either resolves to "echoed" or
   * "timeout" (5 s).
   */
  async hold(host: Host, address: string, port: number, localPort: number): Promise<{ send: (byte: 'x' | 'w') => Promise<string> }> {
    const child = this.start(host, [process.execPath, tcpTool, 'hold', address, String(port), String(localPort)]);
    const lines: string[] = [];
    let waiting: (() => void) | undefined;
    child.stdout.on('data', (data: Buffer) => {
      lines.push(...data.toString().split('\n').filter(Boolean));
      waiting?.();
    });
    const next = () =>
      new Promise<string>((resolve) => {
        const take = () => {
          if (lines.length > 0) resolve(lines.shift()!);
          else waiting = take;
        };
        take();
      });
    const opened = await next();
    if (opened !== 'open') throw new Error(`tcp-tool hold in ${host}: ${opened}`);
    return {
      send: async (byte) => {
        child.stdin.write(`${byte}\n`);
        return next();
      },
    };
  }

  /** Starts probing `address`:`port` from a host; the returned function stops it and gives the counts. */
  probe(host: Host, address: string, port: number): () => Promise<{ attempts: number; connected: number }> {
    const child = this.start(host, [process.execPath, tcpTool, 'probe', address, String(port)]);
    let output = '';
    child.stdout.on('data', (data: Buffer) => (output += data.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return async () => {
      child.stdin.write('stop\n');
      await exited;
      return JSON.parse(output) as { attempts: number; connected: number };
    };
  }

  /** The node's whole ruleset as the backend's tools print it, counters zeroed: to compare before and after. */
  ruleset(): string {
    const zeroCounters = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .map((line) => line.replace(/\[\d+:\d+\]/g, '[0:0]').replace(/counter packets \d+ bytes \d+/g, 'counter packets 0 bytes 0'))
        .join('\n');
    return [
      zeroCounters(this.must('node', ['iptables-save'])),
      zeroCounters(this.must('node', ['ip6tables-save'])),
      zeroCounters(this.must('node', ['nft', 'list', 'ruleset'])),
    ].join('\n----\n');
  }

  private start(host: Host, argv: string[]): ChildProcessWithoutNullStreams {
    const child = spawn('ip', ['netns', 'exec', this.names[host], ...argv], { stdio: 'pipe' });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** Stops every process started here and removes every namespace; safe to call twice. */
  close(): void {
    for (const child of this.children) child.kill('SIGKILL');
    this.children.clear();
    for (const name of Object.values(this.names)) spawnSync('ip', ['netns', 'del', name]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
