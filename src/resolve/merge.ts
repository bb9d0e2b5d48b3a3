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
 * Groups mentions (all of one type family) into clusters: mentions sharing any name key end up
 * in the same cluster. Returns clusters in order of first appearance.
 */
export function clusterMentions<M extends Pick<Mention, 'name' | 'aliases'>>(mentions: readonly M[]): M[][] {
  const sets = new DisjointSet();
  const byKey = new Map<string, number>();
  const ids = mentions.map(() => sets.add());
  mentions.forEach((m, i) => {
    // only the canonical name and explicit aliases link; the surface may hold a generic word
    for (const n of mentionNames(m)) {
      const key = nameKey(n);
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, ids[i]!);
      else sets.union(seen, ids[i]!);
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
