// `npm run bench [N]`: times the build on N (default 1,000) reports against the floor (reading +
// one regex pass) and the segmenter alone, in one run; the whole build with a cold cache and after
// adding one report (three samples, the median taken); one report of 1, 4 and 20 MB; Ctrl+C during
// one huge report; and lays out a 10,000-node graph.
import fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus } from './corpus.js';
import { defaultWorkers, startWorkers } from '../run/workers.js';
import { buildGraphFromInputs } from '../run/pipeline.js';
import { layout } from '../graph/layout.js';
import { processDoc } from '../run/process-doc.js';
import { writeOutputs } from '../export/write.js';
import { synthetic } from './synthetic.js';

const count = Number(process.argv[2] ?? 1000);
const root = path.resolve('.bench');
const files = makeCorpus('seeds', path.join(root, 'corpus'), count);
const chars = files.reduce((n, f) => n + fs.readFileSync(f, 'utf8').length, 0);

const rows: [string, number, number][] = [];

/** The peak of a process tree's memory, and what made it up: each process's resident size then, and when. */
interface TreePeak {
  mb: number;
  /** Seconds after the start. */
  at: number;
  /** Each process's MB at the peak, the command's own first (then the build it starts, then its workers). */
  parts: number[];
  /** Of the peak, the MB of files mapped into the processes (RssFile: pages the kernel can drop and read again). */
  fileMb: number;
}

/**
 * Runs a command and returns the peak of the memory it and its child processes (the extraction
 * workers) hold at once: their resident sizes summed, sampled every 50 ms from /proc, with each
 * process's share at that moment (a peak is read by what was alive then).
 */
function peakOfTree(command: string, args: string[]): Promise<TreePeak> {
  // a field of /proc/PID/status in MB
  const field = (status: string, name: string) =>
    Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  // the process and its descendants, the process first: its resident MB and how much of it is files
  const tree = (pid: number, into: { mb: number; fileMb: number }[] = []) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      into.push({ mb: field(status, 'VmRSS'), fileMb: field(status, 'RssFile') });
      for (const c of children) tree(Number(c), into);
    } catch {
      // the process has ended between two reads
    }
    return into;
  };
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak: TreePeak = { mb: 0, at: 0, parts: [], fileMb: 0 };
    const timer = setInterval(() => {
      const processes = tree(child.pid!);
      const mb = processes.reduce((n, p) => n + p.mb, 0);
      if (mb > peak.mb)
        peak = {
          mb,
          at: (performance.now() - t0) / 1000,
          parts: processes.map((p) => p.mb),
          fileMb: processes.reduce((n, p) => n + p.fileMb, 0),
        };
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`whole build failed: ${stderr}`));
      else resolve(peak);
    });
  });
}
/** A peak as the bench prints it: 1805 MB at 158 s (64 + 531 + 615 + 595; files mapped 160 MB). */
const describePeak = (p: TreePeak | undefined) =>
  p
    ? `${p.mb.toFixed(0)} MB at ${p.at.toFixed(0)} s (${p.parts.map((m) => m.toFixed(0)).join(' + ')}; files mapped ${p.fileMb.toFixed(0)} MB)`
    : '?';
/** The process's high-water mark so far, workers included (MB). */
const peakMb = () => process.resourceUsage().maxRSS / 1024;
async function time<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  rows.push([label, (performance.now() - t0) / 1000, peakMb()]);
  return out;
}

