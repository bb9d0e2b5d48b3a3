// What each CLI command does, in terms of the library; returns the process exit code.
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { guardBuild } from './run/signals.js';
import { stopWorkers } from './run/workers.js';
import { serve } from './serve/index.js';
import {
  closestNames,
  findEntity,
  loadDocumentsJson,
  loadGraphJson,
  sharedProgrammes,
  timeline,
  type GraphJson,
} from './query.js';
import { ExportError, GovgraphError, InputError } from './errors.js';
import { DEFAULTS } from './defaults.js';
import { BUILD_STEPS, build, extractInputs, unchangedBuild, type BuildOptions } from './run/pipeline.js';
import { listInputs } from './run/listed.js';
import { writeShard } from './run/shard.js';
import { viewerDist } from './export/viewer-site.js';
import { formatResult, querySql, type QueryFormat } from './sql.js';
import { oneLine } from './terminal.js';
import { inputNotes, skippedLines, warningLines } from './notes.js';
import type { Warning } from './types.js';
import { csvTable } from './export/csv.js';
import { mdEscape, mdTable } from './export/markdown.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
/** No input could be read as a report. */
export const EXIT_NO_INPUT = 2;
/** A command asked for something the build does not have (an unknown region). */
export const EXIT_USAGE = 2;
/** `govgraph query`: SQL that DuckDB cannot run, or no tables to run it on. */
export const EXIT_BAD_QUERY = 2;

interface BuildFlags {
  out: string;
  layout: boolean;
  workers?: number;
  quiet?: boolean;
  /** List every skipped input and every report's notes, however many. */
  verbose?: boolean;
  keepApart?: string[];
  /** commander's --cache DIR / --no-cache: a folder, false for none, undefined for the default. */
  cache?: string | boolean;
  force?: boolean;
  /** `--from SHARD...`: build from shards of `govgraph extract` instead of reading inputs. */
  from?: string[];
}

