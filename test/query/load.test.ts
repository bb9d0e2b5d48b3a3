// Reading a built graph.json back (govgraph shared / inspect, and the library): named errors with
// one-line messages, never a TypeError from a hand-edited file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphJson } from '../../src/query.js';
import { ContractError, InputError } from '../../src/errors.js';
import { tempDirs } from '../fixtures/temp.js';

const tempDir = tempDirs('govgraph-load-');

function folderWith(text: string | undefined): string {
  const dir = tempDir();
  if (text !== undefined) fs.writeFileSync(path.join(dir, 'graph.json'), text);
  return dir;
}
const good = {
  nodes: [{ key: 'programme:千万工程', attributes: { label: '千万工程', type: 'programme' } }],
  edges: [],
};

describe('loadGraphJson', () => {
  it('reads a graph, with or without a byte-order mark', () => {
    expect(loadGraphJson(folderWith(JSON.stringify(good))).nodes).toHaveLength(1);
    expect(loadGraphJson(folderWith('\uFEFF' + JSON.stringify(good))).nodes).toHaveLength(1);
  });

  it('throws an InputError for a folder without a graph.json', () => {
    expect(() => loadGraphJson(folderWith(undefined))).toThrow(InputError);
    expect(() => loadGraphJson(folderWith(undefined))).toThrow(/no such file; run `govgraph build` first/);
  });

  it('throws a ContractError naming the fault for what is not a govgraph graph', () => {
    const cases: [unknown, RegExp][] = [
      [{ nodes: [null], edges: [] }, /node #0 has no key/],
      [{ nodes: [{ key: 'x', attributes: { label: 123, type: 'programme' } }], edges: [] }, /node x has no label/],
      [{ nodes: [{ key: 'x', attributes: { label: 'x', type: 'person' } }], edges: [] }, /node x has no known type/],
      [{ nodes: [], edges: [{ source: 1 }] }, /edge #0 has no source or target/],
      [{ graph: {} }, /no nodes\/edges arrays/],
    ];
    for (const [data, message] of cases) {
      const dir = folderWith(JSON.stringify(data));
      expect(() => loadGraphJson(dir)).toThrow(ContractError);
      expect(() => loadGraphJson(dir)).toThrow(message);
    }
    expect(() => loadGraphJson(folderWith('{nodes'))).toThrow(ContractError);
  });
});
