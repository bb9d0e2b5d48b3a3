// The whole pipeline through the library API, on copies of the seed reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildGraphFromInputs } from '../../src/run/pipeline.js';
import { tempDirs } from '../fixtures/temp.js';

const tempDir = tempDirs('govgraph-');

const seed = 'seeds/002_ce880a99c531598d.txt';

describe('buildGraphFromInputs', () => {
  it('gives two files with the same name two report ids, and says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-ids-'));
    for (const sub of ['2023', '2024']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.copyFileSync(seed, path.join(dir, sub, 'report.txt'));
    }
    const { documents, graph } = await buildGraphFromInputs([dir], { layout: false });
    expect(documents.map((d) => d.id)).toEqual(['report', 'report_2024']);
    expect(documents[1]!.warnings.some((w) => w.includes('report_2024'))).toBe(true);
    // both reports are 稷山县's: one region node lists both
    expect(graph.getNodeAttribute('region:稷山县', 'reports')).toEqual(['report', 'report_2024']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the five seeds into their five issuing regions', async () => {
    const { documents, problems } = await buildGraphFromInputs(['seeds'], { layout: false });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.region?.name, d.region?.parent, d.date, d.speaker])).toEqual([
      ['浑源县', '大同市', '2024-04-10', '赵昱清'],
      ['朔州市', '山西省', '2024-02-27', '吴秀玲'],
      ['稷山县', '运城市', '2024-02-20', '王润'],
      ['吉县', '临汾市', '2024-04-08', '牛永福'],
      ['长子县', '长治市', '2024-04-24', '牛志强'],
    ]);
  });

  it('links 承诺制+标准地+全代办 to all five regions and 千万工程 to four', async () => {
    const { graph } = await buildGraphFromInputs(['seeds'], { layout: false });
    expect(graph.getNodeAttribute('programme:承诺制+标准地+全代办', 'regionCount')).toBe(5);
    const qw = graph
      .filterInEdges('programme:千万工程', (_e, a) => a.kind === 'mentions')
      .map((e) => graph.getNodeAttribute(graph.source(e), 'label'))
      .sort();
    expect(qw).toEqual(['吉县', '朔州市', '浑源县', '稷山县']);
  });
});

describe('build', () => {
  it('writes nothing when no report could be read (not even the folder), and calls onWrite before writing', async () => {
    const empty = tempDir('none');
    fs.writeFileSync(path.join(empty, 'empty.txt'), '');
    const out = path.join(tempDir('none-out'), 'out');
    const none = await build([empty], out, { layout: false });
    expect(none.written).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
    let wrapped = 0;
    const some = await build(['seeds/002_ce880a99c531598d.txt'], out, {
      layout: false,
      onWrite: () => {
        wrapped++;
        expect(fs.existsSync(path.join(out, 'graph.json'))).toBe(false);
      },
    });
    expect(wrapped).toBe(1);
    expect(some.written).toContain(path.join(out, 'graph.json'));
  });

  it('writes byte-identical graph.json and graph.gexf for the same input', async () => {
    const { build } = await import('../../src/run/pipeline.js');
    const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-same-')));
    for (const d of dirs) await build(['seeds'], d, { layoutIterations: 100 });
    for (const f of [
      'graph.json',
      'graph.gexf',
      'graph-1.2.gexf',
      'nodes.csv',
      'edges.csv',
      'summary.md',
      'documents.json',
      'nodes.parquet',
      'edges.parquet',
      'mentions.parquet',
      'documents.parquet',
    ]) {
      const [a, b] = dirs.map((d) => fs.readFileSync(path.join(d, f)));
      expect(a!.length, f).toBeGreaterThan(100);
      expect(a!.equals(b!), `${f} differs between two builds`).toBe(true);
    }
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('writes the same bytes with one worker thread as with two', async () => {
    const { build } = await import('../../src/run/pipeline.js');
    const { EXPORTERS } = await import('../../src/export/registry.js');
    // 30 reports: enough for processFiles to start two threads (one per 8 files)
    const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-workers-'));
    for (let i = 0; i < 6; i++) {
      fs.mkdirSync(path.join(corpus, `y${i}`));
      for (const f of fs.readdirSync('seeds').filter((n) => n.endsWith('.txt')))
        fs.copyFileSync(path.join('seeds', f), path.join(corpus, `y${i}`, f));
    }
    const dirs = [1, 2].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-workers-out-')));
    const results = [];
    for (const [i, workers] of [1, 2].entries())
      results.push(await build([corpus], dirs[i]!, { workers, layoutIterations: 50 }));
    expect(results.map((r) => r.documents.length)).toEqual([30, 30]);
    for (const { file } of EXPORTERS) {
      const [a, b] = dirs.map((d) => fs.readFileSync(path.join(d, file)));
      expect(a!.equals(b!), `${file} differs between -w 1 and -w 2`).toBe(true);
    }
    for (const d of [corpus, ...dirs]) fs.rmSync(d, { recursive: true, force: true });
  });
});

describe('input order', () => {
  it('gives the same bytes whatever order the files come in (layout and communities included)', async () => {
    const files = fs
      .readdirSync('test/fixtures/years')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join('test/fixtures/years', f))
      .sort();
    const read = (dir: string) =>
      ['graph.json', 'nodes.csv', 'graph.gexf', 'mentions.csv'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-order-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-order-b-'));
    await build(files, a, {});
    await build([...files].reverse(), b, {});
    expect(read(b)).toEqual(read(a));
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  });
});

describe('numbered lines across provinces (reports written for the test)', () => {
  it('keeps two provinces’ lines apart when only their digits are shared, and links one province’s', async () => {
    const dir = tempDir('digits');
    const report = (region: string, line: string) =>
      `${region}人民政府工作报告\n各位代表：\n过去一年，我们${line}，经济运行稳中向好。\n`;
    fs.writeFileSync(path.join(dir, 'a.txt'), report('台山市', '认真落实省委“4725”具体部署'));
    fs.writeFileSync(path.join(dir, 'b.txt'), report('新郑市', '全面落实省委“4725”总体部署'));
    fs.writeFileSync(path.join(dir, 'c.txt'), report('巩义市', '深入落实省委“4725”工作部署'));
    const { documents, graph } = await buildGraphFromInputs([dir], { layout: false });
    expect(documents.map((d) => d.region?.province)).toEqual(['广东省', '河南省', '河南省']);
    const lines = graph
      .filterNodes((_k, a) => /^4725/.test(a.label as string))
      .map((k) => graph.getNodeAttribute(k, 'docs'));
    expect(lines).toEqual([['a'], ['b', 'c']]);
  });
});
