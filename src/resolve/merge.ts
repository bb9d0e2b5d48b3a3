// Union-find over names: mentions that share a name key (their name or any alias) become one
// entity; this is what links 两不一欠 in one report to its glossary expansion in another.
import type { Mention } from '../extract/index.js';
import { nameKey } from '../text/names.js';

export class DisjointSet {
  private readonly parent: number[] = [];

  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // path compression keeps later finds O(α(n))
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Names a mention may be known by; aliases shorter than 2 characters link nothing. */
export function mentionNames(m: Pick<Mention, 'name' | 'aliases'>): string[] {
  const names = [m.name, ...(m.aliases ?? [])];
  return names.filter((n) => nameKey(n).length >= 2);
}

/**
 * A name of digits alone (“1310”, “3+1+1”): the count of a numbered line, which many provinces and
 * cities write for lines of their own. Guangdong's “1310”具体部署 and a Henan county's “1310”总体部署
 * are not one programme, so such a name links mentions of one province only.
 */
export const BARE_NUMBER = /^[0-9]+(?:\+[0-9n]+)*$/;

/**
 * Groups mentions (all of one type family) into clusters: mentions sharing any name key end up
 * in the same cluster. Returns clusters in order of first appearance. `provincesOf(i)`, when
 * given, lists the provinces of the reports that use mention `i`: a name of digits alone then
 * links only within one of them (a report of no known province is a province of its own: '').
 */
export function clusterMentions<M extends Pick<Mention, 'name' | 'aliases'>>(
  mentions: readonly M[],
  provincesOf?: (i: number) => readonly string[],
): M[][] {
  const sets = new DisjointSet();
  const byKey = new Map<string, number>();
  const ids = mentions.map(() => sets.add());
  const link = (key: string, id: number) => {
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, id);
    else sets.union(seen, id);
  };
  mentions.forEach((m, i) => {
    // only the canonical name and explicit aliases link; the surface may hold a generic word
    for (const n of mentionNames(m)) {
      const key = nameKey(n);
      if (provincesOf && BARE_NUMBER.test(key)) for (const p of provincesOf(i)) link(`${p}\u0000${key}`, ids[i]!);
      else link(key, ids[i]!);
    }
  });
  const clusters = new Map<number, M[]>();
  mentions.forEach((m, i) => {
    const root = sets.find(ids[i]!);
    let c = clusters.get(root);
    if (!c) clusters.set(root, (c = []));
    c.push(m);
  });
  return [...clusters.values()];
}
