// installedVersion: what the extraction cache's key and a build's record (run/unchanged.ts) name a
// library by, so that another version of it makes them stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedVersion } from '../src/version.js';
import { ROOT } from './fixtures/faults/cli.js';

const declared = (name: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('installedVersion', () => {
  it("reads a library's version, also where its exports do not list its package.json", () => {
    // graphology and opencc-js cannot be asked for `name/package.json`: before, both read as '?'
    for (const name of ['graphology', 'opencc-js', 'nodejieba', '@duckdb/node-api'])
      expect(installedVersion(name)).toBe(declared(name));
    expect(installedVersion('graphology')).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("is '?' for a library that is not installed", () => {
    expect(installedVersion('govgraph-no-such-library')).toBe('?');
  });
});
