// An output rendered piece by piece has its garbage collected in its midst once it passes GROWTH
// (src/memory.ts), as between outputs: V8 sometimes let the heap of a 10,000-report build grow by
// 1.8 GB over one output before it marked. The collector is replaced here by a recorder, so the test
// sees when the writer asks for a collection and with what bound.
import { describe, expect, it, vi } from 'vitest';
import type { Exporter } from '../../src/export/index.js';
import { writeOutputs } from '../../src/export/write.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { tempDirs } from '../fixtures/temp.js';

const calls = vi.hoisted(() => [] as { growth: number | undefined; piece: number }[]);
const progress = vi.hoisted(() => ({ piece: -1 }));

vi.mock('../../src/memory.js', async (original) => {
  const real = await original<typeof import('../../src/memory.js')>();
  return { ...real, collectGarbage: (growth?: number) => calls.push({ growth, piece: progress.piece }) };
});

const tempDir = tempDirs('govgraph-write-garbage-');

/** Spins for `ms` milliseconds: a piece that takes time to render. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('writeOutputs and the garbage of a long output', () => {
  it('asks for a collection (the default bound, GROWTH) while an output renders and after it', async () => {
    const PIECES = 40;
    // each piece more than the 64K characters the writer writes at once, where it looks up
    const PIECE = 'x'.repeat(70_000);
    const long: Exporter = {
      file: 'long.txt',
      description: 'one output rendered in 40 pieces of 5 ms',
      render: () => PIECE.repeat(PIECES),
      *chunks() {
        for (let i = 0; i < PIECES; i++) {
          progress.piece = i;
          spin(5);
          yield PIECE;
        }
        progress.piece = PIECES;
      },
    };
    calls.length = 0;
    await writeOutputs(tempDir(), fixtureInput(), [long]);
    const midst = calls.filter((c) => c.piece > 0 && c.piece < PIECES);
    // 200 ms of rendering: a turn every 20 ms, each a look at the heap
    expect(midst.length).toBeGreaterThanOrEqual(3);
    // never a collection forced whatever the heap's growth (0)
    expect(midst.every((c) => c.growth === undefined)).toBe(true);
    // and once the output is written
    expect(calls.some((c) => c.piece === PIECES && c.growth === undefined)).toBe(true);
  });
});
