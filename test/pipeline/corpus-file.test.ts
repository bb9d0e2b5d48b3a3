// The cache's corpus file: many reports' extractions in one file, read whole, each report taken
// from it as its entry would give it; a build gathers its reports there once enough of them came
// from single entries or extraction, and a damaged file is ignored with a warning.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/run/pipeline.js';
import { processFile } from '../../src/run/workers.js';
import { keptOf, packedOfKept, type PackedDoc } from '../../src/run/kept.js';
import { CORPUS_FILE, CorpusFile, writeCorpusFile } from '../../src/run/corpus-file.js';
import { ShapeTable } from '../../src/resolve/store.js';
import { KEY_INDEX } from '../../src/run/cache.js';
import { SHAPES_FILE } from '../../src/run/shape-file.js';
import { tempDirs } from '../fixtures/temp.js';
import { outputs } from '../fixtures/outputs.js';

const tmp = tempDirs('govgraph-corpus-file-');
const corpus = tmp('corpus');
for (const f of fs.readdirSync('test/fixtures/years').filter((f) => f.endsWith('.txt')))
  fs.copyFileSync(path.join('test/fixtures/years', f), path.join(corpus, f));
const files = fs.readdirSync(corpus).sort();

const entriesOf = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.v8'));

/** A report's extraction as a worker gives it. */
function packed(file: string): PackedDoc {
  const r = processFile(path.join(corpus, file));
  if ('reason' in r) throw new Error(r.reason);
  return r;
}

/** What a PackedDoc holds, as plain values (its columns as arrays). */
const plain = (p: PackedDoc) => ({
  info: p.info,
  region: p.region,
  shapes: [...p.shapes],
  mentions: Object.fromEntries(Object.entries(p.mentions).map(([k, v]) => [k, [...(v as Int32Array)]])),
  sentences: { text: p.sentences.text, index: [...p.sentences.index], bounds: [...p.sentences.bounds] },
});

/** The first `n` reports, written as the corpus file of a new folder under keys key-0, key-1 … */
function written(name: string, n: number): { dir: string; docs: PackedDoc[] } {
  const dir = tmp(name);
  const docs = files.slice(0, n).map(packed);
  writeCorpusFile(
    dir,
    docs.map((doc, k) => ({ key: `key-${k}`, doc })),
  );
  return { dir, docs };
}

