// documents.json: per report metadata, sections and warnings, plus the inputs that could not be
// read at all — what the viewer's document list shows.
import type { DocumentInfo, Exporter } from './types.js';
import { canonical, type Json } from './json.js';
import { compare } from './text.js';

/** DocumentInfo's own field order, so `id` and `file` lead each entry; other keys follow sorted. */
const FIELD_ORDER: (keyof DocumentInfo)[] = [
  'id',
  'label',
  'file',
  'encoding',
  'region',
  'year',
  'yearFrom',
  'date',
  'speaker',
  'speakerTitle',
  'title',
  'session',
  'traditional',
  'characters',
  'sentences',
  'sections',
  'entities',
  'warnings',
];

function ordered(doc: DocumentInfo): Record<string, Json> {
  const record = doc as unknown as Record<string, unknown>;
  const keys = [
    ...FIELD_ORDER,
    ...Object.keys(record)
      .filter((k) => !FIELD_ORDER.includes(k as keyof DocumentInfo))
      .sort(compare),
  ];
  const out: Record<string, Json> = {};
  for (const k of keys) {
    const v = canonical(record[k], k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export const documentsJson: Exporter = {
  file: 'documents.json',
  description: 'per report metadata, sections and warnings, plus unreadable inputs',
  render({ documents, problems }) {
    const docs = [...documents].sort((a, b) => compare(a.id, b.id)).map(ordered);
    const probs = [...problems]
      .sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason))
      .map((p) => canonical(p));
    return JSON.stringify({ documents: docs, problems: probs }, null, 2) + '\n';
  },
};
