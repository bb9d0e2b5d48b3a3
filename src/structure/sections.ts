// Sections and their phase. A part (一、…, 回眸2023, 名词解释) takes the phase its title announces,
// else its place (一 is the review, later parts the plan); a sub-section inherits its part's phase
// unless it is about the government itself (自身建设 -> self). The text before the first part is
// the preamble: `review`, because a report opens looking back (各位代表… 过去一年…), unless the
// document lost its start and its first part is numbered 二 or later (OCR'd newspaper pages):
// then the preamble is the tail of the part before, `review` for 一 and `plan` after it.
import type { Phase } from '../types.js';
import type { Section } from './types.js';
import { type Heading, headingOf, phaseOfTitle } from './headings.js';

export interface Paragraph {
  /** Offsets of the trimmed line in the cleaned text. */
  start: number;
  end: number;
  text: string;
}

/** The non-empty lines of `text`, trimmed, with their offsets; paragraph numbers are indexes here. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

export function findSections(
  paragraphs: readonly Paragraph[],
  textLength: number,
  year?: number,
): { sections: Section[]; preamble: Phase } {
  const heads = detect(paragraphs, year);
  const parts = heads.filter((h) => h.level === 1);
  const first = parts[0];
  const preamble: Phase = first?.ordinal && first.ordinal > 2 ? 'plan' : 'review';
  const sections: Section[] = [];
  let partPhase: Phase = preamble;
  let partIndex = -1;
  let seenReview = false;
  for (const h of heads) {
    if (h.level === 1) {
      partPhase = h.implicit
        ? 'plan'
        : (phaseOfTitle(h.title, year) ?? (h.ordinal === 1 || (!seenReview && !h.ordinal) ? 'review' : 'plan'));
      seenReview ||= partPhase === 'review';
      partIndex = sections.length;
      sections.push(section(h, partPhase));
    } else {
      const own = phaseOfTitle(h.title, year) === 'self' ? 'self' : partPhase;
      sections.push({ ...section(h, own), ...(partIndex >= 0 ? { parent: partIndex } : {}) });
    }
  }
  // a part ends where the next part starts; a sub-section where the next heading does
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const next = sections.slice(i + 1).find((n) => s.level === 2 || n.level === 1);
    s.end = next ? next.start : textLength;
  }
  return { sections, preamble };
}

function section(h: Heading, phase: Phase): Section {
  return {
    title: h.title,
    phase,
    start: h.start,
    end: h.end,
    level: h.level,
    ...(h.implicit ? { implicit: true } : {}),
  };
}

/** The headings of the text, after dropping what only looks like one. */
function detect(paragraphs: readonly Paragraph[], year?: number): Heading[] {
  const heads: Heading[] = [];
  let part: Phase | undefined;
  for (const p of paragraphs) {
    const h = headingOf(p.text, p.start, part !== undefined, year);
    if (!h) continue;
    const announces = phaseOfTitle(h.title, year);
    // inside a glossary only another glossary heading counts (entries are not headings)
    if (part === 'glossary' && announces !== 'glossary') continue;
    // an implicit plan opening only ends a review (or the preamble), never a plan or self part
    if (h.implicit && part !== undefined && part !== 'review') continue;
    heads.push(h);
    if (h.level === 1) part = h.implicit ? 'plan' : (announces ?? 'review');
  }
  return dropBanners(heads, year);
}

/**
 * Newspaper pages print 展望2024 as a banner above the article, before 回眸2023: a plan heading
 * that comes before the review is layout, not a part.
 */
function dropBanners(heads: Heading[], year?: number): Heading[] {
  const firstReview = heads.findIndex((h) => h.level === 1 && phaseOfTitle(h.title, year) === 'review');
  return heads.filter(
    (h, i) => !(i < firstReview && h.level === 1 && !h.implicit && phaseOfTitle(h.title, year) === 'plan'),
  );
}
