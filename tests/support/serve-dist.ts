// Serves the production build (dist/) on 127.0.0.1 as a static host such as Cloudflare Pages
// would: the headers that dist/_headers names, text compressed with gzip when the browser accepts
// it, and at a missing address the nearest 404.html (hostAnswer in site-pages.ts, which the static
// tier reads too).
// `astro preview` does neither, and allows one server per project, so the tests could not run
// beside `npm start`.
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { dist, hostAnswer } from './site-pages.ts';

const port = Number(process.argv[2] ?? 4329);
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf-8'));

/** The type a host guesses from a file's extension, when `_headers` names none. */
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

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const answer = hostAnswer(url.pathname);
  if (answer.status === 301) {
    response.writeHead(301, { Location: `${answer.location}${url.search}` }).end();
    return;
  }
  send(request, response, answer.status, url.pathname, answer.status === 400 ? join(dist, '404.html') : answer.file);
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}/`));
