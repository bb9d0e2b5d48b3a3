import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, listInputFiles, readDoc } from '../../src/ingest/index.js';
import { callAsNobody, unreadableFiles } from '../fixtures/as-nobody.js';

// seed 004, line 5 and seed 000, line 2
const REPORT = '——2024年4月24日在长子县第十七届人民代表大会第四次会议上\n县政府县长 牛志强\n';

let root: string;
const at = (...p: string[]) => path.join(root, ...p);
function write(rel: string, data: string | Uint8Array) {
  fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
  fs.writeFileSync(at(rel), data);
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-ingest-'));
  write('corpus/b.txt', REPORT);
  write('corpus/a.html', `<p>${REPORT}</p>`);
  write('corpus/sub/c.htm', iconv.encode(REPORT, 'gb18030'));
  write('corpus/sub/2023/a.txt', REPORT); // same id as corpus/a.html
  write('corpus/notes.md', 'not a report');
  write('corpus/empty.txt', '');
  write('corpus/blank.txt', '  \n\n');
  write('corpus/scan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  write('corpus/report.txt', '%PDF-1.4\n');
  fs.mkdirSync(at('corpus/folder.txt'));
  fs.symlinkSync(at('corpus'), at('corpus/sub/loop')); // a link back up: must not hang
  fs.symlinkSync(at('corpus/gone.txt'), at('corpus/dangling.txt'));
  write('big/huge.txt', Buffer.alloc(3 * 1024 * 1024, 0x41));
  fs.mkdirSync(at('nothing'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('listInputFiles', () => {
  it('walks folders recursively in code-point order, follows links once, skips other extensions', () => {
    const { files } = listInputFiles([at('corpus')]);
    expect(files.map((f) => path.relative(root, f))).toEqual([
      'corpus/a.html',
      'corpus/b.txt',
      'corpus/blank.txt',
      'corpus/empty.txt',
      'corpus/report.txt',
      'corpus/scan.txt',
      'corpus/sub/2023/a.txt',
      'corpus/sub/c.htm',
    ]);
  });

  it('names what it cannot use: a missing path, a dangling link, a link loop, a folder named like a file, an empty folder', () => {
    const { problems } = listInputFiles([at('corpus'), at('missing.txt'), at('nothing')]);
    expect(problems.map((p) => [path.relative(root, p.file), p.reason])).toEqual([
      ['corpus/dangling.txt', 'broken symbolic link'],
      ['corpus/folder.txt', 'is a directory named like a report file, with no reports in it'],
      ['corpus/sub/loop', 'symbolic link loop (a link to a folder above it); its reports are read once'],
      ['missing.txt', 'no such file or directory'],
      ['nothing', 'no .txt, .html or .htm files in this folder'],
    ]);
  });

  it('takes a file named on its own whatever its extension, once', () => {
    const { files } = listInputFiles([at('corpus/notes.md'), at('corpus/b.txt'), at('corpus/b.txt')]);
    expect(files).toEqual([at('corpus/notes.md'), at('corpus/b.txt')]);
  });
});

describe('readDoc', () => {
  it('reads and decodes a file, recording the encoding', () => {
    const doc = readDoc(at('corpus/sub/c.htm'));
    expect(doc).toMatchObject({
      id: 'c',
      text: REPORT,
      encoding: 'gb18030',
      warnings: ['decoded as GB18030 (not valid UTF-8)'],
    });
  });

  it('skips a file over the size limit, and says by how much', () => {
    expect(readDoc(at('big/huge.txt'), { maxBytes: 2 * 1024 * 1024 })).toEqual({
      file: at('big/huge.txt'),
      reason: 'too large (3 MB > 2 MB limit)',
    });
    expect(readDoc(at('big/huge.txt'))).toMatchObject({ id: 'huge' });
  });

  it('never throws: a directory or a missing file is a reason', () => {
    expect(readDoc(at('corpus/folder.txt'))).toEqual({
      file: at('corpus/folder.txt'),
      reason: 'is a directory, not a file',
    });
    expect(readDoc(at('nope.txt'))).toEqual({ file: at('nope.txt'), reason: 'no such file or directory' });
  });

  // as root (who reads any file) the same call runs in a child as uid 65534
  const locked = unreadableFiles();
  it.skipIf(locked.skip)(locked.title('reports a file it may not read'), () => {
    write('locked.txt', REPORT);
    fs.chmodSync(at('locked.txt'), 0o000);
    if (locked.asNobody) fs.chmodSync(root, 0o755);
    const result = locked.asNobody
      ? callAsNobody('src/ingest/index.ts', 'readDoc', [at('locked.txt')])
      : readDoc(at('locked.txt'));
    expect(result).toEqual({ file: at('locked.txt'), reason: 'permission denied: cannot be read' });
  });
});

describe('ingest', () => {
  it('returns the reports and the problems, and gives every report a unique id', () => {
    const { docs, problems } = ingest([at('corpus')]);
    expect(docs.map((d) => d.id)).toEqual(['a', 'b', 'a_2023', 'c']);
    expect(docs[2]!.warnings).toEqual(['report id “a” is used by another file too: this one is “a_2023”']);
    expect(docs.every((d) => d.text === REPORT || d.text === `<p>${REPORT}</p>`)).toBe(true);
    expect(problems.map((p) => [path.basename(p.file), p.reason])).toEqual([
      ['dangling.txt', 'broken symbolic link'],
      ['folder.txt', 'is a directory named like a report file, with no reports in it'],
      ['loop', 'symbolic link loop (a link to a folder above it); its reports are read once'],
      ['blank.txt', 'empty file (only whitespace)'],
      ['empty.txt', 'empty file'],
      ['report.txt', 'PDF document, not a text report (convert it to text first)'],
      ['scan.txt', 'binary file (PNG image), not a text report'],
    ]);
  });

  it('reads the seed reports as UTF-8', () => {
    const { docs, problems } = ingest([path.join(import.meta.dirname, '../../seeds')]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id.slice(0, 3), d.encoding])).toEqual([
      ['000', 'utf-8'],
      ['001', 'utf-8'],
      ['002', 'utf-8'],
      ['003', 'utf-8'],
      ['004', 'utf-8'],
    ]);
  });
});
