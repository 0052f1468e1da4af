// A small static server for the built app (dist/) that the offline specs control: which
// headers each path gets, and what the service worker script says (to ship an "update").
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const dist = fileURLToPath(new URL('../../dist', import.meta.url));
export const built = existsSync(join(dist, 'index.html'));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  headersFor?: (path: string) => Record<string, string>;
  /** Rewrites a file's body before it is sent. */
  rewrite?: (path: string, body: Buffer) => Buffer;
}

export async function serveDist(options: ServeOptions = {}): Promise<{ origin: string; close: () => void; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...options.headersFor?.(path),
    });
    res.end(options.rewrite ? options.rewrite(path, body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, server, close: () => server.close() };
}
