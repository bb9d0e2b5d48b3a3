// mentions.csv: every mention, one row each, with the sentence to cite and its offsets — all of
// them (graph.json keeps three sentences per edge). Rows in report order, then by offset.
import { csvChunks, type CsvCell } from './csv.js';
import { streamed } from './streamed.js';
import { issuingRegions } from './regions.js';

export const MENTIONS_COLUMNS = [
  'region',
  'region_code',
  'doc',
  'report',
  'year',
  'entity',
  'type',
  'phase',
  'surface',
  'sentence',
  'start',
  'end',
  'sentence_start',
  'sentence_end',
] as const;

export const mentionsCsv = streamed({
  file: 'mentions.csv',
  description: 'every mention (UTF-8 with BOM): report, entity, phase, the sentence and its offsets',
  chunks({ graph, documents, mentions = [] }) {
    const regions = issuingRegions(documents);
    const docs = new Map(documents.map((d) => [d.id, d]));
    const rows = function* (): Generator<CsvCell[]> {
      for (const m of mentions) {
        if (!graph.hasNode(m.entity)) continue;
        const d = docs.get(m.doc);
        const region = d?.region ? regions.get(d.region.name) : undefined;
        const a = graph.getNodeAttributes(m.entity);
        yield [
          region?.name,
          region?.code,
          m.doc,
          d?.label,
          d?.year,
          a.label,
          a.type,
          m.phase,
          m.surface,
          m.sentence,
          m.start,
          m.end,
          m.sentenceStart,
          m.sentenceEnd,
        ];
      }
    };
    return csvChunks(MENTIONS_COLUMNS, rows());
  },
});
