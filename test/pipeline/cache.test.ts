// The extraction cache: a rebuild takes unchanged reports from it and writes exactly the bytes of
// a build without it; a damaged entry is ignored with a warning and extracted again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/run/pipeline.js';
import { listInputs } from '../../src/run/listed.js';
import type { PackedDoc } from '../../src/run/kept.js';
import { REF_BYTES, SHAPES_FILE } from '../../src/run/shape-file.js';
import { tempDirs } from '../fixtures/temp.js';
import { outputs } from '../fixtures/outputs.js';
import { edgeSourcesOf } from '../../src/export/blocks.js';
import { BLOCK_INDEX } from '../../src/export/reuse.js';

const tmp = tempDirs('govgraph-cache-');
const corpus = tmp('corpus');
for (const f of fs.readdirSync('test/fixtures/years').filter((f) => f.endsWith('.txt')))
  fs.copyFileSync(path.join('test/fixtures/years', f), path.join(corpus, f));
fs.copyFileSync('seeds/002_ce880a99c531598d.txt', path.join(corpus, '002.txt'));

/** The fingerprints of panel.csv's blocks in the block index of the folder's current outputs. */
const panelBlocks = (dir: string): string[] =>
  (
    JSON.parse(fs.readFileSync(path.join(dir, '.govgraph', 'current', BLOCK_INDEX), 'utf8')) as {
      files: Record<string, { blocks: [string, number, number][] }>;
    }
  ).files['panel.csv']!.blocks.map(([fp]) => fp);

/** The cache's entries, one per report (the key index beside them left out). */
const cacheEntries = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.v8'))
    .sort();

