// The programme lexicon as data: national, ministerial and provincial programmes that any local
// work report may name (src/lexicon/programmes/*.json), each with the public document that names
// it. One loader validates every file and entry and removes spellings two entries claim.
import national from './programmes/national.json' with { type: 'json' };
import provincial from './programmes/provincial.json' with { type: 'json' };
import { nameKey } from '../text/names.js';

export const LEVELS = ['national', 'ministerial', 'provincial'] as const;
export const KINDS = [
  'programme',
  'campaign',
  'reform',
  'mechanism',
  'method',
  'formula',
  'platform',
  'pilot',
  'brand',
  // a kind of body or thing reports name with a programme's words (“两新”组织: the new economic and
  // social organizations, not the 两新 policy): recognized so as to be left out, like a central formula
  'category',
] as const;

/**
 * Whether an entry is known only so as to be left out: a central political formula (两个确立; a
 * province's, 八八战略, is its programme) or a category (两新组织).
 */
export function leftOut(e: { kind: string; level: string }): boolean {
  return (e.kind === 'formula' && e.level !== 'provincial') || e.kind === 'category';
}

/** Provinces, autonomous regions and municipalities by the short names the files use. */
export const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
] as const;

export interface ProgrammeEntry {
  /** Canonical name: simplified, no quotes, the short form reports use. */
  name: string;
  /** Other spellings and expansions (simplified). */
  aliases: string[];
  /**
   * Spellings that stand for a provincial programme only in a report of its province: elsewhere the
   * words are a common phrase (Shandong's 新旧动能转换).
   */
  provinceAliases?: string[];
  level: (typeof LEVELS)[number];
  /** For provincial programmes: the province (short name). */
  province?: (typeof PROVINCES)[number];
  /**
   * Other provinces that run a provincial programme under the same name (Anhui's 双招双引, like
   * Shandong's), each with the public document that says so: the name is the programme in their reports too.
   */
  alsoIn?: { province: (typeof PROVINCES)[number]; source: string }[];
  kind: (typeof KINDS)[number];
  /** The public document that names the programme. */
  source: string;
  url?: string;
  /** For a part of a bundle (六稳 of 六稳六保): the bundle's name. */
  partOf?: string;
  /** The data file the entry comes from. */
  file: string;
}

export interface LexiconProblem {
  file: string;
  entry: string;
  reason: string;
}

/** The lexicon files as shipped, by their path under src/lexicon/. */
export const PROGRAMME_FILES: readonly { file: string; data: unknown }[] = [
  { file: 'programmes/national.json', data: national },
  { file: 'programmes/provincial.json', data: provincial },
];

/**
 * Validates lexicon files: every entry needs a name, aliases, a known level and kind, a province
 * when provincial, and a source. A spelling (name or alias) claimed by an earlier entry is
 * dropped from the later one and reported, so no name can stand for two programmes.
 */
export function loadProgrammes(files: readonly { file: string; data: unknown }[]): {
  entries: ProgrammeEntry[];
  problems: LexiconProblem[];
} {
  const entries: ProgrammeEntry[] = [];
  const problems: LexiconProblem[] = [];
  const owner = new Map<string, string>();
  for (const { file, data } of files) {
    const list = (data as { entries?: unknown })?.entries;
    if (!Array.isArray(list)) {
      problems.push({ file, entry: '', reason: 'no "entries" array' });
      continue;
    }
    for (const raw of list as Record<string, unknown>[]) {
      const name = typeof raw?.name === 'string' ? raw.name.trim() : '';
      const reason = invalid(raw, name);
      if (reason) {
        problems.push({ file, entry: name || JSON.stringify(raw).slice(0, 40), reason });
        continue;
      }
      const claimedName = owner.get(nameKey(name));
      if (claimedName !== undefined) {
        problems.push({ file, entry: name, reason: `“${name}” is already a spelling of ${claimedName}` });
        continue;
      }
      const aliases = (raw.aliases as string[]).map((a) => a.trim());
      const parts = bundleParts(name, aliases);
      // (a spelling the entry already claims under its key stays a spelling of it: the text is matched as
      // written, so 一主引领、两翼驱动 is found unquoted only if it is listed beside 一主引领两翼驱动)
      const claim = (s: string, entry: string): boolean => {
        const claimed = owner.get(nameKey(s));
        if (claimed === undefined) owner.set(nameKey(s), entry);
        else if (claimed !== entry)
          problems.push({ file, entry, reason: `“${s}” is already a spelling of ${claimed}` });
        return claimed === undefined || claimed === entry;
      };
      const spellings = [...new Set([name, ...aliases.filter((a) => !parts.includes(a))])].filter((s) =>
        claim(s, name),
      );
      const common = {
        level: raw.level as ProgrammeEntry['level'],
        ...(raw.province ? { province: raw.province as ProgrammeEntry['province'] } : {}),
        ...(raw.alsoIn ? { alsoIn: raw.alsoIn as ProgrammeEntry['alsoIn'] } : {}),
        kind: raw.kind as ProgrammeEntry['kind'],
        source: (raw.source as string).trim(),
        ...(typeof raw.url === 'string' ? { url: raw.url } : {}),
        file,
      };
      const provinceAliases = ((raw.provinceAliases as string[] | undefined) ?? [])
        .map((a) => a.trim())
        .filter((a) => claim(a, name));
      entries.push({
        name,
        aliases: spellings.slice(1),
        ...(provinceAliases.length ? { provinceAliases } : {}),
        ...common,
        // (a part with spellings of its own is written out, its bundle named: 两重 of 两重两新, also 两重建设)
        ...(typeof raw.partOf === 'string' ? { partOf: raw.partOf.trim() } : {}),
      });
      // a bundle's parts are programmes of their own, linked to it (part_of), not its aliases
      for (const part of parts)
        if (claim(part, part)) entries.push({ name: part, aliases: [], ...common, partOf: name });
    }
  }
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries)
    if (e.partOf !== undefined && !names.has(e.partOf))
      problems.push({ file: e.file, entry: e.name, reason: `"partOf" names no entry: ${e.partOf}` });
  return { entries, problems };
}

