// The graph contract's attributes: one table per element, from which the GEXF columns, the CSV
// columns and the README's attribute table are derived, so a new attribute is added in one place
// and every output carries it. Order matters: it is the column order of every output.
import type { EdgeAttributes, GovGraph, NodeAttributes } from '../graph/index.js';

export type AttributeType = 'string' | 'integer' | 'double' | 'liststring' | 'listinteger';
export type AttributeValue = string | number | readonly string[] | undefined;

export interface Attribute<A> {
  /** The attribute's name in graph.json, its GEXF column id and its CSV column header. */
  name: string;
  type: AttributeType;
  /** Which nodes or edges carry it, for people. */
  appliesTo: string;
  description: string;
  /**
   * How GEXF carries it: a typed column (the default), only in one version's columns, or natively
   * (the node's label, viz colour, size and position; the edge's weight, and its kind in 1.3).
   */
  gexf?: 'column' | 'native' | '1.2draft';
  value(attributes: A, key: string, graph: GovGraph): AttributeValue;
}

export const NODE_ATTRIBUTES: readonly Attribute<NodeAttributes>[] = [
  {
    name: 'label',
    type: 'string',
    appliesTo: 'every node',
    description: 'the canonical name (simplified)',
    gexf: 'native',
    value: (a) => a.label,
  },
  {
    name: 'type',
    type: 'string',
    appliesTo: 'every node',
    description: 'region, programme, slogan, project, industry, organization or theme',
    value: (a) => a.type,
  },
  {
    name: 'aliases',
    type: 'liststring',
    appliesTo: 'every node',
    description: 'other spellings seen (traditional forms, expansions)',
    value: (a) => a.aliases,
  },
  {
    name: 'docs',
    type: 'liststring',
    appliesTo: 'every node',
    description: 'ids of the reports that name it',
    value: (a) => a.docs,
  },
  {
    name: 'reports',
    type: 'liststring',
    appliesTo: 'issuing regions',
    description: 'ids of the reports the region issued',
    value: (a) => a.reports,
  },
  {
    name: 'mentions',
    type: 'integer',
    appliesTo: 'every node',
    description: 'how many times it is named',
    value: (a) => a.mentions,
  },
  {
    name: 'regionCount',
    type: 'integer',
    appliesTo: 'every node',
    description: 'how many issuing regions name it',
    value: (a) => a.regionCount,
  },
  {
    name: 'community',
    type: 'integer',
    appliesTo: 'every node',
    description: 'Louvain community',
    value: (a) => a.community,
  },
  {
    name: 'degree',
    type: 'integer',
    appliesTo: 'every node',
    description: 'edges in and out (computed, not stored in graph.json)',
    value: (_a, key, graph) => graph.degree(key),
  },
  {
    name: 'level',
    type: 'string',
    appliesTo: 'regions',
    description: 'province, city, county, district, town, village or other',
    value: (a) => a.level,
  },
  {
    name: 'code',
    type: 'string',
    appliesTo: 'regions',
    description: 'GB/T 2260 code: 6 digits for provinces, cities and counties (140200), 9 for towns, 12 for villages',
    value: (a) => a.code,
  },
  {
    name: 'parentCode',
    type: 'string',
    appliesTo: 'regions',
    description: "the parent region's code, the same way",
    value: (a) => a.parentCode,
  },
  { name: 'parent', type: 'string', appliesTo: 'regions', description: 'the parent region', value: (a) => a.parent },
  {
    name: 'investment',
    type: 'double',
    appliesTo: 'projects',
    description: 'investment in yuan, when stated',
    value: (a) => a.investment,
  },
  {
    name: 'status',
    type: 'string',
    appliesTo: 'projects',
    description: 'done, ongoing or planned',
    value: (a) => a.status,
  },
  {
    name: 'definition',
    type: 'string',
    appliesTo: 'glossary terms',
    description: "the report's own definition",
    value: (a) => a.definition,
  },
  {
    name: 'definitionDoc',
    type: 'string',
    appliesTo: 'glossary terms',
    description: 'the report that defines it',
    value: (a) => a.definitionDoc,
  },
  {
    name: 'mergedFrom',
    type: 'liststring',
    appliesTo: 'merged nodes',
    description: 'other names merged into it, each with the reason',
    value: (a) => a.mergedFrom,
  },
  {
    name: 'years',
    type: 'listinteger',
    appliesTo: 'every node named in a report with a year',
    description: 'the years of the reports that name it (an issuing region: also of its own reports)',
    value: (a) => a.years?.map(String),
  },
  {
    name: 'firstYear',
    type: 'integer',
    appliesTo: 'as years',
    description: 'the first of its years',
    value: (a) => a.firstYear,
  },
  {
    name: 'x',
    type: 'double',
    appliesTo: 'every node',
    description: 'layout position',
    gexf: 'native',
    value: (a) => a.x,
  },
  {
    name: 'y',
    type: 'double',
    appliesTo: 'every node',
    description: 'layout position',
    gexf: 'native',
    value: (a) => a.y,
  },
  {
    name: 'size',
    type: 'double',
    appliesTo: 'every node',
    description: 'drawn size',
    gexf: 'native',
    value: (a) => a.size,
  },
  {
    name: 'color',
    type: 'string',
    appliesTo: 'every node',
    description: 'drawn colour (#rrggbb, by type)',
    gexf: 'native',
    value: (a) => a.color,
  },
];

