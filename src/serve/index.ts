// A small static server for an output folder and the viewer: node:http only, 127.0.0.1 by
// default, and nothing outside the served folders (no traversal, no symlinks leading out).
import { DEFAULTS } from '../defaults.js';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface ServeOptions {
  /** The output folder of a build (graph.json …). */
  dir: string;
  /** The built viewer (index.html, assets/); files missing from `dir` are looked up here. */
  viewerDir?: string;
  port?: number;
  host?: string;
}

export interface Server {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The real path of `urlPath` inside one of `roots`, or undefined: decoded, normalized, and
 * checked after following symlinks, so neither `..%2f` nor a link can lead outside.
 */
export function resolveInside(roots: readonly string[], urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = path.posix.normalize('/' + decoded.replace(/\\/g, '/')).replace(/^\/+/, '');
  if (relative.split('/').includes('..')) return undefined;
  for (const root of roots) {
    let realRoot: string;
    try {
      realRoot = fs.realpathSync(root);
    } catch {
      continue;
    }
    let candidate = path.join(realRoot, relative || 'index.html');
    try {
      if (fs.statSync(candidate).isDirectory()) candidate = path.join(candidate, 'index.html');
      const real = fs.realpathSync(candidate);
      if ((real === realRoot || real.startsWith(realRoot + path.sep)) && fs.statSync(real).isFile()) return real;
    } catch {
      // not in this root: try the next
    }
  }
  return undefined;
}

export function serve(options: ServeOptions): Promise<Server> {
  const roots = [options.dir, ...(options.viewerDir ? [options.viewerDir] : [])];
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveInside(roots, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  const host = options.host ?? DEFAULTS.host;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULTS.port, host, () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}/`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
