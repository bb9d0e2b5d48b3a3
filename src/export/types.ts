// The types the export stage reads and writes: the documents' info, the input of every exporter, an exporter.
import type { Phase, Warning } from '../types.js';
import type { ReportMeta } from '../structure/types.js';
import type { GovGraph } from '../graph/index.js';
import type { PanelCell } from '../graph/panel.js';
import type { MentionRow } from '../graph/mentions.js';
import type { BlockNotes, Piece } from './blocks.js';
import type { FileLayout, PartStore } from './parts.js';

/** One report as documents.json and the viewer's document list show it. */
export interface DocumentInfo extends ReportMeta {
  id: string;
  /** For people: the issuing region and year (浑源县 2024). */
  label: string;
  file: string;
  encoding: string;
  traditional: boolean;
  characters: number;
  sentences: number;
  sections: { title: string; phase: Phase; sentences: number }[];
  /** Count of mentions per entity type found in this report. */
  entities: Record<string, number>;
  warnings: string[];
}

/** Everything an exporter may render. */
export interface ExportInput {
  graph: GovGraph;
  documents: DocumentInfo[];
  /** Inputs that could not be read at all (they have no DocumentInfo). */
  problems: Warning[];
  /** Region × year × entity cells (panel.csv, events.csv); none when the caller has no mentions at hand. */
  panel?: PanelCell[];
  /** Every mention with its sentence (mentions.csv); none when the caller has no mentions at hand. */
  mentions?: Iterable<MentionRow>;
  /**
   * Each report's digest (its cache key, graph/docs.ts's ReportRef.digest) by report id, when the
   * build has a cache: a rebuild's fingerprints of edge blocks read it (export/blocks.ts).
   */
  digests?: ReadonlyMap<string, string>;
  /**
   * Build date (YYYY-MM-DD) written as the GEXF `lastmodifieddate`. Omitted by default: a clock
   * read here would make every build's bytes differ.
   */
  date?: string;
}

/** One output format: a small declarative item of the exporter registry. */
export type AnyExporter = Exporter | FileExporter | FolderExporter;

/** The files an exporter writes, relative to the output folder and `/`-separated. */
export function filesOf(exporter: AnyExporter): string[] {
  return 'files' in exporter && exporter.files ? exporter.files() : [exporter.file!];
}

/** An output rendered in memory, as text or bytes, that writeOutputs writes to its file. */
export interface Exporter {
  /** File name written in the output folder. */
  file: string;
  description: string;
  render(input: ExportInput): string | Uint8Array;
  /**
   * The same text as render(), in pieces, for outputs that grow with the corpus (graph.json, the
   * GEXF files, edges.csv): writeOutputs writes each piece as it comes, so a build holds one piece
   * in memory, not a file of hundreds of megabytes. A piece may be a Block (blocks.ts), which
   * a rebuild copies from the previous output set when its fingerprint is unchanged.
   */
  chunks?(input: ExportInput): Iterable<Piece>;
  /**
   * Its bytes show the nodes' positions: a build writes it once the layout, run beside the outputs
   * that do not, is done (WriteSetOptions.positions).
   */
  positions?: boolean;
  /**
   * Of the graph it reads only the nodes' labels and types (with the documents, the mentions and
   * the digests; never the edges, the panel or what addEdges counts): a build writes it as soon as
   * the nodes are made, while the edges are (run/pipeline.ts), so that a conversion of its file
   * runs on a core that is otherwise idle then.
   */
  nodesOnly?: boolean;
  write?: never;
  files?: never;
  writeInto?: never;
  after?: never;
  first?: never;
}

/** What a FileExporter's write() is given beside its input and path (export/write.ts). */
export interface WriteContext {
  /**
   * Called once the long part of the work runs off this thread (DuckDB's COPY issued), so that
   * the caller may then keep this thread busy (the graph's edges) without holding it up.
   */
  started?: () => void;
  /**
   * In a build that copies blocks from the previous set: what this output found in each block of
   * rows of the file it reads, by the block's fingerprint (BlockNotes).
   */
  notes?: BlockNotes;
  /** Where the named blocks of the file it reads (`after`) are, when it has them (parts.ts). */
  source?: FileLayout;
  /** In a build that copies blocks: the previous set's parts of this output, and the record of its own (parts.ts). */
  parts?: PartStore;
  /** Blocks per part on average (parts.ts's PART_BLOCKS, fewer in tests). */
  partBlocks?: number;
}

/**
 * An output that a library writes to its file itself, asynchronously (the Parquet tables, by
 * DuckDB): write() writes the whole file at `path` — in the new output set, which writeOutputs
 * switches in with the others — and rejects if it cannot.
 */
export interface FileExporter {
  file: string;
  description: string;
  write(input: ExportInput, path: string, context?: WriteContext): Promise<void>;
  /**
   * A file of another output that this one reads (mentions.parquet reads mentions.csv). When the
   * set has it, write() starts as soon as that file is written and runs while the outputs after
   * it are rendered (its work is DuckDB's, on its own thread); writeOutputs waits for it before the
   * next output that writes its own file, and before the switch.
   */
  after?: string;
  /**
   * Its work on `after` is the longest of its kind (mentions.parquet's conversion: 8.8 s of a thread
   * at 10,000 reports when read back whole; in parts, parts.ts, 6 s when one report was added): that
   * file is written before the other files that outputs read, so that this work starts soonest. A
   * rebuild that added one report to 10,000 waited for it at the end.
   */
  first?: boolean;
  /**
   * Its bytes show the nodes' positions: a build writes it once the layout, run beside the outputs
   * that do not, is done (WriteSetOptions.positions).
   */
  positions?: boolean;
  /**
   * Of the graph it reads only the nodes' labels and types (with the documents, the mentions and
   * the digests; never the edges, the panel or what addEdges counts): a build writes it as soon as
   * the nodes are made, while the edges are (run/pipeline.ts), so that a conversion of its file
   * runs on a core that is otherwise idle then.
   */
  nodesOnly?: boolean;
  render?: never;
  chunks?: never;
  files?: never;
  writeInto?: never;
}

/**
 * An output of several files that does not depend on the graph (the viewer's static site:
 * index.html and assets/): files() lists them, writeInto() writes them all into a folder.
 */
export interface FolderExporter {
  description: string;
  /** The files it writes, relative and `/`-separated; [] when it has nothing to write. */
  files(): string[];
  writeInto(dir: string): void;
  file?: never;
  render?: never;
  chunks?: never;
  write?: never;
  after?: never;
  first?: never;
  positions?: never;
  nodesOnly?: never;
}
