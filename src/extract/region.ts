// Recognizer: regions named in a report — provinces, cities, counties (full names anywhere; short
// forms where they are not ordinary words), the issuing county's towns and villages (read only in
// its own reports, through the gazetteer), and named economic regions (src/lexicon/economic-regions.json).
import type { ExtractContext, Mention, Recognizer, RegionMention } from './index.js';
import type { Sentence } from '../structure/index.js';
import {
  type Division,
  ancestors,
  divisionByCode,
  divisionsNamed,
  divisionsShortNamed,
  parentOf,
  pick,
  provinceOf,
} from '../gazetteer/index.js';
import { type Entry, type Trie, localTrie, nationalTrie, provincialTrie } from './region/dictionary.js';
import { type Hit, accepts } from './region/accept.js';
import type { Token } from './segment.js';

const KIND_ORDER: Record<Entry['kind'], number> = { full: 0, former: 1, economic: 2, short: 3 };

export const regions: Recognizer = {
  id: 'region.gazetteer',
  type: 'region',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const issuer = report.region?.code ? divisionByCode(report.region.code) : undefined;
    const province = issuer ? provinceOf(issuer) : undefined;
    const tries: RegionTries = [
      nationalTrie(),
      province ? provincialTrie(province) : undefined,
      issuer ? localTrie(issuer) : undefined,
    ];
    const out: Mention[] = [];
    for (const s of report.sentences) out.push(...inSentence(ctx, s, tries, issuer, province));
    return out;
  },
};

/** The names a report's regions are found by: national, its province's, its county's (none: undefined). */
type RegionTries = readonly [national: Trie, provincial: Trie | undefined, local: Trie | undefined];

