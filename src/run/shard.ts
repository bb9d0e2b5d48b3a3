// Shards: the per-report extraction of some of the reports (`govgraph extract INPUTS -o SHARD`),
// as Parquet tables any engine reads, so the slow step can run on many machines at once (a job per
// folder under GNU parallel, Spark, Ray or Kubernetes) and `govgraph build --from SHARD...` merges
// them into the graph and every output, byte for byte what one build of all the reports gives.
//
// A shard is a folder:
//   documents.parquet  one row per report: its id, file, label, year, region, and `result`, the
//                      report's info as JSON (what the merge reads)
//   mentions.parquet   one row per mention: report, type, name, surface, offsets, its sentence
//                      (text and offsets), and the mention and its sentence as JSON (what the
//                      merge reads: every character exactly, which text columns cannot promise)
//   problems.parquet   one row per input that could not be read: file, reason
//   shard.json         the format, the extractor that made it, and the counts
// It is written into a temporary folder beside it and renamed into place whole.
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../types.js';
import { InputError } from '../errors.js';
import type { Column } from '../export/tables.js';
import { writeParquet } from '../export/parquet.js';
import { literal } from '../text/sql.js';
import { ILLEGAL } from '../export/text.js';
import { tempPathFor } from '../export/temp.js';
import { VERSION } from '../version.js';
import { extractorVersion, isDocResult } from './cache.js';
import type { DocResult, SentenceRef } from './process-doc.js';

const FORMAT = 1;
export const SHARD_FILE = 'shard.json';

interface ShardInfo {
  generator: 'govgraph';
  format: number;
  version: string;
  extractor: string;
  reports: number;
  mentions: number;
  problems: number;
}

const col = (name: string, type: Column['type'] = 'string'): Column => ({ name, type });
const DOCUMENT_COLUMNS = [
  col('n', 'integer'),
  col('id'),
  col('file'),
  col('label'),
  col('year', 'integer'),
  col('region'),
  col('result'),
];
const MENTION_COLUMNS = [
  col('doc'),
  col('n', 'integer'),
  col('type'),
  col('name'),
  col('surface'),
  col('start', 'integer'),
  col('end', 'integer'),
  col('sentence', 'integer'),
  col('sentence_text'),
  col('sentence_start', 'integer'),
  col('sentence_end', 'integer'),
  col('sentence_json'),
  col('mention'),
];
const PROBLEM_COLUMNS = [col('n', 'integer'), col('file'), col('reason')];

