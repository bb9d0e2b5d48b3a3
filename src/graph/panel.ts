// The region × year × entity panel behind panel.csv, events.csv and the bursts: how often each
// issuing region named each entity in each year's report, in which phases. Computed from the
// entities' mentions while they are still at hand (the graph keeps only the years of an edge).
import type { Phase } from '../types.js';
import { PHASES } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { ReportRef } from './build.js';
import { compare } from '../text/compare.js';
import { docTables, idsInOrder, perStore } from './docs.js';
import type { MentionStore } from '../resolve/store.js';
import { onThread } from '../thread.js';

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
  const { input, ...named } = panelInput(entities, reports);
  return panelCells(countPanel(input), named);
}

/**
 * panelOf, its mentions counted on a worker thread (countPanel) while the caller goes on (at 10,000
 * reports a walk over 4.6 million mentions, about a second of one core, beside the graph's edges);
 * the same cells. Small corpora are counted here.
 */
export async function panelBeside(
  entities: readonly Entity[],
  reports: readonly ReportRef[],
  /** Mentions from which they are counted on a thread (tests: 0). */
  beside = COUNTED_BESIDE,
): Promise<PanelCell[]> {
  const { input, ...named } = panelInput(entities, reports);
  if (input.ids.length < beside) return panelCells(countPanel(input), named);
  const counts = await onThread<PanelCounts>(
    `const countPanel = ${countPanel.toString()};
const counts = countPanel(workerData);
parentPort.postMessage(counts, [counts.entity.buffer, counts.slot.buffer, counts.mentions.buffer, counts.phases.buffer]);`,
    input,
    [input.ids.buffer as ArrayBuffer],
    "the panel's thread",
  );
  return panelCells(counts, named);
}

/** Mentions from which panelBeside counts them on a thread. */
const COUNTED_BESIDE = 200_000;

/** What countPanel reads: numbers only, so that it can run on a thread of its own. */
interface PanelInput {
  /** Per store: each mention's report number (MentionStore.columns). */
  docOf: Int32Array[];
  /** Per store: each mention's shape number. */
  shapeOf: Int32Array[];
  /** Per store: each shape's phase as a bit, in PHASES' order. */
  phaseBits: Uint8Array[];
  /** Per store: each report's (region, year) slot in the panel, or -1 when it has no place there. */
  slotOf: Int32Array[];
  /** Per slot: its region's number, and its place in the panel's order (by region, then year). */
  slotRegion: Int32Array;
  slotRank: Int32Array;
  /** Per entity, in key order: its store's number, its own region's number (-1 when it is none). */
  storeOf: Int32Array;
  selfRegion: Int32Array;
  /** Entity k's mention ids are ids[offsets[k]] up to ids[offsets[k + 1]]. */
  ids: Int32Array;
  offsets: Int32Array;
}

/** The panel's cells in its order: each one's entity (key order), slot, mentions and phases (bits). */
interface PanelCounts {
  entity: Int32Array;
  slot: Int32Array;
  mentions: Int32Array;
  phases: Uint8Array;
}

/** The entities in key order and the slots' regions and years: what turns counts into cells. */
interface PanelNames {
  sorted: readonly Entity[];
  slotCells: readonly { region: string; year: number }[];
}

/** The numbers countPanel reads of `entities` and `reports`. */
function panelInput(entities: readonly Entity[], reports: readonly ReportRef[]): PanelNames & { input: PanelInput } {
  const docsOf = docTables(reports);
  const regionNumber = new Map<string, number>();
  const regionOf = (name: string) => {
    let n = regionNumber.get(name);
    if (n === undefined) regionNumber.set(name, (n = regionNumber.size));
    return n;
  };
  const slotKeys = new Map<string, number>();
  const slotCells: { region: string; year: number }[] = [];
  const stores: MentionStore[] = [];
  const slotOf: Int32Array[] = [];
  const storeNumber = perStore((store) => {
    slotOf.push(
      Int32Array.from(docsOf(store), (r) => {
        if (!r?.region || !r.year) return -1;
        const key = `${r.region.name}\u0000${r.year}`;
        let n = slotKeys.get(key);
        if (n === undefined) slotKeys.set(key, (n = slotCells.push({ region: r.region.name, year: r.year }) - 1));
        return n;
      }),
    );
    return stores.push(store) - 1;
  });
  const sorted = [...entities].sort((a, b) => compare(a.key, b.key));
  const storeOf = Int32Array.from(sorted, (e) => storeNumber(e.mentions.store));
  const slotRegion = Int32Array.from(slotCells, (c) => regionOf(c.region));
  // an entity that is a region named by reports of its own is not a cell of its own slots
  const selfRegion = Int32Array.from(sorted, (e) => {
    if (!e.key.startsWith('region:')) return -1;
    return regionNumber.get(e.key.slice('region:'.length)) ?? -1;
  });
  const slotRank = new Int32Array(slotCells.length);
  slotCells
    .map((_c, n) => n)
    .sort((a, b) => compare(slotCells[a]!.region, slotCells[b]!.region) || slotCells[a]!.year - slotCells[b]!.year)
    .forEach((n, r) => (slotRank[n] = r));
  const { ids, offsets } = idsInOrder(sorted);
  const columns = stores.map((store) => store.columns());
  return {
    sorted,
    slotCells,
    input: {
      docOf: columns.map((c) => c.doc),
      shapeOf: columns.map((c) => c.shape),
      phaseBits: stores.map((store) =>
        Uint8Array.from(store.shapes.shapes, (shape) => 1 << PHASES.indexOf(shape.phase)),
      ),
      slotOf,
      slotRegion,
      slotRank,
      storeOf,
      selfRegion,
      ids,
      offsets,
    },
  };
}

