// Interrupting a build (issue 6): SIGINT and SIGTERM mid-way through a real `govgraph build`
// of a thousand reports, a signal while the outputs are being written, and an exporter that
// throws: the previous outputs stay byte-identical (or, for a signal during the write, are
// replaced by a complete new set), no temporary file is left, and the process exits 130/143
// with one line instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exporter } from '../../src/export/index.js';
import { EXPORTERS } from '../../src/export/registry.js';
import { writeOutputs } from '../../src/export/write.js';
import { build, buildGraphFromInputs } from '../../src/run/pipeline.js';
import { ExtractionCache, KEY_INDEX } from '../../src/run/cache.js';
import { SHAPES_FILE } from '../../src/run/shape-file.js';
import { exitCodeOf } from '../../src/run/signals.js';
import { isPackedDoc } from '../../src/run/kept.js';
import { GOOD, SEEDS } from '../fixtures/faults/corpus.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { outputBytes } from '../fixtures/export/output.js';
import { CLI, ROOT, ensureBuilt, leftovers, runCli, snapshot, STACK_LINE } from '../fixtures/faults/cli.js';

const COPIES = 200;
// terminal escapes of the progress bar
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[a-zA-Z]/g;
const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

/** `script` gives the build a terminal, so it shows its progress bar and we can wait for it. */
const hasScript = spawnSync('script', ['--version']).status === 0;

interface Interrupted {
  code: number | null;
  output: string;
  progress: number;
}

/**
 * Starts `govgraph build corpus -o out` (in a pseudo-terminal when `script` is there), waits
 * until it reports progress on the first files, then sends `signal` to the node process.
 */
function interruptBuild(
  corpus: string,
  out: string,
  signal: 'SIGINT' | 'SIGTERM',
  viaTerminal = false,
): Promise<Interrupted> {
  const command = `echo PID:$$; exec '${process.execPath}' '${CLI}' build '${corpus}' -o '${out}'`;
  const child = hasScript
    ? spawn('script', ['-qfec', command, '/dev/null'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn('sh', ['-c', command], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let pid = 0;
  let progress = 0;
  let sent = false;
  return new Promise((resolve, reject) => {
    const send = () => {
      if (sent || !pid) return;
      sent = true;
      // Ctrl+C typed into the terminal: its line discipline sends SIGINT to the foreground job
      if (viaTerminal) child.stdin!.write('\x03');
      else process.kill(pid, signal);
    };
    const onData = (d: Buffer) => {
      output += d.toString('utf8');
      pid ||= Number(/PID:(\d+)/.exec(output)?.[1] ?? 0);
      // the progress bar: `reading ███░░░ 17/1000 file.txt`
      const counts = [...output.matchAll(/(\d+)\/(\d+)/g)].map((m) => Number(m[1]));
      progress = Math.max(progress, ...counts, 0);
      if (progress >= 1) send();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    // without a terminal there is no progress bar: give the workers time to start instead
    if (!hasScript) setTimeout(send, 6_000);
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, progress });
    });
  });
}

