// The viewer in a real browser on the seeds' graph: search, node panel, compare, matrix,
// URL state, and no console errors.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/serve/index.js';
import { launch, openViewer, search, servedSeeds, type ServedBuild } from '../fixtures/viewer/browser.js';

let browser: Browser;
let built: ServedBuild;
let server: Server;

beforeAll(async () => {
  built = await servedSeeds('govgraph-e2e-');
  server = built.server;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await built?.close();
});

describe('viewer on the seed reports', () => {
  it('finds 千万工程 and lists the four regions whose reports name it, with evidence', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await search(page, '千万工程');
    const panel = page.getByTestId('node-panel');
    await expect(panel.locator('h3').textContent()).resolves.toBe('千万工程');
    const regions = await panel.locator('.mention > button.chip').allTextContents();
    expect(regions.sort()).toEqual(['吉县', '朔州市', '浑源县', '稷山县']);
    expect(await panel.locator('.evidence mark').count()).toBeGreaterThan(3);
    // what was merged into the node, and why
    expect(await panel.textContent()).toContain('merged from: 千村示范、万村整治 (lexicon)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts a node’s mentions and regions in its panel, one in the singular', async () => {
    const { page } = await openViewer(browser, server.url);
    await search(page, '千万工程');
    const meta = () => page.getByTestId('node-panel').locator('p.muted').first().textContent();
    expect(await meta()).toMatch(/ · \d+ mentions · 4 regions · /);
    await search(page, '健康稷山');
    expect(await meta()).toBe('slogan · 1 mention · 1 region · 2024');
    await page.close();
  });

  it('finds a programme by its traditional form', async () => {
    const { page } = await openViewer(browser, server.url);
    await search(page, '千萬工程');
    expect(await page.getByTestId('node-panel').locator('h3').textContent()).toBe('千万工程');
    await page.close();
  });

  it('compares 浑源县 and 吉县: 承诺制+标准地+全代办 is shared', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await page.click('button[data-tab=compare]');
    const compare = page.getByTestId('compare');
    await compare.locator('input[data-region=浑源县]').check();
    await compare.locator('input[data-region=吉县]').check();
    const shared = await compare.getByTestId('shared-programme').locator('button').allTextContents();
    expect(shared).toContain('承诺制+标准地+全代办');
    expect(await compare.getByTestId('unique-浑源县-programme').count()).toBe(1);
    // the graph shows the two regions and what they share; the rest is greyed out
    const shown = (key: string) =>
      page.evaluate((k) => {
        const { sigma } = (window as unknown as { govgraph: { sigma: import('sigma').default } }).govgraph;
        const d = sigma.getNodeDisplayData(k)!;
        return { color: d.color, highlighted: d.highlighted, hidden: d.hidden };
      }, key);
    expect(await shown('region:浑源县')).toMatchObject({ highlighted: true });
    expect((await shown('programme:承诺制+标准地+全代办')).color).toBe('#4e79a7');
    expect((await shown('region:朔州市')).color).toBe('#e5e7eb');
    await page.click('button[data-tab=explore]');
    expect((await shown('region:朔州市')).color).toBe('#e15759');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the programme × region matrix', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.click('button[data-tab=matrix]');
    const matrix = page.getByTestId('matrix');
    await matrix.waitFor();
    const headers = await matrix.locator('thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['浑源县', '朔州市', '稷山县', '吉县', '长子县']));
    const row = matrix.locator('tbody tr', { hasText: '承诺制+标准地+全代办' });
    expect(await row.locator('td').nth(1).textContent()).toBe('5');
    await page.close();
  });

  it('restores the selection and filters from a copied URL', async () => {
    const { page } = await openViewer(browser, server.url);
    await search(page, '两不一欠');
    await page.fill('#min-regions', '2');
    await page.dispatchEvent('#min-regions', 'change');
    const url = page.url();
    expect(url).toContain('node=');
    const again = await openViewer(browser, url);
    expect(await again.page.getByTestId('node-panel').locator('h3').textContent()).toBe('两不一欠');
    expect(await again.page.inputValue('#min-regions')).toBe('2');
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('lists the documents with their warnings', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.click('button[data-tab=documents]');
    const text = await page.locator('#tab-documents').textContent();
    expect(text).toContain('浑源县');
    expect(text).toContain('removed 1589 pinyin annotations');
    await page.close();
  });
});
