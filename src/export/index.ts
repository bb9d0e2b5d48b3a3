// export: Graph -> graph.json, graph.gexf, graph.gexf 1.2, CSV, Parquet, summary.md, documents.json.

export type { AnyExporter, DocumentInfo, ExportInput, Exporter, FileExporter } from './types.js';
export { EXPORTERS } from './registry.js';
export { writeOutputs } from './write.js';
export { renderGexf, type GexfVersion } from './gexf.js';
export { graphJson } from './graph-json.js';
export { graphGexf } from './graph-gexf.js';
export { graphGexf12 } from './graph-gexf-12.js';
export { nodesCsv, NODE_CSV_COLUMNS } from './nodes-csv.js';
export { edgesCsv, EDGE_CSV_COLUMNS } from './edges-csv.js';
export { summaryMd } from './summary-md.js';
export { documentsJson } from './documents-json.js';
export { documentsParquet, edgesParquet, mentionsParquet, nodesParquet } from './tables-parquet.js';
