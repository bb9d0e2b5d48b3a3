// The tables of a build — nodes, edges, mentions, documents — each defined once, column by column
// with its type, and written twice: as CSV for spreadsheets (lists joined with |, table-csv.ts)
// and as Parquet for DuckDB, pandas and R (typed columns, parquet.ts). The node and edge columns
// derive from the contract's attribute table (src/contract/attributes.ts).
import type { Attribute, AttributeType } from '../contract/attributes.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../contract/attributes.js';
import type { GovGraph } from '../graph/index.js';
import type { DocumentInfo, ExportInput } from './types.js';
import { parentCodeOf, statisticalCode } from '../gazetteer/index.js';
import { digitsFor, round } from './numbers.js';
import { sortedKeysOf } from './order.js';
import { issuingRegions, type IssuingRegion } from './regions.js';
import { compare, oneLine } from './text.js';
import { edgeBlockFingerprint, edgeBlocks, edgeSourcesOf, rowsFingerprint, type RowCell } from './blocks.js';
import type { MentionRow, MentionRows } from '../graph/mentions.js';

/** A column's type: an attribute's, or a date (YYYY-MM-DD). */
export type ColumnType = AttributeType | 'date';

export interface Column {
  name: string;
  type: ColumnType;
}

/** One cell; undefined is empty (NULL in Parquet). */
export type TableValue = string | number | readonly string[] | readonly number[] | undefined;

export interface Table {
  columns: readonly Column[];
  /**
   * The rows in the table's order, produced lazily: a big table is never whole in memory. Each row
   * is a new array, which its reader may change (table-csv.ts joins lists in place).
   */
  rows(input: ExportInput): Iterable<TableValue[]>;
  /**
   * The same rows in blocks, for a table whose CSV a rebuild may copy block by block (blocks.ts):
   * each with the fingerprint of what its rows are made from, its rows made only when asked.
   */
  blocks?(input: ExportInput): Iterable<TableBlock>;
  /**
   * A column of lists that can be long (a node's docs): in CSV a row's long list is a block of its
   * own that a rebuild may copy (blocks.ts's withListBlock). Not with `blocks`.
   */
  listBlock?: string;
}

/** Rows of a table that a rebuild copies or renders together. */
export interface TableBlock {
  fingerprint(): string;
  rows(): Iterable<TableValue[]>;
  /** What the block is of, the same in every build (blocks.ts's Block.name). */
  name?: string;
}

export const columnNames = (table: Table): string[] => table.columns.map((c) => c.name);

const text = (name: string): Column => ({ name, type: 'string' });
const integer = (name: string): Column => ({ name, type: 'integer' });
const date = (name: string): Column => ({ name, type: 'date' });

const columnsOf = <A>(attributes: readonly Attribute<A>[]): Column[] =>
  attributes.map((a) => ({ name: a.name, type: a.type }));

/**
 * A node's or edge's values, attribute by attribute: numbers rounded as everywhere else
 * (positions and sizes to 2 decimals), integer lists as numbers, the label on one line.
 */
function attributeValues<A>(table: readonly Attribute<A>[], a: A, key: string, graph: GovGraph): TableValue[] {
  return table.map((attr) => {
    const v = attr.value(a, key, graph);
    if (v === undefined) return undefined;
    if (typeof v === 'number') return round(v, digitsFor(attr.name));
    if (typeof v !== 'string') return attr.type === 'listinteger' ? v.map(Number) : v;
    return attr.name === 'label' ? oneLine(v) : v;
  });
}

/** `id`, then every node attribute of the contract's table, in its order. */
export const NODES_TABLE: Table = {
  columns: [text('id'), ...columnsOf(NODE_ATTRIBUTES)],
  listBlock: 'docs',
  *rows({ graph }) {
    for (const key of sortedKeysOf(graph, 'nodes'))
      yield [key, ...attributeValues(NODE_ATTRIBUTES, graph.getNodeAttributes(key), key, graph)];
  },
};

/** `id`, `source`, `target`, then every edge attribute of the contract's table, in its order. */
export const EDGES_TABLE: Table = {
  columns: [text('id'), text('source'), text('target'), ...columnsOf(EDGE_ATTRIBUTES)],
  *rows({ graph }) {
    for (const key of sortedKeysOf(graph, 'edges')) yield edgeRow(graph, key);
  },
  // the edge blocks of graph.json and the GEXF files (blocks.ts): a row is made of its edge only
  *blocks({ graph }) {
    for (const block of edgeBlocks(graph))
      yield { fingerprint: () => edgeBlockFingerprint(graph, block), rows: () => block.map((k) => edgeRow(graph, k)) };
  },
};

function edgeRow(graph: GovGraph, key: string): TableValue[] {
  return [
    key,
    graph.source(key),
    graph.target(key),
    ...attributeValues(EDGE_ATTRIBUTES, graph.getEdgeAttributes(key), key, graph),
  ];
}

/**
 * Every mention, one row each, with the sentence to cite and its offsets — all of them
 * (graph.json keeps three sentences per edge). Rows in report order, then by offset.
 */
