// ingest: files and folders -> RawDoc (bytes decoded, encoding recorded).
import type { Encoding, Warning } from '../types.js';
import { assignIds } from './ids.js';
import { listInputFiles } from './list.js';
import { readDoc, type ReadOptions } from './read.js';

export { listInputFiles, isReportName, REPORT_EXTENSIONS, type InputFiles } from './list.js';
export { readDoc, reportId, DEFAULT_MAX_BYTES, type ReadOptions } from './read.js';
export { decode, type Decoded, type NotText } from './decode.js';
export { assignIds, type AssignedId } from './ids.js';

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

export type IngestOptions = Pick<ReadOptions, 'maxBytes'>;

/**
 * Reads every report under `inputs` (files or folders). Never throws: whatever cannot be read
 * or is not a text report is in `problems`, by name and with the reason. Ids are unique: a
 * clash is resolved by the file's folder name, with a warning on the renamed document.
 */
export function ingest(inputs: readonly string[], options: IngestOptions = {}): IngestResult {
  const { files, problems } = listInputFiles(inputs);
  const docs: RawDoc[] = [];
  const ids = assignIds(files);
  files.forEach((file, i) => {
    const { id, warning } = ids[i]!;
    const doc = readDoc(file, { ...options, id });
    if ('reason' in doc) {
      problems.push(doc);
      return;
    }
    if (warning) doc.warnings.push(warning);
    docs.push(doc);
  });
  return { docs, problems };
}
