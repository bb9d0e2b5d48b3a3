// Canonical JSON values: keys sorted, numbers rounded, undefined and non-finite numbers dropped,
// so the same graph always serializes to the same bytes.
import { digitsFor, round } from './numbers.js';
import { inOrder } from './text.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A canonical copy of `value`; `key` picks the rounding for numbers (x/y/size to 2 decimals). */
export function canonical(value: unknown, key = ''): Json | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return round(value, digitsFor(key));
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) {
    return value.map((v) => canonical(v, key)).filter((v): v is Json => v !== undefined);
  }
  if (value instanceof Set) return canonical([...value], key);
  const out: { [key: string]: Json } = {};
  for (const k of inOrder(Object.keys(value as object))) {
    const v = canonical((value as Record<string, unknown>)[k], k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Pretty JSON with one array item per line below `depth` levels: readable, diffable line by
 * line, and far smaller than fully indented output for graphs with thousands of nodes.
 */
export function stringifyLines(value: Json, depth = 2, indent = ''): string {
  if (depth === 0 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + stringifyLines(v, depth - 1, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const body = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyLines(v, depth - 1, inner)}`);
  return `{\n${body.join(',\n')}\n${indent}}`;
}
