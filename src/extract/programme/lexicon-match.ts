// Recognizer: unquoted spellings of lexicon programmes (千村示范、万村整治, 河湖长制, 放管服改革).
import type { ExtractContext, Mention, Recognizer } from '../index.js';
import { lookupProgramme, unquotedSpellings } from './lexicon.js';
import { mentionAt } from '../mention.js';

export const lexiconProgrammes: Recognizer = {
  id: 'programme.lexicon',
  type: 'programme',
  recognize(ctx: ExtractContext): Mention[] {
    const { report } = ctx;
    const out: Mention[] = [];
    for (const s of report.sentences) {
      for (const { index, spelling } of unquotedSpellings(s.text)) {
        const start = s.start + index;
        const end = start + spelling.length;
        if (ctx.inNoise(start, end)) continue;
        const entry = lookupProgramme(spelling, report.region?.province);
        if (!entry) continue;
        const aliases = new Set<string>();
        if (spelling !== entry.name) aliases.add(spelling);
        const original = report.original.slice(start, end);
        if (original !== spelling) aliases.add(original);
        if (entry.traditional) aliases.add(entry.traditional);
        out.push(
          mentionAt(ctx, s, start, end, 'programme', entry.name, {
            aliases: [...aliases],
            canonical: true,
            ...(entry.partOf ? { partOf: entry.partOf } : {}),
          }),
        );
      }
    }
    return out;
  },
};