/**
 * The aliases that are parts of a bundle name rather than spellings of it: a clause of a name
 * joined by 、 or + (县管乡用 of 县管乡用、乡聘村用), or aliases that together spell the name
 * (六稳 and 六保 of 六稳六保).
 */
export function bundleParts(name: string, aliases: readonly string[]): string[] {
  const clauses = name.split(/[、，,+＋]/).map(nameKey);
  const parts = clauses.length > 1 ? aliases.filter((a) => clauses.includes(nameKey(a))) : [];
  for (const a of aliases)
    for (const b of aliases) if (a !== b && nameKey(a) + nameKey(b) === nameKey(name)) parts.push(a, b);
  return [...new Set(parts)];
}

function invalid(raw: Record<string, unknown>, name: string): string | undefined {
  if (nameKey(name).length < 2) return 'a name of at least two characters is required';
  if (!Array.isArray(raw.aliases) || raw.aliases.some((a) => typeof a !== 'string' || nameKey(a).length < 2))
    return '"aliases" must be a list of names of at least two characters';
  if (!LEVELS.includes(raw.level as never)) return `"level" must be one of ${LEVELS.join(', ')}`;
  if (!KINDS.includes(raw.kind as never)) return `"kind" must be one of ${KINDS.join(', ')}`;
  if (raw.partOf !== undefined && (typeof raw.partOf !== 'string' || nameKey(raw.partOf).length < 2))
    return '"partOf" must be the name of the bundle the entry is part of';
  if (raw.level === 'provincial' && !PROVINCES.includes(raw.province as never))
    return 'a provincial programme needs its "province" (short name, e.g. 浙江)';
  if (raw.level !== 'provincial' && raw.province !== undefined) return 'only a provincial programme has a "province"';
  if (
    raw.provinceAliases !== undefined &&
    (raw.level !== 'provincial' ||
      !Array.isArray(raw.provinceAliases) ||
      raw.provinceAliases.some((a) => typeof a !== 'string' || nameKey(a).length < 2))
  )
    return '"provinceAliases" must be a list of names of at least two characters, on a provincial programme';
  if (
    raw.alsoIn !== undefined &&
    (raw.level !== 'provincial' ||
      !Array.isArray(raw.alsoIn) ||
      raw.alsoIn.some(
        (a: { province?: unknown; source?: unknown }) =>
          !PROVINCES.includes(a?.province as never) ||
          a.province === raw.province ||
          typeof a.source !== 'string' ||
          a.source.trim().length < 4,
      ))
  )
    return '"alsoIn" must list other provinces, each with a "province" (short name) and its "source", on a provincial programme';
  if (typeof raw.source !== 'string' || raw.source.trim().length < 4)
    return 'a "source" (the public document that names it) is required';
  return undefined;
}

let shipped: ProgrammeEntry[] | undefined;

/** The shipped lexicon's entries (problems are the lexicon test's business, not the build's). */
export function programmeEntries(): ProgrammeEntry[] {
  shipped ??= loadProgrammes(PROGRAMME_FILES).entries;
  return shipped;
}
