// Every mention as a row (mentions.csv and the tables of issue 13): which report names which
// entity where, with the sentence — all of them, not the three an edge keeps as evidence.
import type { Phase } from '../types.js';
import type { Entity } from '../resolve/index.js';
import type { ReportRef } from './build.js';
import { showLost } from '../normalize/noise.js';

export interface MentionRow {
  doc: string;
  /** The entity's node key. */
  entity: string;
  phase: Phase;
  /** The surface as the report writes it, and its offsets in the cleaned text. */
  surface: string;
  start: number;
  end: number;
  /** The sentence (as the evidence shows it) and its offsets. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Every mention of every entity, ordered by report id, offset, then entity key. */
export function mentionRows(entities: readonly Entity[], reports: readonly ReportRef[]): MentionRow[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  // one shown string per sentence, shared by the rows that cite it
  const shown = new Map<string, string>();
  const rows: MentionRow[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const s = byId.get(m.doc)?.sentence(m.sentence);
      if (!s) continue;
      const id = `${m.doc}\u0000${m.sentence}`;
      let text = shown.get(id);
      if (text === undefined) shown.set(id, (text = showLost(s.text)));
      rows.push({
        doc: m.doc,
        entity: e.key,
        phase: m.phase,
        surface: showLost(m.surface),
        start: m.start,
        end: m.end,
        sentence: text,
        sentenceStart: s.start,
        sentenceEnd: s.end,
      });
    }
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => order(a.doc, b.doc) || a.start - b.start || a.end - b.end || order(a.entity, b.entity));
}
