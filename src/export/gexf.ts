// The GEXF writer behind graph.gexf (1.3, valid against the RELAX NG schema) and graph-1.2.gexf
// (1.2draft, for NetworkX): one writer, the differences confined to namespaces and list syntax.
import type { ExportInput } from './types.js';
import { itemPieces } from './streamed.js';
import { hexToRgb } from './color.js';
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  type GexfColumn,
  type GexfType,
  type GexfValue,
  type GexfVersion,
} from './gexf-columns.js';
import { formatNumber } from './numbers.js';
import { oneLine } from './text.js';
import { sortedKeysOf } from './order.js';
import { XmlWriter, escapeAttribute, type XmlAttributes } from './xml.js';
import { edgeBlockPieces, joinPieces, type Piece } from './blocks.js';
import type { NodeAttributes } from '../graph/index.js';

export type { GexfVersion } from './gexf-columns.js';

const NAMESPACES: Record<GexfVersion, XmlAttributes> = {
  // no xsi:schemaLocation: the 1.3 RELAX NG grammar does not allow it, and Gephi does not need it
  '1.3': {
    xmlns: 'http://gexf.net/1.3',
    'xmlns:viz': 'http://gexf.net/1.3/viz',
    version: '1.3',
  },
  '1.2draft': {
    xmlns: 'http://www.gexf.net/1.2draft',
    'xmlns:viz': 'http://www.gexf.net/1.2draft/viz',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
    version: '1.2',
  },
};

export function renderGexf(input: ExportInput, version: GexfVersion): string {
  return joinPieces(gexfChunks(input, version));
}

/** The GEXF document in pieces of CHUNK_ITEMS nodes, and its edges in blocks (see Exporter.chunks). */
export function* gexfChunks(input: ExportInput, version: GexfVersion): Generator<Piece> {
  const { graph } = input;
  const xml = new XmlWriter();
  const nodeColumns = NODE_COLUMNS.filter((c) => !c.only || c.only === version);
  const edgeColumns = EDGE_COLUMNS.filter((c) => !c.only || c.only === version);

  xml.start('gexf', NAMESPACES[version]);
  // No build time here: a lastmodifieddate only when the caller supplies one, so bytes stay stable.
  xml.start('meta', { lastmodifieddate: isDate(input.date) ? input.date : undefined });
  xml.text('creator', graph.getAttribute('generator') || 'govgraph');
  xml.text('description', 'Knowledge graph of Chinese local-government work reports (govgraph)');
  xml.end();

  // 1.3 is dynamic when the reports have years: Gephi's timeline then plays the corpus year by year
  const dynamic = version === '1.3' && hasYears(graph);
  xml.start('graph', {
    defaultedgetype: 'directed',
    mode: dynamic ? 'dynamic' : 'static',
    timeformat: dynamic ? 'integer' : undefined,
  });
  declare(xml, 'node', nodeColumns, version);
  declare(xml, 'edge', edgeColumns, version);

  xml.start('nodes', { count: graph.order });
  const node = (key: string, a: NodeAttributes) => {
    const { r, g, b } = hexToRgb(a.color);
    xml.start('node', { id: key, label: oneLine(a.label) || key });
    values(
      xml,
      nodeColumns,
      nodeColumns.map((c) => c.value(a, key, graph)),
      version,
    );
    if (dynamic) spells(xml, a.years);
    xml.empty('viz:color', { r, g, b });
    xml.empty('viz:size', { value: formatNumber(Math.max(0, a.size), 2) || '1' });
    xml.empty('viz:position', { x: formatNumber(a.x, 2) || '0', y: formatNumber(a.y, 2) || '0' });
    xml.end();
  };
  // a long docs list is a block of its own (itemPieces): its attvalue's text as values() writes
  // it, escaped as XmlWriter escapes attribute values
  const docsCell = (docs: readonly string[]) => {
    const text = serialize('liststring', docs, version);
    return text === undefined ? undefined : escapeAttribute(text);
  };
  yield xml.take();
  yield* itemPieces(
    sortedKeysOf(graph, 'nodes'),
    (key) => graph.getNodeAttributes(key),
    (key, a) => {
      node(key, a);
      return xml.take();
    },
    docsCell,
  );
  xml.end();

  xml.start('edges', { count: graph.size });
  yield xml.take();
  const edge = (xml: XmlWriter, key: string) => {
    const a = graph.getEdgeAttributes(key);
    xml.start('edge', {
      id: key,
      source: graph.source(key),
      target: graph.target(key),
      label: a.kind,
      weight: formatNumber(a.weight) || undefined,
      kind: version === '1.3' ? a.kind : undefined,
    });
    values(
      xml,
      edgeColumns,
      edgeColumns.map((c) => c.value(a, key, graph)),
      version,
    );
    if (dynamic) spells(xml, a.years);
    xml.end();
  };
  // a block is written inside <edges> whenever it is rendered; its text also depends on whether
  // the graph is dynamic (its spells)
  const inEdges = xml.inside();
  yield* edgeBlockPieces(
    graph,
    (block) => {
      const part = inEdges.inside();
      for (const key of block) edge(part, key);
      return part.take();
    },
    dynamic ? ' dynamic' : '',
  );
  xml.end();

  xml.end().end();
  yield xml.toString();
}

