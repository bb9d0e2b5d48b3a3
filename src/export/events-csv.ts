// events.csv: the event-history table of programme adoption (discrete-time, one row per region ×
// year at risk), for every programme that two or more regions name. A region is at risk from its
// first report until the year it first names the programme (adopted = 1, its last row) or, if it
// never does, its last report (right-censored). Years are the years a region has a report.
import type { ExportInput } from './types.js';
import { csvChunks, type CsvCell } from './csv.js';
import { streamed } from './streamed.js';
import { issuingRegions } from './regions.js';

export const EVENTS_COLUMNS = ['region', 'region_code', 'programme', 'year', 'adopted'] as const;

export const eventsCsv = streamed({
  file: 'events.csv',
  description: 'event-history table (UTF-8 with BOM): region × year at risk of naming each shared programme',
  chunks: (input) => csvChunks(EVENTS_COLUMNS, eventRows(input)),
});

/** events.csv's rows, made as they are written (420,000 at 10,000 reports). */
function* eventRows({ graph, documents, panel = [] }: ExportInput): Generator<CsvCell[]> {
  const regions = issuingRegions(documents);
  // programme -> region -> the years it names it
  const named = new Map<string, Map<string, Set<number>>>();
  for (const c of panel) {
    if (!graph.hasNode(c.entity) || graph.getNodeAttribute(c.entity, 'type') !== 'programme') continue;
    const byRegion = named.get(c.entity) ?? new Map<string, Set<number>>();
    named.set(c.entity, byRegion);
    byRegion.set(c.region, (byRegion.get(c.region) ?? new Set()).add(c.year));
  }
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  const programmes = [...named.entries()]
    .filter(([, byRegion]) => byRegion.size >= 2)
    .sort(([a], [b]) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0));
  const regionNames = [...regions.keys()].sort();
  for (const [key, byRegion] of programmes) {
    const programme = label(key);
    for (const name of regionNames) {
      const region = regions.get(name)!;
      const years = byRegion.get(name);
      for (const year of region.years) {
        const adopted = years?.has(year) ? 1 : 0;
        yield [name, region.code, programme, year, adopted];
        if (adopted) break;
      }
    }
  }
}
