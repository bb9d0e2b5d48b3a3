// Names of divisions as reports write them: the village committee's name as a village
// (神溪村委会 -> 神溪村) and the short forms people use (浑源县 -> 浑源, 广西壮族自治区 -> 广西).
import type { RegionLevel } from '../types.js';

// The 55 minority nationalities, longest first so 东乡族 is not read as 乡族.
const ETHNIC = (
  '柯尔克孜 乌孜别克 维吾尔 哈萨克 塔吉克 俄罗斯 鄂温克 鄂伦春 达斡尔 塔塔尔 蒙古 布依 朝鲜 土家 ' +
  '哈尼 傈僳 拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 ' +
  '门巴 珞巴 基诺 高山 回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京'
).split(' ');

/** 积石山保安族东乡族撒拉 (族) -> 积石山: drops the nationalities an autonomous name ends with. */
export function stripNationalities(name: string): string {
  let s = name;
  // most names (every village's, nearly every town's) end in no 族: nothing to compare them with
  while (s.endsWith('族')) {
    const e = ETHNIC.find((n) => s.endsWith(`${n}族`) && s.length > n.length + 1);
    if (e === undefined) break;
    s = s.slice(0, -(e.length + 1));
  }
  return s;
}

const SUFFIX: Partial<Record<RegionLevel, RegExp>> = {
  province: /(特别行政区|省|市)$/,
  city: /(地区|市|盟)$/,
  county: /(林区|特区|县|市|旗|区)$/,
  district: /(矿区|区)$/,
  town: /(镇|乡)$/,
  village: /村$/,
};

/**
 * The short form of a division's name, or undefined when there is none distinctive enough:
 * fewer than two characters left (吉县 -> 吉), or a kind whose short form is an ordinary word
 * (街道 and 社区 are named after streets: 平阳路街道).
 */
export function shortName(name: string, level: RegionLevel): string | undefined {
  const suffix = SUFFIX[level];
  if (!suffix) return undefined;
  const autonomous = name.replace(/自治(区|州|县|旗)$/, '');
  // 广西壮族自治区 -> 广西, 某某回族乡 -> 某某
  const short = stripNationalities(autonomous !== name ? autonomous : name.replace(suffix, ''));
  return short.length >= 2 && short !== name ? short : undefined;
}

/**
 * The short form in which Inner Mongolia's banners of a wing are written, by their governments too:
 * 察哈尔右翼后旗 -> 察右后旗, 科尔沁左翼中旗 -> 科左中旗, 土默特左旗 -> 土左旗 (the first character of the
 * people's name, the wing, and its part). None for any other name.
 */
export function bannerAbbreviation(name: string): string | undefined {
  const wing = name.match(/^(.)[^左右翼]{1,3}([左右])翼([前中后])旗$/);
  if (wing) return `${wing[1]}${wing[2]}${wing[3]}旗`;
  const tumed = name.match(/^(土)默特([左右])旗$/);
  return tumed ? `${tumed[1]}${tumed[2]}旗` : undefined;
}

/**
 * The name a report uses for a villagers' or residents' committee (村委会, 村民委员会, 社区居委会,
 * and the misspellings the data holds), or undefined for rows that are no village (虚拟生活区).
 */
export function villageName(row: string): string | undefined {
  const village = row.match(/^(.+?)(?:村)?(?:村民委员会|村民委会|村委员会|村民员委会|村民委员|村委会|村委)$/);
  if (village) return `${village[1]}村`;
  const community = row.match(/^(.+?社区)(?:居民委员会|居委会)?$/);
  if (community && !/[（(]/.test(community[1]!)) return community[1];
  return undefined;
}

/** A town row's name, or undefined for rows that are not 镇/乡/街道 (开发区, 农场, 监狱 …). */
export function townName(row: string): string | undefined {
  return /(镇|乡|街道)$/.test(row) ? row : undefined;
}