/**
 * The panel's cells as numbers: for each entity (in key order) a cell per slot its mentions fall in,
 * counting them and or-ing their phases, then every cell put in slot order (a stable counting sort):
 * sorted by region, year and entity without comparing two cells. Self-contained (numbers in and
 * out, nothing from its module): panelBeside runs its source on a thread.
 */
function countPanel(w: PanelInput): PanelCounts {
  const slots = w.slotRank.length;
  // by slot, the cell of the entity at hand (emptied after each entity)
  const cellAt = new Int32Array(slots).fill(-1);
  let entity = new Int32Array(1024);
  let slot = new Int32Array(1024);
  let mentions = new Int32Array(1024);
  let phases = new Uint8Array(1024);
  let cells = 0;
  const grow = <A extends Int32Array | Uint8Array>(a: A): A => {
    const b = new (a.constructor as new (n: number) => A)(a.length * 2);
    b.set(a);
    return b;
  };
  for (let k = 0; k + 1 < w.offsets.length; k++) {
    const store = w.storeOf[k]!;
    const docOf = w.docOf[store]!;
    const shapeOf = w.shapeOf[store]!;
    const phaseBits = w.phaseBits[store]!;
    const slotOf = w.slotOf[store]!;
    const self = w.selfRegion[k]!;
    const first = cells;
    for (let j = w.offsets[k]!; j < w.offsets[k + 1]!; j++) {
      const i = w.ids[j]!;
      const n = slotOf[docOf[i]!]!;
      if (n < 0) continue;
      let c = cellAt[n]!;
      if (c < 0) {
        if (w.slotRegion[n] === self) continue;
        if (cells === entity.length) {
          entity = grow(entity);
          slot = grow(slot);
          mentions = grow(mentions);
          phases = grow(phases);
        }
        c = cells++;
        cellAt[n] = c;
        entity[c] = k;
        slot[c] = n;
      }
      mentions[c]! += 1;
      phases[c]! |= phaseBits[shapeOf[i]!]!;
    }
    for (let c = first; c < cells; c++) cellAt[slot[c]!] = -1;
  }
  // a stable counting sort by the slots' ranks
  const next = new Int32Array(slots + 1);
  for (let c = 0; c < cells; c++) next[w.slotRank[slot[c]!]! + 1]! += 1;
  for (let r = 1; r <= slots; r++) next[r]! += next[r - 1]!;
  const out = {
    entity: new Int32Array(cells),
    slot: new Int32Array(cells),
    mentions: new Int32Array(cells),
    phases: new Uint8Array(cells),
  };
  for (let c = 0; c < cells; c++) {
    const to = next[w.slotRank[slot[c]!]!]!++;
    out.entity[to] = entity[c]!;
    out.slot[to] = slot[c]!;
    out.mentions[to] = mentions[c]!;
    out.phases[to] = phases[c]!;
  }
  return out;
}

/** countPanel's numbers as cells, each phase list in PHASES' order. */
function panelCells(counts: PanelCounts, { sorted, slotCells }: PanelNames): PanelCell[] {
  return Array.from(counts.entity, (k, c) => {
    const { region, year } = slotCells[counts.slot[c]!]!;
    const bits = counts.phases[c]!;
    return {
      region,
      year,
      entity: sorted[k]!.key,
      mentions: counts.mentions[c]!,
      phases: PHASES.filter((_p, b) => (bits & (1 << b)) !== 0),
    };
  });
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
