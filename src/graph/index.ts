// graph: Entity[] -> graphology Graph that follows the contract in DESIGN.md; metrics,
// communities, layout.
import type Graph from 'graphology';
import type { EdgeKind, EntityType, Evidence, Phase, ProjectStatus, RegionLevel } from '../types.js';

/** Node attributes of the graph contract (graph.json, GEXF, CSV and the viewer read these). */
export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  /** Report ids that mention the entity. */
  docs: string[];
  mentions: number;
  /** Number of distinct issuing regions that mention it. */
  regionCount: number;
  x: number;
  y: number;
  size: number;
  color: string;
  community: number;
  definition?: string;
  definitionDoc?: string;
  level?: RegionLevel;
  /** GB/T 2260 code as statistical tables write it: 6 digits (140200), 9 for towns, 12 for villages. */
  code?: string;
  /** The parent region's code, the same way. */
  parentCode?: string;
  parent?: string;
  reports?: string[];
  investment?: number;
  status?: ProjectStatus;
  /** Other names merged into this node, each with the reason (`千村示范、万村整治 (lexicon)`). */
  mergedFrom?: string[];
  /** The years of the reports that name it (or, for an issuing region, that it issued), sorted. */
  years?: number[];
  /** The first of `years`. */
  firstYear?: number;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  /** `mentions` edges: phases the entity is named in, sorted. */
  phases?: Phase[];
  /** `mentions` edges: report ids. */
  docs?: string[];
  /** `mentions` edges: up to 3 evidence sentences, those of the first year first. */
  evidence?: Evidence[];
  /** `mentions` edges: the years of the reports behind it, sorted. */
  years?: number[];
  /** `mentions` edges: the year the region first named the entity. */
  firstYear?: number;
}

export interface GraphAttributes {
  name: string;
  generator: string;
}

export type GovGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
