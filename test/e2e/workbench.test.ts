// The researcher's workbench, in a real browser on the five seed reports: "which programmes do
// 浑源县 and 稷山县 share, and what exactly did each report say?" — Compare that keeps you in
// Compare (sentences side by side, labelled 浑源县 2024), all of a link's sentences from
// mentions.csv on demand, a first view whose shared programmes carry labels, the matrix as a
// view of its own, figures (PNG, SVG) with title and legend, and the read-only embed.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from '../../src/serve/index.js';
import {
  CHROMIUM,
  launch,
  openViewer,
  search,
  serveDir,
  servedSeeds,
  tempDir,
  type ServedBuild,
} from '../fixtures/viewer/browser.js';
import { XSS_IMG, XSS_SCRIPT, writeHostileGraph } from '../fixtures/viewer/graphs.js';
import { parseCsv } from '../../viewer/src/csv.js';

const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const NO_CHROMIUM = `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
if (!HAVE_CHROMIUM) console.warn(`test/e2e/workbench.test.ts: every test skipped, ${NO_CHROMIUM}`);

/** A report's id as the seeds have them (000_0761b37575dd39c7): never shown to a reader. */
const HASH = /\d{3}_[0-9a-f]{16}/;

interface GraphJson {
  nodes: { key: string; attributes: Record<string, unknown> & { label: string; type: string } }[];
  edges: { source: string; target: string; attributes: Record<string, unknown> & { kind: string; weight: number } }[];
}

let browser: Browser;
let built: ServedBuild;
let server: Server;
let out: string;
let graph: GraphJson;

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  built = await servedSeeds('govgraph-workbench-');
  ({ out, server } = built);
  graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
  browser = await launch();
});

beforeEach((ctx) => {
  if (!HAVE_CHROMIUM) ctx.skip(NO_CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  await built?.close();
});

type Govgraph = {
  graph: import('graphology').default;
  sigma: import('sigma').default;
  labelled: ReadonlySet<string>;
  state: { tab: string; selected: string | null };
};

/** Runs `fn` on the page's `window.govgraph`. */
function app<T, A>(page: Page, fn: (g: Govgraph, arg: A) => T, arg: A): Promise<T> {
  return page.evaluate(
    ([source, a]) => {
      const g = (window as unknown as { govgraph: Govgraph }).govgraph;
      return new Function('g', 'a', `return (${source})(g, a)`)(g, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

/** Clicks a node where sigma draws it. */
async function clickNode(page: Page, key: string): Promise<void> {
  const at = await app(
    page,
    (g, k: string) => {
      const a = g.graph.getNodeAttributes(k);
      const p = g.sigma.graphToViewport({ x: a.x as number, y: a.y as number });
      const box = g.sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    key,
  );
  await page.mouse.click(at.x, at.y);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync((await dl.path())!) };
}

/** The mentions link region → entity in graph.json. */
function link(region: string, entity: string) {
  return graph.edges.find((e) => e.attributes.kind === 'mentions' && e.source === region && e.target === entity)!;
}

async function compareTwo(page: Page, a: string, b: string): Promise<void> {
  await page.click('button[data-tab=compare]');
  const compare = page.getByTestId('compare');
  await compare.locator(`input[data-region=${a}]`).check();
  await compare.locator(`input[data-region=${b}]`).check();
}

describe('the researcher’s workbench (five seed reports)', () => {
  it('Compare: a shared programme shows both regions’ sentences side by side, labelled by report, still in Compare', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await compareTwo(page, '浑源县', '稷山县');
    const compare = page.getByTestId('compare');
    const shared = await compare.getByTestId('shared-programme').locator('button').allTextContents();
    expect(shared).toEqual(expect.arrayContaining(['千万工程', '枫桥经验', '承诺制+标准地+全代办']));

    await compare.getByTestId('shared-programme').locator('button', { hasText: '千万工程' }).click();
    const evidence = page.getByTestId('compare-evidence');
    expect(await evidence.getAttribute('data-entity')).toBe('千万工程');
    // one column per compared region, in the order of their names
    const columns = evidence.locator('.column');
    expect(await columns.evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.region))).toEqual([
      '浑源县',
      '稷山县',
    ]);
    const hun = evidence.locator('.column[data-region=浑源县]');
    const ji = evidence.locator('.column[data-region=稷山县]');
    expect(await hun.locator('.evidence .doc').allTextContents()).toEqual(['浑源县 2024']);
    expect(await ji.locator('.evidence .doc').allTextContents()).toEqual(['稷山县 2024']);
    expect(await ji.locator('.evidence').textContent()).toContain('学习运用“千万工程”经验');
    expect(await hun.locator('.evidence mark').first().textContent()).toBe('千万工程');
    // the report's title on hover, never its id as the label
    expect(await hun.locator('.evidence .doc').getAttribute('title')).toContain('政府工作报告');
    expect(await evidence.textContent()).not.toMatch(HASH);

    // still in Compare: the tab, the URL, the sidebar; the entity highlighted in the graph
    expect(await page.locator('button[data-tab=compare]').getAttribute('class')).toContain('active');
    expect(await page.locator('#tab-compare').isVisible()).toBe(true);
    expect(page.url()).toContain('tab=compare');
    expect(page.url()).toContain('entity=programme');
    const shown = await app(page, (g) => g.sigma.getNodeDisplayData('programme:千万工程'), null);
    expect(shown?.highlighted).toBe(true);

    // an entity only one of them names: the other column says so
    await compare.getByTestId('unique-稷山县-programme').locator('button').first().click();
    expect(await page.getByTestId('compare-evidence').locator('.column[data-region=浑源县]').textContent()).toContain(
      'does not name it',
    );
    expect(
      await page.getByTestId('compare-evidence').locator('.column[data-region=稷山县] .evidence').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('#tab-compare').isVisible()).toBe(true);

    // a copied link reopens the same comparison and entity
    await compare.getByTestId('shared-programme').locator('button', { hasText: '枫桥经验' }).click();
    const again = await openViewer(browser, page.url());
    expect(await again.page.getByTestId('compare-evidence').getAttribute('data-entity')).toBe('枫桥经验');
    expect(await again.page.getByTestId('compare-evidence').locator('.column').count()).toBe(2);
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('Compare by type, with a show-all of a shared theme and the comparison as CSV and Markdown', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await compareTwo(page, '浑源县', '稷山县');
    const compare = page.getByTestId('compare');
    await compare.locator('[data-testid=compare-types] button[data-type=theme]').click();
    expect(page.url()).toContain('ctype=theme');
    expect(await compare.getByTestId('shared-programme').count()).toBe(0);
    const themes = await compare.getByTestId('shared-theme').locator('button').allTextContents();
    expect(themes).toEqual(expect.arrayContaining(['教育', '就业']));

    // 教育: 浑源县 8 mentions, 稷山县 13; graph.json keeps three of each
    await compare
      .getByTestId('shared-theme')
      .locator('button', { hasText: /^教育$/ })
      .click();
    const evidence = page.getByTestId('compare-evidence');
    for (const [region, key] of [
      ['浑源县', 'region:浑源县'],
      ['稷山县', 'region:稷山县'],
    ] as const) {
      const column = evidence.locator(`.column[data-region=${region}]`);
      const weight = link(key, 'theme:教育').attributes.weight;
      expect(await column.locator('.evidence').count()).toBe(3);
      expect(await column.getByTestId('show-all').textContent()).toBe(`show all ${weight} mentions`);
      await column.getByTestId('show-all').click();
      await column.locator('[data-testid=link-evidence][data-all=true]').waitFor();
      const counts = await column
        .locator('.evidence')
        .evaluateAll((es) => es.map((e) => Number((e as HTMLElement).dataset.mentions)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(weight);
      expect(await column.locator('.evidence .doc').allTextContents()).toEqual(counts.map(() => `${region} 2024`));
    }
    expect(await page.locator('#tab-compare').isVisible()).toBe(true);

    // CSV: BOM, CRLF, one row per theme of the tab with each region's mentions and sentences
    const csv = await downloaded(page, () => compare.getByTestId('compare-csv').click());
    expect(csv.name).toMatch(/\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'entity',
      'type',
      'group',
      '浑源县 mentions',
      '稷山县 mentions',
      '浑源县 sentences',
      '稷山县 sentences',
    ]);
    const education = rows.find((r) => r[0] === '教育')!;
    expect(education.slice(1, 5)).toEqual(['theme', 'shared', '8', '13']);
    expect(education[5]).toContain('[浑源县 2024]');
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['theme']));
    expect(rows.filter((r) => r[2] === 'shared').length).toBe(themes.length);

    // Markdown: the tables and each shared theme's sentences, region by region
    const md = (await downloaded(page, () => compare.getByTestId('compare-markdown').click())).bytes.toString('utf8');
    expect(md).toMatch(/^# 浑源县 · 稷山县: themes compared/);
    expect(md).toContain(`## Shared by all 2 (${themes.length})`);
    expect(md).toContain('| 教育 | theme | 8 | 13 |');
    expect(md).toContain('### 教育');
    expect(md).toContain('[稷山县 2024]');
    expect(md).not.toMatch(HASH);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the most similar pairs by Jaccard similarity, sortable, a click compares the pair', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await page.click('button[data-tab=compare]');
    const pairs = page.getByTestId('similar-pairs');
    const rows = pairs.getByTestId('pair-row');
    expect(await rows.count()).toBe(10);
    // the programmes each region names, as graph.json has them
    const sets = new Map<string, Set<string>>();
    for (const e of graph.edges)
      if (e.attributes.kind === 'mentions' && e.target.startsWith('programme:'))
        sets.set(e.source, (sets.get(e.source) ?? new Set()).add(e.target));
    const jaccard = (a: string, b: string) => {
      const A = sets.get(`region:${a}`)!;
      const B = sets.get(`region:${b}`)!;
      const shared = [...A].filter((k) => B.has(k)).length;
      return shared / (A.size + B.size - shared);
    };
    const read = () =>
      rows.evaluateAll((trs) =>
        trs.map((tr) => {
          const d = (tr as HTMLElement).dataset;
          return { a: d.a!, b: d.b!, jaccard: Number(d.jaccard), shared: Number(d.shared) };
        }),
      );
    const byJaccard = await read();
    for (const p of byJaccard) expect(p.jaccard).toBeCloseTo(jaccard(p.a, p.b), 4);
    expect(byJaccard.map((p) => p.jaccard)).toEqual([...byJaccard.map((p) => p.jaccard)].sort((x, y) => y - x));
    // pairs name their regions in name order
    for (const p of byJaccard) expect(p.a < p.b).toBe(true);

    await pairs.locator('button[data-sort=shared]').click();
    const byShared = await read();
    expect(byShared.map((p) => p.shared)).toEqual([...byShared.map((p) => p.shared)].sort((x, y) => y - x));

    await rows.first().click();
    expect(
      await page
        .getByTestId('compare')
        .locator('input[type=checkbox]:checked')
        .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.region)),
    ).toEqual([byShared[0]!.a, byShared[0]!.b]);
    expect(await page.getByTestId('compare').getByTestId('shared-programme').locator('button').count()).toBe(
      byShared[0]!.shared,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels the panel’s evidence by report and reads all of a link’s sentences from mentions.csv once, on demand', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await search(page, '千万工程');
    const panel = page.getByTestId('node-panel');
    const docs = await panel.locator('.evidence .doc').allTextContents();
    expect(docs).toContain('浑源县 2024');
    for (const d of docs) expect(d).not.toMatch(HASH);
    expect(await panel.textContent()).not.toMatch(HASH);
    // nothing asked mentions.csv for yet
    expect(requests.filter((r) => r.endsWith('/mentions.csv'))).toEqual([]);

    // 黄芪: 浑源县 names it 23 times, graph.json keeps three sentences
    const weight = link('region:浑源县', 'industry:黄芪').attributes.weight;
    expect(weight).toBeGreaterThan(3);
    await search(page, '黄芪');
    const box = panel.locator('[data-testid=link-evidence][data-region=浑源县]');
    expect(await box.locator('.evidence').count()).toBe(3);
    await box.getByTestId('show-all').click();
    await box.and(page.locator('[data-all=true]')).waitFor();
    const blocks = box.locator('.evidence');
    expect(await blocks.count()).toBeGreaterThan(3);
    const mentions = await blocks.evaluateAll((es) => es.map((e) => Number((e as HTMLElement).dataset.mentions)));
    expect(mentions.reduce((a, b) => a + b, 0)).toBe(weight);
    expect(await box.locator('.all-head').textContent()).toContain(`all ${weight} mentions`);
    expect(new Set(await blocks.locator('.doc').allTextContents())).toEqual(new Set(['浑源县 2024']));
    // every block marks the name it was found under
    expect(await blocks.evaluateAll((es) => es.every((e) => e.querySelector('mark')))).toBe(true);

    // a second link's sentences come from the same read
    await search(page, '教育');
    await panel.locator('[data-testid=link-evidence][data-region=稷山县]').getByTestId('show-all').click();
    await panel.locator('[data-testid=link-evidence][data-region=稷山县][data-all=true]').waitFor();
    expect(requests.filter((r) => r.endsWith('/mentions.csv'))).toEqual(['/mentions.csv']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not read a mentions.csv over its limit, and shows the query that lists the link’s sentences instead', async () => {
    // the same build with mentions.csv grown to 129 MB (sparse: no disk written), as a big corpus writes it
    const big = tempDir('govgraph-workbench-big-');
    fs.cpSync(out, big, { recursive: true, verbatimSymlinks: true });
    fs.truncateSync(path.join(big, 'mentions.csv'), 129_000_000);
    const bigServer = await serveDir(big);
    try {
      const { page, errors } = await openViewer(browser, bigServer.url);
      await search(page, '黄芪');
      const box = page.getByTestId('node-panel').locator('[data-testid=link-evidence][data-region=浑源县]');
      await box.getByTestId('show-all').click();
      const query = box.getByTestId('mentions-query');
      await query.waitFor();
      expect(await box.getByTestId('too-big').textContent()).toBe(
        `mentions.csv is 129 MB, more than the viewer reads (128 MB). All ${
          link('region:浑源县', 'industry:黄芪').attributes.weight
        } mentions are in mentions.parquet; in a terminal:`,
      );
      expect(await query.textContent()).toBe(
        `govgraph query "SELECT report, phase, surface, sentence FROM mentions WHERE region = '浑源县' ` +
          `AND type = 'industry' AND entity = '黄芪' ORDER BY doc, start" -d OUTPUT_FOLDER`,
      );
      // the three sentences graph.json keeps stay
      expect(await box.locator('.evidence').count()).toBe(3);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await bigServer.close();
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('opens the matrix as a full-width view: names in code-point order, sticky header and first column, a cell’s sentences, tabs, sorting, CSV', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await page.click('button[data-tab=matrix]');
    const view = page.getByTestId('matrix-view');
    await view.getByTestId('matrix').waitFor();
    const width = await view.evaluate((v) => v.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1300);
    const matrix = view.getByTestId('matrix');
    // the order of summary.md and the CLI: code points of the names
    expect(await matrix.locator('thead th.region').allTextContents()).toEqual([
      '吉县',
      '朔州市',
      '浑源县',
      '稷山县',
      '长子县',
    ]);
    expect(
      await matrix
        .locator('thead th')
        .first()
        .evaluate((th) => getComputedStyle(th).position),
    ).toBe('sticky');
    expect(
      await matrix
        .locator('tbody td.name')
        .first()
        .evaluate((td) => getComputedStyle(td).position),
    ).toBe('sticky');
    // the header stays in view when the table scrolls
    await view.locator('.matrix-scroll').evaluate((s) => (s.scrollTop = 400));
    const top = await view.locator('.matrix-scroll').evaluate((s) => s.getBoundingClientRect().top);
    expect(
      await matrix
        .locator('thead th')
        .first()
        .evaluate((th) => th.getBoundingClientRect().top),
    ).toBeCloseTo(top + 1, -1);

    // a cell opens that region's sentences about that entity
    const cell = matrix.locator('[data-testid=matrix-cell][data-region=浑源县][data-entity=千万工程]');
    expect(await cell.textContent()).toBe(String(link('region:浑源县', 'programme:千万工程').attributes.weight));
    await cell.click();
    const evidence = view.getByTestId('matrix-evidence');
    expect(await evidence.getAttribute('data-region')).toBe('浑源县');
    expect(await evidence.getAttribute('data-entity')).toBe('千万工程');
    expect(await evidence.locator('.evidence .doc').allTextContents()).toEqual(['浑源县 2024']);
    expect(await evidence.locator('.evidence mark').first().textContent()).toBe('千万工程');
    expect(await evidence.textContent()).not.toMatch(HASH);

    // themes, sorted by name
    await view.locator('[data-testid=matrix-types] button[data-type=theme]').click();
    await page.selectOption('[data-testid=matrix-sort]', 'name');
    expect(page.url()).toContain('mtype=theme');
    const names = await matrix.locator('tbody td.name').allTextContents();
    expect(names).toContain('教育');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const themes = graph.nodes.filter((n) => n.attributes.type === 'theme' && Number(n.attributes.regionCount) >= 2);
    expect(names.length).toBe(themes.length);

    const csv = await downloaded(page, () => view.getByTestId('matrix-csv').click());
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(header).toEqual(['theme', 'regions', '吉县', '朔州市', '浑源县', '稷山县', '长子县']);
    expect(rows.map((r) => r[0])).toEqual(names);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels what every region names in the first view, with a one-line hint; a click on a region frames it and labels its top neighbours', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    expect(await page.getByTestId('hint').textContent()).toContain(
      'Click a region or search a programme; Compare two regions in the Compare tab',
    );
    const all = graph.nodes.filter((n) => n.attributes.regionCount === 5).map((n) => n.key);
    expect(all.length).toBeGreaterThanOrEqual(5);
    await page.waitForTimeout(300);
    const drawn = await app(page, (g) => [...g.sigma.getNodeDisplayedLabels()], null);
    expect(drawn).toEqual(expect.arrayContaining(all));
    // far fewer labels than nodes: chosen, not every one
    expect(drawn.length).toBeLessThan(120);

    const before = await app(page, (g) => g.sigma.getCamera().getState(), null);
    await clickNode(page, 'region:浑源县');
    await page.waitForTimeout(900);
    expect(await page.getByTestId('node-panel').locator('h3').textContent()).toBe('浑源县');
    expect(await page.getByTestId('hint').isVisible()).toBe(false);
    const after = await app(page, (g) => g.sigma.getCamera().getState(), null);
    const node = await app(page, (g) => g.sigma.getNodeDisplayData('region:浑源县'), null);
    expect(after.ratio).toBeLessThan(before.ratio);
    expect(after.x).toBeCloseTo(node!.x, 3);
    expect(after.y).toBeCloseTo(node!.y, 3);
    const labels = await app(page, (g) => [...g.sigma.getNodeDisplayedLabels()], null);
    const neighbours = graph.edges.filter((e) => e.source === 'region:浑源县' || e.target === 'region:浑源县').length;
    expect(neighbours).toBeGreaterThan(100);
    expect(labels.length).toBeLessThanOrEqual(25);
    expect(labels.length).toBeGreaterThan(5);
    // the strongest links among them: 黄芪 (23 mentions)
    expect(await app(page, (g) => [...g.labelled], null)).toContain('industry:黄芪');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the graph to 1 or 2 hops around the selection', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await search(page, '千万工程');
    const visible = () =>
      app(page, (g) => g.graph.filterNodes((k) => !g.sigma.getNodeDisplayData(k)?.hidden).length, null);
    const everything = await visible();
    await page.selectOption('[data-testid=hops]', '1');
    expect(page.url()).toContain('hops=1');
    const one = await visible();
    const neighbours = new Set(
      graph.edges.flatMap((e) =>
        e.source === 'programme:千万工程' ? [e.target] : e.target === 'programme:千万工程' ? [e.source] : [],
      ),
    );
    expect(one).toBe(neighbours.size + 1);
    await page.selectOption('[data-testid=hops]', '2');
    const two = await visible();
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(everything);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the view as SVG and PNG figures with a title, the filters in force and a legend', async () => {
    const { page, errors } = await openViewer(browser, `${server.url}#regions=2`);
    const svg = await downloaded(page, () => page.getByTestId('export-svg').click());
    expect(svg.name).toBe('govgraph-figure.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('What 5 government work reports name (2024)');
    expect(text).toContain('Filters: named by ≥ 2 regions');
    for (const t of ['region (', 'programme (', 'theme (']) expect(text).toContain(t);
    // nodes, edges and the labels drawn, among them what every region names
    expect((text.match(/<circle/g) ?? []).length).toBeGreaterThan(50);
    expect((text.match(/<line/g) ?? []).length).toBeGreaterThan(50);
    expect(text).toContain('>承诺制+标准地+全代办<');

    const png = await downloaded(page, () => page.getByTestId('export-png').click());
    expect(png.name).toBe('govgraph-figure.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(30_000);
    // taller than the graph: the title above, the legend below
    const height = png.bytes.readUInt32BE(20);
    const graphHeight = await app(page, (g) => g.sigma.getDimensions().height, null);
    expect(height).toBeGreaterThan(graphHeight + 60);

    // in Compare the title says what is compared
    await compareTwo(page, '浑源县', '稷山县');
    const compared = (await downloaded(page, () => page.getByTestId('export-svg').click())).bytes.toString('utf8');
    expect(compared).toContain('浑源县 and 稷山县: what they share');
    expect(compared).toContain('not shared by all compared');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embeds read-only (?embed=1): no controls, the graph with its title and legend, a click still opens the evidence', async () => {
    const { page, errors } = await openViewer(browser, `${server.url}?embed=1`);
    expect(await page.getByTestId('controls').isVisible()).toBe(false);
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    expect(await page.getByTestId('search').isVisible()).toBe(false);
    expect(await page.getByTestId('graph').isVisible()).toBe(true);
    expect(await page.getByTestId('graph').evaluate((g) => g.getBoundingClientRect().width)).toBeGreaterThan(1300);
    expect(await page.getByTestId('figure-legend').isVisible()).toBe(true);
    expect(await page.getByTestId('figure-legend').textContent()).toContain('programme (');
    expect(await page.getByTestId('figure-title').textContent()).toContain('government work reports');
    await clickNode(page, 'region:稷山县');
    const panel = page.getByTestId('node-panel');
    await panel.waitFor();
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('h3').textContent()).toBe('稷山县');
    // an entity's panel lists the regions with their sentences
    await panel.locator('.chips button', { hasText: /^千万工程$/ }).click();
    expect(await panel.locator('h3').textContent()).toBe('千万工程');
    expect(await panel.locator('.evidence .doc').first().textContent()).toMatch(/^\S+ 2024$/);
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows hostile report text as text in the matrix, its evidence and the SVG figure, and runs none of it', async () => {
    const dir = tempDir('govgraph-workbench-');
    writeHostileGraph(dir);
    const hostile = await serveDir(dir);
    try {
      const { page, errors } = await openViewer(browser, hostile.url);
      await page.click('button[data-tab=matrix]');
      await page.selectOption('[data-testid=matrix-rows]', '1');
      const cell = page.locator('[data-testid=matrix-cell][data-region=恶意县]');
      expect(await cell.getAttribute('data-entity')).toBe(`“${XSS_IMG}”工程`);
      await cell.click();
      const evidence = page.getByTestId('matrix-evidence');
      expect(await evidence.textContent()).toContain(XSS_SCRIPT);
      await search(page, '工程');
      const svg = (await downloaded(page, () => page.getByTestId('export-svg').click())).bytes.toString('utf8');
      // the title names the selection; its label is drawn beside the node
      expect(svg).toContain('“&lt;img src=x onerror="window.__xss=1"&gt;”工程 and what it is linked to');
      expect(svg.split('&lt;img src=x').length).toBeGreaterThan(2);
      expect(svg).not.toContain('<img');
      expect(await page.locator('img, script:not([type=module])').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await hostile.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
