// ingest: files and folders -> RawDoc (bytes decoded, encoding recorded).
import type { IngestResult, RawDoc } from './types.js';
import { assignIds } from './ids.js';
import { listInputFiles } from './list.js';
import { readDoc, type ReadOptions } from './read.js';

export { listInputFiles, isReportName, REPORT_EXTENSIONS, type InputFiles } from './list.js';
export { readDoc, reportId, DEFAULT_MAX_BYTES, type ReadOptions } from './read.js';
export { decode, type Decoded, type NotText } from './decode.js';
export { assignIds, type AssignedId } from './ids.js';

export type { RawDoc, IngestResult } from './types.js';

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
