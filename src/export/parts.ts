// A Parquet table made in parts. mentions.parquet at 10,000 reports is 4.5 million rows that DuckDB
// read back from 1.5 GB of mentions.csv: 10-12 s of a thread in every build, also one that added
// a single report, on a machine of two cores that has little else to give. Its file is cut into
// parts of about PART_BLOCKS reports (cut by content, as the blocks of edges are: after a report
// whose id hashes to a multiple of PART_BLOCKS, so that a report added changes its own part, never
// the cuts of the others), each part read back into a Parquet file of its own, and the table made
// from those files in their order (read from Parquet: 4-5 s). A build that keeps blocks keeps the
// parts in its set, named by the fingerprints of their blocks; the next one links (a hard link,
// not a copy) each part whose blocks it copied unchanged, and reads back only the others.
//
// The table's bytes depend only on its rows: a part is read back from the same bytes (the file's
// header and its blocks), however it was made, and the table from the same parts in the same order.
// All of it runs on a thread of its own (PARTS_THREAD), which needs no turn of the build's own:
// the build makes the graph's edges meanwhile.
import crypto from 'node:crypto';
import path from 'node:path';
import { endsBlock } from './blocks.js';
import { COPY_RANGE } from './copy-thread.js';
import { concatParquet, thriftCodec } from './parquet-concat.js';
import { onThread } from '../thread.js';

/** A named block of a file as written (blocks.ts's Block.name): its bytes [start, end). */
export interface LaidBlock {
  name: string;
  start: number;
  end: number;
  /** Its fingerprint, in a build that keeps blocks. */
  fingerprint?: string;
}

/** Where a file's blocks are: its head (the header line) is bytes [0, head), then the blocks, one after another to the end. */
export interface FileLayout {
  head: number;
  blocks: LaidBlock[];
}

/** Blocks per part, on average (a part ends after a block whose name endsBlock with it). */
export const PART_BLOCKS = 64;

/** A part ends once it holds this many bytes, whatever the names: a part is read back in DuckDB's memory limit. */
export const PART_BYTES = 64 << 20;

/** A run of blocks, bytes [start, end) of the file, with their fingerprints when all have one. */
export interface Part {
  start: number;
  end: number;
  fingerprints?: string[];
}

/**
 * The file's blocks cut into parts: after a block whose name ends one (endsBlock with `every`), or
 * once a part holds `bytes`. The same blocks give the same parts.
 */
export function cutParts(layout: FileLayout, every = PART_BLOCKS, bytes = PART_BYTES): Part[] {
  const parts: Part[] = [];
  let part: LaidBlock[] = [];
  const end = () => {
    const fingerprints = part.map((b) => b.fingerprint);
    parts.push({
      start: part[0]!.start,
      end: part[part.length - 1]!.end,
      ...(fingerprints.every((f) => f !== undefined) ? { fingerprints: fingerprints as string[] } : {}),
    });
    part = [];
  };
  for (const block of layout.blocks) {
    part.push(block);
    if (endsBlock(block.name, every) || block.end - part[0]!.start >= bytes) end();
  }
  if (part.length > 0) end();
  return parts;
}

/** A part's name: a digest of what its file is made from (`salt`: the reader's version and query) and of its blocks. */
export function partKey(salt: string, fingerprints: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  hash.update(salt);
  for (const f of fingerprints) hash.update(`\n${f}`);
  return hash.digest('hex');
}

/** The previous set's parts of one table: their folder, and each part's size and modification time by its key. */
export interface PreviousParts {
  dir: string;
  parts: Record<string, [number, number]>;
}

/** What a build that keeps blocks gives a table made in parts (reuse.ts's BlockReuse.parts). */
export interface PartStore {
  previous: PreviousParts | undefined;
  /** Records the new set's parts (by key: size and modification time) for the next build. */
  record(parts: Record<string, [number, number]>): void;
  /** Counts the parts linked from the previous set and those read back. */
  count(linked: number, made: number): void;
}

/** The parts' folder of table file `file` in the set folder `setDir`. */
export const partsDir = (setDir: string, file: string): string => path.join(setDir, PARTS, file);
const PARTS = '.govgraph-parts';

