// The types the ingest stage produces: a report file decoded, its id and encoding.
import type { Encoding, Warning } from '../types.js';

/** A report file read from disk and decoded to a JS string (not yet cleaned). */
export interface RawDoc {
  /** The report's id: its file name without extension (e.g. `000_0761b37575dd39c7`). */
  id: string;
  /** The path as found while walking the inputs. */
  file: string;
  text: string;
  encoding: Encoding;
  bytes: number;
  /** Things noticed while decoding (e.g. "decoded as GB18030"). */
  warnings: string[];
}

export interface IngestResult {
  docs: RawDoc[];
  /** Files or inputs that could not be read or are not reports, each with its reason. */
  problems: Warning[];
}
