// documents.csv: one row per report for R, Stata and SQL — the report's label, its issuing region
// with six-digit GB/T 2260 codes (its own and its parent's), year, speaker, title, size, warnings.
import type { Exporter } from './types.js';
import { csvTable, type CsvCell } from './csv.js';
import { sixDigitCode } from './regions.js';
import { divisionByCode } from '../gazetteer/index.js';
import { compare } from './text.js';

export const DOCUMENTS_CSV_COLUMNS = [
  'id',
  'label',
  'region',
  'region_code',
  'parent_code',
  'province',
  'level',
  'date',
  'year',
  'speaker',
  'title',
  'characters',
  'warnings',
] as const;

export const documentsCsv: Exporter = {
  file: 'documents.csv',
  description: 'one row per report (UTF-8 with BOM): label, region and parent codes (6 digits), year, speaker, title',
  render({ documents }) {
    const rows: CsvCell[][] = [...documents]
      .sort((a, b) => compare(a.id, b.id))
      .map((d) => {
        const parent = d.region?.code ? divisionByCode(d.region.code)?.parent : undefined;
        return [
          d.id,
          d.label,
          d.region?.name,
          sixDigitCode(d.region?.code),
          sixDigitCode(parent),
          d.region?.province,
          d.region?.level,
          d.date,
          d.year,
          [d.speakerTitle, d.speaker].filter(Boolean).join(' '),
          d.title,
          d.characters,
          d.warnings.length,
        ];
      });
    return csvTable(DOCUMENTS_CSV_COLUMNS, rows);
  },
};
