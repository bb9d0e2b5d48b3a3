// documents.json: per report metadata, sections and warnings, plus the inputs that could not be
// read at all — what the viewer's document list shows.
import type { DocumentInfo, Exporter } from './types.js';
import { jsonList, streamed } from './streamed.js';
import { digest, type Block } from './blocks.js';
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

/**
 * documents.json: `{"documents": [...], "problems": [...]}` as JSON.stringify writes it with two
 * spaces, each report's entry a block (blocks.ts) that a rebuild copies. An entry is made of its
 * report's extraction only (run/process-doc.ts), so the report's digest (its cache key) is its
 * fingerprint when the build has one: adding one report to 10,000 rendered all 30 MB again (1.3-1.8
 * s of a rebuild's write).
 */
export const documentsJson: Exporter = streamed({
  file: 'documents.json',
  description: 'per report metadata, sections and warnings, plus unreadable inputs',
  *chunks({ documents, problems, digests }) {
    const probs = [...problems]
      .sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason))
      .map((p) => canonical(p));
    yield '{\n  "documents": ';
    yield* jsonList(
      [...documents]
        .sort((a, b) => compare(a.id, b.id))
        .map((doc): Block => {
          // an entry's text as the whole file's stringify writes it, three levels deep (a JSON text
          // has no raw line break of its own: each one starts a line)
          const render = () => `    ${JSON.stringify(ordered(doc), null, 2).replace(/\n/g, '\n    ')}`;
          const known = digests?.get(doc.id);
          return { fingerprint: () => (known === undefined ? `text:${digest(render())}` : `report:${known}`), render };
        }),
    );
    yield `,\n  "problems": ${JSON.stringify(probs, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
  },
});
