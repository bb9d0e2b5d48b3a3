// Outputs that grow with the corpus are produced in pieces (Exporter.chunks) and written as they
// come, so exporting a big graph does not hold whole files of hundreds of megabytes in memory.
import type { Exporter } from './types.js';
import { isLongList, joinPieces, withListBlock, type Piece } from './blocks.js';

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

/**
 * Items' texts one after another, `sep` between two, in plain pieces of CHUNK_ITEMS items; an item
 * whose attributes have a long `docs` list (isLongList) in pieces of its own, the list a block that
 * a rebuild may copy (withListBlock, with the format's `cell`). The node sections of every output
 * that lists nodes.
 */
export function* itemPieces<T, A extends { docs?: readonly string[] }>(
  items: Iterable<T>,
  attributesOf: (item: T) => A,
  render: (item: T, attributes: A) => string,
  cell: (values: readonly string[]) => string | undefined,
  sep = '',
): Generator<Piece> {
  let text = '';
  let n = 0;
  let first = true;
  for (const item of items) {
    if (!first) text += sep;
    first = false;
    const attributes = attributesOf(item);
    if (isLongList(attributes.docs)) {
      if (text) yield text;
      text = '';
      n = 0;
      yield* withListBlock(attributes, (a) => render(item, a), cell);
      continue;
    }
    text += render(item, attributes);
    if (++n === CHUNK_ITEMS) {
      yield text;
      text = '';
      n = 0;
    }
  }
  if (text) yield text;
}

/**
 * A JSON array of one item per line, in the given pieces: plain text of CHUNK_ITEMS lines, or
 * blocks (blocks.ts) that a rebuild may copy.
 */
export function* jsonList(pieces: Iterable<Piece>): Generator<Piece> {
  let first = true;
  for (const piece of pieces) {
    yield first ? '[\n' : ',\n';
    yield piece;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}
