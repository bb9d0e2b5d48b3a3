// Recognizer: a region's spatial layout named unquoted — 构建一核两翼三带发展格局, 形成一江两岸城市布局,
// 一湾两半岛空间格局 — as its slogan. Every region draws its own, so no lexicon can hold them: they are
// found by their form, two numbered parts or more, and by the word after them that calls them a
// layout (格局, 布局, 架构, 框架). Without that word a run of numbers is too often something else
// (一年两次, 三天两头). Quoted layouts are the quoted recognizer's.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { mentionsMatching } from '../mention.js';

/** A numbered part: a count and a place or structure (一核, 两翼, 三带, 一湾, 两半岛, 四基地). */
const PART =
  '[一二三四五六七八九十两双多](?:半岛|基地|中心|组团|板块|走廊|廊道|新城|片区|城|区|带|核|主|副|点|翼|园|圈|廊|轴|心|极|片|湾|岛|岸|江|港|谷|环)';
/** What calls the parts a layout: 发展格局, 空间布局, 城市框架, 总体架构 … (the 的 between allowed). */
const CUE = '(?=的?(?:城市|城镇|空间|产业|区域|全域|总体|功能|发展|开放|生态)*(?:格局|布局|架构|框架|版图))';
const RUN = new RegExp(`(?<![“‘"「『第\\d一二三四五六七八九十百千万两双多])(?:${PART}){2,6}${CUE}`, 'g');
/** A cheap test before the pattern (a global pattern's test() would leave its lastIndex moved for the next). */
const HAS_CUE = /格局|布局|架构|框架|版图/;

/**
 * Parts named by the quarters they lie in and counted (北中南三大发展板块, 东西两大组团, 南北中三大片区):
 * a layout by its form alone, when the count is the number of quarters named.
 */
const QUARTERS =
  /(?<![东西南北中])([东西南北中]{2,4})([两二三四五])大(?:发展|产业|功能|城市)?(?:板块|片区|组团|功能区)/g;
const HAS_QUARTERS = /[东西南北中][两二三四五]大/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

export const layoutSlogans: Recognizer = {
  id: 'slogan.layout',
  type: 'slogan',
  recognize(ctx: ExtractContext): Mention[] {
    const quarters = mentionsMatching(ctx, QUARTERS, 'slogan', HAS_QUARTERS).filter((m) => {
      const [, named, count] = /^([东西南北中]+)([两二三四五])/.exec(m.name)!;
      return new Set(named).size === named!.length && named!.length === COUNT[count!];
    });
    return [...mentionsMatching(ctx, RUN, 'slogan', HAS_CUE), ...quarters];
  },
};
