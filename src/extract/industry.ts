// Recognizer: industries — the sector vocabulary (src/lexicon/industries.json) and any
// X产业 / X产业链 / X产业集群 / X专业镇 the report names, canonical without 产业.
import data from '../lexicon/industries.json' with { type: 'json' };
import type { Mention, Recognizer } from './index.js';
import { compileVocabulary, vocabularyMentions, type Vocabulary } from './vocabulary.js';
import { leftEdge } from './left-edge.js';

let vocabulary: Vocabulary | undefined;

const HEAD = /(产业链|产业集群|产业|专业镇)(?!园)/g;

/** Words before 产业 that qualify industries in general rather than name one. */
const GENERIC =
  /^(主导|新兴|战略性新兴|传统|特色|优势|支柱|相关|重点|现代|未来|富民|三次|第[一二三]|接续|替代|非煤|全|各类|本地|县域|特色优势|现代化|首位|龙头|配套|上下游|新|大|强|该|其|两|三|四|五|六|七|八|九|十|百亿|千亿|十大|乡村|农业|工业|服务|制造|生产|重点产业|新质|朝阳|一流|旅游|特色优势主导|特色优势)$/;
/** Tags of a word that can end an industry's name (a noun, not 承接 or 促进). */
const NOUN_TAGS = new Set(['n', 'nz', 'nr', 'ns', 'nt', 'j', 'eng', 'vn', 'l', 'nrt', 'x']);
const LEVEL = /^(国家级|省级|市级|县级|全国|全省|全市|全县|省|市|县)/;
const LEAD =
  /^(加强|支持|扶持|依托|带动|抓好|深化|优化|拓展|培育|壮大|做强|做大|做优|延伸|打造|推动|推进|布局|聚焦|围绕|加快|引进|建设|形成|构建|提升|实施)+/;

export const industries: Recognizer = {
  id: 'industry.vocabulary',
  type: 'industry',
  recognize(ctx) {
    const { report } = ctx;
    const out: Mention[] = vocabularyMentions(ctx, 'industry', (vocabulary ??= compileVocabulary(data.industries)));
    const known = vocabulary.head;
    for (const s of report.sentences) {
      // search() ignores lastIndex; test() on a /g regex would make matchAll skip the first hit
      if (s.text.search(HEAD) < 0) continue;
      const tokens = ctx.tokens(s.index);
      for (const m of s.text.matchAll(HEAD)) {
        const headStart = s.start + m.index;
        const start = leftEdge(tokens, headStart, headStart, { maxLength: 8 });
        if (start === undefined || start >= headStart) continue;
        const before = tokens.findLast((t) => t.end <= headStart);
        if (!before || !NOUN_TAGS.has(before.tag)) continue;
        const raw = report.text.slice(start, headStart).replace(LEAD, '').replace(LEVEL, '');
        if (raw.length < 2 || GENERIC.test(raw) || /[\d%,，、]|产业|专业镇/.test(raw)) continue;
        const begin = headStart - raw.length;
        if (ctx.inNoise(begin, headStart + m[0].length)) continue;
        // 怀仁陶瓷产业 is the 陶瓷 industry of a place
        const tail = [...known.keys()].find((k) => raw.endsWith(k) && raw.length - k.length <= 3);
        out.push({
          type: 'industry',
          name: known.get(raw) ?? (tail ? known.get(tail)! : raw),
          surface: report.text.slice(begin, headStart + m[0].length),
          doc: report.id,
          sentence: s.index,
          start: begin,
          end: headStart + m[0].length,
          phase: s.phase,
        });
      }
    }
    return out;
  },
};
