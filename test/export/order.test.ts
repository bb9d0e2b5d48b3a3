// The order outputs list nodes and edges in: by key, computed once per graph, recomputed when the
// graph gains or loses a node or an edge.
import { describe, expect, it } from 'vitest';
import { sortedKeysOf } from '../../src/export/order.js';
import { compare } from '../../src/export/text.js';
import { fixtureInput } from '../fixtures/export/graph.js';

describe('sortedKeysOf', () => {
  it('lists keys in compare() order and follows changes to the graph', () => {
    const { graph } = fixtureInput({ reverse: true });
    const nodes = sortedKeysOf(graph, 'nodes');
    expect(nodes).toEqual([...graph.nodes()].sort(compare));
    expect(sortedKeysOf(graph, 'nodes')).toBe(nodes); // sorted once
    graph.addNode('theme:𠀀新', { ...graph.getNodeAttributes('theme:乡村振兴'), label: '𠀀新' });
    expect(sortedKeysOf(graph, 'nodes')).toEqual([...graph.nodes()].sort(compare));
    const edge = sortedKeysOf(graph, 'edges')[0]!;
    graph.dropEdge(edge);
    expect(sortedKeysOf(graph, 'edges')).not.toContain(edge);
    expect(sortedKeysOf(graph, 'edges')).toEqual([...graph.edges()].sort(compare));
  });
});
