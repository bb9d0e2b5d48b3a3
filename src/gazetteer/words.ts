// Where a division's name is not the place: a two-character one (和县, 兴县, 富县) at the end of ordinary words.
// Such names are a character and 县/市/区, and reports join words the same way: 县委的坚强领导和县人大
// (和 + 县人大, "and the county congress") and the development strategies every county states,
// 生态立县、实业富县、文旅兴县 ("ecology founds the county, industry enriches it, culture and
// tourism invigorate it"); and where a full name stands in an honour the region holds (全省平安区称号).
// Both the issuing region's count (structure/issuer.ts) and the region recognizer (extract/region) ask these.

/** A function word that can stand before a 县/市/区 that starts another word (和, 在, 与 …). */
const FUNCTION_WORD = /^[和在与及对向从由把被为给的]/;
/** What follows 县/市/区 in the words a function word then starts: 县委, 县政府, 县人大, 县级, 县域 … */
const WORD_AFTER = /^(委|政府|人民政府|人大|政协|长|级|域|直|属)/;

/**
 * Whether the two-character `name` is a function word and the first character of another word, by
 * what follows it: 和县 in 和县委, 和县人大 (和 + 县委). `after` is the text right after the name.
 */
export function startsAnotherWord(name: string, after: string): boolean {
  return name.length === 2 && FUNCTION_WORD.test(name) && WORD_AFTER.test(after);
}

/**
 * The verbs of a development strategy's four-character beat, a noun and the verb before 县/市/区:
 * 生态立县, 工业强县, 科教兴市, 实业富县, 改革活县, 农业稳县, 生态美县, 文化荣县.
 */
const STRATEGY_VERB = /^[立兴强富活稳美荣]/;
/** jieba's tags of common nouns (n, ng, nz), nominal verbs (vn) and adjectives (an); not ns or nr. */
const COMMON_NOUN = /^(?:n|ng|nz|vn|an)$/;

/**
 * Whether the two-character `name` (兴县, 富县, 荣县) ends a strategy's beat rather than naming the
 * county: its first character is such a verb and a common noun comes right before it (旅游兴县,
 * 实业富县). `before` is jieba's part-of-speech tag of the word that ends where the name starts.
 */
export function endsStrategyBeat(name: string, before: string | undefined): boolean {
  return name.length === 2 && STRATEGY_VERB.test(name) && before !== undefined && COMMON_NOUN.test(before);
}

/**
 * Short names of divisions that reports use far more often as ordinary words: 惠民 (惠民生, 惠民工程: for
 * the people), 大关 (突破百亿元大关: a milestone), 城关 (城关镇), 城中 (城中村), 城东, 城西, 城北 (城东片区), 新城
 * (新城建设), 新兴 (战略性新兴产业, 新兴领域: emerging). Read alone they name no division; with their suffix
 * (惠民县, 新兴县) they do.
 */
const WORD_NAMES = new Set(['惠民', '大关', '城关', '城中', '城东', '城西', '城北', '新城', '新兴']);

/** Whether a short name without its suffix is an ordinary word (WORD_NAMES). */
export function ordinaryWord(short: string): boolean {
  return WORD_NAMES.has(short);
}

/** A level right before a division's full name: 全省平安区 (保持全省平安区称号), 全国平安县. */
const HONOUR_LEVEL = /(?:全国|全省|全市|省级|市级|国家级)$/;

/**
 * Whether a division's full name is an honour the region holds, not the place: a level stands right before it
 * (保持全省平安区称号 is no word of 平安区 of Qinghai). `before` is the text right before the name.
 */
export function namesAnHonour(before: string): boolean {
  return HONOUR_LEVEL.test(before);
}
