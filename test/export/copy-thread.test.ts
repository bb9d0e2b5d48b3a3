// The thread that copies unchanged blocks into a rebuild's outputs (src/export/copy-thread.ts): each
// copy lands at the offset it was given while this thread writes the pieces between them, adjacent
// copies go as one, and a copy that cannot be done fails the file instead of leaving a hole.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyThread } from '../../src/export/copy-thread.js';
import { tempDirs } from '../fixtures/temp.js';

const tempDir = tempDirs('govgraph-copy-thread-');
let thread: CopyThread | undefined;
afterEach(async () => {
  await thread?.stop();
  thread = undefined;
});

/** An open previous file holding `text`, and an open new file to write. */
function files(text: string): { from: number; to: number; next: string; close(): void } {
  const dir = tempDir();
  writeFileSync(join(dir, 'previous'), text);
  const from = openSync(join(dir, 'previous'), 'r');
  const to = openSync(join(dir, 'next'), 'w');
  return {
    from,
    to,
    next: join(dir, 'next'),
    close: () => {
      closeSync(from);
      closeSync(to);
    },
  };
}

describe('CopyThread', () => {
  it('puts each copied range at its offset while the pieces between are written here', async () => {
    // blocks of the previous file: 甲 乙 丙 (three bytes each in UTF-8), then a long one
    const long = 'x'.repeat(300_000);
    const f = files(`甲乙丙${long}`);
    thread = new CopyThread();
    // the new file: 丙, a new piece, 甲 乙 (adjacent: one copy), the long block, a last piece
    let at = 0;
    const copy = (start: number, end: number) => {
      thread!.copy(f.from, f.to, start, end, at);
      at += end - start;
    };
    const write = (text: string) => (at += writeSync(f.to, text, at));
    copy(6, 9);
    write('新');
    copy(0, 3);
    copy(3, 6);
    copy(9, 9 + long.length);
    write('尾');
    await thread.settle();
    f.close();
    expect(readFileSync(f.next, 'utf8')).toBe(`丙新甲乙${long}尾`);
  });

  it('fails the file when the previous one is shorter than its blocks say, and copies the next file after', async () => {
    const f = files('甲乙');
    thread = new CopyThread();
    thread.copy(f.from, f.to, 0, 3, 0);
    thread.copy(f.from, f.to, 3, 12, 10);
    await expect(thread.settle()).rejects.toThrow('the previous file ended at byte 6, before 12');
    f.close();
    // a failure is the file's: the thread goes on with the next
    const g = files('丙丁');
    thread.copy(g.from, g.to, 3, 6, 0);
    await thread.settle();
    g.close();
    expect(readFileSync(g.next, 'utf8')).toBe('丁');
  });

  it('puts every one of many small copies in its place, sent in batches', async () => {
    // 1,000 one-character blocks copied in reverse: no two adjacent, so each is a copy of its own
    const text = Array.from({ length: 1000 }, (_x, i) => String.fromCharCode(0x4e00 + i)).join('');
    const f = files(text);
    thread = new CopyThread();
    for (let i = 0; i < 1000; i++) thread.copy(f.from, f.to, (999 - i) * 3, (1000 - i) * 3, i * 3);
    await thread.settle();
    f.close();
    expect(readFileSync(f.next, 'utf8')).toBe([...text].reverse().join(''));
  });

  it('says so when the thread has ended, instead of waiting for it', async () => {
    thread = new CopyThread();
    await thread.stop();
    await expect(thread.settle()).rejects.toThrow(/the copying thread ended/);
  });
});
