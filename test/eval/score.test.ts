// Holds extraction quality at or above what was reached: builds the seeds and runs the
// project's scorer (../shared/eval/score.mjs) against the hand annotations in ../shared/gold.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromInputs } from '../../src/run/pipeline.js';

const shared = path.resolve('..', 'shared');
const scorer = path.join(shared, 'eval', 'score.mjs');
const hasGold = fs.existsSync(scorer) && fs.existsSync(path.join(shared, 'gold'));

interface Row {
  tp: number;
  gold: number;
  pred: number;
  p: number;
  r: number;
  f: number;
}
let summary: Record<string, Row> & { sharedLinking: number; ownRegion: number };

describe.skipIf(!hasGold)(
  `extraction quality on the annotated seeds (../shared/gold)${hasGold ? '' : ` (SKIPPED: ${scorer} or the gold missing; they come with ../shared beside the project)`}`,
  () => {
    beforeAll(async () => {
      const { graph } = await buildGraphFromInputs(['seeds'], { layout: false, workers: 1 });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-eval-'));
      const file = path.join(dir, 'graph.json');
      fs.writeFileSync(file, JSON.stringify(graph.export()));
      const out = execFileSync(process.execPath, [scorer, file, path.join(shared, 'gold'), '--json'], {
        encoding: 'utf8',
      });
      summary = JSON.parse(out).summary;
      fs.rmSync(dir, { recursive: true, force: true });
    });

    // Floors at what was reached (rounded down), so quality never slips back unnoticed.
    it('finds programmes and slogans (named F1)', () => {
      expect(summary.named!.f).toBeGreaterThanOrEqual(0.9);
    });

    it('tells programmes from slogans', () => {
      expect(summary.programme!.f).toBeGreaterThanOrEqual(0.87);
      // Lowered from 0.75 (to 0.5; 0.545 measured) when slogans came to be told by who the report attributes a line to
      // (省委/市委 vs the region itself), its form and the corpus rather than by cues fitted to
      // these three reports: 14 gold slogans here, while on 30 unseen reports the right type rose
      // from 0.45 to 0.76 of the names (../shared/eval/external.mjs).
      expect(summary.slogan!.f).toBeGreaterThanOrEqual(0.5);
    });

    it('finds industries, organizations, projects and themes (recall; their gold lists are not exhaustive)', () => {
      expect(summary.industry!.r).toBeGreaterThanOrEqual(0.87);
      expect(summary.industry!.p).toBeGreaterThanOrEqual(0.6);
      expect(summary.organization!.r).toBeGreaterThanOrEqual(0.8);
      expect(summary.project!.r).toBeGreaterThanOrEqual(0.63);
      expect(summary.theme!.r).toBeGreaterThanOrEqual(0.79);
    });

    it('links a programme shared by several reports on one node', () => {
      // 0.91 since the lexicon lost the entries that linked a seed's typo (五不为过 for 五不放过) and
      // near-names (政府+链主企业+园区 / +产业园) that nothing but fitting would merge
      expect(summary.sharedLinking).toBeGreaterThanOrEqual(0.9);
    });

    it("makes every report's own region a node", () => {
      expect(summary.ownRegion).toBe(1);
    });
  },
);
