// Types of the parts of graphology-layout-forceatlas2 that graph/layout.ts runs itself (the package
// types only its entry point): its default settings, its matrices and its iteration.
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  import type { Attributes } from 'graphology-types';
  export function assign<T extends object>(target: T, ...sources: object[]): T & Record<string, unknown>;
  export function validateSettings(settings: Record<string, unknown>): { message: string } | null;
  export function graphToByteArrays<E extends Attributes>(
    graph: Graph<Attributes, E>,
    getEdgeWeight: (edge: string, attributes: E) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