/** One part for the thread: linked from `from`, or read back from the file by `sql` (its CSV at `csv`). */
export interface PartJob {
  file: string;
  start: number;
  end: number;
  from?: string;
  csv?: string;
  sql?: string;
}

/**
 * What the thread does: the parts, then the table `out` from `files` (the parts' files in order) by
 * concatParquet, or by DuckDB's `merge` where that cannot; DuckDB with `settings`.
 */
export interface PartsJob {
  duckdb: string;
  settings: Record<string, string>;
  spill: string;
  source: string;
  head: number;
  parts: PartJob[];
  files: string[];
  out: string;
  merge: string;
}

/** Where the thread finds hyparquet's Thrift codec (parquet-concat.ts's thriftCodec). */
const THRIFT = {
  read: import.meta.resolve('hyparquet/src/thrift.js'),
  write: import.meta.resolve('hyparquet-writer/src/thrift.js'),
  bytes: import.meta.resolve('hyparquet-writer/src/bytewriter.js'),
};

/**
 * Runs `job` on a thread of its own; resolves with each part's size and modification time once the
 * table is written. `started` is called once the thread has it.
 */
export async function runParts(job: PartsJob, started?: () => void): Promise<[number, number][]> {
  const running = onThread<{ done?: [number, number][]; error?: string }>(
    PARTS_THREAD,
    { ...job, thrift: THRIFT },
    [],
    "the parts' thread",
  );
  started?.();
  const m = await running;
  if (m.error !== undefined) throw new Error(m.error);
  return m.done!;
}

// The thread: plain JavaScript (the build may run from TypeScript sources), DuckDB and hyparquet
// loaded by the URLs the caller resolved; DuckDB started only when a part is read back or the table
// cannot be concatenated. A part's CSV is the file's head and the part's bytes (copied as the
// copying thread copies, copy-thread.ts); removed once read back. A part linked where the file
// system allows it, copied where it does not.
const PARTS_THREAD = `
const fs = require('node:fs');
const job = workerData;
${COPY_RANGE}
const concatParquet = ${concatParquet.toString()};
const thriftCodec = ${thriftCodec.toString()};
(async () => {
  let instance;
  let db;
  const connect = async () => {
    if (db) return db;
    const duckdb = await import(job.duckdb);
    instance = await duckdb.DuckDBInstance.create(':memory:', { ...job.settings, temp_directory: job.spill });
    return (db = await instance.connect());
  };
  const source = fs.openSync(job.source, 'r');
  try {
    for (const part of job.parts) {
      if (part.from !== undefined) {
        try {
          fs.linkSync(part.from, part.file);
        } catch {
          fs.copyFileSync(part.from, part.file);
        }
        continue;
      }
      const csv = fs.openSync(part.csv, 'w');
      try {
        copyRange(source, csv, 0, job.head, 0, 'the file read');
        copyRange(source, csv, part.start, part.end, job.head, 'the file read');
      } finally {
        fs.closeSync(csv);
      }
      await (await connect()).run(part.sql);
      fs.rmSync(part.csv);
    }
    const { deserializeTCompactProtocol } = await import(job.thrift.read);
    const { serializeTCompactProtocol } = await import(job.thrift.write);
    const { ByteWriter } = await import(job.thrift.bytes);
    const codec = thriftCodec(deserializeTCompactProtocol, serializeTCompactProtocol, ByteWriter);
    if (concatParquet(fs, codec, copyRange, job.files, job.out) !== undefined) await (await connect()).run(job.merge);
  } finally {
    fs.closeSync(source);
    db?.closeSync();
    instance?.closeSync();
    fs.rmSync(job.spill, { recursive: true, force: true });
  }
  return job.parts.map((p) => {
    const stat = fs.statSync(p.file);
    return [stat.size, stat.mtimeMs];
  });
})().then(
  (done) => parentPort.postMessage({ done }),
  (error) => parentPort.postMessage({ error: String(error && error.message ? error.message : error) }),
);
`;
