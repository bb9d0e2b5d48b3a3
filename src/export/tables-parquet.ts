// nodes.parquet, edges.parquet, mentions.parquet, documents.parquet: the tables of the CSV files
// with typed columns (lists as lists, integers, dates), for DuckDB, pandas, polars and R, and for
// `govgraph query`. Each is read back by DuckDB from its CSV file when the set being written has it
// and its rows come back from it unchanged (parquet.ts), else written row by row.
import { parquetTable } from './parquet.js';
import type { FileExporter } from './types.js';
import { DOCUMENTS_TABLE, EDGES_TABLE, MENTIONS_TABLE, NODES_TABLE } from './tables.js';

export const nodesParquet: FileExporter = {
  ...parquetTable(
    'nodes.parquet',
    'nodes as Parquet: the columns of nodes.csv, typed (lists as lists)',
    NODES_TABLE,
    'nodes.csv',
  ),
  positions: true,
};
export const edgesParquet = parquetTable(
  'edges.parquet',
  'edges as Parquet: the columns of edges.csv, typed (lists as lists)',
  EDGES_TABLE,
  'edges.csv',
);
export const mentionsParquet: FileExporter = {
  ...parquetTable(
    'mentions.parquet',
    'every mention as Parquet: the columns of mentions.csv, typed',
    MENTIONS_TABLE,
    'mentions.csv',
    // read back in parts (parts.ts): a rebuild that adds a report reads back its part only
    true,
  ),
  // the longest conversion (the biggest table): mentions.csv is written first of the files read
  first: true,
  // its rows, when mentions.csv cannot be read back, are mentions.csv's
  nodesOnly: true,
};
export const documentsParquet = parquetTable(
  'documents.parquet',
  'one row per report as Parquet: the columns of documents.csv, typed (date as DATE)',
  DOCUMENTS_TABLE,
);
