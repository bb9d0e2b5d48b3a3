// The cache folder's key index (run/cache.ts's reportKeys): a report unchanged since an earlier
// build keeps the key hashed then, without being read again; a report changed since, changed
// within the filesystem's clock of its hashing, or an index damaged on disk, is hashed again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { KEY_INDEX } from '../../src/run/cache.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-keys-'));
  dirs.push(d);
  return d;
};

/**
 * reportKeys of a freshly loaded module (nothing remembered in this process), and with `update`
 * the index written again as a build that read a report writes it (saveReportKeys).
 */
async function freshKeys(files: string[], index?: { dir: string; update?: boolean }) {
  vi.resetModules();
  const { reportKeys, saveReportKeys } = await import('../../src/run/cache.js');
  const ids = files.map(() => undefined);
  const keys = reportKeys(files, ids, index);
  if (index?.update) saveReportKeys(index.dir, files, ids);
  return keys;
}

interface IndexFile {
  digest: string;
  keys: Record<string, [string, number]>;
}

/** Rewrites the index with `change` applied to each entry, its digest made to match. */
function rewrite(dir: string, change: (entry: [string, number], id: string) => [string, number]): void {
  const file = path.join(dir, KEY_INDEX);
  const index = JSON.parse(fs.readFileSync(file, 'utf8')) as IndexFile;
  for (const [id, entry] of Object.entries(index.keys)) index.keys[id] = change(entry, id);
  index.digest = crypto.createHash('sha256').update(JSON.stringify(index.keys)).digest('hex');
  fs.writeFileSync(file, JSON.stringify(index));
}

const PLANTED = 'f'.repeat(64);

function corpus(): string[] {
  const dir = tmp();
  const files = ['a.txt', 'b.txt'].map((f) => path.join(dir, f));
  fs.writeFileSync(files[0]!, '推进“四好农村路”建设。\n');
  fs.writeFileSync(files[1]!, '深化“千万工程”。\n');
  return files;
}

describe('the key index of the extraction cache', () => {
  it('gives a report unchanged since its hashing the key of then, and hashes a changed one', async () => {
    const files = corpus();
    const cache = tmp();
    const keys = await freshKeys(files, { dir: cache, update: true });
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k!))).toBe(true);
    expect(fs.existsSync(path.join(cache, KEY_INDEX))).toBe(true);
    // as if hashed long after the files' last change, and with a key no hashing gives: taken
    // from the index, the files were not read
    rewrite(cache, ([, at]) => [PLANTED, at + 60_000]);
    expect(await freshKeys(files, { dir: cache })).toEqual([PLANTED, PLANTED]);
    // a.txt changed: its own key again; b.txt still from the index
    fs.appendFileSync(files[0]!, '新增一句。\n');
    const after = await freshKeys(files, { dir: cache, update: true });
    expect(after[0]).not.toBe(PLANTED);
    expect(after[0]).not.toBe(keys[0]);
    expect(after[1]).toBe(PLANTED);
  });

  it('hashes again a report whose last change was within a few seconds of its hashing', async () => {
    const files = corpus();
    const cache = tmp();
    const keys = await freshKeys(files, { dir: cache, update: true });
    // the same entries, hashed just after the files were written: not trusted
    rewrite(cache, ([, at]) => [PLANTED, at]);
    expect(await freshKeys(files, { dir: cache })).toEqual(keys);
  });

  it('is not used when damaged, and not written by a check', async () => {
    const files = corpus();
    const cache = tmp();
    const keys = await freshKeys(files, { dir: cache, update: true });
    rewrite(cache, ([, at]) => [PLANTED, at + 60_000]);
    const file = path.join(cache, KEY_INDEX);
    // one entry changed on disk, its digest not: the whole index is ignored
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(PLANTED, 'e'.repeat(64)));
    expect(await freshKeys(files, { dir: cache })).toEqual(keys);
    fs.writeFileSync(file, '{"format":');
    expect(await freshKeys(files, { dir: cache })).toEqual(keys);
    // without update, nothing is written
    const other = tmp();
    expect(await freshKeys(files, { dir: other })).toEqual(keys);
    expect(fs.readdirSync(other)).toEqual([]);
  });
});
