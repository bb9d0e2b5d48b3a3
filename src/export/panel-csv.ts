// panel.csv: the region × year × entity panel for diffusion research (R, Stata, pandas): one row
// per entity each region's report of each year names, with the year the region first named it.
import type { ExportInput } from './types.js';
import { csvBlockChunks, type CsvBlock, type CsvCell } from './csv.js';
import { digest, edgeSourcesOf, regionReports, rowsFingerprint } from './blocks.js';
import { streamed } from './streamed.js';
import { issuingRegions } from './regions.js';
import { firstYears } from '../graph/panel.js';

export const PANEL_COLUMNS = [
  'region',
  'region_code',
  'parent',
  'province',
  'year',
  'entity',
  'type',
  'mentions',
  'phases',
  'first_year',
] as const;

export const panelCsv = streamed({
  file: 'panel.csv',
  description: 'region × year × entity panel (UTF-8 with BOM): mentions, phases and the first year per row',
  chunks: (input) => csvBlockChunks(PANEL_COLUMNS, panelBlocks(input)),
});

/**
 * panel.csv's rows (280,000 at 10,000 reports), made as they are written, in one block per region
 * (the panel is sorted by region) that a rebuild may copy: a region's rows are made of its own
 * reports (its cells, its code, parent and province, each entity's first year there) and of what
 * they show of the entities they name, which its reports' fingerprints fix (blocks.ts's
 * regionReports, in a build that says what its edges are made from); otherwise the rows are digested.
 */
function* panelBlocks(input: ExportInput): Generator<CsvBlock> {
  const { graph, documents, panel = [] } = input;
  const regions = issuingRegions(documents);
  const first = firstYears(panel);
  const sources = edgeSourcesOf(graph);
  for (let start = 0; start < panel.length;) {
    const region = panel[start]!.region;
    let end = start + 1;
    while (end < panel.length && panel[end]!.region === region) end += 1;
    const [from, to] = [start, end];
    const rows = () => panelRows(input, regions, first, from, to);
    yield {
      fingerprint: () => {
        const reports = sources && regionReports(graph, `region:${region}`, sources);
        if (reports === undefined) return rowsFingerprint([...rows()]);
        return digest(`panel rows of a region's reports\n${region}\n${reports}`);
      },
      rows,
    };
    start = end;
  }
}

/** Rows `from` to `to` of panel.csv (the panel's cells of an entity the graph has). */
function* panelRows(
  { graph, panel = [] }: ExportInput,
  regions: ReturnType<typeof issuingRegions>,
  first: Int32Array,
  from: number,
  to: number,
): Generator<CsvCell[]> {
  for (let i = from; i < to; i++) {
    const c = panel[i]!;
    if (!graph.hasNode(c.entity)) continue;
    const r = regions.get(c.region);
    const a = graph.getNodeAttributes(c.entity);
    yield [
      c.region,
      r?.code,
      r?.parent,
      r?.province,
      c.year,
      a.label,
      a.type,
      c.mentions,
      c.phases.join('|'),
      first[i],
    ];
  }
}
