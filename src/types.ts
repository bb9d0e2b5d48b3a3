// Shared domain types of govgraph. Each stage's own input/output types are declared beside the
// stage that produces them (RawDoc in ingest/, CleanDoc in normalize/, Report in structure/,
// Mention in extract/, Entity in resolve/); only the small vocabularies they share live here.

/** The seven node types of the graph contract (DESIGN.md, "Entity types"). */
export const ENTITY_TYPES = ['region', 'programme', 'slogan', 'project', 'industry', 'organization', 'theme'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where in a report a sentence stands: 2023 review, 2024 plan, government self-building, glossary. */
export const PHASES = ['review', 'plan', 'self', 'glossary'] as const;
export type Phase = (typeof PHASES)[number];

export type RegionLevel = 'province' | 'city' | 'county' | 'district' | 'town' | 'village' | 'other';

export type ProjectStatus = 'done' | 'ongoing' | 'planned';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Edge kinds of the graph contract. */
export const EDGE_KINDS = ['mentions', 'part_of', 'located_in', 'in_industry', 'involves', 'co_occurs'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** A half-open [start, end) range of UTF-16 code units in a document's cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One evidence sentence behind an edge. `start`/`end` are the sentence's offsets in the cleaned
 * text of report `doc` (documents.json and the viewer quote it; the term is found inside it).
 */
export interface Evidence {
  doc: string;
  sentence: string;
  start: number;
  end: number;
}

/**
 * A problem with one input file or one document: shown on the terminal, in documents.json and
 * in the viewer's document list. `file` is the path as the user gave it.
 */
export interface Warning {
  file: string;
  reason: string;
}