describe('the corpus file', () => {
  it('gives back each report as it was written, its shapes with their ids in a table', () => {
    const { dir, docs } = written('unit', 4);
    // pieces of text shorter than one report: each report's text a slice of its own piece, or of a longer one
    for (const piece of [1, 20_000, 1 << 26]) {
      const { file, damaged } = CorpusFile.read(dir, piece);
      expect(damaged).toBeUndefined();
      expect(file!.size).toBe(4);
      docs.forEach((doc, k) => expect(plain(file!.take(`key-${k}`)!)).toEqual(plain(doc)));
    }
    expect(CorpusFile.read(dir).file!.take('no such key')).toBeUndefined();
    // with a table, each of a report's shapes has its id there, and keptOf keeps the report as from its entry
    const table = new ShapeTable();
    const other = new ShapeTable();
    const { file } = CorpusFile.read(dir);
    docs.forEach((doc, k) => {
      const taken = file!.take(`key-${k}`, table)!;
      expect([...taken.shapeIds!.ids]).toEqual(taken.shapes.map((key) => table.idOfKey(key)));
      const kept = keptOf(taken, table);
      const fromEntry = keptOf(doc, other);
      expect([...kept.mentions.shape].map((id) => table.keyOf(id))).toEqual(
        [...fromEntry.mentions.shape].map((id) => other.keyOf(id)),
      );
      // and packed again, it is the report as written
      expect(plain(packedOfKept(kept, (id) => table.keyOf(id)))).toEqual(plain(doc));
    });
  });

  it('is not trusted when it is cut short, a byte changed, or its numbers do not hold together', () => {
    const { dir, docs } = written('damaged', 2);
    const file = path.join(dir, CORPUS_FILE);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - 10));
    expect(CorpusFile.read(dir).damaged).toBe('its contents do not match their digest');
    const flipped = Buffer.from(whole);
    flipped.writeUInt8(flipped.readUInt8(flipped.length >> 1) ^ 0x20, flipped.length >> 1);
    fs.writeFileSync(file, flipped);
    expect(CorpusFile.read(dir).damaged).toBe('its contents do not match their digest');
    fs.writeFileSync(file, 'hello');
    expect(CorpusFile.read(dir).damaged).toBe('not a corpus file');
    // a mention naming a shape its report does not have, written whole with its digest
    const bad = { ...docs[0]!, mentions: { ...docs[0]!.mentions, shape: docs[0]!.mentions.shape.slice() } };
    bad.mentions.shape[0] = bad.shapes.length;
    writeCorpusFile(dir, [{ key: 'bad', doc: bad }]);
    expect(CorpusFile.read(dir).damaged).toBe('its numbers do not hold together');
    // and a head that is not one, under a digest that matches
    const good = fs.readFileSync(file);
    const head = v8.serialize({ keys: 'not a list' });
    const body = Buffer.concat([head, Buffer.alloc(((head.length + 3) & ~3) - head.length)]);
    const header = Buffer.from(good.subarray(0, 56));
    header.writeUInt32LE(head.length, 20);
    crypto.createHash('sha256').update(body).digest().copy(header, 24);
    fs.writeFileSync(file, Buffer.concat([header, body]));
    expect(CorpusFile.read(dir).damaged).toBe('its numbers do not hold together');
    fs.rmSync(file);
    expect(CorpusFile.read(dir)).toEqual({});
  });

  it('gathers a build’s reports once enough came from elsewhere, and gives a rebuild the same bytes', async () => {
    const cache = tmp('cache');
    const [uncached, cold, warm] = [tmp('uncached'), tmp('cold'), tmp('warm')];
    await build([corpus], uncached, { layout: false });
    const first = await build([corpus], cold, { layout: false, cache, cacheConsolidateAt: 5 });
    expect(first.cache).toMatchObject({ reused: 0, total: files.length, warnings: [] });
    // every report in the file, no entry of its own left
    expect(fs.readdirSync(cache).sort()).toEqual([CORPUS_FILE, KEY_INDEX, SHAPES_FILE].sort());
    expect(CorpusFile.read(cache).file!.size).toBe(files.length);
    const again = await build([corpus], warm, { layout: false, cache, cacheConsolidateAt: 5 });
    expect(again.cache).toMatchObject({ reused: files.length, total: files.length, warnings: [] });
    expect(outputs(warm)).toEqual(outputs(uncached));
    expect(outputs(cold)).toEqual(outputs(uncached));
  });

  it('keeps a report changed since beside the file until enough have, then gathers them again', async () => {
    const own = tmp('grow');
    const folder = tmp('grow-corpus');
    for (const f of files) fs.copyFileSync(path.join(corpus, f), path.join(folder, f));
    await build([folder], tmp('grow-0'), { layout: false, cache: own, cacheConsolidateAt: 3 });
    // one report changed: extracted, its entry stored beside the file (1 < 3)
    fs.appendFileSync(path.join(folder, files[0]!), '推进“四好农村路”建设。\n');
    const [changed, changedPlain] = [tmp('grow-1'), tmp('grow-1-plain')];
    const one = await build([folder], changed, { layout: false, cache: own, cacheConsolidateAt: 3 });
    expect(one.cache).toMatchObject({ reused: files.length - 1, total: files.length, warnings: [] });
    expect(entriesOf(own)).toHaveLength(1);
    await build([folder], changedPlain, { layout: false });
    expect(outputs(changed)).toEqual(outputs(changedPlain));
    // taken from its entry and the others from the file
    const warm = await build([folder], tmp('grow-2'), { layout: false, cache: own, cacheConsolidateAt: 3 });
    expect(warm.cache).toMatchObject({ reused: files.length, warnings: [] });
    expect(entriesOf(own)).toHaveLength(1);
    // three reports new: four beside the file, so all are gathered into it again
    for (const f of files.slice(1, 4)) fs.appendFileSync(path.join(folder, f), '推进“河长制”。\n');
    const [grown, grownPlain] = [tmp('grow-3'), tmp('grow-3-plain')];
    const r = await build([folder], grown, { layout: false, cache: own, cacheConsolidateAt: 3 });
    expect(r.cache).toMatchObject({ reused: files.length - 3, warnings: [] });
    expect(entriesOf(own)).toEqual([]);
    expect(CorpusFile.read(own).file!.size).toBe(files.length);
    await build([folder], grownPlain, { layout: false });
    expect(outputs(grown)).toEqual(outputs(grownPlain));
    // most of its reports gone: the file is written again with the rest
    for (const f of files.slice(3)) fs.rmSync(path.join(folder, f));
    const fewer = await build([folder], tmp('grow-4'), { layout: false, cache: own, cacheConsolidateAt: 3 });
    expect(fewer.cache).toMatchObject({ reused: 3, total: 3, warnings: [] });
    expect(CorpusFile.read(own).file!.size).toBe(3);
  });

  it('ignores a damaged file with a warning, extracts its reports again, and writes it again', async () => {
    const own = tmp('repair');
    const [out, uncached] = [tmp('repair-out'), tmp('repair-uncached')];
    await build([corpus], tmp('repair-0'), { layout: false, cache: own, cacheConsolidateAt: 5 });
    const file = path.join(own, CORPUS_FILE);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0x01, bytes.length - 3);
    fs.writeFileSync(file, bytes);
    const r = await build([corpus], out, { layout: false, cache: own, cacheConsolidateAt: 5 });
    expect(r.cache!.reused).toBe(0);
    expect(r.cache!.warnings).toEqual([
      `ignored the cache's ${CORPUS_FILE} (its contents do not match their digest): its reports are extracted again`,
    ]);
    await build([corpus], uncached, { layout: false });
    expect(outputs(out)).toEqual(outputs(uncached));
    const again = await build([corpus], tmp('repair-2'), { layout: false, cache: own, cacheConsolidateAt: 5 });
    expect(again.cache).toMatchObject({ reused: files.length, warnings: [] });
  });
});
