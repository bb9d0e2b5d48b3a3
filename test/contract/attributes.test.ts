// The contract's one attribute table: every attribute of graph.json is in it, every output
// derives its columns from it, and the README shows it as it is.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/contract/attributes.js';
import { NODE_COLUMNS, EDGE_COLUMNS } from '../../src/export/gexf-columns.js';
import { NODE_CSV_COLUMNS } from '../../src/export/nodes-csv.js';
import { EDGE_CSV_COLUMNS } from '../../src/export/edges-csv.js';
import { buildGraphFromInputs } from '../../src/run/pipeline.js';
import type { GovGraph } from '../../src/graph/index.js';

let graph: GovGraph;
beforeAll(async () => {
  ({ graph } = await buildGraphFromInputs(['seeds'], { layout: false, workers: 1 }));
});

describe('the attribute table', () => {
  it('holds every node and edge attribute the seeds’ graph.json carries', () => {
    const nodeNames = new Set(NODE_ATTRIBUTES.map((a) => a.name));
    const edgeNames = new Set(EDGE_ATTRIBUTES.map((a) => a.name));
    const missing = new Set<string>();
    graph.forEachNode((_k, a) => Object.keys(a).forEach((k) => nodeNames.has(k) || missing.add(`node ${k}`)));
    graph.forEachEdge((_k, a) => Object.keys(a).forEach((k) => edgeNames.has(k) || missing.add(`edge ${k}`)));
    expect([...missing]).toEqual([]);
  });

  it('is where the CSV and GEXF columns come from', () => {
    expect(NODE_CSV_COLUMNS).toEqual(['id', ...NODE_ATTRIBUTES.map((a) => a.name)]);
    expect(EDGE_CSV_COLUMNS).toEqual(['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.name)]);
    // GEXF writes label, viz and weight natively, everything else as typed columns
    expect(NODE_COLUMNS.map((c) => c.id)).toEqual(
      NODE_ATTRIBUTES.filter((a) => a.gexf !== 'native').map((a) => a.name),
    );
    expect(EDGE_COLUMNS.map((c) => c.id)).toEqual([
      'kind',
      'phases',
      'docs',
      'years',
      'firstYear',
      'evidence',
      'evidenceDoc',
    ]);
  });

  it('is the README’s attribute table, row for row', () => {
    const rows = fs
      .readFileSync('README.md', 'utf8')
      .split('\n')
      .filter((l) => /^\|\s*(node|edge)\s*\|/.test(l))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    const expected = [
      ...NODE_ATTRIBUTES.map((a) => ['node', `\`${a.name}\``, a.type, a.appliesTo, a.description]),
      ...EDGE_ATTRIBUTES.map((a) => ['edge', `\`${a.name}\``, a.type, a.appliesTo, a.description]),
    ];
    expect(rows).toEqual(expected);
  });
});
