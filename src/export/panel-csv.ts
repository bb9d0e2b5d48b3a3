// panel.csv: the region × year × entity panel for diffusion research (R, Stata, pandas): one row
// per entity each region's report of each year names, with the year the region first named it.
import type { Exporter } from './types.js';
import { csvTable, type CsvCell } from './csv.js';
import { issuingRegions } from './regions.js';
import { firstYears, pairKey } from '../graph/panel.js';

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

export const panelCsv: Exporter = {
  file: 'panel.csv',
  description: 'region × year × entity panel (UTF-8 with BOM): mentions, phases and the first year per row',
  render({ graph, documents, panel = [] }) {
    const regions = issuingRegions(documents);
    const first = firstYears(panel);
    const rows: CsvCell[][] = [];
    for (const c of panel) {
      if (!graph.hasNode(c.entity)) continue;
      const r = regions.get(c.region);
      const a = graph.getNodeAttributes(c.entity);
      rows.push([
        c.region,
        r?.code,
        r?.parent,
        r?.province,
        c.year,
        a.label,
        a.type,
        c.mentions,
        c.phases.join('|'),
        first.get(pairKey(c.region, c.entity)),
      ]);
    }
    return csvTable(PANEL_COLUMNS, rows);
  },
};