/** JSON whose every character survives the Parquet writer's cleaning: what clean() drops is written as a \u escape. */
const exactJson = (value: unknown) =>
  JSON.stringify(value).replace(ILLEGAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Writes `results` (in input order) as the shard `dir`, replacing an earlier shard there. */
export async function writeShard(dir: string, results: readonly (DocResult | Warning)[]): Promise<ShardInfo> {
  const docs = results.filter((r): r is DocResult => !('reason' in r));
  const problems = results.filter((r): r is Warning => 'reason' in r);
  const existing = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  if (existing.length > 0 && !existing.includes(SHARD_FILE))
    throw new InputError(`${dir} is a folder that is not a shard: choose another folder for the shard`);
  const temp = tempPathFor(path.resolve(dir));
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp, { recursive: true });
  try {
    await writeParquet(
      { columns: DOCUMENT_COLUMNS },
      docs.map((d, n) => [
        n,
        d.info.id,
        d.info.file,
        d.info.label,
        d.info.year,
        d.region?.name,
        exactJson({ info: d.info, region: d.region }),
      ]),
      path.join(temp, 'documents.parquet'),
    );
    await writeParquet({ columns: MENTION_COLUMNS }, mentionRows(docs), path.join(temp, 'mentions.parquet'));
    await writeParquet(
      { columns: PROBLEM_COLUMNS },
      problems.map((p, n) => [n, p.file, p.reason]),
      path.join(temp, 'problems.parquet'),
    );
    const info: ShardInfo = {
      generator: 'govgraph',
      format: FORMAT,
      version: VERSION,
      extractor: extractorVersion(),
      reports: docs.length,
      mentions: docs.reduce((n, d) => n + d.mentions.length, 0),
      problems: problems.length,
    };
    fs.writeFileSync(path.join(temp, SHARD_FILE), JSON.stringify(info, null, 2) + '\n');
    // an earlier shard in the way is moved aside, then the new one renamed into place
    const aside = `${temp}-old`;
    if (fs.existsSync(dir)) fs.renameSync(dir, aside);
    fs.renameSync(temp, dir);
    fs.rmSync(aside, { recursive: true, force: true });
    return info;
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

function* mentionRows(docs: readonly DocResult[]) {
  for (const d of docs) {
    for (const [n, m] of d.mentions.entries()) {
      const s: SentenceRef | undefined = d.sentences[m.sentence];
      yield [
        d.info.id,
        n,
        m.type,
        m.name,
        m.surface,
        m.start,
        m.end,
        m.sentence,
        s?.text,
        s?.start,
        s?.end,
        s ? exactJson(s) : undefined,
        exactJson(m),
      ];
    }
  }
}

export interface ShardContents {
  results: (DocResult | Warning)[];
  /** One line per shard made by another extractor (its extraction is used as it is). */
  warnings: string[];
}

/**
 * Reads the shards `dirs` back into the per-report results a build merges, in shard order. A
 * folder that is not a shard, or one of another format, is an InputError naming it.
 */
export async function readShards(dirs: readonly string[]): Promise<ShardContents> {
  const duckdb = await import('@duckdb/node-api');
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '1' });
  const results: (DocResult | Warning)[] = [];
  const warnings: string[] = [];
  try {
    const db = await instance.connect();
    try {
      for (const dir of dirs) {
        const info = shardInfo(dir);
        if (info.extractor !== extractorVersion())
          warnings.push(
            `${dir} was extracted by another govgraph (${info.version}) or other lexicons: its extraction is used as it is, and may differ from a build of the same reports with this one`,
          );
        const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
        const file = (name: string) => literal(path.join(dir, name));
        const mentions = new Map<string, DocResult['mentions']>();
        const sentences = new Map<string, DocResult['sentences']>();
        for (const r of await rows(
          `SELECT doc, mention, sentence_json FROM read_parquet(${file('mentions.parquet')}) ORDER BY doc, n`,
        )) {
          const doc = String(r.doc);
          const m = JSON.parse(String(r.mention)) as DocResult['mentions'][number];
          if (!mentions.has(doc)) {
            mentions.set(doc, []);
            sentences.set(doc, {});
          }
          mentions.get(doc)!.push(m);
          const own = sentences.get(doc)!;
          if (r.sentence_json !== null && !own[m.sentence])
            own[m.sentence] = JSON.parse(String(r.sentence_json)) as SentenceRef;
        }
        for (const r of await rows(`SELECT id, result FROM read_parquet(${file('documents.parquet')}) ORDER BY n`)) {
          const { info: docInfo, region } = JSON.parse(String(r.result)) as Pick<DocResult, 'info' | 'region'>;
          const id = String(r.id);
          const doc: DocResult = {
            info: docInfo,
            region,
            mentions: mentions.get(id) ?? [],
            sentences: sentences.get(id) ?? {},
          };
          if (!isDocResult(doc))
            throw new InputError(`${dir}: report ${id} in documents.parquet is not a report's extraction`);
          results.push(doc);
        }
        for (const r of await rows(`SELECT file, reason FROM read_parquet(${file('problems.parquet')}) ORDER BY n`))
          results.push({ file: String(r.file), reason: String(r.reason) });
      }
    } finally {
      db.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  return { results, warnings };
}

function shardInfo(dir: string): ShardInfo {
  let parsed: Partial<ShardInfo> | null;
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(dir, SHARD_FILE), 'utf8')) as Partial<ShardInfo> | null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${dir} is not a shard (no ${SHARD_FILE}); make one with \`govgraph extract INPUTS -o ${dir}\``
        : `${dir}/${SHARD_FILE} cannot be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (parsed?.generator !== 'govgraph' || typeof parsed.extractor !== 'string')
    throw new InputError(`${dir}/${SHARD_FILE} is not a govgraph shard`);
  if (parsed.format !== FORMAT)
    throw new InputError(
      `${dir} is a shard of format ${String(parsed.format)}, this govgraph reads format ${FORMAT}: extract it again`,
    );
  return parsed as ShardInfo;
}
