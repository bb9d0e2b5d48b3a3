// Colours and sizes: what a first look in Gephi or the viewer shows before any styling.
import type { EntityType } from '../types.js';

export { TYPE_COLORS } from '../contract/colors.js';

/** Node size grows with how widely (regions) and how often (mentions) an entity is named. */
export function nodeSize(type: EntityType, mentions: number, regionCount: number, issuing: boolean): number {
  if (issuing) return 24;
  const base = type === 'region' ? 3 : 4;
  const size = base + 1.6 * Math.log2(1 + mentions) + 2.5 * Math.max(0, regionCount - 1);
  return Math.round(Math.min(size, 20) * 100) / 100;
}
