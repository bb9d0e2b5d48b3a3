// `govgraph serve` through the real command line: a port it cannot use and an address other than
// loopback are one line each, never a stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../fixtures/viewer/browser.js';
import { tempDirs } from '../fixtures/temp.js';

const tempDir = tempDirs('govgraph-serve-cli-');

let dir: string;
const serveCli = (...args: string[]) =>
  spawnSync(process.execPath, ['dist/cli.js', 'serve', dir, ...args], { encoding: 'utf8', timeout: 20_000 });

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  fs.writeFileSync(path.join(dir, 'graph.json'), '{"nodes":[],"edges":[]}');
});

describe('govgraph serve', () => {
  it('says in one line that a port is not a port, and exits 2', () => {
    const r = serveCli('-p', '99999');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('govgraph: cannot serve: port 99999 is not a port (0-65535)');
  });

  it('says in one line that a port is in use, and exits 2', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    const r = serveCli('-p', String(port));
    taken.close();
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`govgraph: cannot serve: port ${port} is in use (try -p ${port + 1})`);
  });

  it('warns before serving on an address other than loopback', () => {
    const r = serveCli('--host', '0.0.0.0', '-p', '99999');
    expect(r.stderr).toMatch(/^govgraph: warning: --host 0\.0\.0\.0 serves the graph/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
