// The issuing regions as the panel tables name them: name, a six-digit division code that joins
// with statistical yearbooks (1402 -> 140200), parent, province, and the years of their reports.
import type { DocumentInfo } from './types.js';
import { statisticalCode } from '../gazetteer/index.js';

export interface IssuingRegion {
  name: string;
  /** GB/T 2260 code padded to six digits, or '' when unknown. */
  code: string;
  parent: string;
  province: string;
  /** Years of the region's reports, sorted. */
  years: number[];
}

/** Every issuing region of the documents, by name. */
export function issuingRegions(documents: readonly DocumentInfo[]): Map<string, IssuingRegion> {
  const out = new Map<string, IssuingRegion>();
  for (const d of documents) {
    if (!d.region) continue;
    const r = d.region;
    let region = out.get(r.name);
    if (!region)
      out.set(
        r.name,
        (region = {
          name: r.name,
          code: statisticalCode(r.code),
          parent: r.parent ?? '',
          province: r.province ?? (r.level === 'province' ? r.name : ''),
          years: [],
        }),
      );
    if (d.year && !region.years.includes(d.year)) region.years.push(d.year);
  }
  for (const r of out.values()) r.years.sort((a, b) => a - b);
  return out;
}