export const EDGE_ATTRIBUTES: readonly Attribute<EdgeAttributes>[] = [
  {
    name: 'kind',
    type: 'string',
    appliesTo: 'every edge',
    description: 'mentions, part_of, located_in, in_industry, involves or co_occurs',
    gexf: '1.2draft',
    value: (a) => a.kind,
  },
  {
    name: 'weight',
    type: 'double',
    appliesTo: 'every edge',
    description: 'mentions: times named; co_occurs: shared sentences',
    gexf: 'native',
    value: (a) => a.weight,
  },
  {
    name: 'phases',
    type: 'liststring',
    appliesTo: 'mentions',
    description: 'review, plan, self, glossary',
    value: (a) => a.phases,
  },
  {
    name: 'docs',
    type: 'liststring',
    appliesTo: 'mentions',
    description: 'ids of the reports behind it',
    value: (a) => a.docs,
  },
  {
    name: 'years',
    type: 'listinteger',
    appliesTo: 'mentions',
    description: 'the years of the reports behind it',
    value: (a) => a.years?.map(String),
  },
  {
    name: 'firstYear',
    type: 'integer',
    appliesTo: 'mentions',
    description: 'the year the region first named it (its evidence starts with that year)',
    value: (a) => a.firstYear,
  },
  {
    name: 'evidence',
    type: 'string',
    appliesTo: 'mentions',
    description: 'the first evidence sentence (graph.json keeps the first three, with offsets)',
    value: (a) => a.evidence?.[0]?.sentence,
  },
  {
    name: 'evidenceDoc',
    type: 'string',
    appliesTo: 'mentions',
    description: "the first evidence sentence's report",
    value: (a) => a.evidence?.[0]?.doc,
  },
];

/** The attribute tables as Markdown, for the README (test/contract checks that it is there). */
export function attributesMarkdown(): string {
  const rows = (element: string, table: readonly Attribute<unknown>[]) =>
    table.map((a) => `| ${element} | \`${a.name}\` | ${a.type} | ${a.appliesTo} | ${a.description} |`);
  return [
    '| element | attribute | type | on | what |',
    '| --- | --- | --- | --- | --- |',
    ...rows('node', NODE_ATTRIBUTES as readonly Attribute<unknown>[]),
    ...rows('edge', EDGE_ATTRIBUTES as readonly Attribute<unknown>[]),
  ].join('\n');
}
