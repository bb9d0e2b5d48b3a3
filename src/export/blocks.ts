// Blocks: the parts of a big output that a rebuild can copy from the previous build's file instead
// of rendering them again (export/reuse.ts). A block is a run of edges or of one report's mention
// rows, with a fingerprint of every value its text is made from: the same fingerprint, the same
// bytes. Adding one report to 10,000 changes a few hundred of graph.json's 285,000 edges and none
// of the other reports' rows of mentions.csv; the rest is copied.
//
// Edge blocks are cut by content, not by count: a block ends after an edge whose key hashes to a
// multiple of EDGE_BLOCK (as rsync and backup tools cut files), so an edge added or dropped changes
// its own block only, never the boundaries of the blocks after it.
import crypto from 'node:crypto';
import type Graph from 'graphology';
import { sortedKeysOf } from './order.js';
import type { Evidence } from '../types.js';

/** A part of an output that may be copied from the previous build (see Exporter.chunks). */
export interface Block {
  /** A digest of everything the text is made from, computed only when a build keeps blocks. */
  fingerprint(): string;
  /** The block's text, as it would be written without reuse. */
  render(): string;
  /**
   * The same text in pieces, for a block that can be big (one report's mention rows: ~1 s for a
   * report of 20 MB): the writer gives the event loop a turn between them, so a signal stops the
   * build there, and holds one piece, not the block.
   */
  pieces?(): Iterable<string>;
  /**
   * What the block is of, the same in every build (a report's id, for its rows of mentions.csv):
   * a file read by a table that is made in parts (parts.ts) is cut into parts after blocks whose
   * names end one, so that a rebuild makes again only the parts whose blocks changed.
   */
  name?: string;
}

/** A piece of a streamed output: text, or a block. */
export type Piece = string | Block;

/** A block's text in pieces: its own, or its whole text as one. */
export function blockPieces(block: Block): Iterable<string> {
  return block.pieces ? block.pieces() : [block.render()];
}

/** The text of pieces, blocks rendered. */
export function joinPieces(pieces: Iterable<Piece>): string {
  let text = '';
  for (const p of pieces) text += typeof p === 'string' ? p : p.render();
  return text;
}

/** Edges per block on average. */
export const EDGE_BLOCK = 64;

/**
 * Whether a block ends after `key` (FNV-1a of its UTF-16 code units): a block of edges, or of a
 * long list's items with `every` LIST_CHUNK.
 */
export function endsBlock(key: string, every = EDGE_BLOCK): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % every === 0;
}

