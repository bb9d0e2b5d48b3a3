// Outputs that grow with the corpus are produced in pieces (Exporter.chunks) and written as they
// come, so exporting a big graph does not hold whole files of hundreds of megabytes in memory.
import type { Exporter } from './types.js';
import { joinPieces } from './blocks.js';

/** An exporter that produces its text in pieces; render() joins them. */
export function streamed(spec: Omit<Exporter, 'render' | 'chunks'> & Required<Pick<Exporter, 'chunks'>>): Exporter {
  return { ...spec, render: (input) => joinPieces(spec.chunks(input)) };
}

/**
 * Items of a long list per piece of a streamed output. Small pieces die young: with 2,000 items a
 * piece lived long enough to reach the old generation, and the exports of a 230,000-edge graph
 * raised peak RSS by ~900 MB of garbage; with 50 they add nothing measurable and run faster.
 */
export const CHUNK_ITEMS = 50;
