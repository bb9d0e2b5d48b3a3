// A CSV row of a node or an edge, cell by cell from the contract's attribute table: lists joined
// with |, numbers rounded as everywhere else (positions and sizes to 2 decimals), the label on
// one line.
import type { Attribute } from '../contract/attributes.js';
import type { GovGraph } from '../graph/index.js';
import type { CsvCell } from './csv.js';
import { digitsFor, round } from './numbers.js';
import { joinList, oneLine } from './text.js';

export function tableCells<A>(table: readonly Attribute<A>[], a: A, key: string, graph: GovGraph): CsvCell[] {
  return table.map((attr) => {
    const v = attr.value(a, key, graph);
    if (v === undefined) return undefined;
    if (typeof v === 'number') return round(v, digitsFor(attr.name));
    if (typeof v !== 'string') return joinList(v);
    return attr.name === 'label' ? oneLine(v) : v;
  });
}