export const MENTIONS_TABLE: Table = {
  columns: [
    text('region'),
    text('region_code'),
    text('doc'),
    text('report'),
    integer('year'),
    text('entity'),
    text('type'),
    text('phase'),
    text('surface'),
    text('sentence'),
    integer('start'),
    integer('end'),
    integer('sentence_start'),
    integer('sentence_end'),
  ],
  *rows(input) {
    const { row } = mentionTableRow(input);
    for (const m of input.mentions ?? []) {
      const r = row(m);
      if (r) yield r;
    }
  },
  // a report's rows are one block: adding a report leaves the others' rows as they were
  *blocks(input) {
    const { row, head } = mentionTableRow(input);
    const rowsOf = function* (list: Iterable<MentionRow>) {
      for (const m of list) {
        const r = row(m);
        if (r) yield r;
      }
    };
    const mentions = input.mentions ?? [];
    if (!('reports' in mentions)) {
      // rows from elsewhere (a library caller's list): grouped by report, their values digested
      for (const list of byDoc(mentions)) {
        const rows = [...rowsOf(list)];
        yield { name: list[0]!.doc, fingerprint: () => rowsFingerprint(rows as RowCell[][]), rows: () => rows };
      }
      return;
    }
    // what a row shows of its entity, and of its report, beside the report's own mentions (asked
    // once per entity: the report fingerprints keep each entity's tag, graph/mentions.ts); in a
    // build, the tag its blocks of edges name the same fingerprints by (blocks.ts's EdgeSources)
    const tag = edgeSourcesOf(input.graph)?.tag ?? entityTag(input.graph);
    for (const report of (mentions as MentionRows).reports()) {
      yield {
        name: report.doc,
        fingerprint: () => {
          const own = report.fingerprint(tag);
          if (own === undefined) return rowsFingerprint([...rowsOf(report.rows())] as RowCell[][]);
          return rowsFingerprint([[own, ...head(report.doc)]]);
        },
        rows: () => rowsOf(report.rows()),
      };
    }
  },
};

/**
 * What a row of mentions.csv shows of an entity of `graph` beside its report: its key, label and
 * type, as one text (a new function each time: its tags are kept per function, graph/mentions.ts).
 */
export function entityTag(graph: GovGraph): (entity: string) => string {
  return (entity) => {
    const a = graph.hasNode(entity) ? graph.getNodeAttributes(entity) : undefined;
    return JSON.stringify([entity, a?.label ?? null, a?.type ?? null]);
  };
}

/**
 * The maker of mentions.csv's rows (`row`: undefined for a mention of an entity the graph does not
 * have), and `head(doc)`, what a row shows of its report: region, code, label and year.
 */
function mentionTableRow({ graph, documents }: ExportInput): {
  row: (m: MentionRow) => TableValue[] | undefined;
  head: (doc: string) => RowCell[];
} {
  const regions = issuingRegions(documents);
  const docs = new Map(documents.map((d) => [d.id, d]));
  // rows come report by report, and name the same entities again and again: each is looked up once
  const entities = new Map<string, { label: string; type: string } | null>();
  let doc: string | undefined;
  let d: DocumentInfo | undefined;
  let region: IssuingRegion | undefined;
  const see = (id: string) => {
    if (id === doc) return;
    doc = id;
    d = docs.get(doc);
    region = d?.region ? regions.get(d.region.name) : undefined;
  };
  const row = (m: MentionRow): TableValue[] | undefined => {
    let a = entities.get(m.entity);
    if (a === undefined) {
      const attributes = graph.hasNode(m.entity) ? graph.getNodeAttributes(m.entity) : undefined;
      entities.set(m.entity, (a = attributes ? { label: attributes.label, type: attributes.type } : null));
    }
    if (a === null) return undefined;
    see(m.doc);
    return [
      region?.name,
      region?.code,
      m.doc,
      d?.label,
      d?.year,
      a.label,
      a.type,
      m.phase,
      m.surface,
      m.sentence,
      m.start,
      m.end,
      m.sentenceStart,
      m.sentenceEnd,
    ];
  };
  const head = (id: string): RowCell[] => {
    see(id);
    return [region?.name, region?.code, d?.label, d?.year];
  };
  return { row, head };
}

/** Rows grouped by report, as they come. */
function* byDoc(mentions: Iterable<MentionRow>): Generator<MentionRow[]> {
  let list: MentionRow[] = [];
  for (const m of mentions) {
    if (list.length > 0 && list[0]!.doc !== m.doc) {
      yield list;
      list = [];
    }
    list.push(m);
  }
  if (list.length > 0) yield list;
}

/**
 * One row per report, by id: its label, its issuing region with six-digit GB/T 2260 codes (its
 * own and its parent's), year, speaker, title, size, how many warnings.
 */
export const DOCUMENTS_TABLE: Table = {
  columns: [
    text('id'),
    text('label'),
    text('region'),
    text('region_code'),
    text('parent_code'),
    text('province'),
    text('level'),
    date('date'),
    integer('year'),
    text('speaker'),
    text('title'),
    integer('characters'),
    integer('warnings'),
  ],
  *rows({ documents }) {
    for (const d of [...documents].sort((a, b) => compare(a.id, b.id))) {
      yield [
        d.id,
        d.label,
        d.region?.name,
        statisticalCode(d.region?.code),
        parentCodeOf(d.region?.code),
        d.region?.province,
        d.region?.level,
        d.date,
        d.year,
        [d.speakerTitle, d.speaker].filter(Boolean).join(' '),
        d.title,
        d.characters,
        d.warnings.length,
      ];
    }
  },
};
