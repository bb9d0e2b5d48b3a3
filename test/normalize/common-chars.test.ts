// The common-character list is derived from jieba's dictionary (shipped with nodejieba): this test
// recomputes it and fails when the checked-in copy drifts. UPDATE_COMMON_CHARS=1 rewrites it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_CHARS, COMMON_COUNT } from '../../src/normalize/common-chars.js';

const require = createRequire(import.meta.url);

function dictPath(): string | null {
  const pkg = path.dirname(require.resolve('nodejieba/package.json'));
  const p = path.join(pkg, 'submodules/cppjieba/dict/jieba.dict.utf8');
  return fs.existsSync(p) ? p : null;
}

/** Sums each Han character's word frequencies and keeps the `count` most frequent, in code-point order. */
function computeCommon(dict: string, count: number): string {
  const freq = new Map<string, number>();
  for (const line of dict.split('\n')) {
    const [word, n] = line.split(' ');
    if (!word || !n) continue;
    for (const ch of word) if (/\p{Script=Han}/u.test(ch)) freq.set(ch, (freq.get(ch) ?? 0) + Number(n));
  }
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked
    .slice(0, count)
    .map(([c]) => c)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

describe('common characters', () => {
  const dict = dictPath();
  it.skipIf(!dict)('match the list computed from the jieba dictionary', () => {
    const computed = computeCommon(fs.readFileSync(dict!, 'utf8'), COMMON_COUNT);
    if (process.env.UPDATE_COMMON_CHARS) {
      const lines = computed.match(/.{1,80}/gu)!.map((l) => `  '${l}',`);
      const file = new URL('../../src/normalize/common-chars.ts', import.meta.url);
      const src = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, src.replace(/(\/\/ BEGIN DATA)[\s\S]*?(\n\s*\/\/ END DATA)/, `$1\n${lines.join('\n')}$2`));
      return;
    }
    expect(COMMON_CHARS.size).toBe(COMMON_COUNT);
    expect([...COMMON_CHARS].join('')).toBe(computed);
  });

  it('hold everyday report words and leave out characters typical of mojibake', () => {
    for (const ch of '政府工作报告经济发展建设') expect(COMMON_CHARS.has(ch)).toBe(true);
    for (const ch of '萜笳鋵崱諝餄笜锩') expect(COMMON_CHARS.has(ch)).toBe(false);
  });
});
