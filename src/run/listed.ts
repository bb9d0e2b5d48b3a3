// A build's inputs listed once. `govgraph build` with a cache asks three things of the same
// inputs: whether anything changed since the outputs there were written (run/unchanged.ts), the
// fingerprint the new outputs record, and which reports the cache has. Each walked the folders,
// numbered the files and looked up each file's key: at 10,000 reports 0.3 s a time, three times.
import { assignIds, listInputFiles, type AssignedId } from '../ingest/index.js';
import type { Warning } from '../types.js';
import { reportKeys } from './cache.js';

/** What listInputs found under a build's inputs. */
export interface ListedInputs {
  /** The files and folders as given. */
  inputs: readonly string[];
  /** The report files found, in the order a build reads them. */
  files: string[];
  /** What could not be listed (a folder that cannot be read, a missing path). */
  problems: Warning[];
  /** Each file's report id (ingest's assignIds). */
  ids: AssignedId[];
  /** The extraction cache folder whose key index gave `keys`, when listed with one. */
  cache?: string;
  /** With `cache`: each file's cache key (run/cache.ts's reportKeys), undefined when it cannot be read. */
  keys?: (string | undefined)[];
}

/** Lists `inputs` (files and folders), and with a cache folder looks up each file's key in its index. */
export function listInputs(inputs: readonly string[], cache?: string): ListedInputs {
  const { files, problems } = listInputFiles([...inputs]);
  const ids = assignIds(files);
  return {
    inputs,
    files,
    problems,
    ids,
    ...(cache === undefined ? {} : { cache, keys: reportKeys(files, ids, { dir: cache }) }),
  };
}

/** `inputs` as listInputs lists them with `cache`: listed now, or as they were, their keys looked up if `cache` differs. */
export function listed(inputs: readonly string[] | ListedInputs, cache?: string): ListedInputs {
  if (isListed(inputs)) {
    if (inputs.cache === cache) return inputs;
    const { keys: _keys, cache: _cache, ...rest } = inputs;
    return cache === undefined ? rest : { ...rest, cache, keys: reportKeys(rest.files, rest.ids, { dir: cache }) };
  }
  return listInputs(inputs, cache);
}

function isListed(inputs: readonly string[] | ListedInputs): inputs is ListedInputs {
  return !Array.isArray(inputs);
}