function hasYears(graph: ExportInput['graph']): boolean {
  return graph.someNode((_k, a) => (a.years?.length ?? 0) > 0);
}

/**
 * When a node or edge exists: one spell per run of consecutive years (2022–2023, 2025). Without
 * years (a parent region no report issued, a co-occurrence) it has no spells and always exists.
 */
function spells(xml: XmlWriter, years: readonly number[] | undefined): void {
  if (!years?.length) return;
  xml.start('spells');
  for (const [start, end] of yearRuns(years)) xml.empty('spell', { start, end });
  xml.end();
}

/** Sorted years as runs of consecutive years: [2021, 2022, 2024] -> [[2021, 2022], [2024, 2024]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

function declare<A>(xml: XmlWriter, cls: 'node' | 'edge', columns: GexfColumn<A>[], version: GexfVersion): void {
  xml.start('attributes', { class: cls, mode: 'static' });
  for (const c of columns) xml.empty('attribute', { id: c.id, title: c.id, type: declaredType(c.type, version) });
  xml.end();
}

/** NetworkX's 1.2draft reader has no list types; there lists are `|`-joined strings. */
function declaredType(type: GexfType, version: GexfVersion): string {
  return type.startsWith('list') && version === '1.2draft' ? 'string' : type;
}

function values<A>(xml: XmlWriter, columns: GexfColumn<A>[], raw: GexfValue[], version: GexfVersion): void {
  const cells = columns
    .map((c, i) => ({ id: c.id, value: serialize(c.type, raw[i], version) }))
    .filter((cell): cell is { id: string; value: string } => cell.value !== undefined);
  if (cells.length === 0) return;
  xml.start('attvalues');
  for (const cell of cells) xml.empty('attvalue', { for: cell.id, value: cell.value });
  xml.end();
}

/** An attvalue's text, or undefined to leave it out (missing, empty, not finite). */
function serialize(type: GexfType, value: GexfValue, version: GexfVersion): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    const text = type === 'integer' ? formatNumber(Math.round(value), 0) : formatNumber(value);
    return text || undefined;
  }
  if (typeof value === 'string') return value === '' ? undefined : value;
  const items = value.map(oneLine).filter((v) => v !== '');
  if (items.length === 0) return undefined;
  return version === '1.3' ? `[${items.map(listItem).join(', ')}]` : items.join('|');
}

/** GEXF 1.3 list syntax (as Gephi writes it): items quoted only when they would be ambiguous. */
function listItem(item: string): string {
  return /[,"'[\]\\]/.test(item) ? `"${item.replace(/[\\"]/g, (c) => '\\' + c)}"` : item;
}

function isDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
