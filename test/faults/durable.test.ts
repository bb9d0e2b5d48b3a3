// A set is on the disk before it is switched in (export/durable.ts): every file of it synced, then
// the folders that name them, then the rename of `current`, whose folder is synced before the
// previous set is removed. What a power cut would test is seen here in the order of the system
// calls: each file's data and each folder's entries asked onto the disk before the switch.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/run/pipeline.js';
import { syncFolder } from '../../src/export/durable.js';
import { ExportError } from '../../src/errors.js';
import { tempDirs } from '../fixtures/temp.js';
import { outputs } from '../fixtures/outputs.js';

const tmp = tempDirs('govgraph-durable-');
const years = 'test/fixtures/years';
const files = fs
  .readdirSync(years)
  .filter((f) => f.endsWith('.txt'))
  .sort();
// an open file's path, through /proc (Linux): the syncs name their files by descriptor
const hasProc = fs.existsSync('/proc/self/fd');
const pathOf = (fd: number) => fs.readlinkSync(`/proc/self/fd/${fd}`);

function corpusOf(names: readonly string[]): string {
  const dir = tmp('corpus');
  for (const f of names) fs.copyFileSync(path.join(years, f), path.join(dir, f));
  return dir;
}

/** Every file and every folder under `dir`, the folders first (`dir` among them). */
function tree(dir: string): { files: string[]; folders: string[] } {
  const out = { files: [] as string[], folders: [dir] };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = tree(file);
      out.files.push(...inner.files);
      out.folders.push(...inner.folders);
    } else if (entry.isFile()) out.files.push(file);
  }
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.skipIf(!hasProc)('a set on the disk before the switch', () => {
  it('syncs every file of the new set, then the folders naming them, before current names it; the previous set goes after', async () => {
    const corpus = corpusOf(files.slice(0, 6));
    const out = fs.realpathSync(tmp('out'));
    const cache = tmp('cache');
    const options = { layout: false as const, cache, partBlocks: 2 };
    await build([corpus], out, options);
    const previous = fs.realpathSync(path.join(out, '.govgraph', 'current'));
    fs.copyFileSync(path.join(years, files[6]!), path.join(corpus, files[6]!));

    // what the rebuild asks of the system, in order
    const events: [string, string][] = [];
    const fdatasync = fs.fdatasync;
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: fs.NoParamCallback) => {
      events.push(['data', pathOf(fd)]);
      fdatasync(fd, done);
    }) as typeof fs.fdatasync);
    const fdatasyncSync = fs.fdatasyncSync;
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd: number) => {
      events.push(['data', pathOf(fd)]);
      fdatasyncSync(fd);
    });
    const fsyncSync = fs.fsyncSync;
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      events.push(['folder', pathOf(fd)]);
      fsyncSync(fd);
    });
    const renameSync = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
      events.push(['rename', String(to)]);
      renameSync(from, to);
    });
    const rmSync = fs.rmSync;
    vi.spyOn(fs, 'rmSync').mockImplementation((file: fs.PathLike, opts?: fs.RmOptions) => {
      events.push(['remove', String(file)]);
      rmSync(file, opts);
    });
    const rebuilt = await build([corpus], out, options);
    expect(rebuilt.reuse!.copied).toBeGreaterThan(0);

    const current = path.join(out, '.govgraph', 'current');
    const set = fs.realpathSync(current);
    expect(set).not.toBe(previous);
    const switched = events.findIndex(([kind, file]) => kind === 'rename' && file === current);
    expect(switched).toBeGreaterThan(0);
    const at = (kind: string, file: string) => events.findIndex(([k, f]) => k === kind && f === file);
    const { files: written, folders } = tree(set);
    expect(written.length).toBeGreaterThan(20);
    // each file's data before the switch
    for (const file of written) {
      const synced = at('data', file);
      expect(synced, file).toBeGreaterThanOrEqual(0);
      expect(synced, file).toBeLessThan(switched);
    }
    // each folder of the set, and the one that names the set, after what it holds and before the switch
    for (const folder of [...folders, path.dirname(set)]) {
      const last = events.findLastIndex(([k, f]) => k === 'folder' && f === folder);
      expect(last, folder).toBeGreaterThanOrEqual(0);
      expect(last, folder).toBeLessThan(switched);
      const inside = events.findLastIndex(([k, f]) => k === 'data' && path.dirname(f) === folder);
      expect(last, folder).toBeGreaterThan(inside);
    }
    // the switch itself on the disk before the previous set goes: with the cache it becomes the
    // spare (export/recycle.ts), in the place of the spare before, which is removed
    const store = at('folder', path.join(out, '.govgraph'));
    const spare = path.join(out, '.govgraph', 'spare');
    const removed = at('remove', spare);
    const kept = at('rename', spare);
    expect(store).toBeGreaterThan(switched);
    expect(removed).toBeGreaterThan(store);
    expect(kept).toBeGreaterThan(removed);
    expect(fs.existsSync(previous)).toBe(false);
    expect(fs.existsSync(path.join(spare, 'graph.json'))).toBe(true);
  });

  it('stops at a file the disk will not take, names it, and keeps the previous set', async () => {
    const corpus = corpusOf(files.slice(0, 4));
    const out = tmp('out');
    await build([corpus], out, { layout: false });
    const before = outputs(out);
    const sets = () => fs.readdirSync(path.join(out, '.govgraph', 'sets'));
    const previous = sets();
    fs.copyFileSync(path.join(years, files[4]!), path.join(corpus, files[4]!));

    const fdatasync = fs.fdatasync;
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: fs.NoParamCallback) => {
      if (path.basename(pathOf(fd)) === 'mentions.csv') {
        const error: NodeJS.ErrnoException = new Error('EIO: i/o error, fdatasync');
        error.code = 'EIO';
        return done(error);
      }
      fdatasync(fd, done);
    }) as typeof fs.fdatasync);
    const failed = build([corpus], out, { layout: false });
    await expect(failed).rejects.toThrow(ExportError);
    await expect(failed).rejects.toThrow(/could not write .*mentions\.csv to the disk: EIO/);
    vi.restoreAllMocks();
    // the previous outputs, byte for byte, and nothing of the failed build
    expect(outputs(out)).toEqual(before);
    expect(sets()).toEqual(previous);
  });
});

describe('syncing a folder', () => {
  it('leaves a folder the system cannot sync (Windows) to the system, and reports one the disk fails', () => {
    const dir = tmp('folder');
    const fail = (code: string) =>
      vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
        const error: NodeJS.ErrnoException = new Error(`${code}: fsync`);
        error.code = code;
        throw error;
      });
    fail('EPERM');
    expect(() => syncFolder(dir)).not.toThrow();
    fail('EIO');
    expect(() => syncFolder(dir)).toThrow(new RegExp(`could not write ${dir} to the disk: EIO`));
  });
});
