// structure: CleanDoc -> Report (metadata, sections with phase, sentences, glossary).
import type { CleanDoc } from '../normalize/index.js';
import type { Report } from './types.js';
import { extractMeta } from './meta.js';
import { findSections, paragraphsOf } from './sections.js';
import { splitSentences } from './sentences.js';
import { glossaryEntries } from './glossary.js';

export type { RegionRef, Section, Sentence, GlossaryEntry, ReportMeta, Report } from './types.js';

/**
 * CleanDoc -> Report: metadata, sections with phase, sentences (exact offsets, never across a
 * paragraph; the text before the first heading is `review`, see sections.ts) and glossary entries.
 */
export function structure(doc: CleanDoc): Report {
  const meta = extractMeta(doc);
  const year = meta.year;
  const paragraphs = paragraphsOf(doc.text);
  const { sections, preamble } = findSections(paragraphs, doc.text.length, year);
  const sentences = splitSentences(paragraphs, sections, preamble);
  const glossary = glossaryEntries(doc.text, paragraphs, sections);
  return { ...doc, ...meta, sections, sentences, glossary };
}

export { extractMeta } from './meta.js';
