// govgraph's errors, one class per kind of failure, so callers (the CLI, a library user, the
// tests) tell them apart by class rather than by message. Messages are one line and name the file.

export class GovgraphError extends Error {
  override name = 'GovgraphError';
}

/** A file or folder the user gave cannot be used (missing, unreadable, not a build's output). */
export class InputError extends GovgraphError {
  override name = 'InputError';
}

/** Data that does not follow the graph contract or a lexicon's schema (a hand-edited graph.json). */
export class ContractError extends GovgraphError {
  override name = 'ContractError';
}

/** An output could not be rendered or written. */
export class ExportError extends GovgraphError {
  override name = 'ExportError';
}

/** SQL that DuckDB could not run over a build's tables (`govgraph query`). */
export class QueryError extends GovgraphError {
  override name = 'QueryError';
}
