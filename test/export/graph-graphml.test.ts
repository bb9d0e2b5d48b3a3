import { spawnSync } from 'node:child_process';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/contract/attributes.js';
import { graphGraphml } from '../../src/export/graph-graphml.js';
import { EXPORTERS } from '../../src/export/registry.js';
import type { ExportInput } from '../../src/export/types.js';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from '../../src/graph/index.js';
import { fixtureInput, HOSTILE_SENTENCE, TRICKY_DEFINITION } from '../fixtures/export/graph.js';
import { hasIgraph, hasNetworkx, hasXmllint, PYTHON, python, tempFile, XMLLINT } from '../fixtures/export/tools.js';
import { joinPieces } from '../../src/export/blocks.js';

/** The fixture with a definition holding every character class a reader could mangle. */
const HOSTILE_DEFINITION = `<b>"甲" & '乙'</b>\u0007\r\n\t丙 `;
function hostileInput(): ExportInput {
  const input = fixtureInput();
  input.graph.setNodeAttribute('programme:千万工程', 'definition', HOSTILE_DEFINITION);
  return input;
}
/** What a reader must get back: the value without the character XML 1.0 cannot carry. */
const HOSTILE_BACK = `<b>"甲" & '乙'</b>\r\n\t丙 `;
const EVIDENCE_BACK = HOSTILE_SENTENCE.replace('\u0008', '');

const graphml = graphGraphml.render(hostileInput()) as string;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

const READ_NETWORKX = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1])
n = G.nodes["programme:千万工程"]
e = G.edges["region:浑源县", "programme:千万工程"]
print(json.dumps({"directed": G.is_directed(), "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "label": n["label"], "aliases": n["aliases"], "regionCount": n["regionCount"], "x": n["x"], "color": n["color"],
  "definition": n["definition"], "slogan": G.nodes["slogan:吉事即办"]["label"],
  "edge": {"kind": e["kind"], "weight": e["weight"], "phases": e["phases"], "evidence": e["evidence"]}}, ensure_ascii=False))
`;

const READ_IGRAPH = `
import json, sys
import igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
v = g.vs.find(id="programme:千万工程")
e = g.es[g.get_eid(g.vs.find(id="region:浑源县").index, v.index)]
print(json.dumps({"directed": g.is_directed(), "vcount": g.vcount(), "ecount": g.ecount(),
  "label": v["label"], "type": v["type"], "mentions": v["mentions"], "size": v["size"], "definition": v["definition"],
  "regionCountIsNumber": isinstance(v["regionCount"], (int, float)), "regionCount": v["regionCount"],
  "edge": {"kind": e["kind"], "weight": e["weight"], "evidence": e["evidence"]}}, ensure_ascii=False))
