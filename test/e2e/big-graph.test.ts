// The viewer on a graph above its budget (25,000 nodes, 120,000 edges, written by writeOutputs as
// a build would): it draws graph-view.json's aggregate, within the budget, says what it left out
// and where the rest is, and still finds a region; an older folder without graph-view.json opens
// graph.json as before. The work is bounded by the budget, not timed (machines are shared).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/defaults.js';
import { synthetic } from '../../src/bench/synthetic.js';
import { graphJson } from '../../src/export/graph-json.js';
import { writeOutputs } from '../../src/export/write.js';
import type { Server } from '../../src/serve/index.js';
import { fixtureInput } from '../fixtures/export/graph.js';
import { ensureBuilt, launch, openViewer, search, serveDir, tempDir } from '../fixtures/viewer/browser.js';

let browser: Browser;
let server: Server;
const dirs: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  const out = tempDir('govgraph-big-');
  dirs.push(out);
  await writeOutputs(out, { graph: synthetic(25_000, 120_000, { regions: 200 }), documents: [], problems: [] });
  server = await serveDir(out);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** The graph the page draws: sigma's, and the app's. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const { graph, sigma } = (
      window as unknown as { govgraph: { graph: import('graphology').default; sigma: import('sigma').default } }
    ).govgraph;
    return { order: graph.order, size: graph.size, sigma: [sigma.getGraph().order, sigma.getGraph().size] };
  });

describe('viewer on a graph above its budget', () => {
  it('draws the aggregate within the budget and says what it left out and where it is', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const notice = page.getByTestId('view-notice');
    expect(await notice.isVisible()).toBe(true);
    // the counts, the rule the file gives (which region counts and weights were kept), where the rest is
    const text = (await notice.textContent())!;
    expect(text).toMatch(
      /^Showing 20,000 of 25,000 nodes and 100,000 of 120,000 edges: 200 of 200 issuing regions; the 19,800 entities named by the most regions \([\d,]+–[\d,]+ each[^)]*\); the [\d,]+ mentions edges between them; (the [\d,]+ strongest co-occurrences \(weight [^)]+\)|no co-occurrence)\. /,
    );
    expect(text).toMatch(
      /\. Every node, edge and sentence is in graph\.json, nodes\.parquet, edges\.parquet, mentions\.parquet, nodes\.csv and edges\.csv; govgraph query runs SQL over the Parquet tables\.$/,
    );
    const { order, size, sigma } = await drawn(page);
    expect(order).toBeLessThanOrEqual(DEFAULTS.viewerMaxNodes);
    expect(size).toBeLessThanOrEqual(DEFAULTS.viewerMaxEdges);
    expect([order, size]).toEqual([20_000, 100_000]);
    expect(sigma).toEqual([order, size]);
    expect(await page.locator('#stats').textContent()).toContain('20,000 nodes · 100,000 edges');
    await page.screenshot({ path: '/tmp/big-graph.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a region of the aggregate and lists what it names', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await search(page, '县42');
    const panel = page.getByTestId('node-panel');
    expect(await panel.locator('h3').textContent()).toBe('县42');
    expect(await panel.textContent()).toMatch(/实体\d+/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens graph.json of an older build (no graph-view.json) as before, with no notice', async () => {
    const old = tempDir('govgraph-old-');
    dirs.push(old);
    fs.writeFileSync(path.join(old, 'graph.json'), graphJson.render(fixtureInput()));
    fs.writeFileSync(path.join(old, 'documents.json'), JSON.stringify({ documents: [], problems: [] }));
    const oldServer = await serveDir(old);
    try {
      const { page, errors } = await openViewer(browser, oldServer.url);
      expect(await page.getByTestId('view-notice').isVisible()).toBe(false);
      expect(await drawn(page)).toMatchObject({ order: 11, size: 18 });
      await search(page, '千万工程');
      // the one error: the browser's own line about graph-view.json's 404
      expect(errors).toEqual([expect.stringMatching(/404/)]);
      await page.close();
    } finally {
      await oldServer.close();
    }
  });
});
