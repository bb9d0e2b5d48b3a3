// resolve: Mention[] -> Entity[] (canonical names, aliases, cross-report merging).
import type { EntityType, ProjectStatus, RegionLevel } from '../types.js';
import type { Mention } from '../extract/index.js';

export interface Entity {
  /** `${type}:${label}` — the node key. */
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Report ids, sorted. */
  docs: string[];
  mentions: Mention[];
  definition?: string;
  definitionDoc?: string;
  level?: RegionLevel;
  code?: string;
  parent?: string;
  /** For regions: ids of the reports this region issued. */
  reports?: string[];
  investment?: number;
  status?: ProjectStatus;
  industry?: string;
  place?: string;
  organizations?: string[];
}