`;

describe('graph.graphml (GraphML 1.0)', () => {
  it('is listed in the registry as graph.graphml and streams', () => {
    expect(EXPORTERS.map((e) => e.file)).toContain('graph.graphml');
    expect(EXPORTERS.find((e) => e.file === 'graph.graphml')).toBe(graphGraphml);
    expect(joinPieces(graphGraphml.chunks!(hostileInput()))).toBe(graphml);
  });

  it('declares the GraphML namespace and a key for every attribute of the contract', () => {
    expect(
      graphml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
      ),
    ).toBe(true);
    const types = { string: 'string', integer: 'int', double: 'double', liststring: 'string', listinteger: 'string' };
    for (const a of NODE_ATTRIBUTES)
      expect(graphml).toContain(
        `<key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${types[a.type]}"/>`,
      );
    for (const a of EDGE_ATTRIBUTES)
      expect(graphml).toContain(
        `<key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${types[a.type]}"/>`,
      );
    expect(count(graphml, /<key /g)).toBe(NODE_ATTRIBUTES.length + EDGE_ATTRIBUTES.length);
    // the layout is there for yEd and Cytoscape
    for (const name of ['x', 'y', 'size', 'color']) expect(graphml).toContain(`<key id="n_${name}" for="node"`);
  });

  it("has one <node> per node and one <edge> per edge, in a directed graph like the contract's", () => {
    const { graph } = hostileInput();
    expect(graphml).toContain('<graph id="G" edgedefault="directed">');
    expect(count(graphml, /<node id=/g)).toBe(graph.order);
    expect(count(graphml, /<edge id=/g)).toBe(graph.size);
    expect(graphml).not.toContain(' directed=');
    const node = graphml.slice(graphml.indexOf('<node id="programme:千万工程">'));
    expect(node.slice(0, node.indexOf('</node>'))).toContain(
      [
        '<data key="n_aliases">千村示范、万村整治|千萬工程</data>',
        '      <data key="n_docs">datong-2024|hunyuan-2024</data>',
        '      <data key="n_mentions">5</data>',
      ].join('\n'),
    );
    expect(graphml).toContain('<data key="n_x">12.35</data>');
    expect(graphml).toContain('<data key="n_color">#4e79a7</data>');
    expect(graphml).toContain('<data key="n_investment">8500000000</data>');
  });

  it('writes undirected edges as such, and marks them one by one in a mixed graph', () => {
    for (const type of ['undirected', 'mixed'] as const) {
      const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type, multi: true });
      const { graph: fixture } = fixtureInput();
      fixture.forEachNode((key, a) => graph.addNode(key, a));
      graph.addUndirectedEdgeWithKey('u1', 'theme:乡村振兴', 'industry:黄芪', { kind: 'co_occurs', weight: 2 });
      graph.addUndirectedEdgeWithKey('u2', 'theme:乡村振兴', 'industry:黄芪', { kind: 'co_occurs', weight: 1 });
      if (type === 'mixed')
        graph.addDirectedEdgeWithKey('d1', 'region:大同市', 'region:山西省', { kind: 'part_of', weight: 1 });
      const out = graphGraphml.render({ ...fixtureInput(), graph }) as string;
      if (type === 'undirected') {
        expect(out).toContain('<graph id="G" edgedefault="undirected">');
        expect(out).not.toContain(' directed=');
      } else {
        expect(out).toContain('<graph id="G" edgedefault="directed">');
        expect(count(out, / directed="false"/g)).toBe(2);
        expect(out).toContain('<edge id="d1" source="region:大同市" target="region:山西省">');
      }
    }
  });

  it('escapes report text and drops characters XML 1.0 forbids', () => {
    expect(graphml).not.toContain('<img');
    expect(graphml).not.toContain('<b>');
    expect(graphml).toContain(
      '<data key="e_evidence">学习运用“千万工程”经验，&lt;img src=x onerror=alert(1)&gt; &amp; &quot;示范村&quot; \'20\'个。</data>',
    );
    expect(graphml).toContain(
      '<data key="n_definition">&lt;b&gt;&quot;甲&quot; &amp; \'乙\'&lt;/b&gt;&#13;&#10;&#9;丙 </data>',
    );
    expect(graphml).toContain('<node id="slogan:吉事即办">');
    expect([...graphml].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    expect(graphml).toContain(TRICKY_DEFINITION.replace(/"/g, '&quot;').replace('\n', '&#10;'));
  });

  it.skipIf(!hasXmllint)(
    `is well-formed XML${hasXmllint ? '' : ` (SKIPPED: ${XMLLINT} missing; apt-get install libxml2-utils)`}`,
    () => {
      const r = spawnSync(XMLLINT, ['--noout', tempFile('graph.graphml', graphml)], { encoding: 'utf8' });
      expect(`${r.stdout}${r.stderr}`).toBe('');
      expect(r.status).toBe(0);
    },
  );

  it.skipIf(!hasNetworkx)(
    `is read by networkx.read_graphml with every value as written${hasNetworkx ? '' : ` (SKIPPED: NetworkX missing in ${PYTHON}; apt-get install python3-networkx)`}`,
    () => {
      const out = JSON.parse(python(READ_NETWORKX, tempFile('graph.graphml', graphml)));
      expect(out).toEqual({
        directed: true,
        nodes: 11,
        edges: 18,
        label: '千万工程',
        aliases: '千村示范、万村整治|千萬工程',
        regionCount: 2,
        x: 12.35,
        color: '#4e79a7',
        definition: HOSTILE_BACK,
        slogan: '吉事即办',
        edge: { kind: 'mentions', weight: 3, phases: 'review|plan', evidence: EVIDENCE_BACK },
      });
    },
  );

  it.skipIf(!hasIgraph)(
    `is read by python igraph's Graph.Read_GraphML${hasIgraph ? '' : ` (SKIPPED: igraph missing in ${PYTHON}; apt-get install python3-igraph)`}`,
    () => {
      const { graph } = hostileInput();
      const out = JSON.parse(python(READ_IGRAPH, tempFile('graph.graphml', graphml)));
      expect(out).toEqual({
        directed: true,
        vcount: graph.order,
        ecount: graph.size,
        label: '千万工程',
        type: 'programme',
        mentions: 5,
        size: 10.5,
        definition: HOSTILE_BACK,
        // a number R and Python can compute with, not text
        regionCountIsNumber: true,
        regionCount: 2,
        edge: { kind: 'mentions', weight: 3, evidence: EVIDENCE_BACK },
      });
    },
  );
});
