// The colour of each node type: what Gephi shows from the GEXF, what graph.json carries and what
// the viewer's legend and reducers draw — one table, imported by the library and the viewer.
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
