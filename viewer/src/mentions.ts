// Every sentence of every link, on demand: graph.json keeps three evidence sentences per
// mentions link; mentions.csv (written beside it by the build) has one row per mention. It is
// fetched once, the first time someone asks for more than the three, and indexed by link.
import type Graph from 'graphology';
import { parseCsv, unguard } from './csv.js';
import { literal } from '../../src/text/sql.js';

/** One mention: where in which report, and the sentence around it. */
export interface Mention {
  doc: string;
  /** The report's label as the build wrote it (浑源县 2024). */
  report: string;
  year: number | null;
  phase: string;
  surface: string;
  sentence: string;
  /** Where the sentence begins in its report. */
  sentenceStart: number;
  /** The surface's offsets in the sentence (-1 when the file's offsets do not fit the sentence). */
  at: number;
}

const NEEDED = [
  'region',
  'doc',
  'report',
  'year',
  'entity',
  'type',
  'phase',
  'surface',
  'sentence',
  'start',
  'sentence_start',
];

/**
 * The most of mentions.csv the viewer reads: about 800 reports' worth. Read whole, its rows as
 * objects take several times its size in the tab; at 10,000 reports it is 1.5 GB, which the
 * browser cannot hold as one string.
 */
export const MENTIONS_MAX_BYTES = 128_000_000;

/** mentions.csv is bigger than the viewer reads (MENTIONS_MAX_BYTES): its rows are for SQL. */
export class MentionsTooBig extends Error {
  constructor(
    readonly url: string,
    /** Its size, or at least what was read of it before it passed the limit. */
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`${url} is ${megabytes(bytes)}, more than the viewer reads (${megabytes(limit)})`);
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

export class MentionsStore {
  private loading: Promise<Map<string, Mention[]>> | null = null;
  /** How many times mentions.csv was requested (for the tests: once at most). */
  fetches = 0;

  constructor(
    private readonly graph: Graph,
    private readonly url = 'mentions.csv',
    private readonly maxBytes = MENTIONS_MAX_BYTES,
  ) {}

  /** Whether mentions.csv has been fetched and read. */
  get loaded(): boolean {
    return this.loading !== null;
  }

  /** The mentions of the link region → entity, in report order, then by offset. */
  async of(region: string, entity: string): Promise<Mention[]> {
    const index = await this.load();
    return index.get(linkKey(region, entity)) ?? [];
  }

  private load(): Promise<Map<string, Mention[]>> {
    if (!this.loading) {
      this.loading = this.read();
      // a failed read can be tried again
      this.loading.catch(() => (this.loading = null));
    }
    return this.loading;
  }

  private async read(): Promise<Map<string, Mention[]>> {
    this.fetches++;
    const res = await fetch(this.url);
    if (!res.ok)
      throw new Error(`${this.url} could not be loaded (HTTP ${res.status}); a build by an older govgraph lacks it`);
    const [header = [], ...records] = parseCsv(await this.text(res));
    const col = Object.fromEntries(header.map((h, i) => [h, i]));
    const missing = NEEDED.filter((c) => col[c] === undefined);
    if (missing.length) throw new Error(`${this.url} lacks the columns ${missing.join(', ')}`);
    const regionOfDoc = new Map<string, string>();
    const byTypeLabel = new Map<string, string[]>();
    this.graph.forEachNode((key, a) => {
      if (Array.isArray(a.reports)) for (const d of a.reports) regionOfDoc.set(d, key);
      const k = `${a.type}\u0000${a.label}`;
      byTypeLabel.set(k, [...(byTypeLabel.get(k) ?? []), key]);
    });
    const index = new Map<string, Mention[]>();
    for (const r of records) {
      // text fields come guarded against spreadsheet formulas ('- 三区三线…)
      const get = (c: string) => unguard(r[col[c]!] ?? '');
      const region = regionOfDoc.get(get('doc'));
      const candidates = byTypeLabel.get(`${get('type')}\u0000${get('entity')}`);
      if (!region || !candidates) continue;
      // two nodes of one type and label (kept apart): the one this region links to
      const entity =
        candidates.length === 1
          ? candidates[0]!
          : (candidates.find((c) => this.graph.edges(region, c).length) ?? candidates[0]!);
      const sentence = get('sentence');
      const at = Number(get('start')) - Number(get('sentence_start'));
      const surface = get('surface');
      const year = Number(get('year'));
      const m: Mention = {
        doc: get('doc'),
        report: get('report'),
        year: get('year') && Number.isInteger(year) ? year : null,
        phase: get('phase'),
        surface,
        sentence,
        sentenceStart: Number(get('sentence_start')),
        at: Number.isInteger(at) && sentence.slice(at, at + surface.length) === surface ? at : -1,
      };
      const k = linkKey(region, entity);
      const list = index.get(k);
      if (list) list.push(m);
      else index.set(k, [m]);
    }
    return index;
  }

  /**
   * The response's text, read no further than the limit: a Content-Length above it stops the
   * read before it starts, and a body that passes it is cancelled there.
   */
  private async text(res: Response): Promise<string> {
    const declared = Number(res.headers.get('content-length'));
    if (declared > this.maxBytes) {
      await res.body?.cancel();
      throw new MentionsTooBig(this.url, declared, this.maxBytes);
    }
    if (!res.body) return res.text();
    const reader = res.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > this.maxBytes) {
        await reader.cancel();
        throw new MentionsTooBig(this.url, size, this.maxBytes);
      }
      chunks.push(value);
    }
    return new Blob(chunks).text();
  }
}

/**
 * SQL over the build's tables (`govgraph query`, DuckDB) for every mention of the link region →
 * entity, by their labels as mentions.parquet has them; and the command that runs it, when no
 * label holds a character a shell would read inside double quotes (report text is untrusted).
 */
export function mentionsQuery(graph: Graph, region: string, entity: string): { sql: string; command?: string } {
  const r = String(graph.getNodeAttribute(region, 'label'));
  const e = graph.getNodeAttributes(entity);
  const [label, type] = [String(e.label), String(e.type)];
  const sql =
    `SELECT report, phase, surface, sentence FROM mentions WHERE region = ${literal(r)} ` +
    `AND type = ${literal(type)} AND entity = ${literal(label)} ORDER BY doc, start`;
  // eslint-disable-next-line no-control-regex
  const safe = ![r, label, type].some((s) => /["$`\\!\u0000-\u001f\u007f]/.test(s));
  return safe ? { sql, command: `govgraph query "${sql}" -d OUTPUT_FOLDER` } : { sql };
}

function linkKey(region: string, entity: string): string {
  return `${region}\u0000${entity}`;
}

/** Mentions in one sentence of one report go together: one block, every surface marked. */
export function bySentence(mentions: readonly Mention[]): { first: Mention; all: Mention[] }[] {
  const out: { first: Mention; all: Mention[] }[] = [];
  const at = new Map<string, { first: Mention; all: Mention[] }>();
  for (const m of mentions) {
    const k = `${m.doc}\u0000${m.sentenceStart}\u0000${m.sentence}`;
    const group = at.get(k);
    if (group) group.all.push(m);
    else {
      const g = { first: m, all: [m] };
      at.set(k, g);
      out.push(g);
    }
  }
  return out;
}
