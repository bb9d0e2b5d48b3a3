// The static server serves its folders and nothing else: no traversal, no symlink out, 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Server } from '../../src/serve/index.js';
import { startAsNobody, unreadableFiles } from '../fixtures/as-nobody.js';

let root: string;
let server: Server;

/** A raw GET, so the path reaches the server exactly as written (fetch would normalize `..`). */
function get(
  p: string,
  headers: http.OutgoingHttpHeaders = {},
  url = server.url,
): Promise<{ status: number; type: string; length: string | undefined; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: p, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            length: res.headers['content-length'],
            body,
          }),
        );
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-serve-'));
  const out = path.join(root, 'out');
  const viewer = path.join(root, 'viewer');
  fs.mkdirSync(out);
  fs.mkdirSync(viewer);
  fs.writeFileSync(path.join(out, 'graph.json'), '{"nodes":[],"edges":[]}');
  fs.writeFileSync(path.join(out, 'summary.md'), '# 摘要');
  fs.writeFileSync(path.join(viewer, 'index.html'), '<!doctype html><title>v</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(out, 'link.txt'));
  // what else may sit in an output folder: a dotfile, a temp file of a killed build, a report
  fs.writeFileSync(path.join(out, '.env'), 'TOKEN=secret');
  fs.writeFileSync(path.join(out, '.graph.json.tmp-123'), 'secret half-written');
  fs.writeFileSync(path.join(out, '浑源县.txt'), 'secret report');
  fs.mkdirSync(path.join(out, 'nodes.csv'));
  // an older build's viewer: its index.html names assets this govgraph's viewer does not have
  fs.mkdirSync(path.join(out, 'assets'));
  fs.writeFileSync(path.join(out, 'assets', 'index-old.js'), 'console.log(1)');
  fs.writeFileSync(path.join(out, 'assets', 'unlisted.js'), 'secret');
  fs.writeFileSync(
    path.join(out, '.govgraph-manifest.json'),
    JSON.stringify({
      generator: 'govgraph',
      files: ['.govgraph-manifest.json', 'graph.json', 'assets/index-old.js', '.env', '../secret.txt', 'link.txt'],
    }),
  );
  server = await serve({ dir: out, viewerDir: viewer, port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('serve', () => {
  it('binds 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the output folder and the viewer with UTF-8 content types', async () => {
    expect(await get('/graph.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect(await get('/summary.md')).toMatchObject({ status: 200, body: '# 摘要' });
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  });

  it('rejects traversal, encoded or not, and absolute paths', async () => {
    for (const p of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '//etc/passwd',
      '/%2Fetc%2Fpasswd',
      '/a%00b',
    ]) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('does not follow a symlink out of the served folder', async () => {
    expect((await get('/link.txt')).status).toBe(404);
  });

  it('serves only what a build writes and the viewer: no dotfile, temp file or other file', async () => {
    for (const p of ['/.env', '/.graph.json.tmp-123', '/%E6%B5%91%E6%BA%90%E5%8E%BF.txt', '/link.txt']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('says each file’s length, so that the viewer can decline mentions.csv before reading it', async () => {
    expect(await get('/summary.md')).toMatchObject({ status: 200, length: String(Buffer.byteLength('# 摘要')) });
  });

  it('serves the files the folder’s manifest lists (an older build’s viewer assets), never a dotfile or a path out', async () => {
    expect(await get('/assets/index-old.js')).toMatchObject({ status: 200, body: 'console.log(1)' });
    for (const p of ['/assets/unlisted.js', '/.env', '/.govgraph-manifest.json', '/../secret.txt', '/link.txt']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('does not serve a folder named like an output', async () => {
    expect((await get('/nodes.csv')).status).toBe(404);
  });

  // as root (who reads any file) a second server, started in a child as uid 65534, serves the same folders
  const unreadable = unreadableFiles();
  it.skipIf(unreadable.skip)(
    unreadable.title('answers 500 for an output it cannot read, and keeps serving'),
    async () => {
      const locked = path.join(root, 'out', 'graph-1.2.gexf');
      fs.writeFileSync(locked, '<gexf/>');
      fs.chmodSync(locked, 0o000);
      if (unreadable.asNobody) fs.chmodSync(root, 0o755);
      const child = unreadable.asNobody
        ? await startAsNobody<{ url: string }>('src/serve/index.ts', 'serve', [
            { dir: path.join(root, 'out'), viewerDir: path.join(root, 'viewer'), port: 0 },
          ])
        : undefined;
      try {
        const url = child?.value.url ?? server.url;
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        expect((await get('/graph-1.2.gexf', {}, url)).status).toBe(500);
        expect((await get('/graph.json', {}, url)).status).toBe(200);
      } finally {
        await child?.stop();
      }
    },
  );

  it('answers 421 to a request for another host name (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    expect((await get('/graph.json', { Host: `evil.example:${port}` })).status).toBe(421);
    expect((await get('/graph.json', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await get('/graph.json', { Host: `127.0.0.1:${port}` })).status).toBe(200);
  });
});
