/**
 * A small static server on 127.0.0.1 for the main job, the end-to-end tests and the benchmark:
 * `/news/<seed>.html` (seed articles as news pages; `?theme=dark` for a dark site), `/fixtures/<file>` (test/fixtures), `/` (index).
 * Only loopback: nothing here talks to the network.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { readSeedArticles, renderSeedPage } from './seed-pages';

const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
};

/** A running server. */
export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

/** Extra routes a caller may add (the benchmark serves generated pages). */
export type ExtraRoute = (pathname: string) => { type: string; body: string | Buffer; headers?: Record<string, string> } | undefined;

/**
 * Starts the server on 127.0.0.1 (port 0 = any free port). `host` may name another loopback address
 * (`127.0.0.2`): a site the manifest does not pre-grant, for the site-access tests.
 */
export async function startServer(port = 0, extra?: ExtraRoute, host = '127.0.0.1'): Promise<TestServer> {
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`the test server serves loopback only, not ${host}`);
  const seeds = readSeedArticles();
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const p = decodeURIComponent(url.pathname);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const custom = extra?.(p);
    if (custom) return send(200, custom.type, custom.body, custom.headers);
    if (p === '/' || p === '/index.html') {
      const items = seeds.map((s) => `<li><a href="/news/${s.stem}.html">${s.meta.title}</a></li>`).join('');
      return send(
        200,
        TYPES['.html']!,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lodestone samples</title></head><body><h1>Sample news pages</h1><ul>${items}</ul></body></html>`,
      );
    }
    const news = /^\/news\/([\w-]+)\.html$/.exec(p);
    if (news) {
      const seed = seeds.find((s) => s.stem === news[1]);
      if (seed) return send(200, TYPES['.html']!, renderSeedPage(seed, origin, seeds, { theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light' }));
    }
    if (p.startsWith('/fixtures/')) {
      const file = path.resolve(FIXTURES_DIR, p.slice('/fixtures/'.length));
      if (file.startsWith(FIXTURES_DIR + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        // A fixture may carry its own response headers (e.g. a strict CSP) in `<file>.headers.json`.
        const headersFile = `${file}.headers.json`;
        const headers = fs.existsSync(headersFile) ? (JSON.parse(fs.readFileSync(headersFile, 'utf8')) as Record<string, string>) : {};
        return send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), headers);
      }
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The stems of the seed articles, for callers that iterate the sample pages. */
export function seedStems(): string[] {
  return readSeedArticles().map((s) => s.stem);
}
