// The vocabulary of the recognizers' rules as data (src/lexicon/rules.json): one list of plain
// words per role, checked once by one loader, and turned into the patterns the rules use.
import { ContractError } from '../errors.js';
import data from './rules.json' with { type: 'json' };

export type RuleList = Exclude<keyof typeof data, '$comment' | 'roles'>;
export type Rules = Record<RuleList, readonly string[]>;
/** A role of the rules file, or (for a spec written in a test) its plain words themselves. */
export type Words = RuleList | readonly string[];

/** Every list the rules read, and what it is for. */
export const RULE_ROLES = data.roles as Record<RuleList, string>;

/**
 * The problems of a rules file: a role without its list, a list that is not plain words (no
 * regular-expression syntax: the rules escape every word), a word listed twice in one list.
 */
export function ruleProblems(raw: Record<string, unknown>, roles: Record<string, string> = RULE_ROLES): string[] {
  const problems: string[] = [];
  for (const role of Object.keys(roles)) {
    const list = raw[role];
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${role}: a non-empty list of words is required`);
      continue;
    }
    const seen = new Set<string>();
    for (const w of list) {
      if (typeof w !== 'string' || !w.trim() || w !== w.trim())
        problems.push(`${role}: ${JSON.stringify(w)} is not a word`);
      else if (/[\\^$.*+?()[\]{}|/]/.test(w)) problems.push(`${role}: “${w}” holds pattern syntax`);
      else if (seen.has(w)) problems.push(`${role}: “${w}” is listed twice`);
      seen.add(w);
    }
  }
  for (const role of Object.keys(raw))
    if (role !== '$comment' && role !== 'roles' && !(role in roles)) problems.push(`${role}: not a known role`);
  return problems;
}

let checked: Rules | undefined;

/** The shipped rules; a broken rules file is a bug of the project, so it fails loudly. */
export function rules(): Rules {
  if (checked) return checked;
  const problems = ruleProblems(data as unknown as Record<string, unknown>);
  if (problems.length) throw new ContractError(`src/lexicon/rules.json: ${problems.join('; ')}`);
  checked = data as unknown as Rules;
  return checked;
}

/** The words of a list as one alternation, longest first (so the longest word wins). */
export function alternation(list: Words): string {
  const words = typeof list === 'string' ? rules()[list] : list;
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/** The length of the list's longest word: how far back a pattern of endsWith(list) must read. */
export function longestWord(list: Words): number {
  const words = typeof list === 'string' ? rules()[list] : list;
  return Math.max(0, ...words.map((w) => w.length));
}

/** A pattern for a text that ends with one of the list's words. */
export const endsWith = (list: Words): RegExp => new RegExp(`(?:${alternation(list)})$`);

/** A pattern for a text that starts with one of the list's words. */
export const startsWith = (list: Words): RegExp => new RegExp(`^(?:${alternation(list)})`);

/** A pattern for a text that holds one of the list's words anywhere (one search, not one per word). */
export const anyOf = (list: Words): RegExp => new RegExp(alternation(list));

/** A pattern for a text that is one of the list's words. */
export const oneOf = (list: Words): RegExp => new RegExp(`^(?:${alternation(list)})$`);