const floor = await time('floor: read + regex', () => {
  let quotes = 0;
  for (const f of files) quotes += fs.readFileSync(f, 'utf8').match(/“[^”]{1,40}”/g)?.length ?? 0;
  return quotes;
});
// Neither the segmenter alone nor the build is charged its threads' start-up (timed apart).
const workers = defaultWorkers();
// The yardstick is the segmentation the build itself needs: jieba's POS tagging, by jieba's own
// tagger (the build gets the same words and tags from jieba's cut and a map of each word's tag,
// extract/segment.ts; plain word cutting, faster, is shown for reference), in as many threads, in a
// process of its own. A shared
// machine's speed drifts over minutes by more than a few per cent, so the segmenter runs before and
// after each stage it is the yardstick of (A-B-A: before the build and after its layout and
// exports; before and after the whole cold build), and a stage is compared with the mean of the two
// runs that bracket it: a drift that slows the stage slows its yardstick as much.
const segmentRuns: number[] = [];
function segmentOnly(withCut = false): { tag: number; cut: number } {
  const alone = spawnSync(
    process.execPath,
    [new URL('./segment-only.js', import.meta.url).pathname, String(workers), withCut ? 'tag,cut' : 'tag', ...files],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (alone.status !== 0) throw new Error(`segmenter-only stage failed: ${alone.stderr}`);
  const timing = JSON.parse(alone.stdout) as { start: number; tag: number; cut: number };
  segmentRuns.push(timing.tag);
  rows.push([`segment only: jieba tag (${workers} threads, own process), run ${segmentRuns.length}`, timing.tag, NaN]);
  return timing;
}
const segmentCut = segmentOnly(true).cut;
rows.push([`segment only: jieba cut, for reference (${workers} threads)`, segmentCut, NaN]);
await time(`start ${workers} workers (load segmenter)`, () => startWorkers(workers));
const built = await time('build without layout', () =>
  // as `govgraph build` does: the threads are stopped once the files are read
  buildGraphFromInputs([path.join(root, 'corpus')], { layout: false, workers, releaseWorkers: true }),
);
await time(`layout (${built.graph.order} nodes)`, () => layout(built.graph));
fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
await time('exports', () => writeOutputs(path.join(root, 'out'), built));

const big = synthetic(10_000, 50_000);
await time('layout 10,000 nodes / 50,000 edges', () => layout(big));
// The whole `govgraph build` (extraction, layout, every output and the viewer) with a cold
// extraction cache, then the same after adding one report: what a researcher waits for. Each is
// the command line a user runs, in a process of its own (with the process it starts for the
// build, run/young-generation.ts, and the extraction workers), and reports its peak memory.
const cache = path.join(root, 'cache');
// a cold build starts from nothing: no cache and no previous output to copy blocks from
fs.rmSync(cache, { recursive: true, force: true });
fs.rmSync(path.join(root, 'whole'), { recursive: true, force: true });
fs.rmSync(path.join(root, 'corpus', 'added.txt'), { force: true });
const wholePeaks: TreePeak[] = [];
const cli = new URL('../cli.js', import.meta.url).pathname;
// Each whole build is timed until what it wrote is on disk (`sync`), and starts with nothing of another
// stage's left to write: a build writes 3.3 GB at 10,000 reports, which the kernel goes on writing
// after the build ends, and a build started then pays for some of it (adding one report right after
// the cold build, by hand: once 23.5 s with 10.6 s in the kernel, once 21.5 s with 8.1 s; a later
// rebuild from clean pages 19.3 s, then 0.8 s to flush what it wrote).
const flush = () => spawnSync('sync', { stdio: 'ignore' });
const whole = (label: string) => {
  flush();
  return time(label, async () => {
    const args = ['build', path.join(root, 'corpus'), '-o', path.join(root, 'whole'), '--cache', cache];
    wholePeaks.push(await peakOfTree(process.execPath, [cli, ...args, '-q', '-w', String(workers)]));
    flush();
  });
};
segmentOnly();
await whole('whole build, cold cache (layout, every output; own process)');
segmentOnly();
// Adding one report, timed three times (the report taken away again between, by a build not
// counted): one rebuild of 20 s moves by 2-3 s from run to run on this shared machine (what the
// kernel and the hypervisor make of 3.3 GB of writes, docs/speed.md), more than the changes it
// measures, so the ratio takes the median. Every sample is a row of the table.
const added = path.join(root, 'corpus', 'added.txt');
const ADDS = 3;
for (let k = 1; k <= ADDS; k++) {
  if (k > 1) {
    fs.rmSync(added);
    await whole(`whole build after removing the added report again (cache; own process), before sample ${k}`);
  }
  fs.copyFileSync(files[1]!, added);
  await whole(`whole build after adding one report (cache; own process), sample ${k} of ${ADDS}`);
}
// the same again: nothing changed since the outputs there were written (run/unchanged.ts)
await whole('whole build with nothing changed (own process)');
fs.rmSync(added, { force: true });

// the build's high-water mark, before the stages below load a segmenter on the main thread
const peak = peakMb();

// One report of growing size on the main thread: extraction must grow linearly with it (a
// scraped dump or a concatenation can be megabytes long); the ratio is printed below. A small
// report first loads the segmenter and the lexicons, so neither timing includes them.
const seedText = fs.readFileSync(files[0]!, 'utf8');
const oneReport = (mb: number) => {
  const text = Array(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(seedText)))
    .fill(seedText)
    .join('\n');
  return () => processDoc({ id: `one-${mb}`, file: `one-${mb}.txt`, text, encoding: 'utf-8', warnings: [], bytes: 0 });
};
oneReport(0.01)();
await time('one report of 1 MB (main thread)', oneReport(1));
await time('one report of 4 MB (main thread)', oneReport(4));
await time('one report of 20 MB (main thread)', oneReport(20));

