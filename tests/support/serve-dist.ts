// Serves the production build (dist/) on 127.0.0.1 as a static host would, for the tests.
// `astro preview` allows one server per project, so the tests could not run beside `npm start`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4329);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function send(response: import('node:http').ServerResponse, status: number, file: string) {
  response.writeHead(status, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let path: string;
  try {
    path = normalize(join(dist, decodeURIComponent(url.pathname)));
  } catch {
    return send(response, 400, join(dist, '404.html'));
  }
  if (!path.startsWith(dist)) return send(response, 404, join(dist, '404.html'));
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    return existsSync(index) ? send(response, 200, index) : send(response, 404, join(dist, '404.html'));
  }
  if (existsSync(path)) return send(response, 200, path);
  send(response, 404, join(dist, '404.html'));
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}/`));
