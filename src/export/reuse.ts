// Copying unchanged blocks from the previous build (see blocks.ts). A build that keeps blocks
// records, for each output that has them, where each block's bytes are in its file and their
// fingerprint, in the set's `.govgraph-blocks.json`. The next build writes a block whose
// fingerprint the previous set has by copying those bytes, and renders the others: the file is
// byte-for-byte what rendering it whole gives, in a fraction of the time.
//
// Nothing is trusted that could be stale: the index is used only when the same code wrote it
// (`version`, a digest of the package's code), and a file only when its size and modification
// time are the ones recorded when it was written (someone who saved mentions.csv from a
// spreadsheet changed both); otherwise the file is rendered whole, with a warning.
import fs from 'node:fs';
import path from 'node:path';
import { CopyThread } from './copy-thread.js';
import type { BlockNotes } from './blocks.js';
import { partsDir, type PartStore } from './parts.js';

export const BLOCK_INDEX = '.govgraph-blocks.json';
const FORMAT = 1;

export interface ReuseOptions {
  /** A digest of the code that renders the outputs (run/cache.ts's extractorVersion). */
  version: string;
}

/** What a write copied and rendered, and why it could not copy. */
export interface ReuseStats {
  /** Blocks copied from the previous set, and their bytes. */
  copied: number;
  copiedBytes: number;
  /** Blocks rendered, and their bytes. */
  rendered: number;
  renderedBytes: number;
  /** One line per previous file or index that was not used, and why. */
  warnings: string[];
  /** Parts of the tables made in parts (parts.ts) linked from the previous set, and read back. */
  partsLinked: number;
  partsMade: number;
}

interface FileIndex {
  size: number;
  mtimeMs: number;
  /** [fingerprint, start, end) in bytes, in file order. */
  blocks: [string, number, number][];
}

interface Index {
  format: number;
  version: string;
  files: Record<string, FileIndex>;
  /** Each output's notes on its blocks (blocks.ts's BlockNotes), by what fixes each block. */
  notes?: Record<string, Record<string, string>>;
  /** The parts of each table made in parts (parts.ts): by key, the part's size and modification time. */
  parts?: Record<string, Record<string, [number, number]>>;
}

/** The previous file's blocks, open for copying. */
export interface PreviousFile {
  ranges: Map<string, [number, number]>;
  fd: number;
}

/** One write's reuse: the previous set's index, and the index of the set being written. */
export class BlockReuse {
  readonly stats: ReuseStats = {
    copied: 0,
    copiedBytes: 0,
    rendered: 0,
    renderedBytes: 0,
    warnings: [],
    partsLinked: 0,
    partsMade: 0,
  };
  private readonly previous: Index | undefined;
  private readonly next: Index;
  private readonly madeNotes = new Map<string, BlockNotes>();
  private thread: CopyThread | undefined;

  /** `previousDir`: the folder of the current set, if any. */
  constructor(
    private readonly previousDir: string | undefined,
    options: ReuseOptions,
  ) {
    this.next = { format: FORMAT, version: options.version, files: {} };
    this.previous = previousDir ? this.read(path.join(previousDir, BLOCK_INDEX), options.version) : undefined;
  }

  private read(file: string, version: string): Index | undefined {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined; // no index: the previous build kept no blocks
    }
    try {
      const index = JSON.parse(text) as Partial<Index> | null;
      if (typeof index?.files !== 'object' || index.files === null) throw new Error('it lists no files');
      // written by other code (another format, another version): its blocks may be rendered
      // differently; quietly not used
      return index.format === FORMAT && index.version === version ? (index as Index) : undefined;
    } catch (error) {
      this.stats.warnings.push(
        `${file}: the previous build's block index is damaged (${(error as Error).message}); every output is written whole`,
      );
      return undefined;
    }
  }

  /** The previous set's `file` with its blocks, when it is exactly as recorded; close it after. */
  open(file: string): PreviousFile | undefined {
    const entry = this.previous?.files[file];
    if (!entry || !this.previousDir) return undefined;
    const full = path.join(this.previousDir, file);
    let fd: number;
    try {
      fd = fs.openSync(full, 'r');
    } catch {
      return undefined;
    }
    const stat = fs.fstatSync(fd);
    const ranges = new Map<string, [number, number]>();
    let fits = stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && Array.isArray(entry.blocks);
    for (const block of fits ? entry.blocks : []) {
      const [fp, start, end] = block;
      if (typeof fp !== 'string' || !(Number.isInteger(start) && start >= 0 && end >= start && end <= stat.size)) {
        fits = false;
        break;
      }
      ranges.set(fp, [start, end]);
    }
    if (!fits) {
      fs.closeSync(fd);
      this.stats.warnings.push(`${full} changed since the build that wrote it; written whole, not copied from it`);
      return undefined;
    }
    return { ranges, fd };
  }

  /**
   * The notes output `file` keeps (blocks.ts's BlockNotes): the previous build's (only its text
   * entries) and this build's, saved with the index; the same for every call of one write.
   */
  notes(file: string): BlockNotes {
    const made = this.madeNotes.get(file);
    if (made) return made;
    const kept = this.previous?.notes?.[file];
    const previous =
      typeof kept === 'object' && kept !== null
        ? new Map(Object.entries(kept).filter((e): e is [string, string] => typeof e[1] === 'string'))
        : undefined;
    const notes = { previous, next: new Map<string, string>() };
    this.madeNotes.set(file, notes);
    return notes;
  }

  /**
   * The parts of table `file` (parts.ts): the previous set's, as its index records them, and the
   * record of this set's.
   */
  parts(file: string): PartStore {
    const kept = this.previous?.parts?.[file];
    const recorded =
      typeof kept === 'object' && kept !== null && this.previousDir
        ? Object.fromEntries(
            Object.entries(kept).filter(
              (e): e is [string, [number, number]] =>
                /^[0-9a-f]{64}$/.test(e[0]) && Array.isArray(e[1]) && e[1].length === 2 && e[1].every(Number.isFinite),
            ),
          )
        : undefined;
    return {
      previous: recorded ? { dir: partsDir(this.previousDir!, file), parts: recorded } : undefined,
      record: (parts) => {
        (this.next.parts ??= {})[file] = parts;
      },
      count: (linked, made) => {
        this.stats.partsLinked += linked;
        this.stats.partsMade += made;
      },
    };
  }

  /** Records the blocks of `file`, just written at `full`, for the next build. */
  record(file: string, full: string, blocks: [string, number, number][]): void {
    const stat = fs.statSync(full);
    this.next.files[file] = { size: stat.size, mtimeMs: stat.mtimeMs, blocks };
  }

  /** The thread that copies blocks (copy-thread.ts), started on first use. */
  copies(): CopyThread {
    return (this.thread ??= new CopyThread());
  }

  /** Ends the copying thread, if one started (once the write is over, its files settled). */
  async close(): Promise<void> {
    await this.thread?.stop();
  }

  /** Writes the index of the new set into its folder (before the switch). */
  save(setDir: string): void {
    if (Object.keys(this.next.files).length === 0 && !this.next.parts) return;
    const notes = Object.fromEntries(
      [...this.madeNotes]
        .filter(([, notes]) => notes.next.size > 0)
        .map(([file, notes]) => [file, Object.fromEntries(notes.next)]),
    );
    fs.writeFileSync(path.join(setDir, BLOCK_INDEX), JSON.stringify({ ...this.next, notes }));
  }
}
