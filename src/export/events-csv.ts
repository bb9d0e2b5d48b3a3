// events.csv: the event-history table of programme adoption (discrete-time, one row per region ×
// year at risk), for every programme that two or more regions name. A region is at risk from its
// first report until the year it first names the programme (adopted = 1, its last row) or, if it
// never does, its last report (right-censored). Years are the years a region has a report.
import type { ExportInput } from './types.js';
import { csvChunks, csvField } from './csv.js';
import { CHUNK_ITEMS, streamed } from './streamed.js';
import { issuingRegions } from './regions.js';

export const EVENTS_COLUMNS = ['region', 'region_code', 'programme', 'year', 'adopted'] as const;

export const eventsCsv = streamed({
  file: 'events.csv',
  description: 'event-history table (UTF-8 with BOM): region × year at risk of naming each shared programme',
  chunks: (input) => eventChunks(input),
});

/**
 * events.csv's text: its header, then its rows (420,000 at 10,000 reports) in pieces of CHUNK_ITEMS,
 * each row made as its line. A row's first three cells are its region's and its programme's, the
 * same on each of that region's rows of the programme, and its year one of the region's few: each
 * is made a field once (csvField), where a row of cells went through the table's field maker five
 * times over. At 10,000 reports the text took 0.32-0.44 s against 0.59-0.76 s (alternated, one graph).
 */
function* eventChunks({ graph, documents, panel = [] }: ExportInput): Generator<string> {
  yield* csvChunks(EVENTS_COLUMNS, []);
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
  // each region's name and code as the line's first two fields, with the comma after them
  const regionCells = [...regions.keys()].sort().map((name) => {
    const region = regions.get(name)!;
    return {
      name,
      years: region.years,
      yearCells: region.years.map((year) => `${csvField(year)},`),
      cells: `${csvField(name)},${csvField(region.code)},`,
    };
  });
  let text = '';
  let n = 0;
  for (const [key, byRegion] of programmes) {
    const programme = `${csvField(label(key))},`;
    for (const { name, years, yearCells, cells } of regionCells) {
      const lead = cells + programme;
      const naming = byRegion.get(name);
      for (let y = 0; y < years.length; y++) {
        const adopted = naming?.has(years[y]!) ? 1 : 0;
        text += `${lead}${yearCells[y]!}${adopted}\r\n`;
        if (++n % CHUNK_ITEMS === 0) {
          yield text;
          text = '';
        }
        if (adopted) break;
      }
    }
  }
  if (text) yield text;
}
