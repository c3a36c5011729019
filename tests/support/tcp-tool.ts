// A small TCP client and server for the firewall namespace test (tests/kernel/firewall-netns.spec.ts),
// run inside a network namespace with `ip netns exec NS node tests/support/tcp-tool.ts …`. Plain Node,
// no imports of the project's, so it runs on its own (Node 24 strips the types).
//
//   serve PORT…        listen on every port, IPv4 and IPv6 ([::], dual stack); print "ready"; run until
//                      killed. Echoes each byte at once, but a "w" only when the process gets SIGUSR1 (so
//                      the server speaks first on a connection the firewall has not yet seen)
//   hold HOST PORT LOCALPORT
//                      connect from LOCALPORT and print "open"; for each line on standard input ("x" or
//                      "w") send it as a byte and print "echoed" when the echo comes (within 5 s), else
//                      "timeout"; 60 s at most
//   connect JSON       try each {host, port, localPort?, timeoutMs} at once; print one outcome per try, as JSON:
//                      "connected", "timeout" (no answer: dropped) or an error code ("ECONNREFUSED", …)
//   probe HOST PORT    open a new connection every 5 ms (each given 100 ms) until a line arrives on standard
//                      input or 60 s pass; print {"attempts": n, "connected": n}
//
// Every connection that opens is reset at once (no FIN, so no TIME_WAIT to block the same ports next time).
import net from 'node:net';

type Outcome = 'connected' | 'timeout' | string;

function tryConnect(host: string, port: number, timeoutMs: number, localPort?: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, ...(localPort ? { localPort } : {}) });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('timeout');
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.resetAndDestroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code ?? error.message);
    });
  });
}

const [command, ...args] = process.argv.slice(2);

if (command === 'serve') {
  const ports = args.map(Number);
  let listening = 0;
  const waiting = new Set<net.Socket>();
  process.on('SIGUSR1', () => {
    for (const socket of waiting) socket.write('w');
    waiting.clear();
  });
  for (const port of ports) {
    const server = net.createServer((socket) => {
      socket.on('error', () => {});
      socket.on('data', (data) => (data.toString() === 'w' ? waiting.add(socket) : socket.write(data)));
    });
    server.listen({ host: '::', port, ipv6Only: false }, () => {
      listening += 1;
      if (listening === ports.length) console.log('ready');
    });
  }
} else if (command === 'connect') {
  const tries = JSON.parse(args[0]!) as Array<{ host: string; port: number; localPort?: number; timeoutMs: number }>;
  const outcomes = await Promise.all(tries.map(({ host, port, localPort, timeoutMs }) => tryConnect(host, port, timeoutMs, localPort)));
  console.log(JSON.stringify(outcomes));
} else if (command === 'hold') {
  const [host, portText, localPortText] = args;
  const socket = net.connect({ host: host!, port: Number(portText), localPort: Number(localPortText) });
  socket.once('connect', () => console.log('open'));
  socket.on('error', (error) => {
    console.log(`error ${error.message}`);
    process.exit(1);
  });
  process.stdin.on('data', (line) => {
    const timer = setTimeout(() => console.log('timeout'), 5000);
    socket.once('data', () => {
      clearTimeout(timer);
      console.log('echoed');
    });
    socket.write(line.toString().trim() === 'w' ? 'w' : 'x');
  });
  setTimeout(() => process.exit(0), 60_000).unref();
  process.stdin.once('end', () => process.exit(0));
} else if (command === 'probe') {
  const [host, portText] = args;
  let attempts = 0;
  let connected = 0;
  let stopped = false;
  const pending = new Set<Promise<void>>();
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(pending);
    console.log(JSON.stringify({ attempts, connected }));
    process.exit(0);
  };
  process.stdin.once('data', stop);
  setTimeout(stop, 60_000);
  while (!stopped) {
    attempts += 1;
    const attempt = tryConnect(host!, Number(portText), 100).then((outcome) => {
      if (outcome === 'connected') connected += 1;
      pending.delete(attempt);
    });
    pending.add(attempt);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
} else {
  console.error('usage: tcp-tool.ts serve PORT… | connect JSON | hold HOST PORT LOCALPORT | probe HOST PORT');
  process.exit(2);
}
