// What each CLI command does, in terms of the library; returns the process exit code.
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { build } from './run/pipeline.js';
import { guardBuild } from './run/signals.js';
import { stopWorkers } from './run/workers.js';
import { serve } from './serve/index.js';
import { findEntity, loadDocumentsJson, loadGraphJson, sharedProgrammes, timeline, type GraphJson } from './query.js';
import { GovgraphError } from './errors.js';
import { viewerDist } from './export/viewer-site.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
/** No input could be read as a report. */
export const EXIT_NO_INPUT = 2;

interface BuildFlags {
  out: string;
  layout: boolean;
  workers?: number;
  quiet?: boolean;
  keepApart?: string[];
}

export async function runBuild(inputs: string[], flags: BuildFlags): Promise<number> {
  const started = Date.now();
  // A progress bar only on a terminal: pipes and CI logs stay clean.
  const bar =
    process.stderr.isTTY && !flags.quiet
      ? new cliProgress.SingleBar(
          { format: 'reading {bar} {value}/{total} {file}', clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  let started_bar = false;
  // Ctrl+C or kill stops the build with 130/143 and keeps the previous outputs (src/run/signals.ts).
  // The worker threads are stopped between files first: process.exit() terminating a thread inside
  // the segmenter would abort the process (src/run/workers.ts).
  const guard = guardBuild({
    outDir: flags.out,
    beforeExit: () => started_bar && bar?.stop(),
    exit: (code) => void stopWorkers({ abandon: true }).finally(() => process.exit(code)),
  });
  try {
    let writing = false;
    let result: Awaited<ReturnType<typeof build>>;
    try {
      // the library's build; the write runs inside the signal guard, so Ctrl+C never cuts it
      result = await build(inputs, flags.out, {
        layout: flags.layout,
        releaseWorkers: true,
        ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
        ...(flags.keepApart?.length ? { keepApart: flags.keepApart } : {}),
        onProgress(done, total, file) {
          if (!bar) return;
          if (!started_bar) {
            bar.start(total, 0, { file: '' });
            started_bar = true;
          }
          bar.update(done, { file: path.basename(file) });
        },
        writing: (write) => {
          writing = true;
          if (started_bar) bar?.stop();
          return guard.writing(write);
        },
      }).finally(() => started_bar && bar?.stop());
    } catch (err) {
      if (!writing) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      console.error(`govgraph: could not write the outputs to ${flags.out}/: ${reason}`);
      return EXIT_FAILURE;
    }

    for (const p of result.problems) console.error(oneLine(`govgraph: skipped ${p.file}: ${p.reason}`));
    for (const d of result.documents) for (const w of d.warnings) console.error(oneLine(`govgraph: ${d.file}: ${w}`));
    if (result.documents.length === 0) {
      console.error(`govgraph: no report could be read from ${inputs.join(', ')}; nothing was written`);
      return EXIT_NO_INPUT;
    }
    const { written } = result;
    if (!flags.quiet) {
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

/**
 * A message as one terminal line: file names and report text are untrusted, and a newline or an
 * escape sequence in them (evil\x1b[2J.txt) must not split the line or drive the terminal.
 */
function oneLine(message: string): string {
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escape);
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

export function runShared(dir: string, flags: { min: number; year?: number }): number {
  const graph = graphOrReason(dir);
  if (!graph) return EXIT_FAILURE;
  const rows = sharedProgrammes(graph, flags.min, flags.year);
  if (rows.length === 0) {
    const when = flags.year !== undefined ? ` in ${flags.year}` : '';
    console.log(`no programme is named by ${flags.min} or more regions${when}`);
    return EXIT_OK;
  }
  const regions = [...new Set(rows.flatMap((r) => r.regions))].sort();
  console.log(['regions', 'programme', ...regions].join('\t'));
  for (const r of rows)
    console.log([r.regions.length, r.label, ...regions.map((g) => (r.regions.includes(g) ? '✓' : ''))].join('\t'));
  return EXIT_OK;
}

export function runInspect(name: string, flags: { dir: string }): number {
  const graph = graphOrReason(flags.dir);
  if (!graph) return EXIT_FAILURE;
  const found = findEntity(graph, name);
  if (!found) {
    console.error(`govgraph: no entity named ${JSON.stringify(name)} in ${flags.dir}/graph.json`);
    return EXIT_FAILURE;
  }
  const { node, mentions } = found;
  const a = node.attributes;
  console.log(
    `${a.label} (${a.type}) — named by ${a.regionCount} region(s) in ${a.docs.length} report(s), ${a.mentions} mention(s)`,
  );
  if (a.aliases.length) console.log(`aliases: ${a.aliases.join(', ')}`);
  if (a.definition) console.log(`definition (${a.definitionDoc}): ${a.definition}`);
  for (const m of mentions) {
    console.log(`\n${m.region} [${(m.phases ?? []).join(', ')}] ×${m.weight}`);
    for (const e of m.evidence ?? []) console.log(`  ${e.doc} @${e.start}: ${e.sentence}`);
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
