// What a build keeps of each report's extraction while the others are read, until the graph is
// built: its info and issuing region, its mentions as columns (resolve/store.ts), and the sentences
// that hold a mention packed into one string and a typed array. As objects, 10,000 reports' 3
// million sentences cost ~60 bytes each before their text; packed, 20.
import type { DocResult, SentenceRef } from './process-doc.js';
import type { MentionColumns, ShapeTable } from '../resolve/store.js';

export interface KeptDoc extends Omit<DocResult, 'mentions' | 'sentences'> {
  mentions: MentionColumns;
  sentences: PackedSentences;
}

export function keptOf(r: DocResult, shapes: ShapeTable): KeptDoc {
  return { ...r, mentions: shapes.columns(r.mentions), sentences: new PackedSentences(r.sentences) };
}

/** Some sentences of a report by index: their texts end to end in one string, their offsets in columns. */
export class PackedSentences {
  private readonly text: string;
  /** The sentences' indices, ascending. */
  private readonly index: Int32Array;
  /** Per sentence, four numbers: its text's start and end in `text`, its start and end in the report. */
  private readonly bounds: Int32Array;

  constructor(sentences: Readonly<Record<number, SentenceRef>>) {
    const indices = Object.keys(sentences)
      .map(Number)
      .sort((a, b) => a - b);
    this.index = Int32Array.from(indices);
    this.bounds = new Int32Array(indices.length * 4);
    const texts: string[] = [];
    let at = 0;
    indices.forEach((i, k) => {
      const s = sentences[i]!;
      this.bounds.set([at, at + s.text.length, s.start, s.end], k * 4);
      texts.push(s.text);
      at += s.text.length;
    });
    this.text = texts.join('');
  }

  /** Sentence `i`, or undefined when it holds no mention. */
  get(i: number): SentenceRef | undefined {
    let lo = 0;
    let hi = this.index.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.index[mid]!;
      if (at === i) {
        const b = mid * 4;
        return {
          text: this.text.slice(this.bounds[b]!, this.bounds[b + 1]!),
          start: this.bounds[b + 2]!,
          end: this.bounds[b + 3]!,
        };
      }
      if (at < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
