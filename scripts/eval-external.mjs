#!/usr/bin/env node
// `npm run eval:external`: builds the 30 dev-external excerpts fetched into .dev/external/ (see
// ../shared/eval/README.md; never committed) and scores them with ../shared/eval/external.mjs,
// failing under the floors below (a little under what was measured: recall 0.94, right type 0.86,
// precision 0.98). A measuring tool, not a test: CI has no excerpts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const FLOORS = { region: 1, recall: 0.92, strict: 0.84, precision: 0.92 };
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
const below = Object.entries(FLOORS).filter(([k, floor]) => !(score[k] >= floor));
if (below.length) {
  console.error(`eval:external: below the floor: ${below.map(([k, f]) => `${k} ${score[k]} < ${f}`).join(', ')}`);
  process.exit(1);
}
