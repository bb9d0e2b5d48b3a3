// The exporter registry: every output a build writes, one declarative item per format (the
// viewer's static site is one item too).
import type { AnyExporter, Exporter, FileExporter } from './types.js';
import { viewerSite } from './viewer-site.js';
import { documentsJson } from './documents-json.js';
import { edgesCsv } from './edges-csv.js';
import { graphGexf } from './graph-gexf.js';
import { graphGexf12 } from './graph-gexf-12.js';
import { graphGraphml } from './graph-graphml.js';
import { graphJson } from './graph-json.js';
import { graphView } from './graph-view.js';
import { nodesCsv } from './nodes-csv.js';
import { panelCsv } from './panel-csv.js';
import { eventsCsv } from './events-csv.js';
import { mentionsCsv } from './mentions-csv.js';
import { documentsCsv } from './documents-csv.js';
import { summaryMd } from './summary-md.js';
import { documentsParquet, edgesParquet, mentionsParquet, nodesParquet } from './tables-parquet.js';

/** The graph's outputs, one file each. */
export const EXPORTERS: readonly (Exporter | FileExporter)[] = [
  graphJson,
  graphView,
  graphGexf,
  graphGexf12,
  graphGraphml,
  nodesCsv,
  edgesCsv,
  mentionsCsv,
  documentsCsv,
  panelCsv,
  eventsCsv,
  summaryMd,
  documentsJson,
  nodesParquet,
  edgesParquet,
  mentionsParquet,
  documentsParquet,
];

/** Everything `govgraph build` writes into its output set: the graph's outputs and the viewer. */
export const BUILD_OUTPUTS: readonly AnyExporter[] = [...EXPORTERS, viewerSite()];
