// documents.csv: one row per report for R, Stata and SQL — the report's label, its issuing region
// with six-digit GB/T 2260 codes (its own and its parent's), year, speaker, title, size, warnings.
import type { Exporter } from './types.js';
import { columnNames, DOCUMENTS_TABLE } from './tables.js';
import { tableCsv } from './table-csv.js';

export const DOCUMENTS_CSV_COLUMNS: readonly string[] = columnNames(DOCUMENTS_TABLE);

export const documentsCsv: Exporter = {
  file: 'documents.csv',
  description: 'one row per report (UTF-8 with BOM): label, region and parent codes (6 digits), year, speaker, title',
  render: (input) => tableCsv(DOCUMENTS_TABLE, input),
};