describe('interrupting a build', () => {
  let corpus: string;
  let out: string;
  let previous: Map<string, string>;

  beforeAll(async () => {
    ensureBuilt();
    // 200 copies of the seeds: a thousand reports, so a build is surely mid-way when signalled
    corpus = mkdtempSync(join(tmpdir(), 'govgraph-interrupt-'));
    for (let i = 0; i < COPIES; i++) {
      for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), join(corpus, `c${String(i).padStart(3, '0')}_${f}`));
    }
    // the previous outputs: a complete build of the seeds
    out = mkdtempSync(join(tmpdir(), 'govgraph-interrupt-out-'));
    const first = await runCli(['build', SEEDS, '-o', out]);
    expect(first.code, first.stderr).toBe(0);
    previous = snapshot(out);
    expect(previous.has('graph.json')).toBe(true);
  });

  afterAll(() => {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-way exits ${exitCodeOf(signal)}, keeps the previous outputs byte-identical and leaves no temp file`, async () => {
      const r = await interruptBuild(corpus, out, signal);
      const clean = r.output.replace(ANSI, '');
      console.log(
        `${signal}: exit ${r.code} after progress ${r.progress}/${COPIES * SEED_FILES.length}; output ends: ${JSON.stringify(clean.slice(-300))}`,
      );
      expect(r.code, clean).toBe(exitCodeOf(signal));
      if (hasScript) expect(r.progress).toBeGreaterThanOrEqual(1);
      expect(r.progress).toBeLessThan(COPIES * SEED_FILES.length);
      expect(clean).toMatch(new RegExp(`govgraph: interrupted by ${signal}; no output was written`));
      expect(clean).not.toMatch(STACK_LINE);
      expect(leftovers(out)).toEqual([]);
      expect(outputsOf(snapshot(out))).toEqual(outputsOf(previous));
      expectWholeCache(out);
    });
  }
});

describe.skipIf(!hasScript)(
  `Ctrl+C typed in the terminal${hasScript ? '' : ' (SKIPPED: util-linux `script` missing; apt-get install bsdutils)'}`,
  () => {
    beforeAll(() => ensureBuilt());

    it('stops the build with 130 and keeps the previous outputs', async () => {
      const corpus = mkdtempSync(join(tmpdir(), 'govgraph-ctrlc-'));
      for (let i = 0; i < 100; i++) {
        for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), join(corpus, `c${String(i).padStart(3, '0')}_${f}`));
      }
      const out = mkdtempSync(join(tmpdir(), 'govgraph-ctrlc-out-'));
      await writeOutputs(out, fixtureInput());
      const before = snapshot(out);
      const r = await interruptBuild(corpus, out, 'SIGINT', true);
      const clean = r.output.replace(ANSI, '');
      expect(r.code, clean).toBe(130);
      expect(r.progress).toBeGreaterThanOrEqual(1);
      expect(clean).toMatch(/govgraph: interrupted by SIGINT; no output was written/);
      expect(clean).not.toMatch(STACK_LINE);
      expect(outputsOf(snapshot(out))).toEqual(outputsOf(before));
      expectWholeCache(out);
      rmSync(corpus, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    });
  },
);

describe('a signal while the outputs are being written (src/run/signals.ts)', () => {
  const child = (mode: string, out: string) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'faults', 'signal-child.ts'), mode, out],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
  const previousOutputs = async () => {
    const out = mkdtempSync(join(tmpdir(), 'govgraph-signal-'));
    await writeOutputs(out, fixtureInput());
    return { out, before: snapshot(out) };
  };

  it('a signal during synchronous work, before writing: exits 130, nothing written', async () => {
    const { out, before } = await previousOutputs();
    const r = child('before-write', out);
    expect(r.status, r.stderr).toBe(130);
    expect(r.stdout).not.toContain('wrote');
    expect(r.stderr.trim()).toMatch(
      /^govgraph: interrupted by SIGINT; no output was written, the previous outputs in .+ are unchanged$/,
    );
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });

  it('a signal half-way through the write: exits 143 at once, the previous set byte-identical, nothing left', async () => {
    const { out, before } = await previousOutputs();
    const r = child('during-write', out);
    expect(r.status, r.stderr).toBe(143);
    expect(r.stdout).not.toContain('wrote');
    expect(r.stderr.trim()).toMatch(
      /^govgraph: interrupted by SIGTERM; no output was written, the previous outputs in .+ are unchanged$/,
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });

  it('SIGKILL half-way through the write: the previous set is what a reader sees; the next write removes what it left', async () => {
    const { out, before } = await previousOutputs();
    const r = child('kill', out);
    expect(r.signal).toBe('SIGKILL');
    expect(snapshot(out)).toEqual(before);
    // the killed build's half set and its lock are still there, and nothing of them is visible
    expect(leftovers(out).sort()).toEqual(['.govgraph/lock', expect.stringMatching(/^\.govgraph\/sets\//)].sort());
    const input = fixtureInput();
    input.graph.setNodeAttribute('theme:乡村振兴', 'mentions', 7);
    await writeOutputs(out, input);
    expect(leftovers(out)).toEqual([]);
    for (const e of EXPORTERS) expect(readFileSync(join(out, e.file)), e.file).toEqual(await outputBytes(e, input));
    rmSync(out, { recursive: true, force: true });
  });
});

describe('an error thrown mid-way', () => {
  it('an exporter that throws leaves a real build’s previous outputs byte-identical and no temp file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'govgraph-throw-'));
    const result = await buildGraphFromInputs(
      GOOD.map((f) => join(SEEDS, f)),
      { layout: false },
    );
    await writeOutputs(out, result);
    const before = snapshot(out);
    const failing: Exporter = {
      file: 'broken.gexf',
      description: 'throws half-way through the exporters',
      render: () => {
        throw new RangeError('Invalid string length');
      },
    };
    const more = await buildGraphFromInputs([SEEDS], { layout: false });
    const half = Math.floor(EXPORTERS.length / 2);
    await expect(
      writeOutputs(out, more, [...EXPORTERS.slice(0, half), failing, ...EXPORTERS.slice(half)]),
    ).rejects.toThrow(/could not render broken\.gexf: Invalid string length/);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('a build stopped between its first outputs and the rest', () => {
  it('after mentions.csv went into the new set, while the edges are made: the previous outputs stay, nothing is left', async () => {
    const out = mkdtempSync(join(tmpdir(), 'govgraph-nodes-'));
    await build(
      GOOD.map((f) => join(SEEDS, f)),
      out,
      { workers: 0, layout: false },
    );
    const before = snapshot(out);
    const stop = new AbortController();
    const outputs: string[] = [];
    await expect(
      build([SEEDS], out, {
        workers: 0,
        layout: false,
        signal: stop.signal,
        onOutput: (file) => outputs.push(file),
        // what a signal does at that point (src/run/signals.ts aborts the write)
        onStep: (step) => (step === 'building the graph' ? stop.abort(new Error('stopped')) : undefined),
      }),
    ).rejects.toThrow('stopped');
    // mentions.csv was written (and its conversion started) before the stop; no other output was
    expect(outputs).toEqual(['mentions.csv']);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });
});

/**
 * The outputs of a snapshot: everything but the extraction cache (`.cache/`), which an
 * interrupted build keeps the reports it finished in, so that the next build need not read them again.
 */
function outputsOf(files: Map<string, string>): Map<string, string> {
  return new Map([...files].filter(([name]) => !name.startsWith('.cache')));
}

/**
 * Every entry of the output folder's cache is whole (written aside, then renamed): a packed report
 * under its key, whose shapes the cache's shape file holds; beside them, the key index, whole too.
 */
function expectWholeCache(out: string): void {
  const dir = join(out, '.cache');
  if (!existsSync(dir)) return;
  const cache = new ExtractionCache(dir);
  for (const name of readdirSync(dir)) {
    if (name === KEY_INDEX) {
      expect(JSON.parse(readFileSync(join(dir, name), 'utf8'))).toMatchObject({ format: expect.any(Number) });
      continue;
    }
    // read through the entries, each of which names its shapes there
    if (name === SHAPES_FILE) continue;
    expect(name).toMatch(/^[0-9a-f]{64}\.v8$/);
    const entry = v8.deserialize(readFileSync(join(dir, name))) as { key: string; result: Uint8Array };
    expect(entry.key).toBe(name.slice(0, -3));
    expect(cache.has(entry.key)).toBe(true);
    expect(isPackedDoc(cache.get(entry.key, name))).toBe(true);
  }
  expect(cache.stats.warnings).toEqual([]);
}
