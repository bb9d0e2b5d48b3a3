// The viewer's CSV reader and writer (viewer/src/csv.ts), which reads mentions.csv in the
// browser and writes the Compare and matrix downloads: RFC 4180 quoting, "" escapes, CRLF,
// line breaks inside quotes, a BOM; and a round trip through the build's own mentions.csv.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvError, guard, parseCsv, parseCsvObjects, toCsv, unguard } from '../../viewer/src/csv.js';
import { ensureBuilt, tempDir } from '../fixtures/viewer/browser.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('parseCsv', () => {
  it('reads plain fields, CRLF, LF and lone CR line ends', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"a,b","say ""hi""","line\r\nbreak"\r\nx,"",y\r\n')).toEqual([
      ['a,b', 'say "hi"', 'line\r\nbreak'],
      ['x', '', 'y'],
    ]);
    // a quote inside an unquoted field is just a character
    expect(parseCsv('推进“千万工程”,a"b\r\n')).toEqual([['推进“千万工程”', 'a"b']]);
  });

  it('keeps empty fields, first, last and whole', () => {
    expect(parseCsv(',a,\r\n,,\r\n')).toEqual([
      ['', 'a', ''],
      ['', '', ''],
    ]);
    expect(parseCsv('a,\r\n')).toEqual([['a', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('drops a leading BOM, only there', () => {
    expect(parseCsv('\ufeffregion,entity\r\n浑源县,\ufeff千万工程\r\n')).toEqual([
      ['region', 'entity'],
      ['浑源县', '\ufeff千万工程'],
    ]);
  });

  it('rejects an unterminated quote and text after a closing quote', () => {
    expect(() => parseCsv('"abc')).toThrow(CsvError);
    expect(() => parseCsv('"ab"c,d')).toThrow(CsvError);
  });

  it('maps rows to the header, short rows padded', () => {
    expect(parseCsvObjects('\ufeffa,b\r\n1,2\r\n3\r\n').rows).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '' },
    ]);
  });
});

describe('toCsv', () => {
  it('quotes only what needs it, doubles quotes, ends lines in CRLF, starts with a BOM', () => {
    const text = toCsv([
      ['entity', 'sentence', 'n'],
      ['千万工程', '以“千万工程”为牵引,推进"乡村"\n建设', 3],
      ['', null, undefined],
    ]);
    expect(text).toBe('\ufeffentity,sentence,n\r\n千万工程,"以“千万工程”为牵引,推进""乡村""\n建设",3\r\n,,\r\n');
  });

  it('guards text that a spreadsheet would run as a formula, as the build does, and reads it back', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-x', '@a', -5, '1-2']])).toBe("\ufeff'=SUM(A1),'+1,'-x,'@a,-5,1-2\r\n");
    for (const t of ['=SUM(A1)', '- 三区三线', "'quoted", 'plain']) expect(unguard(guard(t))).toBe(t);
  });

  it('reads back what it writes', () => {
    const rows = [
      ['a', 'b,c', '"q"', 'x\r\ny', ''],
      ['甲', '乙', '', ' 空格 ', ','],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('the build’s mentions.csv', () => {
  it('parses into the columns the viewer reads, one row per mention: as many as the links’ weights', () => {
    ensureBuilt();
    const out = tempDir('govgraph-csv-');
    dirs.push(out);
    execFileSync(process.execPath, ['dist/cli.js', 'build', 'seeds', '-o', out, '-q']);
    const text = fs.readFileSync(path.join(out, 'mentions.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { header, rows } = parseCsvObjects(text);
    expect(header).toEqual([
      'region',
      'region_code',
      'doc',
      'report',
      'year',
      'entity',
      'type',
      'phase',
      'surface',
      'sentence',
      'start',
      'end',
      'sentence_start',
      'sentence_end',
    ]);
    // the surface sits in its sentence at start - sentence_start, once the formula guard is off
    expect(rows.some((r) => r.sentence?.startsWith("'-"))).toBe(true);
    for (const { start, sentence_start, sentence = '', surface = '' } of rows) {
      const at = Number(start) - Number(sentence_start);
      expect(unguard(sentence).slice(at, at + unguard(surface).length)).toBe(unguard(surface));
    }
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const label = new Map(
      graph.nodes.map((n: { key: string; attributes: { label: string } }) => [n.key, n.attributes.label]),
    );
    const count = new Map<string, number>();
    for (const r of rows)
      count.set(`${r.region}|${r.entity}|${r.type}`, (count.get(`${r.region}|${r.entity}|${r.type}`) ?? 0) + 1);
    let links = 0;
    for (const e of graph.edges) {
      if (e.attributes.kind !== 'mentions') continue;
      links++;
      const type = e.target.slice(0, e.target.indexOf(':'));
      expect(count.get(`${label.get(e.source)}|${label.get(e.target)}|${type}`)).toBe(e.attributes.weight);
    }
    expect(links).toBeGreaterThan(1000);
  });
});
