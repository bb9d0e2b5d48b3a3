// Recognizer: unquoted programme names by their form — X长制, …提升行动, …制度改革, …试点,
// …示范区/示范县 — with the left edge found on jieba's words (the verb that introduces the
// name is not part of it: 深入推进|农村人居环境整治提升行动).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import type { Token } from '../segment.js';
import { lookupProgramme } from './lexicon.js';

const CHIEF = /(河湖|街巷|河|湖|林|田|路|链|山|楼|园)长制/g;

/** Name endings that mark a programme; the words before them up to the verb form the name. */
const HEADS =
  /(深化提升行动|提升行动|专项行动|专项整治行动|三年行动|攻坚行动|十大行动|行动计划|转型行动|培育壮大行动|制度改革|体制改革|综合改革|一体化改革|方式改革|市场化改革|改革试点|延长30年试点|示范区创建|示范县创建|示范县|示范区|示范村)/g;

/** Words that introduce a name and are trimmed from its left edge. */
const LEAD =
  /^(实施|开展|推进|深入|深化|全面|持续|扎实|大力|加快|落实|组织|积极|强化|启动|推动|完成|创建|成功|获评|入选|争创|申报|获批|打造|建设|统筹|着力|坚持|继续|进一步|认真|不断|抓好|做好|纵深|稳步|有序|探索|开启|完善|健全|获得|成为|荣获|被|评为|列入|纳入|国家级|省级|市级|全国|全省|全市|我县|我市|全县|县|市|年|今年|去年|同时|以及|并)+/;

/** Tags that may stand inside a name (nouns, verbal nouns, numbers, place names …). */
const NAME_TAGS = new Set(['n', 'vn', 'nz', 'ns', 'nt', 'nr', 'j', 'l', 'an', 'eng', 'v', 'a', 'b', 'f', 'x']);
/** Verbs that introduce a name: the name starts after them (…评为|省级旅游示范村). */
const LEAD_WORDS = new Set([
  '实施',
  '开展',
  '推进',
  '深入',
  '全面',
  '持续',
  '扎实',
  '大力',
  '加快',
  '落实',
  '组织',
  '积极',
  '强化',
  '启动',
  '推动',
  '完成',
  '创建',
  '成功',
  '获评',
  '入选',
  '争创',
  '申报',
  '获批',
  '打造',
  '统筹',
  '着力',
  '坚持',
  '继续',
  '认真',
  '抓好',
  '做好',
  '稳步',
  '有序',
  '探索',
  '开启',
  '获得',
  '成为',
  '荣获',
  '评为',
  '列入',
  '纳入',
  '创成',
  '建成',
  '通过',
  '迎接',
  '配合',
  '深化落实',
  '扎实推进',
  '深入推进',
  '全面推进',
  '加快推进',
]);
const STOP_WORDS = new Set([
  '的',
  '和',
  '与',
  '及',
  '以',
  '在',
  '为',
  '把',
  '对',
  '将',
  '等',
  '了',
  '是',
  '着',
  '由',
  '从',
  '向',
  '中',
  '上',
  '后',
  '、',
  '，',
  '；',
  '。',
  '：',
  '“',
  '”',
  '（',
  '）',
  '(',
  ')',
]);

export const patternProgrammes: Recognizer = {
  id: 'programme.pattern',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const out: Mention[] = [];
    const push = (name: string, start: number, end: number, sentence: number) => {
      if (ctx.inNoise(start, end)) return;
      const s = report.sentences[sentence]!;
      const entry = lookupProgramme(name);
      out.push({
        type: 'programme',
        name: entry?.name ?? name,
        surface: report.text.slice(start, end),
        doc: report.id,
        sentence,
        start,
        end,
        phase: s.phase,
        aliases: entry && entry.name !== name ? [name] : [],
        ...(entry ? { canonical: true } : {}),
      });
    };
    for (const s of report.sentences) {
      for (const m of s.text.matchAll(CHIEF)) push(m[0], s.start + m.index, s.start + m.index + m[0].length, s.index);
      HEADS.lastIndex = 0;
      if (!HEADS.test(s.text)) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of s.text.matchAll(HEADS)) {
        const headStart = s.start + m.index;
        const end = headStart + m[0].length;
        const start = leftEdge(tokens, headStart, end);
        if (start === undefined) continue;
        const name = report.text.slice(start, end).replace(LEAD, '');
        // 旅游示范村, 精品示范村: a bare category is not a programme's name
        const minHead = /^示范/.test(m[0]) ? 3 : 2;
        if (name.length - m[0].length < minHead || name.length > 18) continue;
        push(name, end - name.length, end, s.index);
      }
    }
    return out;
  },
};

/** Walks tokens left from the head while they can belong to a name; returns the name's start. */
function leftEdge(tokens: readonly Token[], headStart: number, end: number): number | undefined {
  let i = tokens.findIndex((t) => t.end > headStart);
  if (i < 0) return undefined;
  let start = Math.min(tokens[i]!.start, headStart);
  // the head may start inside a token (…整治提升 | 行动): begin from that token
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (
      STOP_WORDS.has(t.word) ||
      LEAD_WORDS.has(t.word) ||
      !NAME_TAGS.has(t.tag) ||
      /[，。、；：“”（）()\s\d]/.test(t.word)
    )
      break;
    if (end - t.start > 20) break;
    start = t.start;
  }
  return start;
}
