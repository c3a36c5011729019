// Serves the production build (dist/) on 127.0.0.1 as a static host such as Cloudflare Pages
// would: the headers that dist/_headers names, text compressed with gzip when the browser accepts
// it, and at a missing address the nearest 404.html.
// `astro preview` does neither, and allows one server per project, so the tests could not run
// beside `npm start`.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { parseHeadersFile, headersFor } from './headers-file.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4329);
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf-8'));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Text is sent compressed, as hosts do; Pagefind's index files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.atom', '.txt', '.csv', '.md']);

function send(request: IncomingMessage, response: ServerResponse, status: number, pathname: string, file: string) {
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  response.writeHead(status, {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
    ...headersFor(rules, pathname),
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}

/** The 404.html in the folder of the address, or the nearest one above it. */
function notFoundPage(path: string): string {
  for (let folder = path.endsWith('/') ? path : dirname(path); folder.startsWith(dist); folder = dirname(folder)) {
    const page = join(folder, '404.html');
    if (existsSync(page)) return page;
  }
  return join(dist, '404.html');
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let path: string;
  try {
    path = normalize(join(dist, decodeURIComponent(url.pathname)));
  } catch {
    return send(request, response, 400, url.pathname, join(dist, '404.html'));
  }
  const missing = () => send(request, response, 404, url.pathname, notFoundPage(path));
  if (!path.startsWith(dist) || path === join(dist, '_headers')) return missing();
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    return existsSync(index) ? send(request, response, 200, url.pathname, index) : missing();
  }
  if (existsSync(path)) return send(request, response, 200, url.pathname, path);
  missing();
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}/`));
