#!/usr/bin/env node
// `npm run eval:external`: builds the 30 dev-external excerpts fetched into .dev/external/ (see
// ../shared/eval/README.md; never committed) and scores them with ../shared/eval/external.mjs,
// failing under the floors below (a little under what was measured: recall 0.94, right type 0.84
// since e20db5f typed counted campaigns as the region's own, precision 0.98). A measuring tool, not a
// test: CI has no excerpts. It also prints how many of the
// excerpts' projects, industries and organizations the graph names (external.mjs scores programmes and
// slogans only), matched the way external.mjs matches names, without floors.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const FLOORS = { region: 1, recall: 0.92, strict: 0.82, precision: 0.92 };
const scorer = path.resolve('..', 'shared', 'eval', 'external.mjs');
const facts = path.resolve('..', 'shared', 'eval', 'dev-external.json');
const excerpts = path.resolve('.dev', 'external');
const out = path.resolve('.dev', 'external-out');
for (const need of [scorer, facts, excerpts]) {
  if (!fs.existsSync(need)) {
    console.error(`eval:external: ${need} is missing (fetch the excerpts as ../shared/eval/README.md says)`);
    process.exit(2);
  }
}
execFileSync(process.execPath, ['dist/cli.js', 'build', excerpts, '-o', out, '-q', '--no-layout'], {
  stdio: 'inherit',
});
const report = execFileSync(process.execPath, [scorer, out, facts, ...process.argv.slice(2)], { encoding: 'utf8' });
process.stdout.write(report);
const last = report.trim().split('\n').pop();
const score = Object.fromEntries([...last.matchAll(/(\w+)[=~]([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
process.stdout.write(`${typesLine(out, facts)}\n`);
const below = Object.entries(FLOORS).filter(([k, floor]) => !(score[k] >= floor));
if (below.length) {
  console.error(`eval:external: below the floor: ${below.map(([k, f]) => `${k} ${score[k]} < ${f}`).join(', ')}`);
  process.exit(1);
}

/**
 * Recall and precision of the projects, industries and organizations each excerpt's facts list, against
 * the graph's nodes of that type that name the report: a name matches when one covers the other and
 * the shorter is at least 60% of the longer, punctuation and spaces ignored (as external.mjs matches).
 */
function typesLine(outDir, factsPath) {
  const graph = JSON.parse(fs.readFileSync(path.join(outDir, 'graph.json'), 'utf8'));
  const all = JSON.parse(fs.readFileSync(factsPath, 'utf8'));
  const norm = (s) =>
    String(s)
      .normalize('NFKC')
      .replace(/[\p{P}\p{S}\s]/gu, (c) => (c === '+' ? '+' : ''));
  const same = (a, b) => {
    const [x, y] = [norm(a), norm(b)];
    return (
      x === y ||
      ((x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) / Math.max(x.length, y.length) >= 0.6)
    );
  };
  const lists = { project: 'projects', industry: 'industries', organization: 'organizations' };
  const byDoc = new Map();
  for (const { attributes: a } of graph.nodes) {
    if (!(a.type in lists)) continue;
    for (const d of a.docs ?? []) byDoc.set(d, [...(byDoc.get(d) ?? []), a]);
  }
  const parts = [];
  for (const [type, key] of Object.entries(lists)) {
    let gold = 0,
      found = 0,
      named = 0,
      right = 0;
    for (const f of all) {
      const want = (f[key] ?? []).map((x) => (typeof x === 'string' ? x : x.name));
      const mine = (byDoc.get(f.name) ?? []).filter((a) => a.type === type);
      const spellings = (a) => [a.label, ...(a.aliases ?? [])];
      gold += want.length;
      found += want.filter((w) => mine.some((a) => spellings(a).some((n) => same(n, w)))).length;
      named += mine.length;
      right += mine.filter((a) => want.some((w) => spellings(a).some((n) => same(n, w)))).length;
    }
    parts.push(`${type} recall=${(found / gold).toFixed(2)} precision~${(right / named).toFixed(2)}`);
  }
  return `external types: ${parts.join(' ')}`;
}
