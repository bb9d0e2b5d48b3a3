// The suffix-recognizer engine: things named by the word that ends their names (…储能电站,
// …有限公司). One loop for every such recognizer — find a head, walk left on jieba's words to the
// name's start, trim the words that introduce it, drop the categories that are no name — run on a
// declarative spec whose vocabularies are roles of src/lexicon/rules.json, with small hooks for
// what only one type knows (a project's status, an organization's other mentions).
import type { EntityType } from '../types.js';
import type { Sentence } from '../structure/index.js';
import type { ExtractContext, Mention, Recognizer } from './index.js';
import { leftEdge, type EdgeOptions } from './left-edge.js';
import type { Token } from './segment.js';
import { mentionAt } from './mention.js';
import { alternation, endsWith, oneOf, startsWith, type Words } from '../lexicon/rules.js';
import { allMatches } from '../text/matches.js';

/** A name the engine found and kept so far, for the hooks of a spec. */
export interface Candidate {
  sentence: Sentence;
  /** The head as written (…项目). */
  head: string;
  /** Offsets of the name, head included, in the cleaned text. */
  start: number;
  end: number;
  name: string;
  /** The name without its head. */
  modifier: string;
  /** jieba's words of the sentence. */
  tokens: readonly Token[];
}

export interface SuffixSpec {
  id: string;
  type: EntityType;
  /** Words that end a name (…项目, …有限公司); where two start at one place the longest wins. */
  heads: Words;
  /** Heads that may follow another head (…基地|项目): the head before them is inside the longer name. */
  longerHeads?: Words;
  /** Words right after a head that make it the name of a reform or of work (…宅基地|改革). */
  notBefore?: Words;
  /**
   * The name of a work done on what a head ends, from the work's first word to its own head (…高速|拓宽工程):
   * the work's name reaches left over the head before it, and a name inside a longer one of the sentence
   * is not named again; starts with ^.
   */
  workOn?: RegExp;
  /** Text right before a head that belongs to the name though jieba splits it off (…改造|一期|项目); ends with $. */
  headPrefix?: RegExp;
  /** Text right after a head (`rest`) that belongs to the name (沿江高铁|天门段): named with the head, or ''. */
  headTail?(head: string, rest: string): string;
  /** How far left the name may reach, on jieba's words. */
  edge: EdgeOptions;
  /** What ends the words before a name in the span left of the head (…项目和|…); global: the last match counts. */
  startAfter?: RegExp;
  /** Words that introduce a name, trimmed from its start as many times as they stand there. */
  lead?: Words;
  /** Patterns trimmed like the lead words (a list number, an amount), tried before them. */
  leadPatterns?: string;
  /** Modifiers that make a category, not a name (重点|项目, 龙头|企业). */
  generic?: Words;
  /** Whether a run of those words is one too (新增|省级|工程研究中心), as each alone is. */
  genericRuns?: boolean;
  /** Endings of a modifier that make a kind, not a name (…招商引资|项目). */
  genericEnds?: Words;
  /** Words a name cannot start with: it is about doing things (做大项目). */
  verbStarts?: Words;
  /** The names one candidate stands for when it is several sharing one head (雄商和津潍|高铁), else undefined. */
  split?(c: Candidate): Candidate[] | undefined;
  /** What else disqualifies a candidate of this type. */
  reject?(c: Candidate): boolean;
  /** What a mention of this type states besides its name (a project's status and investment). */
  attributes?(c: Candidate): Partial<Mention>;
  /** Mentions of this type found otherwise than by a head, listed before the engine's. */
  also?(ctx: ExtractContext): Mention[];
}

/** The recognizer a spec describes. */
export function suffixRecognizer(spec: SuffixSpec): Recognizer {
  const heads = new RegExp(alternation(spec.heads), 'g');
  const after = [spec.longerHeads, spec.notBefore].flatMap((w) => (w ? [startsWith(w)] : []));
  const leads = [spec.leadPatterns ?? [], spec.lead ? alternation(spec.lead) : []].flat();
  const lead = leads.length ? new RegExp(`^(?:${leads.join('|')})+`) : undefined;
  const generic =
    spec.generic && (spec.genericRuns ? new RegExp(`^(?:${alternation(spec.generic)})+$`) : oneOf(spec.generic));
  const genericEnds = spec.genericEnds && endsWith(spec.genericEnds);
  const verbStarts = spec.verbStarts && startsWith(spec.verbStarts);
  const headBefore = spec.workOn && endsWith(spec.heads);

  /** The name ending in the head `m` of sentence `s`, if the words before the head make one. */
  function candidate(ctx: ExtractContext, s: Sentence, tokens: Token[], m: RegExpExecArray): Candidate | undefined {
    const { text } = ctx.report;
    const headStart = s.start + m.index;
    const rest = s.text.slice(m.index + m[0].length);
    const tail = spec.headTail?.(m[0], rest) ?? '';
    // (what may not follow the head may not follow its tail either: 产业园|区|管委会)
    if (after.some((p) => p.test(rest) || (tail !== '' && p.test(rest.slice(tail.length))))) return undefined;
    const head = m[0] + tail;
    const end = headStart + head.length;
    const prefix = spec.headPrefix?.exec(s.text.slice(0, m.index))?.[0] ?? '';
    let start = leftEdge(tokens, headStart - prefix.length, end, spec.edge);
    if (start === undefined) return undefined;
    // (the work's name reaches over the thing it is done on: 杭金衢高速|拓宽工程)
    const on = headBefore?.exec(text.slice(s.start, start))?.[0];
    if (on && spec.workOn!.test(text.slice(start, end + 1)))
      start = leftEdge(tokens, start - on.length, end, spec.edge) ?? start;
    const from = spec.startAfter ? start + lastEnd(text.slice(start, headStart), spec.startAfter) : start;
    let name = text.slice(from, end);
    if (lead) name = name.replace(lead, '');
    const modifier = name.slice(0, name.length - head.length);
    return { sentence: s, head, start: end - name.length, end, name, modifier, tokens };
  }

  function rejected(c: Candidate): boolean {
    return (
      c.modifier.length < 2 ||
      !!generic?.test(c.modifier) ||
      !!genericEnds?.test(c.modifier) ||
      !!verbStarts?.test(c.name) ||
      !!spec.reject?.(c)
    );
  }

  return {
    id: spec.id,
    type: spec.type,
    recognize(ctx) {
      const out: Mention[] = spec.also?.(ctx) ?? [];
      for (const s of ctx.report.sentences) {
        if (s.text.search(heads) < 0) continue;
        const tokens = ctx.tokens(s.index);
        const kept: Candidate[] = [];
        for (const m of allMatches(heads, s.text)) {
          const c = candidate(ctx, s, tokens, m);
          if (!c || rejected(c) || ctx.inNoise(c.start, c.end)) continue;
          // a thing a work named after it is done on is inside the work's name (杭金衢高速 of 杭金衢高速拓宽工程)
          if (spec.workOn) {
            const outside = kept.filter((k) => !(c.start <= k.start && k.end < c.end));
            kept.length = 0;
            kept.push(...outside);
          }
          kept.push(...(spec.split?.(c) ?? [c]));
        }
        for (const c of kept) out.push(mentionAt(ctx, s, c.start, c.end, spec.type, c.name, spec.attributes?.(c)));
      }
      return out;
    },
  };
}

/** Where the last match of a global pattern in `text` ends (0 without one). */
function lastEnd(text: string, pattern: RegExp): number {
  return Math.max(...allMatches(pattern, text).map((x) => x.index + x[0].length), 0);
}
