// Recognizer: glossary entries (名词解释, 相关注释) that define programmes — the definition is
// attached to the entity, and an expansion (两不一欠: 新官不理旧账、政策不兑现、拖欠民营企业账款)
// becomes an alias that links the same programme in reports that only use one spelling.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { genericAfter } from './quote-lexicon.js';
import { lookupProgramme } from './lexicon.js';
import { endsWith } from '../../lexicon/rules.js';
import { regionShortNames } from './region-names.js';
import { placeCount } from './enumerated.js';

/** Entries that explain a count or a list rather than define a term (3家…企业, 新增…); a campaign numbered in digits (1001工程) is a term. */
const NOT_A_TERM = /^(\d(?![\d+＋]*(?:工程|行动|计划)$)|新增|新建|建成|完成|累计|共|全年|其中)/;
const NUMBERED = /^[一二三四五六七八九十两双]/;
/** A counted set of works (15项城乡一体化工作, 10条惠企措施) is a term, its count in digits part of its name. */
const COUNTED_WORK = /^\d+[项条大][\u4e00-\u9fff]{2,14}?(工作|行动|工程|措施|举措|任务|改革|实事)$/;
const HEAD = endsWith('glossaryHeads');

export const glossaryProgrammes: Recognizer = {
  id: 'programme.glossary',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const out: Mention[] = [];
    const own = regionShortNames(report.region?.name).filter((n) => n.length >= 2);
    for (const g of report.glossary) {
      // the term as written keeps its quotes (行政执法“三项制度”), which tell the name apart
      const written = g.raw ?? g.term;
      const termStart = g.termStart ?? g.start;
      const termEnd = g.termEnd ?? Math.min(g.start + written.length, g.end);
      const parsed = parseTerm(written);
      if (!parsed) continue;
      if (ctx.inNoise(termStart, termEnd)) continue;
      const entry = lookupProgramme(parsed.name, report.region?.province);
      const quoted = parsed.quoted;
      const counted = COUNTED_WORK.test(parsed.name);
      if (!entry && !quoted && !counted && !NUMBERED.test(parsed.name) && !HEAD.test(parsed.name)) continue;
      if (NOT_A_TERM.test(parsed.name) && !counted) continue;
      const sentence =
        report.sentences.find((s) => s.start <= termStart && termStart < s.end) ??
        report.sentences.find((s) => s.start >= termStart);
      if (!sentence) continue;
      const aliases = new Set<string>(parsed.aliases);
      const expansion = expansionOf(g.definition);
      if (expansion && NUMBERED.test(parsed.name)) aliases.add(expansion);
      if (entry && entry.name !== parsed.name) aliases.add(parsed.name);
      // a line named after the region itself (四个平遥 in 平遥县's glossary) is its own slogan, and so is
      // a counted set of places it means to become (五个基地, 三城), as it is quoted in the text
      const ownLine = !entry && (own.some((r) => parsed.name.includes(r)) || placeCount(parsed.name) !== undefined);
      out.push({
        type: ownLine ? 'slogan' : 'programme',
        // (a counted set of work is named without 工作, as a quoted one would be)
        name: entry?.name ?? (counted ? parsed.name.replace(/工作$/, '') : parsed.name),
        surface: report.text.slice(termStart, termEnd),
        doc: report.id,
        sentence: sentence.index,
        start: termStart,
        end: termEnd,
        phase: 'glossary',
        aliases: [...aliases],
        definition: g.definition.slice(0, 200),
        ...(entry ? { canonical: true } : {}),
        ...(entry?.partOf ? { partOf: entry.partOf } : {}),
      });
    }
    return out;
  },
};

/** 行政执法“三项制度” -> 三项制度; “五个一批”文化惠民工程 -> 五个一批; 三个一批 -> 三个一批. */
function parseTerm(term: string): { name: string; aliases: string[]; quoted: boolean } | null {
  // (the entry's number and its dot, 1.15项…: not the count the name starts with)
  const t = term.replace(/^[-*\s]*(?:\d{1,2}[.、．]\s*)?/, '').replace(/[*:：\s]+$/, '');
  const q = t.match(/[“"]([^”"]{2,30})[”"]/);
  if (q) {
    const after = t.slice(q.index! + q[0].length);
    const suffix = genericAfter(after);
    const aliases = suffix ? [q[1]! + suffix] : [];
    return { name: q[1]!, aliases, quoted: true };
  }
  if (t.length < 2 || t.length > 20) return null;
  return { name: t, aliases: [], quoted: false };
}

/** The enumerated expansion a definition starts with: 即A、B、C / 指A、B、C / A、B、C。 */
function expansionOf(definition: string): string | undefined {
  const m = definition.match(/^(即|指|是指|就是)?([^。；;，,：:]{4,40}?)(。|；|$)/);
  const body = m?.[2];
  if (!body || !body.includes('、')) return undefined;
  return body.replace(/[“”]/g, '');
}
