// Recognizer: unquoted spellings of lexicon programmes (千村示范、万村整治, 河湖长制, 放管服改革).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { lookupProgramme, programmeLexicon } from './lexicon.js';

export const lexiconProgrammes: Recognizer = {
  id: 'programme.lexicon',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const { pattern } = programmeLexicon();
    const out: Mention[] = [];
    for (const s of report.sentences) {
      pattern.lastIndex = 0;
      for (const m of s.text.matchAll(pattern)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (ctx.inNoise(start, end)) continue;
        const entry = lookupProgramme(m[0], report.region?.province);
        if (!entry) continue;
        const aliases = new Set<string>();
        if (m[0] !== entry.name) aliases.add(m[0]);
        const original = report.original.slice(start, end);
        if (original !== m[0]) aliases.add(original);
        if (entry.traditional) aliases.add(entry.traditional);
        out.push({
          type: 'programme',
          name: entry.name,
          surface: m[0],
          doc: report.id,
          sentence: s.index,
          start,
          end,
          phase: s.phase,
          aliases: [...aliases],
          canonical: true,
          ...(entry.partOf ? { partOf: entry.partOf } : {}),
        });
      }
    }
    return out;
  },
};
