// What the graph's stages look up for each mention's report, numbered as its store numbers
// reports: one lookup per report instead of one per mention (4.6 million at 10,000 reports).
import type { MentionStore } from '../resolve/store.js';
import type { Entity } from '../resolve/index.js';
import type { RegionRef } from '../structure/index.js';

/** What the graph needs of each report: its id, its issuing region and its sentences. */
export interface ReportRef {
  id: string;
  region: RegionRef | null;
  /** The report's year, when known. */
  year?: number;
  /** The sentence with this index, with its offsets in the cleaned text. */
  sentence(index: number): { text: string; start: number; end: number } | undefined;
  /**
   * A digest of the report's bytes, file and id and of the code that extracted it (its cache key):
   * two reports with the same digest have the same mentions and sentences. Lets a rebuild copy the
   * report's rows of mentions.csv (export/blocks.ts); none when the build keeps no cache.
   */
  digest?: string;
}

/** A store's reports by their number (MentionStore.docIndexOf): the report, or undefined when unknown. */
export type DocTable = readonly (ReportRef | undefined)[];

/** `make(store)`, made the first time a store is asked for and kept for the next ones. */
export function perStore<T>(make: (store: MentionStore) => T): (store: MentionStore) => T {
  const made = new Map<MentionStore, T>();
  return (store) => {
    let value = made.get(store);
    if (value === undefined) made.set(store, (value = make(store)));
    return value;
  };
}

/** The tables of the stores the graph meets, each made the first time it is asked for. */
export function docTables(reports: readonly ReportRef[]): (store: MentionStore) => DocTable {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return perStore((store) => Array.from({ length: store.docCount }, (_x, d) => byId.get(store.docName(d))));
}

/**
 * Positions 0 … n-1 ordered by their bucket (`bucketOf[k]`, 0 … buckets-1), in their own order
 * within a bucket: a stable counting sort, with no comparison of two items.
 */
export function bucketOrder(bucketOf: ArrayLike<number>, buckets: number): Int32Array {
  const next = new Int32Array(buckets + 1);
  for (let k = 0; k < bucketOf.length; k++) next[bucketOf[k]! + 1]! += 1;
  for (let b = 1; b < next.length; b++) next[b]! += next[b - 1]!;
  const order = new Int32Array(bucketOf.length);
  for (let k = 0; k < bucketOf.length; k++) order[next[bucketOf[k]!]!++] = k;
  return order;
}

/**
 * The mention ids of `entities`, one entity after another, for a thread to read: entity k's are
 * ids[offsets[k]] up to ids[offsets[k + 1]].
 */
export function idsInOrder(entities: readonly Entity[]): { ids: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(entities.length + 1);
  entities.forEach((e, k) => (offsets[k + 1] = offsets[k]! + e.mentions.ids.length));
  const ids = new Int32Array(offsets[entities.length]!);
  entities.forEach((e, k) => ids.set(e.mentions.ids, offsets[k]));
  return { ids, offsets };
}
