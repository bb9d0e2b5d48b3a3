// Report ids: the file name without extension, made unique when two files share one.
import path from 'node:path';
import { reportId } from './read.js';

export interface AssignedId {
  id: string;
  /** Set when the plain id was taken and this one was made up. */
  warning?: string;
}

/**
 * Ids for `files`, in order. A clash gets the parent folder's name appended
 * (`report` -> `report_2023`), then a counter if that is taken too; the first file keeps the
 * plain id, so adding a folder never renames the reports already there.
 */
export function assignIds(files: readonly string[]): AssignedId[] {
  const plain = files.map(reportId);
  const plainIds = new Set(plain);
  const taken = new Set<string>();
  return files.map((file, i) => {
    const id = plain[i]!;
    if (!taken.has(id)) {
      taken.add(id);
      return { id };
    }
    const parent = path.basename(path.dirname(path.resolve(file))) || 'root';
    // a made-up id never equals another file's plain id, so no file is renamed twice
    let candidate = `${id}_${parent}`;
    for (let k = 2; taken.has(candidate) || plainIds.has(candidate); k++) candidate = `${id}_${parent}_${k}`;
    taken.add(candidate);
    return { id: candidate, warning: `report id “${id}” is used by another file too: this one is “${candidate}”` };
  });
}
