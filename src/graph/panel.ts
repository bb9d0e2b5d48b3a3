// The region × year × entity panel behind panel.csv, events.csv and the bursts: how often each
// issuing region named each entity in each year's report, in which phases. Computed from the
// entities' mentions while they are still at hand (the graph keeps only the years of an edge).
import type { Phase } from '../types.js';
import { PHASES } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { ReportRef } from './build.js';
import { compare } from '../text/compare.js';

/** One region × year × entity that the region's report of that year names. */
export interface PanelCell {
  /** The issuing region's name. */
  region: string;
  year: number;
  /** The entity's node key. */
  entity: string;
  mentions: number;
  phases: Phase[];
}

/**
 * Every region × year × entity named, sorted by region, year and entity key. Reports without an
 * issuing region or a year are left out (they cannot be placed in a panel); a region that names
 * itself is left out too, as the graph leaves out such a mentions edge.
 */
export function panelOf(entities: readonly Entity[], reports: readonly ReportRef[]): PanelCell[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const cells = new Map<string, PanelCell>();
  for (const e of entities) {
    const { store, ids } = e.mentions;
    for (const i of ids) {
      const r = byId.get(store.docOf(i));
      if (!r?.region || !r.year || `region:${r.region.name}` === e.key) continue;
      const id = `${r.region.name}\u0000${r.year}\u0000${e.key}`;
      let cell = cells.get(id);
      if (!cell)
        cells.set(id, (cell = { region: r.region.name, year: r.year, entity: e.key, mentions: 0, phases: [] }));
      cell.mentions += 1;
      const phase = store.phaseOf(i);
      if (!cell.phases.includes(phase)) cell.phases.push(phase);
    }
  }
  return [...cells.values()]
    .map((c) => ({ ...c, phases: c.phases.sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b)) }))
    .sort((a, b) => compare(a.region, b.region) || a.year - b.year || compare(a.entity, b.entity));
}

/** The key of a region × entity pair in firstYears(). */
export const pairKey = (region: string, entity: string) => `${region}\u0000${entity}`;

/** The year each region first named each entity, by pairKey (the panel is sorted by year within a region). */
export function firstYears(panel: readonly PanelCell[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const c of panel) if (!first.has(pairKey(c.region, c.entity))) first.set(pairKey(c.region, c.entity), c.year);
  return first;
}
