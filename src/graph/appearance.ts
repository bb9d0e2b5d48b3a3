// Colours and sizes: what a first look in Gephi or the viewer shows before any styling.
import type { EntityType } from '../types.js';

/** Tableau 10 colours, one per type, distinguishable on white and legible with labels. */
export const TYPE_COLORS: Record<EntityType, string> = {
  region: '#e15759',
  programme: '#4e79a7',
  slogan: '#f28e2b',
  project: '#76b7b2',
  industry: '#59a14f',
  organization: '#b07aa1',
  theme: '#edc948',
};

/** Node size grows with how widely (regions) and how often (mentions) an entity is named. */
export function nodeSize(type: EntityType, mentions: number, regionCount: number, issuing: boolean): number {
  if (issuing) return 24;
  const base = type === 'region' ? 3 : 4;
  const size = base + 1.6 * Math.log2(1 + mentions) + 2.5 * Math.max(0, regionCount - 1);
  return Math.round(Math.min(size, 20) * 100) / 100;
}
