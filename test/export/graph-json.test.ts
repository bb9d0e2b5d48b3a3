import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphJson } from '../../src/export/graph-json.js';
import { fixtureInput } from '../fixtures/export/graph.js';

const text = graphJson.render(fixtureInput()) as string;
const data = JSON.parse(text);

describe('graph.json', () => {
  it('is graphology export format that graph.import() reads back', () => {
    const back = Graph.from(data);
    const input = fixtureInput();
    expect([back.order, back.size, back.type]).toEqual([input.graph.order, input.graph.size, 'directed']);
    expect(back.getEdgeAttribute('mentions:region:浑源县->programme:千万工程', 'evidence')).toHaveLength(1);
  });

  it('sorts nodes, edges and attribute keys', () => {
    const keys = (items: { key: string }[]) => items.map((i) => i.key);
    expect(keys(data.nodes)).toEqual([...keys(data.nodes)].sort());
    expect(keys(data.edges)).toEqual([...keys(data.edges)].sort());
    for (const n of data.nodes) expect(Object.keys(n.attributes)).toEqual(Object.keys(n.attributes).sort());
  });

  it('rounds positions to 2 decimals, with no -0 and no undefined', () => {
    const node = (key: string) => data.nodes.find((n: { key: string }) => n.key === key).attributes;
    expect(node('region:浑源县')).toMatchObject({ x: -31.42, y: 27.18 });
    expect(node('region:山西省')).toMatchObject({ x: 0, y: 0 });
    expect(Object.is(node('region:山西省').y, -0)).toBe(false);
    expect(node('programme:千万工程')).not.toHaveProperty('definition');
    expect(text).not.toContain('null');
  });

  it('does not depend on insertion order', () => {
    expect(graphJson.render(fixtureInput({ reverse: true }))).toBe(text);
  });

  it('puts one node or edge per line', () => {
    expect(text.split('\n').filter((l) => l.startsWith('    {"key":'))).toHaveLength(
      data.nodes.length + data.edges.length,
    );
  });
});