describe('the extraction cache', () => {
  const cache = tmp('store');

  it('gives a rebuild exactly the bytes of a build without it, and says what it reused', async () => {
    const plain = tmp('plain');
    const first = tmp('first');
    const second = tmp('second');
    await build([corpus], plain, { layout: false });
    const cold = await build([corpus], first, { layout: false, cache });
    expect(cold.cache).toMatchObject({ reused: 0, total: 10, warnings: [] });
    const warm = await build([corpus], second, { layout: false, cache });
    expect(warm.cache).toMatchObject({ reused: 10, total: 10, warnings: [] });
    expect(outputs(second)).toEqual(outputs(plain));
    expect(outputs(first)).toEqual(outputs(plain));
  });

  it('extracts again only the report that changed, and drops its old entry', async () => {
    const before = cacheEntries(cache).length;
    fs.appendFileSync(path.join(corpus, '平遥县_2023.txt'), '推进“四好农村路”建设。\n');
    const out = tmp('changed');
    const r = await build([corpus], out, { layout: false, cache });
    expect(r.cache).toMatchObject({ reused: 9, total: 10 });
    expect(cacheEntries(cache)).toHaveLength(before);
    // beside them, only the index of the reports' keys and the file of their mentions' shapes
    expect(
      fs
        .readdirSync(cache)
        .filter((f) => !f.endsWith('.v8'))
        .sort(),
    ).toEqual(['.govgraph-keys.json', SHAPES_FILE]);
    expect(r.graph.getNodeAttribute('programme:四好农村路', 'years')).toEqual([2022, 2023, 2024]);
  });

  it('ignores a damaged or foreign entry with a warning, and extracts the report again', async () => {
    const entries = cacheEntries(cache);
    // cut short: it does not read back
    const whole = fs.readFileSync(path.join(cache, entries[0]!));
    fs.writeFileSync(path.join(cache, entries[0]!), whole.subarray(0, whole.length >> 1));
    // a well-formed entry stored under another report's key is foreign
    fs.copyFileSync(path.join(cache, entries[2]!), path.join(cache, entries[1]!));
    // its own key and a digest that matches, but a mention names a shape the entry does not have
    const entry = v8.deserialize(fs.readFileSync(path.join(cache, entries[3]!))) as {
      digest: string;
      result: Uint8Array;
    };
    const stored = v8.deserialize(entry.result) as Omit<PackedDoc, 'shapes'> & { refs: Uint8Array };
    stored.mentions.shape[0] = stored.refs.length / REF_BYTES;
    entry.result = v8.serialize(stored);
    entry.digest = crypto.createHash('sha256').update(entry.result).digest('hex');
    fs.writeFileSync(path.join(cache, entries[3]!), v8.serialize(entry));
    // one byte of its contents changed on disk
    const flipped = fs.readFileSync(path.join(cache, entries[4]!));
    const at = flipped.length - 64;
    flipped[at] = flipped[at]! ^ 0x20;
    fs.writeFileSync(path.join(cache, entries[4]!), flipped);
    const plain = tmp('plain2');
    const out = tmp('repaired');
    const r = await build([corpus], out, { layout: false, cache });
    expect(r.cache!.reused).toBe(6);
    expect(r.cache!.warnings).toHaveLength(4);
    for (const w of r.cache!.warnings)
      expect(w).toMatch(
        /^ignored a damaged cache entry for .+\.txt \((it does not read back|not an entry for this report|its contents do not match their digest)\): extracted again$/,
      );
    expect(r.cache!.warnings.filter((w) => w.includes('does not read back'))).toHaveLength(1);
    expect(r.cache!.warnings.filter((w) => w.includes('digest'))).toHaveLength(1);
    await build([corpus], plain, { layout: false });
    expect(outputs(out)).toEqual(outputs(plain));
    // and the entries are good again
    const againOut = tmp('again');
    const again = await build([corpus], againOut, { layout: false, cache });
    expect(again.cache).toMatchObject({ reused: 10, warnings: [] });
  });
  it('extracts a new report and a damaged entry in one build, counting each report once', async () => {
    const added = path.join(corpus, 'added.txt');
    fs.copyFileSync('seeds/001_cdd563ffef68d5a8.txt', added);
    try {
      const entries = cacheEntries(cache);
      fs.writeFileSync(path.join(cache, entries[0]!), 'not an entry');
      const out = tmp('added');
      const plain = tmp('added-plain');
      const progress: number[] = [];
      const r = await build([corpus], out, { layout: false, cache, onProgress: (done) => progress.push(done) });
      expect(r.cache).toMatchObject({ reused: 9, total: 11 });
      expect(r.cache!.warnings).toEqual([expect.stringMatching(/^ignored a damaged cache entry for .+\.txt/)]);
      // the cached reports at once, then the two extracted, one each
      expect(progress).toEqual([9, 10, 11]);
      expect(r.documents.map((d) => d.file)).toContain(added);
      await build([corpus], plain, { layout: false });
      expect(outputs(out)).toEqual(outputs(plain));
      const again = await build([corpus], tmp('added-again'), { layout: false, cache });
      expect(again.cache).toMatchObject({ reused: 11, total: 11, warnings: [] });
    } finally {
      fs.rmSync(added);
    }
  });

  it('has a rebuild copy the unchanged blocks of the previous outputs, to the same bytes', async () => {
    const out = tmp('grown');
    const plain = tmp('grown-plain');
    const first = await build([corpus], out, { layout: false, cache });
    expect(first.reuse).toMatchObject({ copied: 0, warnings: [] });
    const before = new Set(panelBlocks(out));
    // a report added (another county, another year): its rows and the edges it touches are new
    const added = path.join(corpus, 'zz-added.txt');
    fs.copyFileSync('seeds/001_cdd563ffef68d5a8.txt', added);
    try {
      const grown = await build([corpus], out, { layout: false, cache });
      expect(grown.cache).toMatchObject({ reused: 10, total: 11 });
      await build([corpus], plain, { layout: false });
      expect(outputs(out)).toEqual(outputs(plain));
      expect(grown.reuse!.warnings).toEqual([]);
      expect(grown.reuse!.copied).toBeGreaterThan(0);
      expect(grown.reuse!.rendered).toBeGreaterThan(0);
      // panel.csv in a block per region, made of that region's reports: only the new one's is new
      const regions = new Set(
        fs
          .readFileSync(path.join(out, 'panel.csv'), 'utf8')
          .split('\r\n')
          .slice(1, -1)
          .map((line) => line.split(',')[0]),
      );
      const after = panelBlocks(out);
      expect(after).toHaveLength(regions.size);
      expect(after.filter((fp) => !before.has(fp))).toHaveLength(1);
    } finally {
      fs.rmSync(added);
    }
  });

  it('has a rebuild whose entities resolved otherwise copy only what did not change, to the same bytes', async () => {
    const out = tmp('resolved');
    const plain = tmp('resolved-plain');
    // a cache of its own: the shapes of the report added here stay out of the one the tests share
    const own = tmp('resolved-cache');
    // a report naming the programme by its two names, which resolution makes one entity
    const both = path.join(corpus, 'zz-both.txt');
    fs.writeFileSync(
      both,
      '平遥县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n深入学习“千村示范、万村整治”经验，全面推进“千万工程”。\n',
    );
    try {
      const merged = await build([corpus], out, { layout: false, cache: own });
      expect(merged.graph.getNodeAttribute('programme:千万工程', 'aliases')).toContain('千村示范、万村整治');
      // no report changed, but that report's mention of the long name is another entity's now
      const apart = await build([corpus], out, { layout: false, cache: own, keepApart: ['千村示范、万村整治'] });
      expect(apart.cache).toMatchObject({ reused: 11, total: 11 });
      expect(apart.graph.hasNode('programme:千村示范、万村整治')).toBe(true);
      await build([corpus], plain, { layout: false, keepApart: ['千村示范、万村整治'] });
      expect(outputs(out)).toEqual(outputs(plain));
      expect(apart.reuse).toMatchObject({ warnings: [] });
      expect(apart.reuse!.copied).toBeGreaterThan(0);
      // the build's account of what its edges are made from ends with it
      expect(edgeSourcesOf(apart.graph)).toBeUndefined();
    } finally {
      fs.rmSync(both);
    }
  });

  it('keeps each shape once for the folder, and ignores entries whose shapes its file has lost', async () => {
    const out = tmp('shapes');
    const plain = tmp('shapes-plain');
    await build([corpus], out, { layout: false, cache });
    const shapes = path.join(cache, SHAPES_FILE);
    const before = fs.readFileSync(shapes);
    // a warm rebuild names the shapes the file holds and adds none
    const warm = await build([corpus], out, { layout: false, cache });
    expect(warm.cache).toMatchObject({ reused: 10, warnings: [] });
    expect(fs.readFileSync(shapes).equals(before)).toBe(true);
    // one byte of a shape's key changed, half-way through: that record and the ones after it are
    // not trusted, and the entries that name them are extracted again (their shapes stored again)
    const damaged = Buffer.from(before);
    const at = damaged.length >> 1;
    damaged[at] = damaged[at]! ^ 0x01;
    fs.writeFileSync(shapes, damaged);
    const r = await build([corpus], out, { layout: false, cache });
    expect(r.cache!.warnings.length).toBeGreaterThan(0);
    expect(r.cache!.reused).toBe(10 - r.cache!.warnings.length);
    for (const w of r.cache!.warnings)
      expect(w).toMatch(
        /^ignored a damaged cache entry for .+\.txt \(it names shapes that \.govgraph-shapes does not hold\): extracted again$/,
      );
    // the shapes cut off are stored again, each once: the same records as before, in another order
    expect(fs.statSync(shapes).size).toBe(before.length);
    await build([corpus], plain, { layout: false });
    expect(outputs(out)).toEqual(outputs(plain));
    const again = await build([corpus], out, { layout: false, cache });
    expect(again.cache).toMatchObject({ reused: 10, warnings: [] });
  });

  it('drops the shapes that no entry names any more from its file', async () => {
    const own = tmp('shapes-own');
    const one = tmp('shapes-one');
    const out = tmp('shapes-out');
    await build([corpus], out, { layout: false, cache: own });
    const all = fs.statSync(path.join(own, SHAPES_FILE)).size;
    // the same cache for one report of the ten: the other nine's entries go, and the shapes only they named
    fs.copyFileSync(path.join(corpus, '稷山县_2024.txt'), path.join(one, '稷山县_2024.txt'));
    const r = await build([one], tmp('shapes-one-out'), { layout: false, cache: own });
    expect(r.cache).toMatchObject({ reused: 0, total: 1 });
    expect(fs.statSync(path.join(own, SHAPES_FILE)).size).toBeLessThan(all / 2);
    const again = await build([one], tmp('shapes-one-again'), { layout: false, cache: own });
    expect(again.cache).toMatchObject({ reused: 1, warnings: [] });
  });

  it('removes what a build stopped mid-write left aside, and keeps what is not the cache’s', async () => {
    const own = tmp('aside');
    const out = tmp('aside-out');
    await build([corpus], out, { layout: false, cache: own });
    const [entry] = cacheEntries(own);
    const left = [`${entry}.4242.tmp`, `.govgraph-keys.json.4242.tmp`, `${SHAPES_FILE}.4242.tmp`];
    for (const name of [...left, 'notes.txt', 'notes.txt.4242.tmp']) fs.writeFileSync(path.join(own, name), 'half');
    // a report changed, so that the build reads and prunes
    fs.appendFileSync(path.join(corpus, '平遥县_2023.txt'), '推进“河长制”。\n');
    await build([corpus], out, { layout: false, cache: own });
    const names = fs.readdirSync(own);
    for (const name of left) expect(names).not.toContain(name);
    expect(names).toEqual(expect.arrayContaining(['notes.txt', 'notes.txt.4242.tmp', SHAPES_FILE]));
  });

  it('stores no entry for a report saved over between its listing and its reading, under either bytes’ key', async () => {
    const folder = tmp('saved-over');
    const own = tmp('saved-over-cache');
    const [out, uncached] = [tmp('saved-over-out'), tmp('saved-over-uncached')];
    const report = path.join(folder, 'report.txt');
    fs.copyFileSync('test/fixtures/years/平遥县_2022.txt', report);
    // listed (its key taken from these bytes), then saved over with another report before the build reads it
    const listedThen = listInputs([folder], own);
    fs.copyFileSync('test/fixtures/years/浑源县_2024.txt', report);
    const first = await build(listedThen, out, { layout: false, cache: own, workers: 0 });
    expect(first.documents).toHaveLength(1);
    expect(cacheEntries(own)).toEqual([]);
    // the first bytes back: extracted from them, not taken from an entry of the other report under their key
    fs.copyFileSync('test/fixtures/years/平遥县_2022.txt', report);
    const again = await build([folder], out, { layout: false, cache: own, workers: 0 });
    expect(again.cache).toMatchObject({ reused: 0, total: 1 });
    await build([folder], uncached, { layout: false, workers: 0 });
    expect(outputs(out)).toEqual(outputs(uncached));
  });
});