function inSentence(
  ctx: ExtractContext,
  s: Sentence,
  tries: RegionTries,
  issuer?: Division,
  province?: Division,
): Mention[] {
  const out: Mention[] = [];
  let tokens: readonly Token[] | undefined;
  let last: { end: number; division?: Division } | undefined;
  const found: Entry[] = [];
  // inside a local name that lacked its cue (东榆林 of 东榆林段), no short form of a far place (榆林)
  let shadow = -1;
  let nearStart = -1;
  // the code units the tries' names start with (a trie the report does not have: none), read inline
  // at each position
  const f0 = tries[0].first;
  const f1 = tries[1]?.first ?? NO_START;
  const f2 = tries[2]?.first ?? NO_START;
  for (let i = 0; i < s.text.length;) {
    const start = s.start + i;
    // chained: continues an address; also where a far name was set aside for the near one it ends in
    const chained = last?.end === start || start === nearStart;
    // no name starts here (most places): nothing to match, nothing to shadow
    const code = s.text.charCodeAt(i);
    if (!chained && (f0[code]! | f1[code]! | f2[code]!) === 0) {
      i += 1;
      continue;
    }
    // (emptied only when it holds entries: setting an array's length is a call of its own)
    if (found.length !== 0) found.length = 0;
    // (only the tries that have a name starting with this code unit)
    if (f0[code]) tries[0].matchesAt(s.text, i, found);
    if (f1[code]) tries[1]!.matchesAt(s.text, i, found);
    if (f2[code]) tries[2]!.matchesAt(s.text, i, found);
    if (chained && last?.division) found.push(...childNames(s.text, i, last.division));
    if (start < shadow) filterInPlace(found, (e) => e.kind !== 'short' || e.local === true);
    let taken = 0;
    if (found.length > 0) {
      found.sort((a, b) => b.surface.length - a.surface.length || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
      tokens ??= ctx.tokens(s.index);
      const localHere = found.some((e) => e.local);
      for (const entry of found) {
        const end = start + entry.surface.length;
        if (ctx.inNoise(start, end)) continue;
        const target = resolve(entry, issuer);
        if (!target || target.name.endsWith('社区')) continue; // the guide counts 村, not urban 社区
        const inProvince =
          !!province &&
          target.division !== undefined &&
          ancestors(target.division).some((a) => a.code === province.code);
        // a far-away district that starts like one of our towns is our town (清河区 in 稷山 is 清河镇's)
        if (!entry.local && !chained && !inProvince && isCountyLevel(target.division)) {
          if (localHere) continue;
          const near = nearSuffix(entry.surface, province);
          if (near > 0) {
            nearStart = start + near;
            continue;
          }
        }
        // an address goes down: after 荔湾 a name continues it only if it lies inside 荔湾 (老城市 is
        // not 荔湾's 老城, the district of 洛阳)
        const parent = last?.division;
        const within = !parent || !target.division || ancestors(target.division).some((a) => a.code === parent.code);
        const hit: Hit = { entry, start, end, chained: chained && within, inProvince };
        if (!accepts(hit, tokens, s.text, s.start)) continue;
        out.push(mention(ctx, s, hit, target));
        last = { end, ...(target.division ? { division: target.division } : {}) };
        taken = entry.surface.length;
        break;
      }
    }
    if (!taken) for (const e of found) if (e.local) shadow = Math.max(shadow, start + e.surface.length);
    i += taken || 1;
  }
  return out;
}

/** No name starts here: what a trie the report does not have gives at every position. */
const NO_START = new Uint8Array(0x10000);

function filterInPlace<T>(list: T[], keep: (x: T) => boolean): void {
  let j = 0;
  for (const x of list) if (keep(x)) list[j++] = x;
  list.length = j;
}

interface Target {
  name: string;
  level: RegionMention['level'];
  division?: Division;
}

/** The region an entry stands for, seen from the issuer; an unresolved tie of one name and level still counts. */
function resolve(entry: Entry, issuer?: Division): Target | undefined {
  if (entry.economic) return { name: entry.economic, level: 'other' };
  const d = pick(entry.cands, issuer);
  if (d) return { name: d.name, level: d.level, division: d };
  const first = entry.cands[0];
  if (first && entry.kind === 'full' && entry.cands.every((c) => c.name === first.name && c.level === first.level)) {
    return { name: first.name, level: first.level };
  }
  return undefined;
}

/**
 * Names that continue an address: after 江苏 or 福建 the short form of one of its cities or
 * counties (江苏昆山, 福建宁德); after a county, its towns and villages (浙江省诸暨县枫桥镇).
 */
function childNames(text: string, i: number, parent: Division): Entry[] {
  if (isCountyLevel(parent)) {
    const out: Entry[] = [];
    localTrie(parent).matchesAt(text, i, out);
    return out.filter((e) => e.kind === 'full');
  }
  const out: Entry[] = [];
  for (let len = 2; len <= 5 && i + len <= text.length; len++) {
    const surface = text.slice(i, i + len);
    const cands = divisionsShortNamed(surface).filter((d) => ancestors(d).some((a) => a.code === parent.code));
    if (cands.length > 0) out.push({ surface, kind: 'short', cands });
  }
  return out;
}

/**
 * 平安吉县: the far 安吉县 ends in a name of the issuing province (吉县), which wins even where
 * jieba cut 平/安吉县. Returns where that name starts in `surface`, or 0.
 */
function nearSuffix(surface: string, province: Division | undefined): number {
  if (!province) return 0;
  for (let k = 1; k <= surface.length - 2; k++) {
    if (divisionsNamed(surface.slice(k)).some((d) => ancestors(d).some((a) => a.code === province.code))) return k;
  }
  return 0;
}

function isCountyLevel(d: Division | undefined): boolean {
  return d?.level === 'county' || d?.level === 'district';
}

function mention(ctx: ExtractContext, s: Sentence, hit: Hit, target: Target): Mention {
  const surface = ctx.report.text.slice(hit.start, hit.end);
  // the traditional spelling too, so users can search either (渾源縣)
  const original = ctx.report.original.slice(hit.start, hit.end);
  const aliases = [...new Set([surface, original])].filter((a) => a !== target.name);
  const d = target.division;
  const parent = d ? parentOf(d) : undefined;
  return {
    type: 'region',
    name: target.name,
    surface,
    doc: ctx.report.id,
    sentence: s.index,
    start: hit.start,
    end: hit.end,
    phase: s.phase,
    ...(aliases.length > 0 ? { aliases } : {}),
    canonical: true,
    level: target.level,
    ...(d ? { code: d.code } : {}),
    ...(parent ? { parent: parent.name } : {}),
  };
}
