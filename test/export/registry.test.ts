import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export/registry.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { outputBytes } from '../fixtures/export/output.js';

describe('EXPORTERS', () => {
  it('has one exporter per output file', () => {
    expect(EXPORTERS.map((e) => e.file)).toEqual([
      'graph.json',
      'graph-view.json',
      'graph.gexf',
      'graph-1.2.gexf',
      'graph.graphml',
      'nodes.csv',
      'edges.csv',
      'mentions.csv',
      'documents.csv',
      'panel.csv',
      'events.csv',
      'summary.md',
      'documents.json',
      'nodes.parquet',
      'edges.parquet',
      'mentions.parquet',
      'documents.parquet',
    ]);
  });

  it.each(EXPORTERS.map((e) => [e.file, e] as const))(
    '%s: same input, same bytes, whatever the insertion order',
    async (_file, exporter) => {
      const first = await outputBytes(exporter, fixtureInput());
      expect(first.length).toBeGreaterThan(0);
      expect(await outputBytes(exporter, fixtureInput())).toEqual(first);
      expect(await outputBytes(exporter, fixtureInput({ reverse: true }))).toEqual(first);
    },
  );
});
