// A build that would write what the output folder already holds is not run again. A set records
// what its outputs were made from (a fingerprint of every input's cache key — its bytes, path, id
// and govgraph's code —, what could not be listed, the options that shape the outputs, Node's
// version, the installed libraries' and the viewer's files) and the size and modification time
// of every file it wrote. `govgraph build` over the same inputs, with the same options, into a
// folder whose files are those it wrote, says so and ends in the time it takes to read the
// inputs: at 10,000 reports, seconds instead of a minute. Anything else builds: a changed,
// added or removed report, another option, another govgraph, Node or library, an output file
// changed or removed. The record and its check are export/build-record.ts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { viewerDist, viewerFiles } from '../export/viewer-site.js';
import { reportKeys } from './cache.js';
import { listed, type ListedInputs } from './listed.js';
import type { GraphOptions } from '../graph/build.js';
import { installedVersion } from '../version.js';

const FORMAT = 1;

/** The options of a build that shape its outputs (the number of workers, say, does not). */
export interface FingerprintOptions extends GraphOptions {
  layout?: boolean;
  layoutIterations?: number;
  seed?: number;
  keepApart?: readonly string[];
  /** The extraction cache's folder, whose key index spares hashing the reports again (run/cache.ts). */
  cache?: string;
}

/**
 * A digest of everything a build of `inputs` writes is made from; undefined when an input cannot
 * be read (the build says why).
 */
export function buildFingerprint(
  inputs: readonly string[] | ListedInputs,
  options: FingerprintOptions,
): string | undefined {
  const { files, problems, ids, keys: indexed } = listed(inputs, options.cache);
  const keys = indexed ?? reportKeys(files, ids);
  if (keys.some((k) => k === undefined)) return undefined;
  const shaping = {
    layout: options.layout ?? true,
    layoutIterations: options.layoutIterations ?? null,
    seed: options.seed ?? null,
    cooccurMin: options.cooccurMin ?? null,
    evidencePerEdge: options.evidencePerEdge ?? null,
    keepApart: [...(options.keepApart ?? [])].sort(),
  };
  return crypto
    .createHash('sha256')
    .update(
      JSON.stringify({
        format: FORMAT,
        node: process.version,
        libraries: libraryVersions(),
        viewer: viewerDigest(),
        options: shaping,
        problems,
        keys,
      }),
    )
    .digest('hex');
}

/** The installed versions of govgraph's dependencies (DuckDB writes the Parquet files, …). */
let libraries: Record<string, string> | undefined;

function libraryVersions(): Record<string, string> {
  // read once per process, as extractorVersion reads the code: the command line's check that
  // nothing changed and the build after it ask for them both
  if (libraries) return libraries;
  const own = createRequire(import.meta.url)('../../package.json') as { dependencies?: Record<string, string> };
  return (libraries = Object.fromEntries(
    Object.keys(own.dependencies ?? {})
      .sort()
      .map((lib) => [lib, installedVersion(lib)]),
  ));
}

/** A digest of the viewer's files, which a build copies into its set. */
function viewerDigest(): string {
  const hash = crypto.createHash('sha256');
  const from = viewerDist();
  for (const file of viewerFiles(from).sort())
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(from, file)));
  return hash.digest('hex');
}
