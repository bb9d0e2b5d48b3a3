// govgraph inspect: reports by their label, every line escaped for the terminal, and the closest
// names when nothing matches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printed } from '../fixtures/console.js';
import { build } from '../../src/run/pipeline.js';
import { closestNames, loadGraphJson, type GraphJson } from '../../src/query.js';
import { runInspect } from '../../src/commands.js';
import { oneLine } from '../../src/terminal.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-inspect-'));
beforeAll(async () => {
  await build(['test/fixtures/years'], out, { layout: false });
}, 120_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('inspect', () => {
  it('labels each sentence with its report as people read it (稷山县 2023), never its id', () => {
    const { code, lines } = printed(() => runInspect('枫桥经验', { dir: out }));
    expect(code).toBe(0);
    expect(lines.some((l) => /^ {2}稷山县 2022 @\d+: 坚持和发展新时代“枫桥经验”/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/稷山县_2022/);
  });

  it('suggests the closest names when nothing matches', () => {
    const graph: GraphJson = {
      attributes: {},
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: ['河湖长制', '林长制', '千万工程', '枫桥经验'].map((label) => ({
        key: `programme:${label}`,
        attributes: { label, type: 'programme', aliases: [] } as never,
      })),
      edges: [],
    } as unknown as GraphJson;
    expect(closestNames(graph, '河长制')).toEqual(['河湖长制', '林长制']);
    expect(closestNames(graph, '千万')).toEqual(['千万工程']);
    expect(closestNames(graph, '乡村振兴战略规划')).toEqual([]);
    const { code, lines } = printed(() => runInspect('千万工', { dir: out }), 'error');
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/no entity named "千万工" in .*; did you mean 千万工程\?$/);
    expect(loadGraphJson(out).nodes.length).toBeGreaterThan(0);
  });
});

describe('one escaping for the terminal', () => {
  it('escapes controls, line separators and bidi overrides, and shows file-name bytes as \\xNN', () => {
    expect(oneLine('a\nb\u001b[2Jc')).toBe('a\\u000ab\\u001b[2Jc');
    expect(oneLine('报告\u202Etxt.exe')).toBe('报告\\u202etxt.exe');
    expect(oneLine('\u2066隔离\u2069')).toBe('\\u2066隔离\\u2069');
    expect(oneLine('/tmp/\udcb2\udce2.txt')).toBe('/tmp/\\xb2\\xe2.txt');
    expect(oneLine('浑源县 2024：“千万工程”')).toBe('浑源县 2024：“千万工程”');
  });
});
