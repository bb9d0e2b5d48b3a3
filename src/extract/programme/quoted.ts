// Recognizer: quoted terms (“…”, 「…」, "…") classified as programmes or slogans by their
// form and context; rhetorical quotes are dropped.
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { classifyQuoted } from './classify.js';
import { regionShortNames } from './region-names.js';

// One quoted span; chains like “揭榜挂帅”“包干制”模式 share the word after the last quote.
const QUOTE = /[“「"]([^“”「」"\n]{1,40})[”」"]/g;

export const quotedProgrammes: Recognizer = {
  id: 'programme.quoted',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const regionNames = regionShortNames(report.region?.name);
    const out: Mention[] = [];
    for (const s of report.sentences) {
      const spans = [...s.text.matchAll(QUOTE)];
      for (let i = 0; i < spans.length; i++) {
        const m = spans[i]!;
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (ctx.inNoise(start, end)) continue;
        // follow the chain of adjacent quotes (optionally joined by 、) to its shared suffix
        let j = i;
        while (
          j + 1 < spans.length &&
          /^、?$/.test(s.text.slice(spans[j]!.index + spans[j]![0].length, spans[j + 1]!.index))
        )
          j++;
        const chainEnd = spans[j]!.index + spans[j]![0].length;
        const after = s.text.slice(chainEnd, chainEnd + 10);
        const before = s.text.slice(Math.max(0, m.index - 6), m.index);
        const inDefinition = s.phase === 'glossary' && m.index > 6;
        const c = classifyQuoted({ inner: m[1]!, before, after, regionNames, inDefinition });
        if (!c) continue;
        const aliases = new Set(c.aliases);
        const original = report.original.slice(start + 1, end - 1);
        if (original !== m[1] && original.length > 0) aliases.add(original);
        out.push({
          type: c.type,
          name: c.name,
          surface: m[0],
          doc: report.id,
          sentence: s.index,
          start,
          end,
          phase: s.phase,
          aliases: [...aliases],
          ...(c.canonical ? { canonical: true } : {}),
        });
      }
    }
    return out;
  },
};
