// The viewer over time, in a real browser on the three-year corpus (test/fixtures/years):
// the year range and its play button, the adoption chart in an entity's panel, the range in
// the URL, and Compare "since" a year. Known adoption: 千万工程 by 浑源县 2022–2024, 稷山县
// 2023–2024, 平遥县 2024; 四好农村路 by 平遥县 2022 and 2024; 枫桥经验 by 稷山县 2022 and 浑源县 2024.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from '../../src/serve/index.js';
import { CHROMIUM, ensureBuilt, launch, openViewer, search, serveDir, tempDir } from '../fixtures/viewer/browser.js';
import { XSS_IMG, writeHostileGraph } from '../fixtures/viewer/graphs.js';

const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const NO_CHROMIUM = `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
if (!HAVE_CHROMIUM) console.warn(`test/e2e/years.test.ts: every test skipped, ${NO_CHROMIUM}`);

let browser: Browser;
const servers: Server[] = [];
const dirs: string[] = [];
let url: string;

/** The years corpus built into a fresh folder; `edit` may change its files before it is served. */
async function served(edit?: (dir: string) => void): Promise<Server> {
  const dir = tempDir('govgraph-years-');
  dirs.push(dir);
  execFileSync(process.execPath, ['dist/cli.js', 'build', 'test/fixtures/years', '-o', dir, '-q']);
  edit?.(dir);
  const server = await serveDir(dir);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  ensureBuilt();
  url = (await served()).url;
  browser = await launch();
});

// each test skipped with the reason attached, so the run's report (and CI's no-skip guard) names it
beforeEach((ctx) => {
  if (!HAVE_CHROMIUM) ctx.skip(NO_CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

type Display = { hidden?: boolean } | undefined;

/** Whether sigma hides the mentions link region -> entity, as drawn now. */
function edgeHidden(page: Page, region: string, entity: string): Promise<boolean | undefined> {
  return page.evaluate(
    ([r, e]) => {
      const { graph, sigma } = (
        window as unknown as {
          govgraph: {
            graph: import('graphology').default;
            sigma: { getEdgeDisplayData(k: string): { hidden?: boolean } | undefined };
          };
        }
      ).govgraph;
      const key = graph.edges(`region:${r}`, e).find((k) => graph.getEdgeAttribute(k, 'kind') === 'mentions');
      return key === undefined ? undefined : sigma.getEdgeDisplayData(key)?.hidden === true;
    },
    [region, entity],
  );
}

function nodeHidden(page: Page, key: string): Promise<boolean> {
  return page.evaluate((k) => {
    const { sigma } = (window as unknown as { govgraph: { sigma: { getNodeDisplayData(k: string): Display } } })
      .govgraph;
    return sigma.getNodeDisplayData(k)?.hidden === true;
  }, key);
}

async function setRange(page: Page, from: number, to: number): Promise<void> {
  // "to" first when moving later, "from" first when moving earlier: each select takes the other along
  await page.selectOption('[data-testid=year-to]', String(to));
  await page.selectOption('[data-testid=year-from]', String(from));
  await page.selectOption('[data-testid=year-to]', String(to));
}

const panelRegions = async (page: Page) =>
  (await page.getByTestId('node-panel').locator('.mention > button.chip:not(.toggle)').allTextContents()).sort();

describe('viewer over the years (three-year corpus)', () => {
  it('hides what falls outside the year range: 2022–2022 leaves only 浑源县 naming 千万工程, 2024–2024 all three', async () => {
    const { page, errors } = await openViewer(browser, url);
    const range = page.getByTestId('year-range');
    expect(await range.isVisible()).toBe(true);
    expect(await page.locator('[data-testid=year-from] option').allTextContents()).toEqual(['2022', '2023', '2024']);
    await search(page, '千万工程');
    const panel = page.getByTestId('node-panel');
    expect(await panelRegions(page)).toEqual(['平遥县', '浑源县', '稷山县']);

    await setRange(page, 2022, 2022);
    expect(page.url()).toContain('from=2022&to=2022');
    expect(await edgeHidden(page, '浑源县', 'programme:千万工程')).toBe(false);
    expect(await edgeHidden(page, '稷山县', 'programme:千万工程')).toBe(true);
    expect(await edgeHidden(page, '平遥县', 'programme:千万工程')).toBe(true);
    expect(await panelRegions(page)).toEqual(['浑源县']);
    expect(await panel.textContent()).toContain('named by 1 region in 2022');
    expect(await panel.textContent()).toContain('2 more only outside 2022');
    // only 2022's sentence under 浑源县
    expect(await panel.locator('.evidence .doc').allTextContents()).toEqual(['浑源县 2022']);

    await setRange(page, 2024, 2024);
    for (const region of ['浑源县', '稷山县', '平遥县'])
      expect(await edgeHidden(page, region, 'programme:千万工程')).toBe(false);
    expect(await panelRegions(page)).toEqual(['平遥县', '浑源县', '稷山县']);

    // nodes: 四好农村路 (平遥县 2022, 2024) is gone in 2023; a parent region, without years, is
    // left as the other filters have it (the "shared by ≥ 1 regions" filter hides it anyway)
    await page.click('#node-panel .close');
    await setRange(page, 2022, 2024);
    const parent = await nodeHidden(page, 'region:大同市');
    await setRange(page, 2023, 2023);
    expect(await nodeHidden(page, 'programme:四好农村路')).toBe(true);
    expect(await nodeHidden(page, 'programme:千万工程')).toBe(false);
    expect(await nodeHidden(page, 'region:大同市')).toBe(parent);
    expect(await edgeHidden(page, '稷山县', 'programme:枫桥经验')).toBe(true);
    await setRange(page, 2022, 2024);
    expect(await nodeHidden(page, 'programme:四好农村路')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays the last year from the first to the last, and a second click pauses', async () => {
    const { page, errors } = await openViewer(browser, url);
    const play = page.getByTestId('year-play');
    await play.click();
    expect(await play.getAttribute('data-playing')).toBe('true');
    expect(await page.inputValue('[data-testid=year-to]')).toBe('2022');
    expect(await nodeHidden(page, 'programme:枫桥经验')).toBe(false);
    expect(await nodeHidden(page, 'programme:千万工程')).toBe(false);
    // one step a second; it stops by itself at 2024
    await page.waitForSelector('[data-testid=year-play][data-playing=false]', { timeout: 5000 });
    expect(await page.inputValue('[data-testid=year-from]')).toBe('2022');
    expect(await page.inputValue('[data-testid=year-to]')).toBe('2024');

    await play.click();
    expect(await page.inputValue('[data-testid=year-to]')).toBe('2022');
    await play.click();
    expect(await play.getAttribute('data-playing')).toBe('false');
    await page.waitForTimeout(1300);
    expect(await page.inputValue('[data-testid=year-to]')).toBe('2022');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws 千万工程’s adoption: 1, 2, 3 regions a year, 1, 2, 3 so far; 2023 lists 浑源县 and 稷山县 with their sentences', async () => {
    const { page, errors } = await openViewer(browser, url);
    await search(page, '千万工程');
    const chart = page.getByTestId('adoption-chart');
    await chart.waitFor();
    const bars = chart.getByTestId('adoption-year');
    const read = (name: string) => bars.evaluateAll((gs, n) => gs.map((g) => g.getAttribute(n)), name);
    expect(await read('data-year')).toEqual(['2022', '2023', '2024']);
    // regions naming it that year: 2022 浑源县; 2023 浑源县, 稷山县; 2024 all three
    expect(await read('data-count')).toEqual(['1', '2', '3']);
    // regions that have named it by then, each from its first year: 浑源县 2022, 稷山县 2023, 平遥县 2024
    expect(await read('data-cumulative')).toEqual(['1', '2', '3']);
    expect(await read('data-adopters')).toEqual(['1', '1', '1']);
    // the counts are written in the chart too, not only in attributes
    expect(await chart.locator('text.count').allTextContents()).toEqual(['1', '1', '2', '2', '3', '3']);

    await chart.locator('[data-testid=adoption-year][data-year="2023"]').click();
    const detail = page.getByTestId('adoption-detail');
    expect(await detail.getAttribute('data-year')).toBe('2023');
    const regions = detail.getByTestId('adoption-region');
    expect((await regions.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.region))).sort()).toEqual([
      '浑源县',
      '稷山县',
    ]);
    expect(await detail.textContent()).toContain('1 for the first time');
    await detail.locator('[data-testid=adoption-region][data-region=稷山县]').click();
    const evidence = detail.getByTestId('evidence');
    expect(await evidence.count()).toBe(1);
    expect(await evidence.textContent()).toContain('深入学习运用“千万工程”经验，整治村庄12个。');
    expect(await evidence.locator('.doc').textContent()).toBe('稷山县 2023');
    expect(await evidence.locator('mark').first().textContent()).toBe('千万工程');
    await detail.locator('[data-testid=adoption-region][data-region=浑源县]').click();
    expect(await detail.getByTestId('evidence').allTextContents()).toEqual([
      '浑源县 2023持续深化“千万工程”，整治农村人居环境。',
      '稷山县 2023深入学习运用“千万工程”经验，整治村庄12个。',
    ]);
    // 稷山县 took it up that year
    const first = detail.locator('.mention', { has: page.locator('.badge.first') });
    expect(await first.locator('button').getAttribute('data-region')).toBe('稷山县');
    // evidence everywhere in the panel is labelled by report, never by its raw id
    const panelText = (await page.getByTestId('node-panel').textContent()) ?? '';
    expect(panelText).toContain('浑源县 2022');
    expect(panelText).not.toMatch(/[县市]_20\d\d/);

    // a programme with a gap: 四好农村路 by 平遥县 in 2022 and 2024, not 2023
    await search(page, '四好农村路');
    const gap = page.getByTestId('adoption-chart').getByTestId('adoption-year');
    expect(await gap.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-count')))).toEqual(['1', '0', '1']);
    expect(await gap.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-cumulative')))).toEqual(['1', '1', '1']);
    await gap.nth(1).click();
    expect(await page.getByTestId('adoption-detail').textContent()).toContain('2023: no report names it');
    // where that-year and so-far part: 枫桥经验 by 稷山县 in 2022, then 浑源县 in 2024 only
    await search(page, '枫桥经验');
    const late = page.getByTestId('adoption-chart').getByTestId('adoption-year');
    expect(await late.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-count')))).toEqual(['1', '0', '1']);
    expect(await late.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-cumulative')))).toEqual(['1', '1', '2']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores the year range from a copied URL (from=2023&to=2024)', async () => {
    const { page, errors } = await openViewer(browser, `${url}#node=programme%3A枫桥经验&from=2023&to=2024`);
    expect(await page.inputValue('[data-testid=year-from]')).toBe('2023');
    expect(await page.inputValue('[data-testid=year-to]')).toBe('2024');
    // 稷山县 named 枫桥经验 in 2022 only
    expect(await edgeHidden(page, '稷山县', 'programme:枫桥经验')).toBe(true);
    expect(await edgeHidden(page, '浑源县', 'programme:枫桥经验')).toBe(false);
    expect(await panelRegions(page)).toEqual(['浑源县']);
    // the chart still shows every year; those outside the range are greyed
    const out = await page.getByTestId('adoption-year').evaluateAll((gs) => gs.map((g) => g.classList.contains('out')));
    expect(out).toEqual([true, false, false]);
    // and the URL the viewer writes carries it on
    await page.selectOption('[data-testid=year-to]', '2023');
    const again = await openViewer(browser, page.url());
    expect(await again.page.inputValue('[data-testid=year-from]')).toBe('2023');
    expect(await again.page.inputValue('[data-testid=year-to]')).toBe('2023');
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('compares 浑源县 and 稷山县 since 2023: 枫桥经验 moves from shared to 浑源县 alone', async () => {
    const { page, errors } = await openViewer(browser, url);
    await page.click('button[data-tab=compare]');
    const compare = page.getByTestId('compare');
    await compare.locator('input[data-region=浑源县]').check();
    await compare.locator('input[data-region=稷山县]').check();
    const chips = (testid: string) => compare.getByTestId(testid).locator('button').allTextContents();
    const none = async (testid: string) => ((await compare.getByTestId(testid).count()) ? chips(testid) : []);

    // any year: both named 枫桥经验 (稷山县 2022, 浑源县 2024) and 千万工程
    expect(await page.inputValue('[data-testid=compare-since]')).toBe('');
    expect((await chips('shared-programme')).sort()).toEqual(['千万工程', '枫桥经验']);
    expect(await none('unique-浑源县-programme')).toEqual([]);
    expect(await none('unique-稷山县-programme')).toEqual([]);

    // since 2023: 稷山县's 2022 mention no longer counts, so 枫桥经验 is 浑源县's alone; 千万工程
    // (稷山县 from 2023) stays shared
    await page.selectOption('[data-testid=compare-since]', '2023');
    expect(page.url()).toContain('since=2023');
    expect(await chips('shared-programme')).toEqual(['千万工程']);
    expect(await none('unique-浑源县-programme')).toEqual(['枫桥经验']);
    expect(await none('unique-稷山县-programme')).toEqual([]);
    expect(await compare.textContent()).toContain('Shared by all 2 since 2023 (1)');

    // a copied URL restores the setting
    const again = await openViewer(browser, page.url());
    expect(await again.page.inputValue('[data-testid=compare-since]')).toBe('2023');
    expect(
      await again.page.getByTestId('compare').getByTestId('shared-programme').locator('button').allTextContents(),
    ).toEqual(['千万工程']);
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('shows a report label from documents.json as text, never as HTML', async () => {
    const server = await served((dir) => {
      const file = path.join(dir, 'documents.json');
      const docs = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const d of docs.documents) if (d.id === '稷山县_2023') d.label = XSS_IMG;
      fs.writeFileSync(file, JSON.stringify(docs));
    });
    const { page, errors } = await openViewer(browser, server.url);
    await search(page, '千万工程');
    await page.getByTestId('adoption-chart').locator('[data-year="2023"]').click();
    await page.locator('[data-testid=adoption-region][data-region=稷山县]').click();
    expect(await page.getByTestId('adoption-detail').locator('.doc').textContent()).toBe(XSS_IMG);
    expect(await page.getByTestId('node-panel').locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no year control, chart or "since" for a graph without years', async () => {
    const dir = tempDir('govgraph-years-');
    dirs.push(dir);
    writeHostileGraph(dir);
    const server = await serveDir(dir);
    servers.push(server);
    const { page, errors } = await openViewer(browser, `${server.url}#from=2023&to=2024&since=2023`);
    expect(await page.getByTestId('year-range').isVisible()).toBe(false);
    await search(page, '工程');
    expect(await page.getByTestId('node-panel').locator('.mention').count()).toBe(1);
    expect(await page.getByTestId('adoption-chart').count()).toBe(0);
    await page.click('button[data-tab=compare]');
    expect(await page.getByTestId('compare-since').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
