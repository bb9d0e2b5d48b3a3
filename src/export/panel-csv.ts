// panel.csv: the region × year × entity panel for diffusion research (R, Stata, pandas): one row
// per entity each region's report of each year names, with the year the region first named it.
import type { ExportInput } from './types.js';
import { csvChunks, type CsvCell } from './csv.js';
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
  chunks: (input) => csvChunks(PANEL_COLUMNS, panelRows(input)),
});

/** panel.csv's rows, made as they are written (280,000 at 10,000 reports). */
function* panelRows({ graph, documents, panel = [] }: ExportInput): Generator<CsvCell[]> {
  const regions = issuingRegions(documents);
  const first = firstYears(panel);
  for (let i = 0; i < panel.length; i++) {
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
