// The output folder holds what govgraph wrote (.govgraph-manifest.json): a file it did not write
// stops the build unless --force, and a folder that is both input and output is read the same way
// every time (the viewer's own index.html is no report).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/run/pipeline.js';
import { ExportError } from '../../src/errors.js';
import { MANIFEST, manifestFiles } from '../../src/export/manifest.js';
import { tempPathFor } from '../../src/export/temp.js';
import { digest, leftovers, snapshot } from '../fixtures/faults/cli.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-outdir-');
const REPORTS = fs.readdirSync('test/fixtures/years').filter((f) => f.endsWith('.txt'));
const PAGE = '<html><body>一份从政府网站保存的网页，不是govgraph写的。</body></html>';

describe('the output folder', () => {
  it('stops before any work when a file govgraph did not write is in the way, and keeps it', async () => {
    const out = tmp();
    fs.writeFileSync(path.join(out, 'index.html'), PAGE);
    await expect(build(['test/fixtures/years'], out, { layout: false })).rejects.toThrow(ExportError);
    await expect(build(['test/fixtures/years'], out, { layout: false })).rejects.toThrow(
      /index\.html is in the way: govgraph did not write it .* pass --force to overwrite it$/,
    );
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(PAGE);
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(leftovers(out)).toEqual([]);
  });

  it('overwrites it with force, and lists what it wrote', async () => {
    const out = tmp();
    fs.writeFileSync(path.join(out, 'index.html'), PAGE);
    const r = await build(['test/fixtures/years'], out, { layout: false, force: true });
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).not.toBe(PAGE);
    const listed = manifestFiles(out)!;
    expect(listed.has('graph.json') && listed.has('index.html')).toBe(true);
    expect([...listed].sort()).toEqual([...r.written.map((f) => path.relative(out, f)), MANIFEST].sort());
    expect(leftovers(out)).toEqual([]);
  });

  it('reads a folder that is both input and output the same way every time', async () => {
    const dir = tmp();
    for (const f of REPORTS) fs.copyFileSync(path.join('test/fixtures/years', f), path.join(dir, f));
    const first = await build([dir], dir, { layout: false });
    const second = await build([dir], dir, { layout: false });
    expect(first.documents).toHaveLength(REPORTS.length);
    // the viewer's index.html, written by the first build, is not read as a tenth report
    expect(second.documents.map((d) => d.id)).toEqual(first.documents.map((d) => d.id));
    const graphOf = () => fs.readFileSync(path.join(dir, 'graph.json'), 'utf8');
    const before = graphOf();
    await build([dir], dir, { layout: false });
    expect(graphOf()).toBe(before);
  });

  it('removes a file an earlier build wrote that this one does not (a renamed viewer asset)', async () => {
    const out = tmp();
    await build(['test/fixtures/years'], out, { layout: false });
    const stale = 'assets/index-OLDNAME.js';
    fs.writeFileSync(path.join(out, stale), '// old');
    const listed = [...manifestFiles(out)!, stale];
    fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify({ generator: 'govgraph', files: listed }));
    await build(['test/fixtures/years'], out, { layout: false });
    expect(fs.existsSync(path.join(out, stale))).toBe(false);
    expect(manifestFiles(out)!.has(stale)).toBe(false);
  });

  it('takes an output folder written before manifests existed as its own', async () => {
    const out = tmp();
    await build(['test/fixtures/years'], out, { layout: false });
    fs.rmSync(path.join(out, MANIFEST));
    const r = await build(['test/fixtures/years'], out, { layout: false });
    expect(r.written.length).toBeGreaterThan(10);
  });
});

describe('an output folder written before output sets existed (plain files)', () => {
  it('becomes a set of links without losing a file it did not write, and takes an old viewer asset as its own', async () => {
    const out = tmp();
    await build(['test/fixtures/years'], out, { layout: false });
    const before = snapshot(out);
    // the layout of earlier versions: every output a plain file, assets/ a plain folder
    for (const name of fs.readdirSync(out)) {
      if (name === '.govgraph') continue;
      const link = path.join(out, name);
      const real = fs.realpathSync(link);
      fs.rmSync(link);
      fs.cpSync(real, link, { recursive: true });
    }
    fs.rmSync(path.join(out, '.govgraph'), { recursive: true });
    fs.writeFileSync(path.join(out, 'README.md'), '# my notes');
    // a viewer asset of a build from before manifests listed them
    fs.writeFileSync(path.join(out, 'assets', 'index-OLDBUILD.js'), '// old viewer');
    expect(fs.lstatSync(path.join(out, 'graph.json')).isFile()).toBe(true);
    await build(['test/fixtures/years'], out, { layout: false });
    expect(fs.lstatSync(path.join(out, 'graph.json')).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync(path.join(out, 'assets')).isSymbolicLink()).toBe(true);
    expect(snapshot(out)).toEqual(new Map([...before, ['README.md', digest(Buffer.from('# my notes'))]]));
    expect(leftovers(out)).toEqual([]);
  });
});

describe('one build at a time', () => {
  it('refuses to write a folder whose lock a running build holds, and changes nothing', async () => {
    const out = tmp();
    await build(['test/fixtures/years'], out, { layout: false });
    const before = snapshot(out);
    // pid 1 always runs
    fs.writeFileSync(path.join(out, '.govgraph', 'lock'), '1\n');
    await expect(build(['test/fixtures/years'], out, { layout: false })).rejects.toThrow(
      /is being written by another govgraph build \(process 1\); wait for it to finish or choose another output folder/,
    );
    expect(snapshot(out)).toEqual(before);
    fs.rmSync(path.join(out, '.govgraph', 'lock'));
  });
});

describe('leftovers of a killed build', () => {
  it('are removed by the next build: its lock, its half-written set, its temporary links', async () => {
    const out = tmp();
    await build(['test/fixtures/years'], out, { layout: false });
    // a process id that cannot be running: past the kernel's limit (pid_max is at most 2^22)
    const dead = 4_194_305;
    fs.writeFileSync(path.join(out, '.govgraph', 'lock'), `${dead}\n`);
    fs.mkdirSync(path.join(out, '.govgraph', 'sets', `zzz-${dead}-0`, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(out, '.govgraph', 'sets', `zzz-${dead}-0`, 'graph.json'), 'half a graph');
    fs.symlinkSync('sets/zzz', path.join(out, '.govgraph', `.current.tmp-${dead}`));
    fs.writeFileSync(tempPathFor(path.join(out, 'graph.json'), dead), 'half a link');
    // pid 1 always runs: whatever it has in progress at the top stays
    fs.writeFileSync(path.join(out, '.graph.json.tmp-1'), 'another process');
    expect(leftovers(out).length).toBe(5);
    await build(['test/fixtures/years'], out, { layout: false });
    expect(leftovers(out)).toEqual(['.graph.json.tmp-1']);
    expect(fs.readFileSync(path.join(out, '.graph.json.tmp-1'), 'utf8')).toBe('another process');
  });
});
