import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { graphGexf12 } from '../../src/export/graph-gexf-12.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { hasNetworkx, PYTHON, python, tempFile } from '../fixtures/export/tools.js';

const gexf = graphGexf12.render(fixtureInput()) as string;

const READ = `
import json, sys
import networkx as nx
G = nx.read_gexf(sys.argv[1])
n = G.nodes["programme:千万工程"]
e = G.edges["region:浑源县", "programme:千万工程"]
print(json.dumps({"directed": G.is_directed(), "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "label": n["label"], "type": n["type"], "aliases": n["aliases"], "regionCount": n["regionCount"], "viz": n["viz"],
  "edge": {"kind": e["kind"], "weight": e["weight"], "evidence": e["evidence"]}}, ensure_ascii=False))
`;

describe('graph-1.2.gexf (GEXF 1.2draft)', () => {
  it('uses the 1.2draft namespaces and no list types', () => {
    expect(gexf).toContain('xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(gexf).toContain('version="1.2"');
    expect(gexf).not.toContain('liststring');
    expect(gexf).toContain('<attvalue for="aliases" value="千村示范、万村整治|千萬工程"/>');
  });

  it.skipIf(!hasNetworkx)(
    `is read by networkx.read_gexf with labels, types and viz${hasNetworkx ? '' : ` (SKIPPED: NetworkX missing in ${PYTHON}; apt-get install python3-networkx)`}`,
    () => {
      const out = JSON.parse(python(READ, tempFile('graph-1.2.gexf', gexf)));
      expect(out).toEqual({
        directed: true,
        nodes: 11,
        edges: 18,
        label: '千万工程',
        type: 'programme',
        aliases: '千村示范、万村整治|千萬工程',
        regionCount: 2,
        viz: { color: { r: 78, g: 121, b: 167, a: 1 }, size: 10.5, position: { x: 12.35, y: -6.79, z: 0 } },
        edge: {
          kind: 'mentions',
          weight: 3,
          evidence: '学习运用“千万工程”经验，<img src=x onerror=alert(1)> & "示范村" \'20\'个。',
        },
      });
    },
  );

  it('reads back with graphology-gexf to the same node and edge counts', () => {
    const input = fixtureInput();
    const back = parse(Graph, gexf);
    expect([back.order, back.size]).toEqual([input.graph.order, input.graph.size]);
    expect(back.getNodeAttributes('region:浑源县')).toMatchObject({
      label: '浑源县',
      level: 'county',
      code: '140225',
      parent: '大同市',
    });
  });
});
