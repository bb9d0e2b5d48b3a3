// Short forms of a region's name (浑源县 -> 浑源, 朔州市 -> 朔州), used to recognize a
// region's own slogans (全境恒山、全景浑源) and service brands.

const SUFFIX = /(自治县|自治州|特别行政区|新区|地区|省|市|县|区|旗|盟)$/;

export function regionShortNames(name: string | undefined): string[] {
  if (!name) return [];
  const short = name.replace(SUFFIX, '');
  // 吉县 -> 吉 is too short to recognize anything by.
  return short.length >= 2 && short !== name ? [name, short] : [name];
}
