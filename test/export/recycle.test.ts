// The set before the current one kept as the spare, and its files written over by the next build
// (export/recycle.ts, export/output-set.ts): the outputs are exactly what a new file gets, and nothing
// but the spare's own plain files is ever written over.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export/registry.js';
import { endOutputFile, openOutputFile } from '../../src/export/recycle.js';
import { writeOutputs } from '../../src/export/write.js';
import type { ExportInput } from '../../src/export/types.js';
import { fixtureWithThemes } from '../fixtures/export/graph.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-recycle-');

/** Writes `text` through openOutputFile as a writer does (at offsets from 0), then ends it. */
function writeThrough(file: string, name: string, spare: string | undefined, text: string) {
  const out = openOutputFile(file, name, spare);
  const bytes = Buffer.from(text);
  fs.writeSync(out.fd, bytes, 0, bytes.length, 0);
  endOutputFile(out, bytes.length);
  fs.closeSync(out.fd);
  return out.recycled;
}

describe('openOutputFile', () => {
  it('writes over a spare file, moved in, and cuts it to what was written', () => {
    const dir = tmp();
    const spare = path.join(dir, 'spare');
    fs.mkdirSync(spare);
    fs.writeFileSync(path.join(spare, 'graph.json'), '{"an older graph, longer than the new one": true}\n');
    const file = path.join(dir, 'graph.json');
    expect(writeThrough(file, 'graph.json', spare, '{"nodes":[]}')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"nodes":[]}');
    expect(fs.existsSync(path.join(spare, 'graph.json'))).toBe(false);
    // a spare file shorter than the output is written past its end
    fs.writeFileSync(path.join(spare, 'edges.csv'), 'a');
    expect(writeThrough(path.join(dir, 'edges.csv'), 'edges.csv', spare, 'source,target\n')).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'edges.csv'), 'utf8')).toBe('source,target\n');
  });

  it('makes a new file without a spare, or without that file in it', () => {
    const dir = tmp();
    expect(writeThrough(path.join(dir, 'a.csv'), 'a.csv', undefined, 'x\n')).toBe(false);
    expect(writeThrough(path.join(dir, 'b.csv'), 'b.csv', path.join(dir, 'no-spare'), 'y\n')).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'b.csv'), 'utf8')).toBe('y\n');
  });

  it('never writes over a file that has another name, or what a link names', () => {
    const dir = tmp();
    const spare = path.join(dir, 'spare');
    fs.mkdirSync(spare);
    // a spare file linked from elsewhere (a hard link the user made)
    const kept = path.join(dir, 'kept.csv');
    fs.writeFileSync(kept, 'the user’s bytes\n');
    fs.linkSync(kept, path.join(spare, 'nodes.csv'));
    expect(writeThrough(path.join(dir, 'nodes.csv'), 'nodes.csv', spare, 'id,label\n')).toBe(false);
    expect(fs.readFileSync(kept, 'utf8')).toBe('the user’s bytes\n');
    expect(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8')).toBe('id,label\n');
    // a symbolic link in the spare
    const target = path.join(dir, 'target.json');
    fs.writeFileSync(target, 'not govgraph’s\n');
    fs.symlinkSync(target, path.join(spare, 'graph.json'));
    expect(writeThrough(path.join(dir, 'graph.json'), 'graph.json', spare, '{}')).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('not govgraph’s\n');
    expect(fs.lstatSync(path.join(dir, 'graph.json')).isFile()).toBe(true);
  });
});

describe('the spare set', () => {
  /** The outputs written piece by piece (the ones that are written over). */
  const STREAMED = EXPORTERS.filter((e) => 'chunks' in e && e.chunks);
  const docs = ['hunyuan-2023', 'hunyuan-2024', 'hunyuan-2025'];
  const corpus = (themes: number): ExportInput => fixtureWithThemes(themes, (i) => docs[i % docs.length]!);
  const files = (dir: string) =>
    Object.fromEntries(STREAMED.map((e) => [e.file, fs.readFileSync(path.join(dir, e.file!), 'latin1')]));
  const inode = (file: string) => fs.statSync(file).ino;
  const store = (dir: string) => path.join(dir, '.govgraph');

  it('is the set before, kept by a build with the cache, and the next build writes over its files', async () => {
    const dir = tmp();
    const reuse = { reuse: { version: 'v1' } };
    await writeOutputs(dir, corpus(300), STREAMED, reuse);
    expect(fs.existsSync(path.join(store(dir), 'spare'))).toBe(false);
    const first = fs.realpathSync(path.join(store(dir), 'current'));
    const firstInode = inode(path.join(first, 'graph.json'));

    await writeOutputs(dir, corpus(200), STREAMED, reuse);
    // the first set is the spare now, as it was
    expect(inode(path.join(store(dir), 'spare', 'graph.json'))).toBe(firstInode);
    expect(fs.readdirSync(path.join(store(dir), 'sets'))).toHaveLength(1);

    // the third build writes its outputs over the first set's files: the bytes of new files
    await writeOutputs(dir, corpus(350), STREAMED, reuse);
    expect(inode(path.join(dir, 'graph.json'))).toBe(firstInode);
    const fresh = tmp();
    await writeOutputs(fresh, corpus(350), STREAMED);
    expect(files(dir)).toEqual(files(fresh));
    // and one smaller than the set it was written over
    await writeOutputs(dir, corpus(20), STREAMED, reuse);
    const small = tmp();
    await writeOutputs(small, corpus(20), STREAMED);
    expect(files(dir)).toEqual(files(small));
  });

  it('is not kept by a build without the cache', async () => {
    const dir = tmp();
    await writeOutputs(dir, corpus(30), STREAMED, { reuse: { version: 'v1' } });
    await writeOutputs(dir, corpus(40), STREAMED, { reuse: { version: 'v1' } });
    expect(fs.existsSync(path.join(store(dir), 'spare'))).toBe(true);
    await writeOutputs(dir, corpus(50), STREAMED);
    expect(fs.existsSync(path.join(store(dir), 'spare'))).toBe(false);
    expect(fs.readdirSync(path.join(store(dir), 'sets'))).toHaveLength(1);
  });
});
