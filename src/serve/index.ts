// A small static server for an output folder and the viewer: node:http only, 127.0.0.1 by
// default. It serves an allowlist — the files a build writes (and the folder's manifest lists) and
// the viewer's own files — and nothing else (no dotfiles, temp files or reports that happen to sit
// in the folder), never outside the served folders (no traversal, no symlinks leading out), only to
// a request whose Host is this server (no DNS rebinding), and answers a file it cannot read with
// 500, never a crash.
import { DEFAULTS } from '../defaults.js';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { EXPORTERS } from '../export/registry.js';
import { manifestFiles } from '../export/manifest.js';

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
  '.graphml': 'application/xml; charset=utf-8',
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

/** Every file under `dir`, as paths relative to it with / separators. */
function filesUnder(dir: string, prefix = ''): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory()
      ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`)
      : e.isFile()
        ? [`${prefix}${e.name}`]
        : [],
  );
}

/** The URL path as a relative file path (index.html for a folder), or undefined when malformed. */
function relativeOf(urlPath: string): string | undefined {
  try {
    const decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
    const relative = path.posix.normalize('/' + decoded.replace(/\\/g, '/')).replace(/^\/+/, '');
    return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  } catch {
    return undefined;
  }
}

/**
 * Whether the build that wrote `dir` wrote `relative` there (its manifest lists it), dotfiles
 * aside: the viewer of an older build (its index.html and the assets it names) is served whole
 * after govgraph itself changed, rather than its index.html with this viewer's assets missing.
 */
function builtHere(dir: string, relative: string): boolean {
  return !relative.split('/').some((part) => part.startsWith('.')) && (manifestFiles(dir)?.has(relative) ?? false);
}

/** Loopback names a browser may send as Host for a server bound to `host`. */
function hostsFor(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', host.includes(':') ? `[${host}]` : host]);
  return new Set([...names].map((n) => `${n}:${port}`.toLowerCase()));
}

export function serve(options: ServeOptions): Promise<Server> {
  const roots = [options.dir, ...(options.viewerDir ? [options.viewerDir] : [])];
  const allowed = new Set([
    ...EXPORTERS.map((e) => e.file),
    ...(options.viewerDir ? filesUnder(options.viewerDir) : []),
  ]);
  const host = options.host ?? DEFAULTS.host;
  let hosts = new Set<string>();
  const server = http.createServer((req, res) => {
    const text = (status: number, body: string, headers: http.OutgoingHttpHeaders = {}) =>
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(body);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    // a page on another origin that resolves its own name to 127.0.0.1 sends its own Host
    if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) return text(421, 'misdirected request\n');
    const relative = relativeOf(req.url ?? '/');
    const file =
      relative !== undefined && (allowed.has(relative) || builtHere(options.dir, relative))
        ? resolveInside(roots, relative)
        : undefined;
    if (!file) return text(404, 'not found\n');
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      // unreadable, or gone since it was found
      return text(500, 'cannot read this file\n');
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      // the viewer reads mentions.csv only under a size (viewer/src/mentions.ts): it knows before reading
      'Content-Length': fs.fstatSync(fd).size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      fs.closeSync(fd);
      res.end();
      return;
    }
    const stream = fs.createReadStream('', { fd });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  // idle and slow connections do not stay open forever
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.setTimeout(60_000, (socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    try {
      server.listen(options.port ?? DEFAULTS.port, host, () => {
        const { port } = server.address() as AddressInfo;
        hosts = hostsFor(host, port);
        const shown = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shown}:${port}/`,
          close: () =>
            new Promise<void>((r) => {
              server.closeAllConnections();
              server.close(() => r());
            }),
        });
      });
    } catch (err) {
      reject(err);
    }
  });
}
