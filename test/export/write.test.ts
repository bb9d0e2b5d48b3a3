import { ExportError } from '../../src/errors.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exporter } from '../../src/export/index.js';
import { EXPORTERS } from '../../src/export/registry.js';
import { writeOutputs } from '../../src/export/write.js';
import { fixtureInput } from '../fixtures/export/graph.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'govgraph-write-'));

describe('writeOutputs', () => {
  it('creates the folder and writes every output', async () => {
    const dir = join(tempDir(), 'graph-output');
    const paths = await writeOutputs(dir, fixtureInput());
    expect(paths).toEqual(EXPORTERS.map((e) => join(dir, e.file)));
    expect(readdirSync(dir).sort()).toEqual(EXPORTERS.map((e) => e.file).sort());
    expect(readFileSync(join(dir, 'nodes.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toBe(EXPORTERS[1]!.render!(fixtureInput()));
  });

  it('leaves previous outputs byte-identical and no temporary files when an exporter throws', async () => {
    const dir = tempDir();
    await writeOutputs(dir, fixtureInput());
    const before = new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    writeFileSync(join(dir, 'notes.txt'), 'mine');

    const failing: Exporter = {
      file: 'broken.txt',
      description: 'fails',
      render: () => {
        throw new Error('boom');
      },
    };
    const exporters = [...EXPORTERS.slice(0, 3), failing, ...EXPORTERS.slice(3)];
    const changed = fixtureInput();
    changed.graph.setNodeAttribute('theme:乡村振兴', 'mentions', 99);

    await expect(writeOutputs(dir, changed, exporters)).rejects.toThrow(ExportError);
    await expect(writeOutputs(dir, changed, exporters)).rejects.toThrow(/could not render broken\.txt: boom/);
    expect(readdirSync(dir).sort()).toEqual([...before.keys(), 'notes.txt'].sort());
    for (const [file, bytes] of before) expect(readFileSync(join(dir, file))).toEqual(bytes);
  });

  it('removes its temporary files when a write fails part-way', async () => {
    const dir = tempDir();
    // A directory where an output should go makes its rename fail after the others were written.
    const blocked: Exporter = {
      file: 'blocked',
      description: 'rename target is a non-empty folder',
      render: () => 'x',
    };
    await writeOutputs(dir, fixtureInput(), EXPORTERS.slice(0, 2));
    mkdirSync(join(dir, 'blocked', 'inside'), { recursive: true });
    await expect(writeOutputs(dir, fixtureInput(), [...EXPORTERS.slice(0, 2), blocked])).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('refuses two exporters writing the same file', async () => {
    await expect(writeOutputs(tempDir(), fixtureInput(), [EXPORTERS[0]!, EXPORTERS[0]!])).rejects.toThrow(
      /two exporters write graph\.json/,
    );
  });
});
