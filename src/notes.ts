// What `govgraph build` says about its inputs on stderr: the inputs it skipped and the repairs it
// made to each report (mojibake, pinyin, traditional characters ...). A few are listed one line
// each; past LISTED, a corpus of thousands of reports would print tens of thousands of lines and
// bury the one that matters, so they are summed up by kind, with where each one is written
// (documents.json: every report's `warnings`, every skipped input's `reason`).
import type { Warning } from './types.js';
import { oneLine } from './terminal.js';
import { compare } from './text/compare.js';

/** Reports with notes, and skipped inputs, listed one line each up to this many. */
export const LISTED = 20;

/** Kinds shown in a summary; the rest are counted in one line. */
const KINDS = 12;

/** A quoted mark: symbols only, no letter or digit. */
const SYMBOLS = /^[^\p{L}\p{N}]{1,4}$/u;

/**
 * A note's kind: the note without its particulars — what is in brackets or in “quotes” (examples,
 * the characters converted) and its counts — so "repaired 2 mojibake runs (e.g. …)" and "repaired
 * 11 mojibake runs (e.g. …)" are one kind, "repaired N mojibake runs". A number inside a word
 * (GB18030, UTF-8) stays. Brackets inside quotes are part of the quote (mojibake has them). A quoted
 * mark of symbols only, outside brackets, is the kind's own (removed N “**” bold markers).
 */
export function noteKind(note: string): string {
  let kept = '';
  let depth = 0;
  let quoted: string | null = null;
  for (const c of note) {
    if (quoted !== null) {
      if (c !== '”') quoted += c;
      // a quoted mark of no letters or digits (“**”) is what was removed, not an example of it
      else if (depth === 0 && SYMBOLS.test(quoted)) [kept, quoted] = [`${kept}“${quoted}”`, null];
      else quoted = null;
    } else if (c === '“') quoted = '';
    else if (c === '(' || c === '（') depth += 1;
    else if ((c === ')' || c === '）') && depth > 0) depth -= 1;
    else if (depth === 0) kept += c;
  }
  return kept
    .replace(/(?<![\p{L}\p{N}_-])\d[\d,.]*(?![\p{L}\p{N}_-])/gu, 'N')
    .replace(/\s+/g, ' ')
    .replace(/ ([:,;])/g, '$1')
    .trim();
}

/** A kind told apart from its singular or plural wording (1 paragraph, 2 paragraphs). */
const numberless = (kind: string) => kind.replace(/\b([A-Za-z]+?)(?:ies|s)\b/g, '$1');

/**
 * Kinds of `notes` (one list per report or input) by how many of them have each, most first; a
 * kind is shown in the wording most of them have.
 */
function byKind(notes: readonly (readonly string[])[]): [string, number][] {
  const counts = new Map<string, { n: number; wordings: Map<string, number> }>();
  for (const list of notes) {
    const kinds = new Map<string, string>();
    for (const note of list) {
      const kind = noteKind(note);
      kinds.set(numberless(kind), kind);
    }
    for (const [key, kind] of kinds) {
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { n: 0, wordings: new Map() }));
      c.n += 1;
      c.wordings.set(kind, (c.wordings.get(kind) ?? 0) + 1);
    }
  }
  const shown = (w: Map<string, number>) => [...w].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0];
  return [...counts.values()]
    .map((c): [string, number] => [shown(c.wordings), c.n])
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
}

function kindLines(kinds: [string, number][], unit: string): string[] {
  const lines = kinds.slice(0, KINDS).map(([kind, n]) => oneLine(`govgraph:   ${n} ${unit}: ${kind}`));
  const rest = kinds.slice(KINDS);
  if (rest.length > 0)
    lines.push(`govgraph:   ${rest.reduce((n, [, c]) => n + c, 0)} more in ${rest.length} other kinds`);
  return lines;
}

/**
 * One line per item (`line`) when there are at most LISTED items or `all`; otherwise `head` and
 * the items counted by the kinds of their notes.
 */
function listedOrCounted<T>(
  items: readonly T[],
  all: boolean | undefined,
  line: (item: T) => string[],
  summary: { head: string; notes: (item: T) => readonly string[]; unit: string },
): string[] {
  if (all || items.length <= LISTED) return items.flatMap(line).map(oneLine);
  return [oneLine(summary.head), ...kindLines(byKind(items.map(summary.notes)), summary.unit)];
}

/** The lines about skipped inputs; `where` is where each one is written with its reason. */
export function skippedLines(problems: readonly Warning[], where: string, all?: boolean): string[] {
  return listedOrCounted(problems, all, (p) => [`govgraph: skipped ${p.file}: ${p.reason}`], {
    head: `govgraph: skipped ${problems.length} inputs, by reason (each is listed in ${where}; --verbose lists them all here):`,
    notes: (p) => [p.reason],
    unit: 'inputs',
  });
}

/**
 * The lines about skipped inputs and about each report's repairs: one each when there are at most
 * LISTED of either (or `all`), otherwise a count by kind that says where every one is written.
 */
export function inputNotes(
  documents: readonly { file: string; warnings: readonly string[] }[],
  problems: readonly Warning[],
  options: {
    /** List every one. */
    all?: boolean;
    /** Where each skipped input is written with its reason, and each report's notes. */
    problems: string;
    warnings: string;
  },
): string[] {
  const noted = documents.filter((d) => d.warnings.length > 0);
  return [
    ...skippedLines(problems, options.problems, options.all),
    ...listedOrCounted(noted, options.all, (d) => d.warnings.map((w) => `govgraph: ${d.file}: ${w}`), {
      head: `govgraph: notes on ${noted.length} of ${documents.length} reports, by kind (each report's are in ${options.warnings}; --verbose lists them all here):`,
      notes: (d) => d.warnings,
      unit: 'reports',
    }),
  ];
}

/**
 * Other warnings of a build (damaged cache entries, a block index not used, shards' notices), one
 * line each: the first LISTED, then how many more (`all`: every one). They are written nowhere
 * else, so --verbose is the way to see the rest.
 */
export function warningLines(warnings: readonly string[], all = false): string[] {
  const shown = all ? warnings : warnings.slice(0, LISTED);
  const lines = shown.map((w) => oneLine(`govgraph: ${w}`));
  if (shown.length < warnings.length)
    lines.push(`govgraph: … and ${warnings.length - shown.length} more warnings (--verbose lists them all)`);
  return lines;
}