export async function runBuild(inputs: string[], flags: BuildFlags): Promise<number> {
  const started = Date.now();
  if (flags.from && inputs.length > 0) {
    console.error('govgraph: give either report files and folders or --from SHARD..., not both');
    return EXIT_USAGE;
  }
  if (!flags.from && inputs.length === 0) inputs = [DEFAULTS.inputDir];
  // A progress bar only on a terminal: pipes and CI logs stay clean.
  const bar =
    process.stderr.isTTY && !flags.quiet
      ? new cliProgress.SingleBar(
          { format: '{stage} {bar} {value}/{total} {file}', clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  // One bar from the first report read to the last output written: reading, building, writing.
  // A step or an output is drawn as it starts: the bar's timer cannot draw while a step keeps
  // the thread busy (resolution at 10,000 reports takes seconds).
  const show = (stage: string, value: number, total: number, file: string) => {
    if (!bar) return;
    if (!bar.isActive) bar.start(total, value, { stage, file: oneLine(file) });
    else {
      bar.setTotal(total);
      bar.update(value, { stage, file: oneLine(file) });
      if (stage !== 'reading') bar.render();
    }
  };
  // what shapes the outputs, and where the cache is (by default inside the output folder)
  const options: BuildOptions = {
    layout: flags.layout,
    ...(flags.keepApart?.length ? { keepApart: flags.keepApart } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.from ? { from: flags.from } : {}),
    ...(flags.cache === false || flags.from
      ? {}
      : { cache: typeof flags.cache === 'string' ? flags.cache : path.join(flags.out, '.cache') }),
  };
  // the inputs listed once, for that check and the build (run/listed.ts)
  const reports = flags.from ? inputs : listInputs(inputs, options.cache);
  // the same reports, options and govgraph as the outputs there: nothing to do (run/unchanged.ts)
  if (unchangedBuild(reports, flags.out, options)) {
    if (!flags.quiet)
      console.log(
        oneLine(
          `govgraph: nothing changed since the build of the outputs in ${flags.out}/ (the same reports, options and govgraph); they are kept (--force builds them again)`,
        ),
      );
    return EXIT_OK;
  }
  // Ctrl+C or kill stops the build with 130/143 and keeps the previous outputs (src/run/signals.ts).
  // The extraction workers are killed first: they are processes of their own (src/run/workers.ts).
  const guard = guardBuild({
    outDir: flags.out,
    beforeExit: () => bar?.stop(),
    exit: (code) => void stopWorkers({ abandon: true }).finally(() => process.exit(code)),
  });
  try {
    let writing = false;
    let result: Awaited<ReturnType<typeof build>>;
    try {
      // the library's build; a signal aborts its write before the switch (src/run/signals.ts)
      result = await build(reports, flags.out, {
        ...options,
        releaseWorkers: true,
        signal: guard.signal,
        ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
        onProgress: (done, total, file) => show('reading', done, total, path.basename(file)),
        onStep: (step, detail) =>
          show('building', BUILD_STEPS.indexOf(step), BUILD_STEPS.length, `${step} (${detail})`),
        onWrite: () => {
          writing = true;
        },
        onOutput: (file, done, total) => show('writing', done, total, file),
      }).finally(() => bar?.stop());
    } catch (err) {
      // a signal stopped the build: the guard has said so and the process is on its way out
      if (guard.stopped) return new Promise<number>(() => {});
      // an output folder with a file in the way, another build writing it, a folder that is not a
      // shard: one line, nothing was done
      if (!writing && (err instanceof ExportError || err instanceof InputError)) {
        console.error(oneLine(`govgraph: ${err.message}`));
        return EXIT_USAGE;
      }
      if (!writing) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      console.error(
        oneLine(
          `govgraph: could not write the outputs to ${flags.out}/ (the previous outputs are unchanged): ${reason}`,
        ),
      );
      return EXIT_FAILURE;
    }

    const warnings = [...(result.cache?.warnings ?? []), ...(result.reuse?.warnings ?? []), ...(result.notices ?? [])];
    for (const line of warningLines(warnings, flags.verbose)) console.error(line);
    const where = path.join(flags.out, 'documents.json');
    for (const line of inputNotes(result.documents, result.problems, {
      all: flags.verbose,
      problems: `${where} ("problems")`,
      warnings: `${where} ("warnings")`,
    }))
      console.error(line);
    if (result.documents.length === 0) {
      console.error(`govgraph: no report could be read from ${(flags.from ?? inputs).join(', ')}; nothing was written`);
      return EXIT_NO_INPUT;
    }
    const { written } = result;
    if (!flags.quiet) {
      if (result.cache)
        console.log(`govgraph: reused ${result.cache.reused} of ${result.cache.total} reports from the cache`);
      const reuse = result.reuse;
      if (reuse && reuse.copied > 0) {
        const share = Math.round((100 * reuse.copiedBytes) / (reuse.copiedBytes + reuse.renderedBytes));
        const parts = reuse.partsLinked + reuse.partsMade;
        console.log(
          `govgraph: copied ${reuse.copied} of ${reuse.copied + reuse.rendered} blocks (${share}% of their bytes) of the big outputs from the previous build` +
            (reuse.partsLinked > 0 ? `, and ${reuse.partsLinked} of ${parts} parts of mentions.parquet` : ''),
        );
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `govgraph: ${result.documents.length} reports -> ${result.graph.order} nodes, ${result.graph.size} edges in ${seconds} s; wrote ${written.length} files to ${flags.out}/`,
      );
    }
    return EXIT_OK;
  } finally {
    guard.dispose();
  }
}

export async function runServe(dir: string, flags: { port: number; host: string }): Promise<number> {
  if (!fs.existsSync(path.join(dir, 'graph.json'))) {
    console.error(`govgraph: ${dir} has no graph.json; run \`govgraph build -o ${dir}\` first`);
    return EXIT_FAILURE;
  }
  if (!fs.existsSync(path.join(viewerDist(), 'index.html'))) {
    console.error(`govgraph: the viewer is not built (${viewerDist()}); run \`npm run build\``);
    return EXIT_FAILURE;
  }
  if (!LOOPBACK.test(flags.host))
    console.error(
      `govgraph: warning: --host ${flags.host} serves the graph, its sentences and your file paths to every machine that can reach this one`,
    );
  let url: string;
  try {
    ({ url } = await serve({ dir, port: flags.port, host: flags.host, viewerDir: viewerDist() }));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `port ${flags.port} is in use (try -p ${flags.port + 1})`
        : code === 'EACCES'
          ? `port ${flags.port} needs privileges (use a port above 1023)`
          : code === 'ERR_SOCKET_BAD_PORT'
            ? `port ${flags.port} is not a port (0-65535)`
            : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
              ? `${flags.host} is not an address of this machine`
              : (err as Error).message;
    console.error(oneLine(`govgraph: cannot serve: ${why}`));
    return EXIT_NO_INPUT;
  }
  console.log(`govgraph: serving ${dir} at ${url} (Ctrl+C to stop)`);
  return EXIT_OK;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

/** A built graph.json, or undefined after one line on stderr saying why it cannot be used. */
function graphOrReason(dir: string): GraphJson | undefined {
  try {
    return loadGraphJson(dir);
  } catch (err) {
    if (!(err instanceof GovgraphError)) throw err;
    console.error(oneLine(`govgraph: ${err.message}`));
    return undefined;
  }
}

export type SharedFormat = 'tsv' | 'csv' | 'md';

/**
 * The programme × region table: ✓ where a region names the programme; with `regions`, only the
 * programmes all of them name, one column each with how often it names it. TSV (default), CSV or
 * Markdown.
 */
export function runShared(
  dir: string,
  flags: { min: number; year?: number; regions?: string[]; format?: SharedFormat },
): number {
  const graph = graphOrReason(dir);
  if (!graph) return EXIT_FAILURE;
  const among = flags.regions ?? [];
  const issuing = new Set(
    graph.nodes.filter((n) => (n.attributes?.reports?.length ?? 0) > 0).map((n) => n.attributes!.label),
  );
  const unknown = among.filter((r) => !issuing.has(r));
  if (unknown.length) {
    const known = [...issuing].sort().join(', ');
    console.error(
      oneLine(`govgraph: no report issued by ${unknown.join(', ')} in ${dir}/graph.json; regions: ${known}`),
    );
    return EXIT_USAGE;
  }
  const min = among.length ? Math.max(flags.min, among.length) : flags.min;
  const rows = sharedProgrammes(graph, min, flags.year, among);
  const when = flags.year !== undefined ? ` in ${flags.year}` : '';
  if (rows.length === 0) {
    const who = among.length ? `all of ${among.join(', ')}` : `${min} or more regions`;
    console.log(oneLine(`no programme is named by ${who}${when}`));
    return EXIT_OK;
  }
  const columns = among.length ? [...among].sort() : [...new Set(rows.flatMap((r) => r.regions))].sort();
  const header = ['regions', 'programme', ...columns];
  const body = rows.map((r) => [
    String(r.regions.length),
    r.label,
    ...columns.map((g) => (!r.regions.includes(g) ? '' : among.length ? String(r.mentions[g] ?? '') : '✓')),
  ]);
  const format = flags.format ?? 'tsv';
  if (format === 'csv') process.stdout.write(csvTable(header, body));
  else if (format === 'md')
    console.log(
      mdTable(
        header.map(mdEscape),
        body.map((row) => row.map(mdEscape)),
      ),
    );
  else for (const row of [header, ...body]) console.log(row.map(oneLine).join('\t'));
  return EXIT_OK;
}

export function runInspect(name: string, flags: { dir: string }): number {
  const graph = graphOrReason(flags.dir);
  if (!graph) return EXIT_FAILURE;
  const found = findEntity(graph, name);
  if (!found) {
    const near = closestNames(graph, name);
    const hint = near.length ? `; did you mean ${near.join(', ')}?` : '';
    console.error(oneLine(`govgraph: no entity named ${JSON.stringify(name)} in ${flags.dir}/graph.json${hint}`));
    return EXIT_FAILURE;
  }
  // reports by their label (浑源县 2024) when documents.json is there, else by id
  let labels = new Map<string, string>();
  try {
    labels = new Map(loadDocumentsJson(flags.dir).map((d) => [d.id, d.label ?? d.id]));
  } catch {
    // an older output folder: ids it is
  }
  const report = (id: string | undefined) => (id ? (labels.get(id) ?? id) : '');
  const { node, mentions } = found;
  const a = node.attributes;
  const say = (line: string) => console.log(oneLine(line));
  say(
    `${a.label} (${a.type}) — named by ${a.regionCount} region(s) in ${a.docs.length} report(s), ${a.mentions} mention(s)`,
  );
  if (a.aliases.length) say(`aliases: ${a.aliases.join(', ')}`);
  if (a.definition) say(`definition (${report(a.definitionDoc)}): ${a.definition}`);
  for (const m of mentions) {
    console.log('');
    say(`${m.region} [${(m.phases ?? []).join(', ')}] ×${m.weight}`);
    for (const e of m.evidence ?? []) say(`  ${report(e.doc)} @${e.start}: ${e.sentence}`);
  }
  return EXIT_OK;
}

/**
 * The region × year table of one programme (or any entity): ● the region's report of that year
 * names it, ○ it has a report that year that does not, blank no report; then the first year and
 * the first sentence.
 */
export function runTimeline(name: string, flags: { dir: string }): number {
  const graph = graphOrReason(flags.dir);
  if (!graph) return EXIT_FAILURE;
  const found = findEntity(graph, name);
  if (!found) {
    console.error(oneLine(`govgraph: no entity named ${JSON.stringify(name)} in ${flags.dir}/graph.json`));
    return EXIT_FAILURE;
  }
  let documents;
  try {
    documents = loadDocumentsJson(flags.dir);
  } catch (err) {
    if (!(err instanceof GovgraphError)) throw err;
    console.error(oneLine(`govgraph: ${err.message}`));
    return EXIT_FAILURE;
  }
  const rows = timeline(graph, documents, found.node.key);
  const years = [...new Set(rows.flatMap((r) => r.reportYears))].sort((a, b) => a - b);
  const a = found.node.attributes;
  console.log(oneLine(`${a.label} (${a.type}) — named by ${rows.length} region(s)`));
  console.log(['region', ...years, 'first', 'first sentence'].join('\t'));
  for (const r of rows) {
    const cells = years.map((y) => (r.years.includes(y) ? '●' : r.reportYears.includes(y) ? '○' : ''));
    const first = r.first ? `${r.first.report}: ${r.first.sentence}` : '';
    console.log([r.region, ...cells, r.firstYear ?? '', first].map((c) => oneLine(String(c))).join('\t'));
  }
  return EXIT_OK;
}

/** DuckDB SQL over the build's tables (the views nodes, edges, mentions, documents), printed. */
export async function runQuery(sql: string, flags: { dir: string; format: QueryFormat }): Promise<number> {
  let text: string;
  try {
    text = formatResult(await querySql(flags.dir, sql), flags.format);
  } catch (err) {
    if (!(err instanceof GovgraphError)) throw err;
    console.error(oneLine(`govgraph: ${err.message}`));
    return EXIT_BAD_QUERY;
  }
  console.log(text);
  return EXIT_OK;
}

/**
 * `govgraph extract INPUTS -o SHARD`: the per-report extraction of the inputs as a shard (run/shard.ts)
 * that `govgraph build --from` merges.
 */
export async function runExtract(
  inputs: string[],
  flags: { out: string; workers?: number; quiet?: boolean; verbose?: boolean; cache?: string },
): Promise<number> {
  const from = inputs.length ? inputs : [DEFAULTS.inputDir];
  const { results } = await extractInputs(from, {
    releaseWorkers: true,
    ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
    ...(flags.cache ? { cache: flags.cache } : {}),
  });
  const skipped = results.filter((r): r is Warning => 'reason' in r);
  for (const line of skippedLines(skipped, path.join(flags.out, 'problems.parquet'), flags.verbose))
    console.error(line);
  if (skipped.length === results.length) {
    console.error(`govgraph: no report could be read from ${from.join(', ')}; no shard was written`);
    return EXIT_NO_INPUT;
  }
  let info: Awaited<ReturnType<typeof writeShard>>;
  try {
    info = await writeShard(flags.out, results);
  } catch (err) {
    if (!(err instanceof GovgraphError)) throw err;
    console.error(oneLine(`govgraph: ${err.message}`));
    return EXIT_USAGE;
  }
  if (!flags.quiet)
    console.log(
      `govgraph: ${info.reports} reports, ${info.mentions} mentions, ${info.problems} problems -> shard ${flags.out}/ (merge with \`govgraph build --from ${flags.out} ...\`)`,
    );
  return EXIT_OK;
}
