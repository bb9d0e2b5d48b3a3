// Colours and sizes: what a first look in Gephi or the viewer shows before any styling.
import type { EntityType } from '../types.js';

export { TYPE_COLORS } from '../contract/colors.js';

/** Node size grows with how widely (regions) and how often (mentions) an entity is named. */
export function nodeSize(
  type: EntityType,
  mentions: number,
  regionCount: number,
  issuing: boolean,
  issuers = 1,
): number {
  if (issuing) return issuingSize(issuers);
  const base = type === 'region' ? 3 : 4;
  const size = base + 1.6 * Math.log2(1 + mentions) + 2.5 * Math.max(0, regionCount - 1);
  return Math.round(Math.min(size, 20) * 100) / 100;
}

/**
 * An issuing region's size when the graph has `issuers` of them: 24 among up to 20 (a city's
 * counties), smaller as they grow in number — at 8 for a thousand — so that a corpus of every county
 * does not draw a wall of regions over the entities between them.
 */
export function issuingSize(issuers: number): number {
  if (issuers <= 20) return 24;
  return Math.round(Math.max(8, 24 * Math.sqrt(20 / issuers)) * 100) / 100;
}
