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
  code?: string;
  parent?: string;
  reports?: string[];
  investment?: number;
  status?: ProjectStatus;
  /** Other names merged into this node, each with the reason (`千村示范、万村整治 (lexicon)`). */
  mergedFrom?: string[];
}

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  /** `mentions` edges: phases the entity is named in, sorted. */
  phases?: Phase[];
  /** `mentions` edges: report ids. */
  docs?: string[];
  /** `mentions` edges: up to 3 evidence sentences. */
  evidence?: Evidence[];
}

export interface GraphAttributes {
  name: string;
  generator: string;
}

export type GovGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