// Ctrl+C during a build of one report just under the 20 MB limit: how long until the process
// has exited, for signals sent at moments spread over its extraction (`govgraph build`, its own
// process). Extraction checks for a stop between sentences and normalization steps.
const hugeDir = path.join(root, 'huge');
fs.rmSync(hugeDir, { recursive: true, force: true });
fs.mkdirSync(hugeDir, { recursive: true });
const hugeText = Array(Math.floor((19.5 * 1024 * 1024) / Buffer.byteLength(seedText)))
  .fill(seedText)
  .join('\n');
fs.writeFileSync(path.join(hugeDir, 'huge.txt'), hugeText);
const stopMs: number[] = [];
for (const after of [1500, 2500, 3500, 5000, 7000, 9000]) {
  stopMs.push(
    await new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [cli, 'build', hugeDir, '-o', path.join(root, 'huge-out'), '--no-cache', '-q'],
        {
          stdio: 'ignore',
        },
      );
      let sent = 0;
      setTimeout(() => {
        sent = performance.now();
        child.kill('SIGINT');
      }, after);
      child.on('error', reject);
      child.on('close', () => resolve(sent ? performance.now() - sent : 0));
    }),
  );
}
rows.push([
  `Ctrl+C during one 19.5 MB report: slowest of ${stopMs.length} stops`,
  Math.max(...stopMs) / 1000,
  peakMb(),
]);
const seconds = (label: string) => rows.find(([l]) => l.startsWith(label))![1];
const build = seconds('build without layout');
// each stage against the mean of the segmenter runs just before and after it (A-B-A)
const [segment1, segment2, segment3] = segmentRuns as [number, number, number];
const segment = (segment1 + segment2) / 2;
const segmentAroundWhole = (segment2 + segment3) / 2;
// time per million characters of one 20 MB report against the corpus build's (both extraction)
const mbChars = (mb: number) => Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(seedText)) * (seedText.length + 1);
const oneVsCorpus = seconds('one report of 20 MB') / mbChars(20) / (build / chars);
const cpus = os.cpus();
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}), Node ${process.version}`,
);
console.log(`corpus: ${files.length} reports, ${(chars / 1e6).toFixed(1)} M characters, ${floor} quoted spans`);
console.log(`graph: ${built.graph.order} nodes, ${built.graph.size} edges, ${built.problems.length} problems`);
console.log('\n| stage | seconds | reports/s | chars/s | peak RSS so far (MB) |\n|---|---:|---:|---:|---:|');
for (const [label, s, rss] of rows) {
  const perCorpus =
    !label.includes('10,000') &&
    !label.startsWith('start') &&
    !label.startsWith('one report') &&
    !label.startsWith('Ctrl+C') &&
    !label.includes('adding one') &&
    !label.includes('removing the added');
  const perFile = perCorpus ? (files.length / s).toFixed(0) : '';
  const perChar = perCorpus ? (chars / s / 1e6).toFixed(2) + ' M' : '';
  console.log(`| ${label} | ${s.toFixed(2)} | ${perFile} | ${perChar} | ${Number.isNaN(rss) ? '' : rss.toFixed(0)} |`);
}
console.log(
  `\npeak RSS of this process's build (before the one-report stages; its extraction workers are processes of their own, not counted here): ${peak.toFixed(0)} MB`,
);
console.log(
  `peak memory of the whole build, its processes and its workers summed (each process's share then: the command, the build it starts, its workers): cold ${describePeak(wholePeaks[0])}, after adding one report ${describePeak(wholePeaks[1])}`,
);
const addSamples = rows.filter(([l]) => l.startsWith('whole build after adding')).map(([, s]) => s);
const addMedian = [...addSamples].sort((a, b) => a - b)[Math.floor(addSamples.length / 2)]!;
console.log(
  `adding one report: ${addSamples.map((s) => `${s.toFixed(2)} s`).join(', ')}; the median ${addMedian.toFixed(2)} s is incremental_vs_cold's`,
);
const wholePeak = Math.max(...wholePeaks.map((p) => p.mb));
console.log(
  `bench: reports=${files.length} chars_per_s=${(chars / build).toFixed(0)} peak_rss_mb=${wholePeak.toFixed(0)} main_peak_rss_mb=${peak.toFixed(0)} build_vs_segment=${(build / segment).toFixed(2)} total_vs_segment=${(seconds('whole build, cold') / segmentAroundWhole).toFixed(2)} incremental_vs_cold=${(addMedian / seconds('whole build, cold')).toFixed(2)} build_vs_cut=${(build / seconds('segment only: jieba cut')).toFixed(2)} build_vs_floor=${(build / seconds('floor')).toFixed(1)} one_report_4mb_vs_1mb=${(seconds('one report of 4 MB') / seconds('one report of 1 MB')).toFixed(1)} one_20mb_vs_corpus=${oneVsCorpus.toFixed(2)} stop_20mb_max_ms=${Math.max(...stopMs).toFixed(0)}`,
);