/** Keys cut into blocks by content (see endsBlock); in order, every key once. */
export function contentBlocks(keys: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const key of keys) {
    block.push(key);
    if (endsBlock(key)) {
      blocks.push(block);
      block = [];
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

const edgeBlockMemo = new WeakMap<object, { keys: readonly string[]; blocks: string[][] }>();
const fingerprints = new WeakMap<
  readonly string[],
  { digests: ReadonlyMap<string, string> | undefined; sources: EdgeSources | undefined; fp: string }
>();
const reportDigests = new WeakMap<object, ReadonlyMap<string, string>>();

/**
 * The digests of the reports whose sentences `graph`'s evidence quotes, by report id (a build with
 * a cache knows them: ReportRef.digest; none: forgotten). With them, an edge block's fingerprint
 * names an evidence sentence by its report's digest and its offsets, which fix its text, instead of
 * by the text: at 10,000 reports, JSON and SHA-256 over 400 MB of sentences took 1.5 s of a rebuild.
 */
export function useReportDigests(graph: Graph, digests: ReadonlyMap<string, string> | undefined): void {
  if (digests) reportDigests.set(graph, digests);
  else reportDigests.delete(graph);
}

/**
 * What the `mentions` edges of a graph a build is writing are made from (graph/build.ts's addEdges):
 * each issuing region's reports, as the fingerprints of their mentions with the entity each names,
 * and the evidence kept per edge. An edge from region S to entity T is made of S's reports alone (its
 * `reports`: their ids, years, sentences and which of their mentions name T, read in year, report
 * and offset order, which needs T's mentions in the store's order), so a block of such edges is
 * fingerprinted by its keys and its regions' reports instead of by the JSON of every edge (at 10,000
 * reports, 155 million characters for 281,290 edges, 1.2-1.9 s of a rebuild).
 */
export interface EdgeSources {
  /** What a report's fingerprint names an entity by (its key, label and type). */
  tag: (entity: string) => string;
  /** The fingerprint of report `id`'s mentions, each named by `tag`; undefined when unknown. */
  report: (id: string) => string | undefined;
  /** What else every such edge is made from (the evidence sentences kept per edge). */
  context: string;
}

const edgeSources = new WeakMap<object, EdgeSources>();

/**
 * Sets (or, with undefined, forgets) what `graph`'s mentions edges are made from. Only for as long
 * as its builder writes it, the edges as addEdges made them: a block's fingerprint then no longer
 * reads their attributes.
 */
export function useEdgeSources(graph: Graph, sources: EdgeSources | undefined): void {
  if (sources) edgeSources.set(graph, sources);
  else edgeSources.delete(graph);
}

/** What useEdgeSources set for `graph`. */
export function edgeSourcesOf(graph: Graph): EdgeSources | undefined {
  return edgeSources.get(graph);
}

/**
 * A block's fingerprint by its sources (EdgeSources), or undefined when one of its edges is not a
 * `mentions` edge from an issuing region whose every report has a fingerprint.
 */
function fingerprintBySources(graph: Graph, block: readonly string[], sources: EdgeSources): string | undefined {
  const parts = ['mentions edges by their sources', sources.context];
  const regions = new Set<string>();
  for (const key of block) {
    if (graph.getEdgeAttribute(key, 'kind') !== 'mentions') return undefined;
    const source = graph.source(key);
    parts.push(`${key}\u0000${source}\u0000${graph.target(key)}`);
    regions.add(source);
  }
  for (const region of regions) {
    const reports = regionReports(graph, region, sources);
    if (reports === undefined) return undefined;
    parts.push(region, reports);
  }
  return digest(parts.join('\n'));
}

/**
 * What an issuing region's reports are (by EdgeSources): each report of its node's `reports`
 * with the fingerprint of its mentions, as one text; undefined when the node has no such list or
 * a report has no fingerprint. What is made of the region's reports alone (its mentions edges, its
 * rows of panel.csv) is fixed by it.
 */
export function regionReports(graph: Graph, region: string, sources: EdgeSources): string | undefined {
  const reports: unknown = graph.hasNode(region) ? graph.getNodeAttribute(region, 'reports') : undefined;
  if (!Array.isArray(reports)) return undefined;
  const parts: string[] = [];
  for (const id of reports) {
    const fp = typeof id === 'string' ? sources.report(id) : undefined;
    if (fp === undefined) return undefined;
    parts.push(`${id}\u0000${fp}`);
  }
  return parts.join('\n');
}

/**
 * The graph's edges in output order (sortedKeysOf), cut into blocks: the same arrays for every
 * exporter of a build, so each block's fingerprint is computed once for all of them.
 */
export function edgeBlocks(graph: Graph): readonly string[][] {
  const keys = sortedKeysOf(graph, 'edges');
  const memo = edgeBlockMemo.get(graph);
  if (memo?.keys === keys) return memo.blocks;
  const blocks = contentBlocks(keys);
  edgeBlockMemo.set(graph, { keys, blocks });
  return blocks;
}

/**
 * A digest of a block of edges: each one's key, ends, direction and attributes (as JSON, which
 * tells every value apart but -0 from 0). Exporters add what else their text depends on. The reports
 * an edge lists (`docs`) are numbered in the block, in order of first listing, and named by their
 * numbers, the block's ids listed once at its end: the edges of a block mostly come from one region
 * and list the same reports, whose ids were half of the text to digest (at 10,000 reports, 155
 * million characters of JSON for 281,290 edges).
 */
export function edgeBlockFingerprint(graph: Graph, block: readonly string[]): string {
  const digests = reportDigests.get(graph);
  const sources = edgeSources.get(graph);
  const memo = fingerprints.get(block);
  if (memo && memo.digests === digests && memo.sources === sources) return memo.fp;
  const bySources = sources && fingerprintBySources(graph, block, sources);
  if (bySources !== undefined) {
    fingerprints.set(block, { digests, sources, fp: bySources });
    return bySources;
  }
  const parts: string[] = [];
  // the reports the block's evidence quotes by offsets, each with its digest, listed once at its end
  const cited = new Map<string, string>();
  const listed = new Map<string, number>();
  const number = (doc: string) => {
    let n = listed.get(doc);
    if (n === undefined) listed.set(doc, (n = listed.size));
    return n;
  };
  for (const key of block) {
    const attributes = graph.getEdgeAttributes(key);
    parts.push(
      JSON.stringify([
        key,
        graph.source(key),
        graph.target(key),
        graph.isUndirected(key),
        withReportsNumbered(attributes, digests, cited, number),
      ]),
    );
  }
  if (cited.size > 0) parts.push(JSON.stringify([...cited]));
  if (listed.size > 0) parts.push(JSON.stringify([...listed.keys()]));
  const fp = digest(parts.join('\n'));
  fingerprints.set(block, { digests, sources, fp });
  return fp;
}

/**
 * Edge attributes as a block's fingerprint names them: a `docs` list of ids (strings) as their
 * numbers in the block (`number`), any other `docs` value wrapped in an object, which a list of
 * numbers never equals; and, when the build knows the reports' digests, each evidence sentence of a
 * report that has one as [its report's number, start, end] instead of its text (an array, never equal
 * to an evidence object's JSON), the report and its digest put in `cited`: a block lists each
 * report's 64-character digest once, not once per quote (at 10,000 reports, 835,000 quotes of 10,000
 * reports).
 */
function withReportsNumbered(
  attributes: Record<string, unknown>,
  digests: ReadonlyMap<string, string> | undefined,
  cited: Map<string, string>,
  number: (doc: string) => number,
): Record<string, unknown> {
  const { docs, evidence } = attributes;
  const quoting = digests !== undefined && Array.isArray(evidence);
  if (docs === undefined && !quoting) return attributes;
  const named = { ...attributes };
  if (docs !== undefined)
    named.docs =
      Array.isArray(docs) && docs.every((d) => typeof d === 'string') ? docs.map((d: string) => number(d)) : { docs };
  if (quoting)
    named.evidence = (evidence as Evidence[]).map((e) => {
      const d = digests.get(e.doc);
      if (d === undefined) return e;
      cited.set(e.doc, d);
      return [number(e.doc), e.start, e.end];
    });
  return named;
}

/**
 * The graph's edges as blocks of an output: `render(keys)` makes a block's text, and `context` is
 * what else that text depends on (GEXF's dynamic mode, GraphML's default direction).
 */
export function* edgeBlockPieces(
  graph: Graph,
  render: (keys: readonly string[]) => string,
  context = '',
): Generator<Block> {
  for (const block of edgeBlocks(graph))
    yield { fingerprint: () => `${edgeBlockFingerprint(graph, block)}${context}`, render: () => render(block) };
}

/**
 * Only the edges in `kept`, as blocks of an output that writes part of the graph (graph-view.json's
 * aggregate): each of the graph's blocks (edgeBlocks) less the edges left out, empty ones skipped.
 * A block's fingerprint is the whole block's and which of its edges are kept, so an aggregate shares
 * the fingerprints graph.json computed, and a block is copied when neither its edges nor the choice
 * among them changed.
 */
export function* keptEdgeBlockPieces(
  graph: Graph,
  kept: ReadonlySet<string>,
  render: (keys: readonly string[]) => string,
): Generator<Block> {
  for (const block of edgeBlocks(graph)) {
    const keys = block.filter((k) => kept.has(k));
    if (keys.length === 0) continue;
    const choice = keys.length === block.length ? 'all' : block.map((k) => (kept.has(k) ? '1' : '0')).join('');
    yield { fingerprint: () => `${edgeBlockFingerprint(graph, block)}:${choice}`, render: () => render(keys) };
  }
}

/**
 * A node's `docs` of 64 items or more (isLongList) is a block of its own in the node sections (see
 * withListBlock). At 10,000 reports 861 of 9,792 nodes name more than 4 KB of report ids and hold
 * 63 of nodes.csv's 65 MB; every position moves in a rebuild, so without these blocks each of the
 * six outputs that lists nodes rendered all of it again.
 */
let listBlock = 64;

/** Whether `list` is long enough to be a block of its own (64 items unless set otherwise). */
export function isLongList(list: readonly unknown[] | undefined): boolean {
  return (list?.length ?? 0) >= listBlock;
}

/**
 * Sets the length from which a list is a block (64; Infinity: never) and returns the one before:
 * for tests that compare the outputs with list blocks and without.
 */
export function setListBlockLength(length: number): number {
  const before = listBlock;
  listBlock = length;
  return before;
}

/** Stands for a long list while the rest of its node is rendered (a private-use character, never in an id). */
const LIST_MARK = '\uE000govgraph:docs\uE000';

const listDigests = new WeakMap<readonly string[], string>();

/** A digest of a list of strings, computed once per array for every output of a build. */
function listDigest(values: readonly string[]): string {
  let d = listDigests.get(values);
  if (d === undefined) listDigests.set(values, (d = digest(JSON.stringify(values))));
  return d;
}

/** Items of a long list per block, on average, when the list is cut into blocks (listChunks). */
export const LIST_CHUNK = 256;

/**
 * A list item that every format writes as it is: letters (with their combining marks), digits,
 * `_ . ( )`, the brackets and the enumeration comma of Chinese file names (（）《》〈〉【】「」、·),
 * and `-` after the first character. Nothing quotes, escapes, folds or drops it (JSON, XML
 * attributes, GEXF 1.3's list syntax, CSV with its guard against formulas), so a list of such
 * items is written as its format's opening, the items joined by its separator, and its closing
 * (listForm). Report ids made from file names mostly are (`平遥县2023年政府工作报告（全文）`); one
 * with a space, a comma or a quote is not.
 */
const PLAIN_ITEMS =
  /^(?:[\p{L}\p{M}\p{N}_.()（）《》〈〉【】「」、·][\p{L}\p{M}\p{N}_.()（）《》〈〉【】「」、·-]*\n)*$/u;

/** How a format writes a list of plain items: `open`, the items joined by `sep`, `close`. */
interface ListForm {
  open: string;
  sep: string;
  close: string;
}

/** Marks of three items, the list's own mark first (private-use characters, never in an id). */
const ITEM_MARKS = [LIST_MARK, '\uE001', '\uE002'] as const;

const listForms = new WeakMap<(values: readonly string[]) => string | undefined, ListForm | null>();

/**
 * How `cell` writes a list of plain items, read off its text of two marks and checked on one and
 * three; null when that text is not open + mark + sep + mark + close. The one mark is LIST_MARK, so
 * a form found is also how the node's text holds its list's mark.
 */
function listForm(cell: (values: readonly string[]) => string | undefined): ListForm | null {
  let form = listForms.get(cell);
  if (form !== undefined) return form;
  const [a, b, c] = ITEM_MARKS;
  const two = cell([a, b]);
  const at = two?.indexOf(a) ?? -1;
  const bt = two?.indexOf(b) ?? -1;
  form = null;
  if (two !== undefined && at >= 0 && bt > at) {
    const found = { open: two.slice(0, at), sep: two.slice(at + a.length, bt), close: two.slice(bt + b.length) };
    const { open, sep, close } = found;
    if (cell([a]) === open + a + close && cell([a, b, c]) === open + a + sep + b + sep + c + close) form = found;
  }
  listForms.set(cell, form);
  return form;
}

/** A long list of plain items cut by content, each part with its digest. */
interface ListChunks {
  chunks: string[][];
  prints: string[];
  /** Its items' characters, and one more for each item. */
  characters: number;
  /** The digest of its items, by which a build's notes (useListNotes) know its cut; made when notes are kept. */
  key?: string;
}

const listChunkMemo = new WeakMap<readonly string[], ListChunks | null>();

/**
 * What an output found in its blocks (of rows, of a list's items), by what fixes each block (its
 * fingerprint, its items' digest), kept in the set's block index (reuse.ts) for the next build: a
 * block the previous set had, fixed the same, is not looked at again. A note is the output's own
 * text; one that does not read as the output writes its notes, or does not fit, is not used.
 */
export interface BlockNotes {
  /** The previous build's notes, when it wrote this output with blocks. */
  previous: ReadonlyMap<string, string> | undefined;
  /** This build's notes, which the output fills. */
  next: Map<string, string>;
}

/** Under which name a set's block index keeps the notes on long lists' cuts (useListNotes). */
export const LIST_NOTES = 'long lists';

/**
 * The notes of the build being written on long lists' cuts (useListNotes). Builds write one at a
 * time; were two to overlap in one process, one would read or fill the other's notes, which only
 * ever hold cuts of the very items they are keyed by.
 */
let listNotes: BlockNotes | undefined;

/**
 * Notes on how long lists of plain items were cut (listChunks), kept with the set's block index
 * (reuse.ts) by the digest of each list's items: a list the previous build cut is cut the same way
 * from its note, without hashing each item again (at 10,000 reports, 1,011 lists of 2.2 million
 * report ids, which took about 1 s of every rebuild to cut and digest). Undefined: no note kept.
 */
export function useListNotes(notes: BlockNotes | undefined): void {
  listNotes = notes;
}

/** A list's cut as a note: each chunk's number of items, then each chunk's digest. */
const listNote = (c: ListChunks) => `${c.chunks.map((k) => k.length).join(',')} ${c.prints.join(',')}`;

/** The chunks and digests of `values` from a note of listNote, when it fits them. */
function fromNote(values: readonly string[], note: string): { chunks: string[][]; prints: string[] } | undefined {
  const [counts, prints] = note.split(' ').map((part) => part.split(','));
  if (!counts || !prints || counts.length !== prints.length || prints.some((p) => !/^[\w-]{43}$/.test(p)))
    return undefined;
  const chunks: string[][] = [];
  let at = 0;
  for (const count of counts) {
    const n = Number(count);
    if (!Number.isInteger(n) || n <= 0 || at + n > values.length) return undefined;
    chunks.push(values.slice(at, (at += n)));
  }
  return at === values.length ? { chunks, prints } : undefined;
}

/**
 * `values` cut into blocks by content (endsBlock with LIST_CHUNK), each with a digest of its
 * items, computed once per array for every output of a build, or taken from the previous build's
 * note on the same items (useListNotes); null when an item is not plain (PLAIN_ITEMS). A report
 * added to a list of 10,000 changes the block it falls in, not the list.
 */
function listChunks(values: readonly string[]): ListChunks | null {
  let memo = listChunkMemo.get(values);
  if (memo === undefined) {
    memo = null;
    const joined = values.join('\n') + '\n';
    const key = listNotes ? digest(joined) : undefined;
    const known = key === undefined ? undefined : listNotes?.previous?.get(key);
    const noted = known === undefined ? undefined : fromNote(values, known);
    if (noted) memo = { ...noted, characters: joined.length, key };
    else if (PLAIN_ITEMS.test(joined)) {
      const chunks: string[][] = [];
      let chunk: string[] = [];
      for (const v of values) {
        chunk.push(v);
        if (endsBlock(v, LIST_CHUNK)) {
          chunks.push(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) chunks.push(chunk);
      // plain items hold no line break: joined with one, two chunks never give the same text
      memo = { chunks, prints: chunks.map((c) => digest(c.join('\n'))), characters: joined.length, key };
    }
    listChunkMemo.set(values, memo);
  }
  if (memo && listNotes) {
    // a list cut while no notes were kept has no key yet
    const key = (memo.key ??= digest(values.join('\n') + '\n'));
    if (!listNotes.next.has(key)) listNotes.next.set(key, listNote(memo));
  }
  return memo;
}

/**
 * The characters of `values`' items plus one for each, when an output of this build has already
 * found it a long list of plain items (listChunks): every item non-empty, without `|`, whitespace or
 * anything clean() drops. Undefined when no output has, or it is not.
 */
export function plainListCharacters(values: readonly string[]): number | undefined {
  return listChunkMemo.get(values)?.characters;
}

/**
 * A node's text as pieces, its long `docs` list in blocks (isLongList): the node is rendered with
 * the list replaced by one mark (`render`), and its text cut where the format writes that one-item
 * list (`cell`). A list of plain items (PLAIN_ITEMS) is written as the format's opening, its blocks
 * cut by content (listChunks, each but the first led by the separator) and its closing, so a report
 * added to it changes one block; any other list is one block whose fingerprint is the list's,
 * rendered by `cell`. What the node's text is made of besides the list (its positions, its counts)
 * is rendered every time. `cell` must write a list by its items alone, the same way wherever it
 * appears, and the mark once; a node whose text does not hold the mark's cell exactly once is
 * rendered whole.
 */
export function* withListBlock<A extends { docs?: readonly string[] }>(
  attributes: A,
  render: (attributes: A) => string,
  cell: (values: readonly string[]) => string | undefined,
): Generator<Piece> {
  const docs = attributes.docs;
  const mark = cell([LIST_MARK]);
  // a list whose first item has a cell has one (formats leave out a list only when every item is
  // empty), so the block's text is never missing where the whole node would have had the list
  if (!docs || !isLongList(docs) || mark === undefined || cell(docs.slice(0, 1)) === undefined) {
    yield render(attributes);
    return;
  }
  const text = render({ ...attributes, docs: [LIST_MARK] });
  const at = text.indexOf(mark);
  if (at < 0 || text.indexOf(mark, at + mark.length) >= 0) {
    yield render(attributes);
    return;
  }
  const form = listForm(cell);
  const parts = form && listChunks(docs);
  if (form && parts) {
    yield text.slice(0, at) + form.open;
    for (const [i, chunk] of parts.chunks.entries()) {
      const lead = i === 0 ? '' : form.sep;
      yield {
        fingerprint: () => `docs:${i === 0 ? 'first' : 'next'}:${parts.prints[i]}`,
        render: () => lead + chunk.join(form.sep),
      };
    }
    yield form.close + text.slice(at + mark.length);
    return;
  }
  yield text.slice(0, at);
  yield { fingerprint: () => `docs:${listDigest(docs)}`, render: () => cell(docs)! };
  yield text.slice(at + mark.length);
}

/** A cell of a table row as a block's fingerprint reads it. */
export type RowCell = string | number | undefined;

/**
 * A digest of table rows, every cell told apart by type and length. A text repeated in the block
 * (a report's region on each of its rows, a sentence on each mention in it) is read once and then
 * referred to by number, so a report's rows cost about its own text.
 */
export function rowsFingerprint(rows: readonly (readonly RowCell[])[]): string {
  const seen = new Map<string, number>();
  let text = '';
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell === 'string') {
        const n = seen.get(cell);
        if (n !== undefined) text += `\u0001${n}`;
        else {
          seen.set(cell, seen.size);
          text += `\u0002${cell.length}:${cell}`;
        }
      } else if (typeof cell === 'number') text += `\u0003${Object.is(cell, -0) ? '-0' : String(cell)}`;
      else text += '\u0004';
    }
    text += '\n';
  }
  return digest(text);
}

/** A text's SHA-256, as a fingerprint (base64url). */
export function digest(text: string): string {
  return crypto.createHash('sha256').update(text).digest('base64url');
}
