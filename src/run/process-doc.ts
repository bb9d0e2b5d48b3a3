// One report from raw text to mentions: normalize -> structure -> extract. This is the unit of
// work a worker process runs (packed by run/kept.ts before it is sent back).
import type { RawDoc } from '../ingest/index.js';
import { normalize } from '../normalize/index.js';
import { structure, type RegionRef, type Report } from '../structure/index.js';
import { extract } from '../extract/run.js';
import type { Mention } from '../extract/index.js';
import type { DocumentInfo } from '../export/index.js';
import { reportLabel } from '../contract/labels.js';

export interface SentenceRef {
  text: string;
  start: number;
  end: number;
}

export interface DocResult {
  info: DocumentInfo;
  region: RegionRef | null;
  mentions: Mention[];
  /** Only the sentences that hold a mention, by index: the evidence behind edges. */
  sentences: Record<number, SentenceRef>;
}

export function processDoc(raw: RawDoc): DocResult {
  const report = structure(normalize(raw));
  const mentions = extract(report);
  const sentences: Record<number, SentenceRef> = {};
  for (const m of mentions) {
    const s = report.sentences[m.sentence];
    if (s && !sentences[m.sentence]) sentences[m.sentence] = { text: s.text, start: s.start, end: s.end };
  }
  const warnings = [...raw.warnings, ...report.warnings];
  if (!report.region) warnings.push('no issuing region recognized: its entities are kept, without mentions edges');
  if (!report.year)
    warnings.push(
      'no year found (session line, title, file name or the years its parts name): it is left out of the year panels',
    );
  // a text with no headings (one long line, a page that is not a report) has no review/plan split
  if (report.sections.length === 0 && report.sentences.length > 0)
    warnings.push('no section headings found: review and plan cannot be told apart (all sentences count as review)');
  return { info: describe(report, mentions, warnings), region: report.region, mentions, sentences };
}

function describe(report: Report, mentions: readonly Mention[], warnings: string[]): DocumentInfo {
  const entities: Record<string, number> = {};
  for (const m of mentions) entities[m.type] = (entities[m.type] ?? 0) + 1;
  const perSection = new Map<number, number>();
  for (const s of report.sentences) perSection.set(s.section, (perSection.get(s.section) ?? 0) + 1);
  const info: DocumentInfo = {
    id: report.id,
    label: reportLabel(report.region?.name, report.year, report.file),
    file: report.file,
    encoding: report.encoding,
    region: report.region,
    traditional: report.traditional,
    characters: report.text.length,
    sentences: report.sentences.length,
    sections: report.sections.map((s, i) => ({ title: s.title, phase: s.phase, sentences: perSection.get(i) ?? 0 })),
    entities: Object.fromEntries(Object.entries(entities).sort()),
    warnings,
  };
  for (const k of ['date', 'speaker', 'speakerTitle', 'title', 'session'] as const) {
    if (report[k]) info[k] = report[k];
  }
  if (report.year) {
    info.year = report.year;
    info.yearFrom = report.yearFrom;
  }
  return info;
}
