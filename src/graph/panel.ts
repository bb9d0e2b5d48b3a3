// The region × year × entity panel behind panel.csv, events.csv and the bursts: how often each
// issuing region named each entity in each year's report, in which phases. Computed from the
// entities' mentions while they are still at hand (the graph keeps only the years of an edge).
import type { Phase } from '../types.js';
import { PHASES } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { ReportRef } from './build.js';
import { compare } from '../text/compare.js';
import { bucketOrder, docTables, perStore } from './docs.js';

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
  const docsOf = docTables(reports);
  // per report of a store, by its number: its (region, year) slot in the panel, or -1 when it
  // has no place there; an entity's cells are then found by slot number, not by a string
  const slotKeys = new Map<string, number>();
  const slotCells: { region: string; year: number }[] = [];
  const slots = perStore((store) =>
    Int32Array.from(docsOf(store), (r) => {
      if (!r?.region || !r.year) return -1;
      const key = `${r.region.name}\u0000${r.year}`;
      let n = slotKeys.get(key);
      if (n === undefined) slotKeys.set(key, (n = slotCells.push({ region: r.region.name, year: r.year }) - 1));
      return n;
    }),
  );
  // cells made entity by entity in key order, each with its slot, then put in slot order (a stable
  // counting sort): sorted by region, year and entity key without comparing two cells
  const cells: PanelCell[] = [];
  const slotOfCell: number[] = [];
  // by slot, the cell of the entity at hand (emptied after each entity): an array, not a map per entity
  const cellAt: (PanelCell | undefined)[] = [];
  for (const e of [...entities].sort((a, b) => compare(a.key, b.key))) {
    const { store, ids } = e.mentions;
    const slot = slots(store);
    while (cellAt.length < slotCells.length) cellAt.push(undefined);
    const first = cells.length;
    for (const i of ids) {
      const n = slot[store.docIndexOf(i)]!;
      if (n < 0) continue;
      let cell = cellAt[n];
      if (!cell) {
        const { region, year } = slotCells[n]!;
        if (`region:${region}` === e.key) continue;
        cellAt[n] = cell = { region, year, entity: e.key, mentions: 0, phases: [] };
        cells.push(cell);
        slotOfCell.push(n);
      }
      cell.mentions += 1;
      const phase = store.phaseOf(i);
      if (!cell.phases.includes(phase)) cell.phases.push(phase);
    }
    for (let c = first; c < cells.length; c++) cellAt[slotOfCell[c]!] = undefined;
  }
  for (const c of cells) c.phases.sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b));
  const rank = new Int32Array(slotCells.length);
  slotCells
    .map((_c, n) => n)
    .sort((a, b) => compare(slotCells[a]!.region, slotCells[b]!.region) || slotCells[a]!.year - slotCells[b]!.year)
    .forEach((n, r) => (rank[n] = r));
  return Array.from(
    bucketOrder(
      slotOfCell.map((n) => rank[n]!),
      slotCells.length,
    ),
    (k) => cells[k]!,
  );
}

const firstYearsOf = new WeakMap<readonly PanelCell[], Int32Array>();

/**
 * The year each cell's region first named its entity, by the cell's place in the panel (the panel
 * is sorted by year within a region); computed once per panel, for every output that shows it
 * (panel.csv, summary.md). Looked up by region, then by entity: the panel's own strings, whose
 * hashes V8 keeps, where a key made of both was a new string to hash for each of 280,000 cells.
 */
export function firstYears(panel: readonly PanelCell[]): Int32Array {
  let first = firstYearsOf.get(panel);
  if (first) return first;
  first = new Int32Array(panel.length);
  const byRegion = new Map<string, Map<string, number>>();
  panel.forEach((c, i) => {
    let years = byRegion.get(c.region);
    if (!years) byRegion.set(c.region, (years = new Map()));
    let year = years.get(c.entity);
    if (year === undefined) years.set(c.entity, (year = c.year));
    first[i] = year;
  });
  firstYearsOf.set(panel, first);
  return first;
}
