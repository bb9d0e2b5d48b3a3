// The outputs that grow with the corpus are written piece by piece (src/export/streamed.ts): on a
// graph larger than one piece, the pieces join into exactly what render() gives, and the files
// that writeOutputs writes read back whole in the clients that use them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export/registry.js';
import { CHUNK_ITEMS } from '../../src/export/streamed.js';
import { writeOutputs } from '../../src/export/write.js';
import { fixtureWithThemes } from '../fixtures/export/graph.js';
import { joinPieces } from '../../src/export/blocks.js';

/** Themes added to the fixture: two and a half pieces' worth. */
const EXTRA = Math.round(CHUNK_ITEMS * 2.5);
const LAST = EXTRA - 1;

/** The fixture plus EXTRA themes, each mentioned by 浑源县 with its sentence. */
const bigInput = () => fixtureWithThemes(EXTRA);

describe('streamed outputs', () => {
  const input = bigInput();
  const streamedExporters = EXPORTERS.filter((e) => e.chunks);

  it('are the outputs that grow with the corpus', () => {
    expect(streamedExporters.map((e) => e.file).sort()).toEqual(
      [
        'documents.json',
        'edges.csv',
        'events.csv',
        'graph-1.2.gexf',
        'graph.gexf',
        'graph.graphml',
        'graph.json',
        'graph-view.json',
        'mentions.csv',
        'nodes.csv',
        'panel.csv',
      ].sort(),
    );
  });

  it('come in several pieces that join into exactly what render() gives', () => {
    for (const e of streamedExporters) {
      const pieces = [...e.chunks!(input)];
      // within the viewer's budget graph-view.json is its one-line stub (its aggregate: graph-view.test.ts);
      // mentions.csv comes as its header and one block per report (one here); events.csv as its
      // header and the rows of one programme named by two regions
      const least = { 'graph-view.json': 1, 'mentions.csv': 2, 'events.csv': 2 }[e.file!] ?? 3;
      expect(pieces.length, e.file).toBeGreaterThanOrEqual(least);
      expect(joinPieces(pieces), e.file).toBe(e.render!(input));
    }
  });

  it('are written whole: graph.json, both GEXF files and edges.csv read back with every node and edge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-streamed-'));
    await writeOutputs(dir, input);
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    const { order, size } = input.graph;

    const json = Graph.from(JSON.parse(read('graph.json')));
    expect([json.order, json.size]).toEqual([order, size]);
    expect(json.getNodeAttribute(`theme:主题${LAST}`, 'label')).toBe(`主题${LAST}`);

    for (const f of ['graph.gexf', 'graph-1.2.gexf']) {
      const back = parse(Graph, read(f));
      expect([back.order, back.size], f).toEqual([order, size]);
    }

    // one header and one CRLF-terminated row per edge (no evidence here holds a line break)
    const rows = read('edges.csv').split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows.length - 2).toBe(size);
    expect(rows.filter((r) => r.includes(`推进主题${LAST}工作`))).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
