import { spawn } from 'node:child_process';

/**
 * Serves dist/ on 127.0.0.1:`port` as the tests do (serve-dist.ts), for the scripts that run
 * outside Playwright (npm run bench, npm run screenshots).
 * @returns a function that stops the server
 * @throws Error when the server stops before it is listening
 */
export async function startDistServer(port: number): Promise<() => void> {
  const script = new URL('./serve-dist.ts', import.meta.url).pathname;
  const server = spawn(process.execPath, [script, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code})`)));
  });
  return () => server.kill();
}
