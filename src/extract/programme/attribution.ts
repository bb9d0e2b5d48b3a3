// Who a sentence says a quoted line belongs to: a level above the issuing region (省委“1310”具体部署 in a city's
// report, what the region carries out: 严格落实“…”) or the region itself (区委“1336”发展战略 in the district's own).
import type { RegionLevel } from '../../types.js';
import { divisionsNamed } from '../../gazetteer/index.js';
import { endsWith } from '../../lexicon/rules.js';
import { allMatches } from '../../text/matches.js';

/**
 * Who the sentence says the quoted line belongs to: a higher level (省委“1310”具体部署 in a city
 * report, 市委“1312”思路举措 in a district report) or the issuing region itself (区委“1336”发展战略).
 */
export function attribution(
  before: string,
  issuerLevel: RegionLevel | undefined,
  issuerKind?: string,
): 'higher' | 'own' | undefined {
  return attributionBy(bodyBefore(before), before, issuerLevel, issuerKind);
}

/** The body the words before a quote name last (省委, 市政府, 习近平总书记 …), if any. */
export function bodyBefore(before: string): string | undefined {
  return allMatches(ATTRIBUTION, before).at(-1)?.[1];
}

/** attribution() once the body before the quote is known. */
export function attributionBy(
  who: string | undefined,
  before: string,
  issuerLevel: RegionLevel | undefined,
  issuerKind?: string,
): 'higher' | 'own' | undefined {
  // 省委赋予我们“…”的重大使命: what a level above gives the region itself is the region's own positioning
  if (GIVEN_TO_US.test(before)) return 'own';
  if (!who) return RECEIVE.test(before) || GIVEN_TO.test(before) ? 'higher' : undefined;
  // 全区“1+10”实施方案 in a district's report, 全市 in a county-level city's: the whole of the issuer; 全市 in
  // a county's, 全区 in any but a district's (the autonomous region), a whole above it
  if (/^全[市县区州盟旗]$/.test(who) && issuerKind) {
    const kind = who[1]!;
    if (kind === issuerKind) return 'own';
    if (kind === '区') return issuerLevel === 'district' ? undefined : 'higher';
    return byRank(kind, issuerLevel) === 'higher' ? 'higher' : undefined;
  }
  if (/^(习近平总书记|总书记|党中央|中央|国务院|国家|全国)/.test(who)) return 'higher';
  if (RECEIVE.test(before)) return 'higher';
  if (/^(全省|省级)|省$/.test(who)) return issuerLevel === 'province' ? undefined : 'higher';
  // 坚持市委“…” in a county-level city's report: its own committee (its prefecture is named: 江门市委)
  if (/^市(?:委|政府)/.test(who) && issuerKind === '市' && issuerLevel === 'county' && !namedCityBefore(before, who))
    return 'own';
  if (issuerLevel === undefined || RANK_OF_LEVEL[issuerLevel] === undefined)
    return who[0] === '省' ? 'higher' : undefined;
  return byRank(who[0]!, issuerLevel);
}

/** Whether a city's name stands right before the body (江门|市委): the words before its last mention end in one. */
function namedCityBefore(before: string, who: string): boolean {
  const at = before.lastIndexOf(who);
  if (at < 0) return false;
  for (let n = 1; n <= 4 && n <= at; n++) if (divisionsNamed(`${before.slice(at - n, at)}市`).length > 0) return true;
  return false;
}

/** A body of level `kind` (省, 市, 县 …) against the issuer's level: above it, the issuer's own, or neither. */
function byRank(kind: string, issuerLevel: RegionLevel | undefined): 'higher' | 'own' | undefined {
  const rank = RANK[kind];
  const own = issuerLevel ? RANK_OF_LEVEL[issuerLevel] : undefined;
  if (rank === undefined || own === undefined) return undefined;
  return rank < own ? 'higher' : rank === own ? 'own' : undefined;
}

const ATTRIBUTION =
  /(习近平总书记|总书记|党中央|中央|国务院|国家|全国|全省|省级|全[市县区州盟旗]|[\u4e00-\u9fa5]{2}省|省委|省政府|市委|市政府|州委|盟委|县委|县政府|区委|区政府|旗委)(?:[、和]?(?:省|市|县|区|州)?(?:政府|人大))?(?:的)?(?=[^，。；：！？,;:]{0,12}$)/g;
/** Verbs of carrying out what came from above: 严格落实“…”, 忠实践行“…”. */
const RECEIVE = endsWith('receiveVerbs');
/** A principle held to or worked by (坚持“…”, 锚定“…”, 以“…”): beats after it are the region's own line. */
export const HELD_TO = endsWith('heldToVerbs');
/** 赋予粤港澳大湾区“…”的定位: what is given to a region named after the verb came from above too. */
const GIVEN_TO = /赋予[^，。；、“”,;]{1,10}$/;
/** 赋予我们“…”, 赋予我市“…”: given to the issuing region itself (GIVEN_TO's, but the region's own). */
const GIVEN_TO_US = /赋予(?:我们|我[市县区州盟旗])$/;
const RANK: Record<string, number> = { 省: 1, 市: 2, 州: 2, 盟: 2, 县: 3, 区: 3, 旗: 3 };
const RANK_OF_LEVEL: Partial<Record<RegionLevel, number>> = { province: 1, city: 2, county: 3, district: 3 };
