// govgraph's library API: the whole build, and each stage on its own.
export type * from './types.js';
export { ENTITY_TYPES, PHASES, EDGE_KINDS } from './types.js';
export {
  BUILD_STEPS,
  build,
  buildGraphFromInputs,
  buildGraphFromShards,
  extractInputs,
  graphOf,
  unchangedBuild,
  type BuildOptions,
  type BuildResult,
  type BuildStep,
} from './run/pipeline.js';
export { writeShard, readShards } from './run/shard.js';
export { listInputs, type ListedInputs } from './run/listed.js';
export { processDoc, type DocResult } from './run/process-doc.js';
export { ingest, listInputFiles, readDoc, decode, type RawDoc, type IngestResult } from './ingest/index.js';
export { normalize, type CleanDoc } from './normalize/index.js';
export {
  structure,
  type Report,
  type ReportMeta,
  type RegionRef,
  type Section,
  type Sentence,
  type GlossaryEntry,
} from './structure/index.js';
export { extract } from './extract/run.js';
export { RECOGNIZERS } from './extract/registry.js';
export type { Mention, Recognizer, ExtractContext } from './extract/index.js';
export { resolve, type Entity } from './resolve/index.js';
export { buildGraph, type GraphOptions, type ReportRef } from './graph/build.js';
export { assignCommunities } from './graph/communities.js';
export { layout } from './graph/layout.js';
export type { GovGraph, NodeAttributes, EdgeAttributes } from './graph/index.js';
export { writeOutputs } from './export/write.js';
export { EXPORTERS } from './export/registry.js';
export type { AnyExporter, DocumentInfo, Exporter, ExportInput, FileExporter } from './export/index.js';
export { serve } from './serve/index.js';
export { GovgraphError, InputError, ContractError, ExportError, QueryError } from './errors.js';
export { loadGraphJson, sharedProgrammes, findEntity, type GraphJson } from './query.js';
export { querySql, formatResult, QUERY_VIEWS, type QueryResult, type QueryFormat } from './sql.js';
