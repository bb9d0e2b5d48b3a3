// SQL quoting for DuckDB, shared by the Parquet writer, `govgraph query` and the viewer (which
// shows the query for a link's every mention): no dependency, so the viewer's bundle can take it.

/** A name as a quoted SQL identifier (`end` and `type` are keywords). */
export const identifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Text as a SQL string literal. */
export const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;
