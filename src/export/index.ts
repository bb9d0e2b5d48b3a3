// export: Graph -> graph.json, graph.gexf, graph.gexf 1.2, CSV, summary.md, documents.json.
import type { Phase, Warning } from '../types.js';
import type { RegionRef } from '../structure/index.js';
import type { GovGraph } from '../graph/index.js';

/** One report as documents.json and the viewer's document list show it. */
export interface DocumentInfo {
  id: string;
  file: string;
  encoding: string;
  region: RegionRef | null;
  date?: string;
  speaker?: string;
  speakerTitle?: string;
  title?: string;
  session?: string;
  traditional: boolean;
  characters: number;
  sentences: number;
  sections: { title: string; phase: Phase; sentences: number }[];
  /** Count of mentions per entity type found in this report. */
  entities: Record<string, number>;
  warnings: string[];
}

/** Everything an exporter may render. */
export interface ExportInput {
  graph: GovGraph;
  documents: DocumentInfo[];
  /** Inputs that could not be read at all (they have no DocumentInfo). */
  problems: Warning[];
}

/** One output format: a small declarative item of the exporter registry. */
export interface Exporter {
  /** File name written in the output folder. */
  file: string;
  description: string;
  render(input: ExportInput): string | Uint8Array;
}
