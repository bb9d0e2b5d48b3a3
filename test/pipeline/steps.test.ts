import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_STEPS, build } from '../../src/run/pipeline.js';
import { BUILD_OUTPUTS } from '../../src/export/registry.js';
import { CLI, ROOT, ensureBuilt } from '../fixtures/faults/cli.js';
import { tempDirs } from '../fixtures/temp.js';

const tempDir = tempDirs('govgraph-');

const YEARS = join(ROOT, 'test', 'fixtures', 'years');

describe('what a build says it is doing between its reading and its writing', () => {
  it('calls each step once, in order, with what it works on, and each output as it starts', async () => {
    const out = tempDir('steps');
    const calls: string[] = [];
    let read = 0;
    const result = await build([YEARS], out, {
      workers: 0,
      onProgress: (done) => (read = done),
      onStep: (step, detail) => calls.push(`step ${step}: ${detail} (after ${read} read)`),
      onOutput: (file, done, total) => calls.push(`output ${done + 1}/${total} ${file}`),
    });
    const steps = calls.filter((c) => c.startsWith('step '));
    expect(steps).toEqual([
      'step resolving entities: 9 reports (after 9 read)',
      expect.stringMatching(/^step building the graph: \d+ entities \(after 9 read\)$/),
      `step communities and layout: ${result.graph.order} nodes, ${result.graph.size} edges (after 9 read)`,
    ]);
    expect(steps.map((s) => s.split(':')[0]!.slice(5))).toEqual([...BUILD_STEPS]);
    // every output that is rendered (not a Parquet table converted beside them), each once, counted,
    // then the wait for those tables
    const outputs = calls.filter((c) => c.startsWith('output '));
    const beside = BUILD_OUTPUTS.filter((e) => e.after !== undefined);
    const total = BUILD_OUTPUTS.length - beside.length + 1;
    // mentions.csv, which shows of the graph only its nodes, is written once they are made, before
    // the edges (its conversion into mentions.parquet runs beside them); the others once the graph is
    const at = (step: string) => calls.findIndex((c) => c.startsWith(`step ${step}:`));
    expect(BUILD_OUTPUTS.filter((e) => e.nodesOnly && e.after === undefined).map((e) => e.file)).toEqual([
      'mentions.csv',
    ]);
    expect(calls.slice(at('resolving entities') + 1, at('building the graph'))).toEqual([
      `output 1/${total} mentions.csv`,
    ]);
    expect(calls.slice(at('communities and layout') + 1)).toEqual(outputs.slice(1));
    expect(outputs.at(-1)).toBe(`output ${total}/${total} finishing ${beside.map((e) => e.file).join(', ')}`);
    expect(outputs).toHaveLength(total);
    const parsed = outputs.map((o) => /^output (\d+\/\d+) (.+)$/.exec(o)!);
    expect(parsed.map((m) => m[1])).toEqual(outputs.map((_o, i) => `${i + 1}/${total}`));
    expect(parsed.map((m) => m[2])).toEqual(expect.arrayContaining(['graph.json', 'mentions.csv', 'the viewer']));
    expect(outputs.slice(0, -1).some((o) => o.includes('nodes.parquet'))).toBe(false);
  });
});

describe('govgraph build on a terminal', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it.runIf(existsSync('/usr/bin/script'))(
    'shows the reading, the steps after it and the writing on its bar, then clears it',
    () => {
      const out = tempDir('tty');
      // script(1) gives the build a terminal, as a researcher's shell does
      const typed = execFileSync(
        'script',
        ['-qec', `'${process.execPath}' '${CLI}' build '${YEARS}' -o '${out}' -w 1`, '/dev/null'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, COLUMNS: '160' },
        },
      );
      expect(typed).toMatch(/reading .* \d+\/9 /);
      expect(typed).toMatch(/building .* \d\/3 (resolving entities|building the graph|communities and layout) \(/);
      expect(typed).toMatch(/writing .* \d+\/\d+ mentions\.csv/);
      // the bar's line is cleared before the build's own lines
      const after = typed.slice(typed.lastIndexOf('\u001b[2K') + '\u001b[2K'.length);
      expect(after).toMatch(
        /^govgraph: reused 0 of 9 reports from the cache\r?\ngovgraph: 9 reports -> \d+ nodes, \d+ edges in [\d.]+ s; wrote \d+ files to /,
      );
    },
  );
});
