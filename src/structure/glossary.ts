// Glossary entries (名词解释, 相关注释): `1.“两不一欠”：即…` or `- 10.“链核”企业:**是指…`, one per
// numbered or bulleted paragraph; paragraphs without a term continue the entry before them.
import type { GlossaryEntry, Section } from './types.js';
import type { Paragraph } from './sections.js';

// bullet, number, term (no sentence punctuation: it stays inside one sentence), colon; OCR adds ** around parts
const ENTRY = /^([-*•·]\s*)?(\d{1,3}\s*[.．、]\s*)?(?:\*\*)?([^:：。，,；;！？!?]{1,40}?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?/;
// a numbered paragraph without a colon: 14.新建省级新型研发机构2家(朔州市…)；… — its head is the term
const NUMBERED = /^([-*•·]\s*)?(\d{1,3}\s*[.．、]\s*)(?:\*\*)?([^:：。，,；;！？!?（(]{1,40})/;
/** An unnumbered line is an entry only when its term is short: 保交楼：… but not a long sentence. */
const BARE_TERM_MAX = 16;

export function glossaryEntries(
  text: string,
  paragraphs: readonly Paragraph[],
  sections: readonly Section[],
): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const glossaries = sections.filter((s) => s.phase === 'glossary' && (s.level ?? 1) === 1);
  if (glossaries.length === 0) out.push(...headlessEntries(text, paragraphs));
  for (const g of glossaries) {
    let open: GlossaryEntry | undefined;
    let defStart = 0;
    for (const p of paragraphs) {
      if (p.start < g.start || p.start >= g.end) continue;
      const withColon = p.text.match(ENTRY);
      const m =
        withColon && (withColon[1] || withColon[2] || withColon[3]!.length <= BARE_TERM_MAX)
          ? withColon
          : p.text.match(NUMBERED);
      if (m && p.start > g.start && /[\u4e00-\u9fffA-Za-z]/.test(m[3]!)) {
        const raw = m[3]!.trim();
        const termStart = p.start + p.text.indexOf(raw, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
        defStart = p.start + m[0].length;
        open = entryAt(text, raw, termStart, p.end, defStart);
        out.push(open);
      } else if (open) {
        open.end = p.end;
        setDefinition(open, text, defStart);
      }
    }
  }
  return out;
}

/** How many numbered entries in a row (1, 2, 3, 4 …) make a glossary without its heading. */
const HEADLESS_RUN = 4;

/**
 * Entries of a glossary whose heading the page lost (a site that prints the glossary before the
 * report): a run of paragraphs numbered 1, 2, 3 … in order, each a short term, a colon and its
 * definition. Fewer than four in a row are a list in the report's own text.
 */
function headlessEntries(text: string, paragraphs: readonly Paragraph[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  let run: GlossaryEntry[] = [];
  const close = () => {
    if (run.length >= HEADLESS_RUN) out.push(...run);
    run = [];
  };
  for (const p of paragraphs) {
    // an entry as a glossary section reads it (ENTRY), numbered, with no bullet, a term of 2-16
    // characters and a definition after the colon (3.放管服:简政放权、放管结合、优化服务)
    const m = p.text.match(ENTRY);
    const raw = m?.[3]!.trim() ?? '';
    const n =
      m && !m[1] && m[2] && raw.length >= 2 && raw.length <= 16 && p.text.length > m[0].length
        ? Number(m[2].replace(/\D/g, ''))
        : undefined;
    if (n !== run.length + 1) {
      close();
      if (n !== 1) continue;
    }
    const termStart = p.start + p.text.indexOf(raw, m![2]!.length);
    run.push(entryAt(text, raw, termStart, p.end, p.start + m![0].length));
  }
  close();
  return out;
}

/** The entry of the term `raw` written at `termStart`, its definition from `defStart` to `end`. */
function entryAt(text: string, raw: string, termStart: number, end: number, defStart: number): GlossaryEntry {
  const entry: GlossaryEntry = {
    term: cleanTerm(raw),
    definition: '',
    start: termStart,
    end,
    raw,
    termStart,
    termEnd: termStart + raw.length,
  };
  setDefinition(entry, text, defStart);
  return entry;
}

function setDefinition(e: GlossaryEntry, text: string, from: number): void {
  e.definition = text.slice(from, e.end).replace(/\*\*/g, '').trim();
}

/**
 * The defined term without numbering and quotes. A single quoted part is the term and what stands
 * outside it is a generic word or a qualifier (“链核”企业 -> 链核, 新时代“枫桥经验” -> 枫桥经验,
 * “五个一批”文化惠民工程 -> 五个一批); several quoted parts are kept together, unquoted.
 */
export function cleanTerm(raw: string): string {
  const quoted = [...raw.matchAll(/[“"「]([^”"」]{1,30})[”"」]/g)];
  // a quoted blank or punctuation (气候“ ”投融资试点) is not the term
  if (quoted.length === 1 && /[\u4e00-\u9fffA-Za-z]/.test(quoted[0]![1]!)) return quoted[0]![1]!.trim();
  return raw.replace(/[“”"「」‘’《》]/g, '').trim();
}
