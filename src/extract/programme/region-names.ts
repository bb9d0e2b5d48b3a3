// Short forms of a region's name (浑源县 -> 浑源, 朔州市 -> 朔州, 新晃侗族自治县 -> 新晃), used to recognize a
// region's own slogans (全境恒山、全景浑源) and service brands.

import { stripNationalities } from '../../gazetteer/division-names.js';
import type { RegionRef, Sentence } from '../../structure/types.js';
import type { ExtractContext } from '../index.js';
import { allMatches } from '../../text/matches.js';

const SUFFIX = /(自治区|自治县|自治州|自治旗|特别行政区|新区|地区|省|市|县|区|旗|盟)$/;

export function regionShortNames(name: string | undefined): string[] {
  if (!name) return [];
  // 新晃侗族自治县 -> 新晃, 黔西南布依族苗族自治州 -> 黔西南: the nationalities are not in the short form
  const short = stripNationalities(name.replace(SUFFIX, ''));
  // 吉县 -> 吉 is too short to recognize anything by.
  return short.length >= 2 && short !== name ? [name, short] : [name];
}

/**
 * The names of the regions above a report's issuer, its city and its province (a province's own report
 * has none), each full and short (regionShortNames).
 */
export function higherRegionNames(region: RegionRef | null | undefined): string[] {
  return [region?.parent, region?.province]
    .filter((n): n is string => !!n && n !== region?.name)
    .flatMap((n) => regionShortNames(n));
}

/**
 * The short forms a region's own slogans are written with (浑源, 新晃, 沧州): two characters or more, no
 * level. A short form may end in 州 (沧州市 -> 沧州); the full name ending in its level is left out.
 */
export function ownShortNames(name: string | undefined): string[] {
  return regionShortNames(name).filter((n) => n.length >= 2 && (n !== name || !/[县市区旗州]$/.test(n)));
}

/**
 * A pattern built once per set of a region's short names (one per county, reused for every report of it).
 * Each is run once on the empty text when built: V8 runs a pattern's first search in its interpreter and
 * compiles it after, and the first search of a long pattern over a sentence took longer in the interpreter
 * than the compiling does (the positioning pattern over one sentence: 2.2-2.4 ms a region against 0.2 ms).
 */
export function perRegion(build: (own: readonly string[]) => RegExp): (own: readonly string[]) => RegExp {
  const cache = new Map<string, RegExp>();
  return (own) => {
    const key = own.join('|');
    let re = cache.get(key);
    if (!re) {
      cache.set(key, (re = build(own)));
      // (a search of the empty text leaves lastIndex at 0, matched or not)
      re.exec('');
    }
    return re;
  };
}

/**
 * Every match of a pattern built from the report's own short names, with its sentence: the sentences
 * that hold `cue` only (a cheap test before the pattern). Nothing when the region has no short name.
 */
export function* ownNameMatches(
  ctx: ExtractContext,
  pattern: (own: readonly string[]) => RegExp,
  cue: RegExp,
): Generator<{ sentence: Sentence; match: RegExpExecArray }> {
  const own = ownShortNames(ctx.report.region?.name);
  if (own.length === 0) return;
  const re = pattern(own);
  for (const sentence of ctx.report.sentences) {
    if (!cue.test(sentence.text)) continue;
    for (const match of allMatches(re, sentence.text)) yield { sentence, match };
  }
}
