// File names that are not UTF-8 are read by their bytes and shown as \xNN.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsPath, pathOfBytes, shownPath } from '../../src/ingest/paths.js';
import { listInputFiles } from '../../src/ingest/list.js';
import { readDoc } from '../../src/ingest/read.js';
import { assignIds } from '../../src/ingest/ids.js';

describe('paths of bytes', () => {
  it('keeps UTF-8 names as they are', () => {
    expect(pathOfBytes(Buffer.from('平遥县_2024.txt'))).toBe('平遥县_2024.txt');
    expect(fsPath('平遥县_2024.txt')).toBe('平遥县_2024.txt');
  });

  it('escapes each byte that is not UTF-8 and gives the same bytes back', () => {
    // 测试 in GBK, an overlong slash, a UTF-16 surrogate written as UTF-8, a cut sequence
    for (const hex of ['b2e2cad45f323032342e747874', 'c0af', 'eda080', 'e6b5', 'e6b58b'.repeat(3) + 'ff']) {
      const bytes = Buffer.from(hex, 'hex');
      const name = pathOfBytes(bytes);
      expect(Buffer.compare(Buffer.from(fsPath(name)), bytes)).toBe(0);
    }
    expect(shownPath(pathOfBytes(Buffer.from('b2e2cad45f32303234', 'hex')))).toBe('\\xb2\\xe2\\xca\\xd4_2024');
    // a pseudo-random sweep of byte strings round-trips exactly
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      const bytes = Buffer.from(
        Array.from({ length: 1 + (n % 9) }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 7) & 0xff),
      );
      expect(Buffer.compare(Buffer.from(fsPath(pathOfBytes(bytes))), bytes)).toBe(0);
    }
  });

  it('finds and reads a report whose file name is GBK, with an id people can read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-bytes-'));
    const name = Buffer.concat([Buffer.from(dir + '/'), Buffer.from('b2e2cad45f323032342e747874', 'hex')]);
    fs.writeFileSync(name, '平遥县2024年政府工作报告\n各位代表：深入学习运用“千万工程”经验。\n');
    const { files, problems } = listInputFiles([dir]);
    expect(problems).toEqual([]);
    expect(files).toHaveLength(1);
    const doc = readDoc(files[0]!);
    expect('reason' in doc).toBe(false);
    expect(assignIds(files)[0]!.id).toBe('\\xb2\\xe2\\xca\\xd4_2024');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('paths longer than the system allows', () => {
  it('are reported by name, not silently missed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-long-'));
    // 20 folders of 250 characters: past PATH_MAX (4096) on Linux, created relative to each other
    const names: string[] = [];
    for (let i = 0; i < 20; i++) names.push(`${i}`.padStart(3, '0') + 'd'.repeat(247));
    const cwd = process.cwd();
    try {
      process.chdir(root);
      for (const n of names) {
        fs.mkdirSync(n);
        process.chdir(n);
      }
      fs.writeFileSync('平遥县_2024.txt', '各位代表：深入学习运用“千万工程”经验。\n');
    } finally {
      process.chdir(cwd);
    }
    const dir = path.join(root, ...names);
    const { files, problems } = listInputFiles([root]);
    expect(files).toEqual([]);
    const tooLong = problems.find((p) => /path longer than the system allows/.test(p.reason));
    expect(tooLong).toBeDefined();
    expect(dir.startsWith(tooLong!.file)).toBe(true);
    // Node's rmSync cannot reach that deep either; rm(1) walks down relative to each folder
    execFileSync('rm', ['-rf', root]);
  });
});
