import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export/registry.js';
import { fixtureInput } from '../fixtures/export/graph.js';

describe('EXPORTERS', () => {
  it('has one exporter per output file', () => {
    expect(EXPORTERS.map((e) => e.file)).toEqual([
      'graph.json',
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
    ]);
  });

  it.each(EXPORTERS.map((e) => [e.file, e] as const))(
    '%s: same input, same bytes, whatever the insertion order',
    (_file, exporter) => {
      const first = exporter.render(fixtureInput());
      expect(exporter.render(fixtureInput())).toEqual(first);
      expect(exporter.render(fixtureInput({ reverse: true }))).toEqual(first);
    },
  );
});
