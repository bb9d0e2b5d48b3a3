// Report text is untrusted: HTML and script in labels, aliases, evidence and warnings show as
// text and never run. A graph that breaks the contract gives a message, a huge one still works.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/serve/index.js';
import { ensureBuilt, launch, openViewer, search, serveDir, tempDir } from '../fixtures/viewer/browser.js';
import { XSS_IMG, XSS_SCRIPT, writeHostileGraph, writeLargeGraph } from '../fixtures/viewer/graphs.js';

let browser: Browser;
const cleanup: (() => Promise<void> | void)[] = [];

async function served(write: (dir: string) => void): Promise<Server> {
  const dir = tempDir('govgraph-e2e-');
  write(dir);
  const server = await serveDir(dir);
  cleanup.push(
    () => server.close(),
    () => fs.rmSync(dir, { recursive: true, force: true }),
  );
  return server;
}

beforeAll(async () => {
  ensureBuilt();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const c of cleanup) await c();
});

describe('viewer with untrusted and unusual graphs', () => {
  it('shows HTML and script from report text literally and runs none of it', async () => {
    const server = await served(writeHostileGraph);
    const { page } = await openViewer(browser, server.url);
    await search(page, '工程');
    const panel = page.getByTestId('node-panel');
    expect(await panel.locator('h3').textContent()).toBe(`“${XSS_IMG}”工程`);
    expect(await panel.textContent()).toContain(XSS_SCRIPT);
    expect(await panel.locator('img, script, b').count()).toBe(0);
    await page.click('button[data-tab=documents]');
    expect(await page.locator('#tab-documents').textContent()).toContain(XSS_SCRIPT);
    expect(await page.locator('#tab-documents img, #tab-documents script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('explains a graph.json that does not follow the contract instead of a blank page', async () => {
    const server = await served((dir) =>
      fs.writeFileSync(
        `${dir}/graph.json`,
        JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'x' } }], edges: [] }),
      ),
    );
    const { page } = await openViewer(browser, server.url);
    const error = page.locator('#error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/does not follow the graph contract/);
    await page.close();
  });

  it('opens a graph of 10,000 nodes and 50,000 edges and answers a search', async () => {
    const server = await served((dir) => writeLargeGraph(dir, 10_000, 50_000));
    const { page, errors } = await openViewer(browser, server.url);
    await search(page, '目标节点');
    expect(await page.getByTestId('node-panel').locator('h3').textContent()).toBe('目标节点');
    expect(errors).toEqual([]);
    await page.close();
  });
});
