import { ExportError } from '../../src/errors.js';
import fs, { mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MANIFEST } from '../../src/export/manifest.js';
import { leftovers, snapshot } from '../fixtures/faults/cli.js';
import type { Exporter, FileExporter } from '../../src/export/index.js';
import { EXPORTERS } from '../../src/export/registry.js';
import { openOutputSet, writeOutputs } from '../../src/export/write.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { tempDirs } from '../fixtures/temp.js';

const tempDir = tempDirs('govgraph-write-');
const exporter = (file: string) => EXPORTERS.find((e) => e.file === file)!;
/** graph.json and graph.gexf: a small previous set. */
const TWO = [exporter('graph.json'), exporter('graph.gexf')];
/** …and two more: names the previous set does not have. */
const FOUR = [...TWO, exporter('graph.graphml'), exporter('nodes.csv')];

/** The names a reader sees at the top of an output folder (govgraph's store of sets aside). */
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== '.govgraph')
    .sort();

describe('writeOutputs', () => {
  it('creates the folder and writes every output, each name a link through the current set', async () => {
    const dir = join(tempDir(), 'graph-output');
    const paths = await writeOutputs(dir, fixtureInput());
    expect(paths).toEqual(EXPORTERS.map((e) => join(dir, e.file)));
    expect(visible(dir)).toEqual([...EXPORTERS.map((e) => e.file), MANIFEST].sort());
    for (const f of visible(dir)) expect(readlinkSync(join(dir, f))).toBe(join('.govgraph', 'current', f));
    expect(readFileSync(join(dir, 'nodes.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toBe(exporter('graph.gexf').render!(fixtureInput()));
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves previous outputs byte-identical and nothing behind when an exporter throws', async () => {
    const dir = tempDir();
    await writeOutputs(dir, fixtureInput());
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const before = snapshot(dir);

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
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a rename that fails half-way through the switch leaves the previous set whole; the next write leaves nothing behind', async () => {
    const dir = tempDir();
    await writeOutputs(dir, fixtureInput(), TWO);
    const before = snapshot(dir);
    const changed = fixtureInput();
    changed.graph.setNodeAttribute('theme:乡村振兴', 'mentions', 99);
    // the file system refuses the second rename of the switch (an I/O error, a file held open)
    const real = fs.renameSync;
    let calls = 0;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (++calls === 2) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      real(from, to);
    });
    try {
      // two outputs more than before: links for new names are made before the switch
      await expect(writeOutputs(dir, changed, FOUR)).rejects.toThrow(/EIO/);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    await writeOutputs(dir, changed, FOUR);
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toBe(String(exporter('nodes.csv').render!(changed)));
  });

  it('says in one line that a file system without symbolic links cannot hold an output set', async () => {
    const dir = tempDir();
    await writeOutputs(dir, fixtureInput(), TWO);
    const before = snapshot(dir);
    // FAT and exFAT refuse links with EPERM
    const spy = vi.spyOn(fs, 'symlinkSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, symlink'), { code: 'EPERM' });
    });
    try {
      await expect(writeOutputs(dir, fixtureInput(), [...TWO, exporter('nodes.csv')])).rejects.toThrow(
        /is on a file system without symbolic links \(EPERM\), which an output set needs: choose an output folder on another disk$/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('stops with one line when a name became a folder while the outputs were written, and keeps it', async () => {
    const dir = tempDir();
    await writeOutputs(dir, fixtureInput(), TWO);
    // someone puts a folder where graph.gexf's link was, while the build renders its outputs
    const intruder: Exporter = {
      file: 'intruder.txt',
      description: 'replaces graph.gexf by a folder mid-write',
      render: () => {
        fs.rmSync(join(dir, 'graph.gexf'));
        mkdirSync(join(dir, 'graph.gexf', 'inside'), { recursive: true });
        return 'x';
      },
    };
    await expect(writeOutputs(dir, fixtureInput(), [...TWO, intruder])).rejects.toThrow(
      /graph\.gexf\/inside is in the way: govgraph did not write it/,
    );
    expect(fs.statSync(join(dir, 'graph.gexf', 'inside')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(exporter('graph.json').render!(fixtureInput()));
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses two exporters writing the same file', async () => {
    await expect(writeOutputs(tempDir(), fixtureInput(), [EXPORTERS[0]!, EXPORTERS[0]!])).rejects.toThrow(
      /two exporters write graph\.json/,
    );
  });

  describe('an output that reads another output (after)', () => {
    // a.txt, then b.parquet reading a.txt, c.txt, then d.parquet writing its own file
    const order: string[] = [];
    const text = (file: string): Exporter => ({
      file,
      description: file,
      render: () => (order.push(`render ${file}`), file),
    });
    const reading = (fail = false, file = 'b.parquet', after = 'a.txt'): FileExporter => ({
      file,
      description: `reads ${after}`,
      after,
      write: async (_input, path) => {
        order.push(`start ${file}`);
        // it reads what its file holds by then
        const read = readFileSync(join(path, '..', after), 'utf8');
        await new Promise((r) => setTimeout(r, 50));
        if (fail) throw new Error('disk full');
        writeFileSync(path, read.toUpperCase());
        order.push(`end ${file}`);
      },
    });
    // an output written piece by piece (those come after the files others read)
    const pieces = (file: string): Exporter => ({
      file,
      description: file,
      render: () => file,
      *chunks() {
        order.push(`render ${file}`);
        yield file;
      },
    });
    // ten pieces of 64K characters, each taking 25 ms to make, then `rendered FILE`
    function* slowPieces(file: string): Generator<string> {
      for (let i = 0; i < 10; i++) {
        const until = performance.now() + 25;
        while (performance.now() < until);
        yield 'x'.repeat(1 << 16);
      }
      order.push(`rendered ${file}`);
    }
    // reads a.txt in five steps, each waiting for a turn of the event loop
    const stepping = (): FileExporter => ({
      file: 'b.parquet',
      description: 'reads a.txt in steps',
      after: 'a.txt',
      write: async (_input, path) => {
        for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
        writeFileSync(path, 'b');
        order.push('end b.parquet');
      },
    });
    // reads its file, then waits (a turn at a time, 2 s at most) until `seen` is in the order
    const readingUntil = (seen: string, file = 'b.parquet', after = 'a.txt'): FileExporter => ({
      file,
      description: `reads ${after} once ${seen}`,
      after,
      write: async (_input, path) => {
        order.push(`start ${file}`);
        const read = readFileSync(join(path, '..', after), 'utf8');
        const until = performance.now() + 2000;
        while (!order.includes(seen) && performance.now() < until) await new Promise((r) => setTimeout(r, 1));
        writeFileSync(path, read.toUpperCase());
        order.push(`end ${file}`);
      },
    });
    const own: FileExporter = {
      file: 'd.parquet',
      description: 'its own file',
      write: async (_input, path) => {
        order.push('start d.parquet');
        writeFileSync(path, 'd');
      },
    };

    it('is written while the outputs after its file render, and beside the next output that writes its own file', async () => {
      order.length = 0;
      const dir = tempDir();
      await writeOutputs(dir, fixtureInput(), [text('a.txt'), readingUntil('start d.parquet'), pieces('c.txt'), own]);
      expect(order).toEqual(['render a.txt', 'start b.parquet', 'render c.txt', 'start d.parquet', 'end b.parquet']);
      expect(readFileSync(join(dir, 'b.parquet'), 'utf8')).toBe('A.TXT');
    });

    it('has the file it reads written first, wherever that file is in the list', async () => {
      order.length = 0;
      const dir = tempDir();
      const paths = await writeOutputs(dir, fixtureInput(), [pieces('c.txt'), reading(), text('a.txt'), own]);
      expect(order.slice(0, 3)).toEqual(['render a.txt', 'start b.parquet', 'render c.txt']);
      expect(order.slice(3).sort()).toEqual(['end b.parquet', 'start d.parquet']);
      // the outputs are still listed in the exporters' order
      expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['c.txt', 'b.parquet', 'a.txt', 'd.parquet']);
      expect(readFileSync(join(dir, 'b.parquet'), 'utf8')).toBe('A.TXT');
    });

    it('writes first the file read by the longest conversion (first), then the other files read, in their order', async () => {
      order.length = 0;
      const dir = tempDir();
      const exporters = [
        text('a.txt'),
        reading(false, 'b.parquet', 'a.txt'),
        text('e.txt'),
        { ...reading(false, 'f.parquet', 'e.txt'), first: true },
        text('g.txt'),
        reading(false, 'h.parquet', 'g.txt'),
      ];
      const paths = await writeOutputs(dir, fixtureInput(), exporters);
      expect(order.filter((o) => o.startsWith('render'))).toEqual(['render e.txt', 'render a.txt', 'render g.txt']);
      expect(order.indexOf('start f.parquet')).toBeLessThan(order.indexOf('start b.parquet'));
      // listed in the exporters' order still, each conversion reading its own file
      expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(exporters.map((e) => e.file));
      expect(readFileSync(join(dir, 'f.parquet'), 'utf8')).toBe('E.TXT');
      expect(readFileSync(join(dir, 'b.parquet'), 'utf8')).toBe('A.TXT');
    });

    it('runs two at a time beside the rendering, a third once one of them has ended', async () => {
      order.length = 0;
      const dir = tempDir();
      const exporters = [
        text('a.txt'),
        // b.parquet ends only once f.parquet has started beside it
        readingUntil('start f.parquet'),
        text('e.txt'),
        reading(false, 'f.parquet', 'e.txt'),
        text('g.txt'),
        reading(false, 'h.parquet', 'g.txt'),
        pieces('c.txt'),
      ];
      await writeOutputs(dir, fixtureInput(), exporters);
      expect(order.filter((e) => e.startsWith('render'))).toEqual([
        'render a.txt',
        'render e.txt',
        'render g.txt',
        'render c.txt',
      ]);
      expect(order.indexOf('start f.parquet')).toBeLessThan(order.indexOf('end b.parquet'));
      expect(order.indexOf('start h.parquet')).toBeGreaterThan(order.indexOf('end b.parquet'));
      for (const [file, text] of [
        ['b.parquet', 'A.TXT'],
        ['f.parquet', 'E.TXT'],
        ['h.parquet', 'G.TXT'],
      ])
        expect(readFileSync(join(dir, file!), 'utf8')).toBe(text);
    });

    /** The order of w.txt and a.txt (rendered whole), b.parquet (read from a.txt) and c.txt (in pieces). */
    const WHOLE_THEN_PIECES = ['render w.txt', 'render a.txt', 'start b.parquet', 'render c.txt', 'end b.parquet'];

    it('runs beside the outputs written piece by piece, not those rendered whole, which come first', async () => {
      order.length = 0;
      const dir = tempDir();
      await writeOutputs(dir, fixtureInput(), [pieces('c.txt'), text('a.txt'), reading(), text('w.txt'), own]);
      expect(order.filter((e) => e !== 'start d.parquet')).toEqual(WHOLE_THEN_PIECES);
      expect(order.indexOf('start d.parquet')).toBeGreaterThan(order.indexOf('render c.txt'));
    });

    // two outputs that show positions (n.txt read by n.parquet), beside WHOLE_THEN_PIECES's and one that writes its own file
    const placed = (e: Exporter): Exporter => ({ ...e, positions: true });
    const withPositions = () => [
      placed(pieces('g.txt')),
      placed(text('n.txt')),
      reading(false, 'n.parquet', 'n.txt'),
      text('w.txt'),
      text('a.txt'),
      reading(),
      pieces('c.txt'),
      own,
    ];

    it('has the outputs that show positions wait for the layout, the others not', async () => {
      order.length = 0;
      const dir = tempDir();
      let settle = () => {};
      const positions = new Promise<void>((r) => (settle = r)).then(() => void order.push('layout done'));
      setTimeout(settle, 100);
      const exporters = withPositions();
      await writeOutputs(dir, fixtureInput(), exporters, { positions });
      expect(order.filter((e) => e !== 'start d.parquet')).toEqual([
        ...WHOLE_THEN_PIECES,
        'layout done',
        'render n.txt',
        'start n.parquet',
        'render g.txt',
        'end n.parquet',
      ]);
      expect(order.indexOf('start d.parquet')).toBeGreaterThan(order.indexOf('render g.txt'));
      // without a layout running, the order does not look at positions
      order.length = 0;
      await writeOutputs(tempDir(), fixtureInput(), exporters);
      expect(order.slice(0, 4)).toEqual(['render w.txt', 'render n.txt', 'start n.parquet', 'render a.txt']);
    });

    it('writes the outputs that show positions before those written piece by piece once the layout is done', async () => {
      const exporters = withPositions();
      const rendered = () => order.filter((e) => e.startsWith('render'));
      order.length = 0;
      await writeOutputs(tempDir(), fixtureInput(), exporters, { positions: Promise.resolve() });
      // the layout done: n.txt and g.txt go before c.txt, which has no position to wait for
      expect(rendered()).toEqual(['render w.txt', 'render a.txt', 'render n.txt', 'render g.txt', 'render c.txt']);
      // still running until the end: after it
      order.length = 0;
      let settle = () => {};
      const positions = new Promise<void>((r) => (settle = r));
      setTimeout(settle, 100);
      await writeOutputs(tempDir(), fixtureInput(), exporters, { positions });
      expect(rendered()).toEqual(['render w.txt', 'render a.txt', 'render c.txt', 'render n.txt', 'render g.txt']);
    });

    it('stops while it waits for the layout when the signal aborts', async () => {
      const dir = tempDir();
      await writeOutputs(dir, fixtureInput(), TWO);
      const before = snapshot(dir);
      const controller = new AbortController();
      const never = new Promise<void>(() => undefined);
      setTimeout(() => controller.abort(new Error('interrupted')), 50);
      await expect(
        writeOutputs(dir, fixtureInput(), [text('a.txt'), placed(text('n.txt'))], {
          positions: never,
          signal: controller.signal,
        }),
      ).rejects.toThrow('interrupted');
      expect(snapshot(dir)).toEqual(before);
      expect(leftovers(dir)).toEqual([]);
    });

    it('goes on while a big output renders: the event loop gets turns within it', async () => {
      order.length = 0;
      // ten pieces of 64K characters, each taking 25 ms to make: a turn after each
      const big: Exporter = {
        file: 'big.txt',
        description: 'big',
        render: () => '',
        *chunks() {
          yield* slowPieces('big.txt');
        },
      };
      const dir = tempDir();
      await writeOutputs(dir, fixtureInput(), [text('a.txt'), stepping(), big]);
      expect(order).toEqual(['render a.txt', 'end b.parquet', 'rendered big.txt']);
      expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toHaveLength(10 << 16);
    });

    it('goes on while a big block renders, with or without reuse: turns between its pieces', async () => {
      for (const reuse of [undefined, { version: 'v1' }]) {
        order.length = 0;
        // one block of ten pieces, each taking 25 ms to make
        const block: Exporter = {
          file: 'block.txt',
          description: 'one big block',
          render: () => '',
          *chunks() {
            yield {
              fingerprint: () => 'one',
              render: () => 'x'.repeat(10 << 16),
              pieces: () => slowPieces('block.txt'),
            };
          },
        };
        const dir = tempDir();
        await writeOutputs(dir, fixtureInput(), [text('a.txt'), stepping(), block], reuse ? { reuse } : {});
        expect(order).toEqual(['render a.txt', 'end b.parquet', 'rendered block.txt']);
        expect(readFileSync(join(dir, 'block.txt'), 'utf8')).toBe('x'.repeat(10 << 16));
      }
    });

    it('fails the set when it fails: the previous outputs stay and nothing is left behind', async () => {
      const dir = tempDir();
      await writeOutputs(dir, fixtureInput(), TWO);
      const before = snapshot(dir);
      await expect(writeOutputs(dir, fixtureInput(), [text('a.txt'), reading(true), text('c.txt')])).rejects.toThrow(
        /could not write b\.parquet: disk full/,
      );
      expect(snapshot(dir)).toEqual(before);
      expect(leftovers(dir)).toEqual([]);
    });

    it('is written in its place when the set does not have the file it reads', async () => {
      order.length = 0;
      // (its file is not there to read, so it fails, in its place: after every output rendered here)
      await expect(writeOutputs(tempDir(), fixtureInput(), [reading(), text('c.txt'), own])).rejects.toThrow(
        /could not write b\.parquet: ENOENT/,
      );
      expect(order.slice(0, 2)).toEqual(['render c.txt', 'start b.parquet']);
    });

    describe('in a set written in two calls (openOutputSet, as a build writes mentions.csv before the edges)', () => {
      const early = (file: string): Exporter => ({ ...text(file), nodesOnly: true });
      // reads a.txt after steps that each need a turn of the event loop (as DuckDB's before its COPY),
      // says it has started (or not), then works off the thread until `held` settles
      const conversion = (held: Promise<void>, says = true, nodesOnly = true): FileExporter => ({
        file: 'a.parquet',
        description: 'reads a.txt',
        after: 'a.txt',
        nodesOnly,
        write: async (_input, path, { started } = {}) => {
          for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
          order.push('start a.parquet');
          if (says) started?.();
          await held;
          writeFileSync(path, readFileSync(join(path, '..', 'a.txt'), 'utf8').toUpperCase());
          order.push('end a.parquet');
        },
      });

      it('writes the outputs chosen first, lets their conversions start before it returns from started(), then the rest', async () => {
        order.length = 0;
        const dir = tempDir();
        let release!: () => void;
        const set = openOutputSet(dir, [text('b.txt'), early('a.txt'), conversion(new Promise((r) => (release = r)))]);
        await set.write(fixtureInput(), (e) => e.nodesOnly === true);
        await set.started();
        order.push('started');
        expect(order).toEqual(['render a.txt', 'start a.parquet', 'started']);
        await set.write(fixtureInput());
        release();
        const paths = await set.finish();
        expect(order).toEqual(['render a.txt', 'start a.parquet', 'started', 'render b.txt', 'end a.parquet']);
        expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['b.txt', 'a.txt', 'a.parquet']);
        expect(readFileSync(join(dir, 'a.parquet'), 'utf8')).toBe('A.TXT');
        expect(leftovers(dir)).toEqual([]);
      });

      it('started() also settles for a conversion that never says so, once it ends', async () => {
        order.length = 0;
        const dir = tempDir();
        const set = openOutputSet(dir, [early('a.txt'), conversion(Promise.resolve(), false)]);
        await set.write(fixtureInput(), (e) => e.nodesOnly === true);
        await set.started();
        expect(order).toEqual(['render a.txt', 'start a.parquet', 'end a.parquet']);
        await set.finish();
      });

      it('abandoned after its first call: the conversion ends first, then the previous outputs are as they were and nothing is left', async () => {
        order.length = 0;
        const dir = tempDir();
        await writeOutputs(dir, fixtureInput(), [text('b.txt'), early('a.txt')]);
        const before = snapshot(dir);
        let release!: () => void;
        const set = openOutputSet(dir, [text('b.txt'), early('a.txt'), conversion(new Promise((r) => (release = r)))]);
        await set.write(fixtureInput(), (e) => e.nodesOnly === true);
        await set.started();
        setTimeout(release, 20);
        await set.abandon();
        expect(order.at(-1)).toBe('end a.parquet');
        expect(snapshot(dir)).toEqual(before);
        expect(leftovers(dir)).toEqual([]);
      });
      it('refuses to start a conversion of a file written first that is not chosen with it', async () => {
        order.length = 0;
        const dir = tempDir();
        const set = openOutputSet(dir, [early('a.txt'), conversion(Promise.resolve(), true, false)]);
        await expect(set.write(fixtureInput(), (e) => e.nodesOnly === true)).rejects.toThrow(
          /a\.parquet reads a\.txt, but not with the input it is written with/,
        );
        await set.abandon();
        expect(leftovers(dir)).toEqual([]);
      });
    });
  });
});
