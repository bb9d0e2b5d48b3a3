// Runs every recognizer over a report and reconciles their mentions: no mention from noise,
// no programme counted twice for nested spans, no quoted theme or industry posing as a programme.
import { firstIndex } from '../text/bisect.js';
import type { Span } from '../types.js';
import type { Report } from '../structure/index.js';
import { isNamedMention, type ExtractContext, type Mention, type NamedMention, type Recognizer } from './index.js';
import { RECOGNIZERS } from './registry.js';
import { tag, type Token } from './segment.js';
import { nameKey } from '../text/names.js';
import { lexiconParts, lookupProgramme } from './programme/lexicon.js';
import { NATIONAL_STRATEGY } from './programme/national-strategy.js';
import { endsWith, longestWord } from '../lexicon/rules.js';

export function createContext(report: Report): ExtractContext {
  const cache = new Map<number, Token[]>();
  const noise = [...report.noise].sort((a, b) => a.start - b.start);
  return {
    report,
    tokens(i) {
      let t = cache.get(i);
      if (!t) {
        const s = report.sentences[i];
        t = s ? tag(s.text, s.start) : [];
        cache.set(i, t);
      }
      return t;
    },
    inNoise: (start, end) => overlaps(noise, start, end),
  };
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  // the first span ending after `start`
  const s = spans[firstIndex(spans.length, (i) => spans[i]!.end > start)];
  return s !== undefined && s.start < end;
}

export function extract(report: Report, recognizers: readonly Recognizer[] = RECOGNIZERS): Mention[] {
  const ctx = createContext(report);
  const all: Mention[] = [];
  for (const r of recognizers) {
    for (const m of r.recognize(ctx)) if (!ctx.inNoise(m.start, m.end)) all.push(m);
  }
  return reconcile(all, report.text);
}

const NAMED = new Set(['programme', 'slogan']);

/**
 * Where a region's name stands for the national strategy the lexicon names by it (成渝地区双城经济圈 of
 * 成渝地区双城经济圈建设): right after a verb that builds or pushes it on (加快建设海南自由贸易港, 深入推动…), or in a
 * list the sentence calls strategies (…、长江经济带高质量发展等国家战略). Elsewhere (积极融入粤港澳大湾区) the name is
 * the region.
 */
const STRATEGY_BEFORE = endsWith('strategyBuildingVerbs');
/** How far before a name STRATEGY_BEFORE reads: its longest verb. */
const STRATEGY_REACH = longestWord('strategyBuildingVerbs');
const STRATEGY_AFTER = /^[^。；;]{0,40}?等(?:国家)?(?:重大)?战略/;
function standsForStrategy(m: Mention, text: string): boolean {
  return (
    m.type === 'programme' &&
    !!m.canonical &&
    (STRATEGY_BEFORE.test(text.slice(Math.max(0, m.start - STRATEGY_REACH), m.start)) ||
      STRATEGY_AFTER.test(text.slice(m.end, m.end + 48)))
  );
}

function reconcile(mentions: Mention[], text: string): Mention[] {
  // Terms the theme and industry vocabularies own are not programmes (“新质生产力”, “夜经济”).
  // A region's name, quoted (“京津冀”) or standing for a strategy (粤港澳大湾区), is a region; an
  // organization's (…工程研究中心) is an organization.
  const ownedBy = (types: readonly string[]) =>
    new Set(
      mentions
        .filter((m) => types.includes(m.type))
        .flatMap((m) => (m.type === 'region' ? [nameKey(m.name), nameKey(m.surface)] : [nameKey(m.name)])),
    );
  const themeNames = ownedBy(['theme']);
  const otherNames = ownedBy(['industry', 'region', 'organization']);
  const owned = { has: (key: string) => themeNames.has(key) || otherNames.has(key) };
  // …unless the words around the quotes made it a lexicon programme's name: “城市更新”双试点 is the
  // pilot of 城市更新行动 although 城市更新 alone is a theme
  // (…nor when the region's name stands for the strategy the lexicon names by it: both, the region and the strategy)
  const ownedSurface = (m: Mention) =>
    nameKey(m.surface) !== nameKey(m.name) &&
    owned.has(nameKey(m.surface)) &&
    !(m.canonical && !owned.has(nameKey(m.name)) && !lookupProgramme(m.surface)) &&
    !(otherNames.has(nameKey(m.surface)) && standsForStrategy(m, text));
  // …and a lexicon programme whose name is a theme's (双碳: 持续做好双碳工作) is both, the programme beside
  // the theme; the other vocabularies' terms are theirs alone
  const ownedName = (m: Mention) =>
    otherNames.has(nameKey(m.name)) || (themeNames.has(nameKey(m.name)) && !m.canonical);
  const named = mentions
    .filter(isNamedMention)
    .filter((m) => !ownedName(m) && !ownedSurface(m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  // spans nest only within a sentence: each mention is compared with its own sentence's, not the report's
  const keptIn = new Map<number, Mention[]>();
  for (const m of bundleComponents(named)) {
    // a span nested in a kept one (千村示范、万村整治 inside “千村示范、万村整治”工程) is the same mention;
    // a quote inside the quotes (“弘扬‘…精神’、…”实践活动) is a name of its own
    const outer = /^[‘『]/.test(m.surface)
      ? undefined
      : keptIn
          .get(m.sentence)
          ?.find(
            (k) =>
              k.start <= m.start && m.end <= k.end && (k.start !== m.start || k.end !== m.end || k.name === m.name),
          );
    if (outer) {
      if (m.phase === 'glossary' && m.definition && !outer.definition) outer.definition = m.definition;
      continue;
    }
    kept.push(m);
    const same = keptIn.get(m.sentence);
    if (same) same.push(m);
    else keptIn.set(m.sentence, [m]);
  }
  // a project head inside a programme's name (“千万工程”, “政府+链主+园区”, “…+全代办”项目) or a
  // region's (雄安新区) is not a project; a programme that is also built (长城国家文化公园) stays both
  const programmes = bySentence(kept.filter((k) => /(工程|行动|经验|改革|制|机制|模式)$|[+＋]/.test(k.name)));
  const regions = bySentence(mentions.filter((m) => m.type === 'region'));
  const notProject = (m: Mention) =>
    m.type === 'project' &&
    ((programmes.get(m.sentence) ?? []).some((k) => k.start <= m.start && m.start < k.end) ||
      (regions.get(m.sentence) ?? []).some((k) => k.start <= m.start && m.end <= k.end));
  // the same words read as a sector of the vocabulary and as a company's short name (冷链物流: 冷链 and the
  // trade word 物流) are the sector
  const sectorSpans = new Set(mentions.filter((m) => m.type === 'industry').map((m) => `${m.start}:${m.end}`));
  const notOrganization = (m: Mention) => m.type === 'organization' && sectorSpans.has(`${m.start}:${m.end}`);
  const others = attachProjectContext(
    dedupe(mentions.filter((m) => !NAMED.has(m.type) && !notProject(m) && !notOrganization(m))),
  );
  return [...withLexiconParts(kept), ...others].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : 1),
  );
}

/**
 * A lexicon bundle names its parts too (做好六稳六保工作 names 六稳 and 六保): each a mention of its
 * own on the bundle's words, part of it, unless the sentence names the part itself.
 */
function withLexiconParts(kept: Mention[]): Mention[] {
  return kept.flatMap((m) => {
    if (!isNamedMention(m) || !m.canonical) return [m];
    const own = lexiconParts(m.name).filter((p) => !kept.some((k) => k.sentence === m.sentence && k.name === p));
    return [
      m,
      ...own.map((p): Mention => ({
        ...m,
        name: p,
        aliases: [],
        canonical: true,
        partOf: m.name,
        onBundleWords: true,
      })),
    ];
  });
}

/**
 * A quoted part of a bundle named elsewhere in the same report is a part of that bundle:
 * “承诺制”项目 after “承诺制+标准地+全代办”改革. It stays a programme of its own, linked to the
 * bundle (`part_of`), so a report that names only the part does not share the bundle.
 */
function bundleComponents(named: NamedMention[]): NamedMention[] {
  const owner = new Map<string, NamedMention>();
  for (const m of named) {
    const parts = m.name.split(/[+＋、，]/);
    if (parts.length < 2) continue;
    for (const p of parts) if (nameKey(p).length >= 2 && !owner.has(nameKey(p))) owner.set(nameKey(p), m);
  }
  return named.map((m) => {
    const bundle = owner.get(nameKey(m.name));
    if (!bundle || bundle === m || m.partOf) return m;
    // a national strategy among the region's beats (人才强县 of 生态立县、人才强县) stays that programme
    return { ...m, type: NATIONAL_STRATEGY.test(m.name) ? m.type : bundle.type, partOf: bundle.name };
  });
}

/**
 * A project's place, industry and organizations: the region, industry and organization
 * mentions inside its name (or, for the company, right before it: 永东化工|总投资…的…项目).
 */
function attachProjectContext(mentions: Mention[]): Mention[] {
  // each sentence's mentions by where they start, with their place in the list: a project looks only at
  // the mentions that start inside it (a sentence of thousands of listed projects stays linear)
  // (sorted only for the sentences a project stands in, when it first asks)
  const sentences = bySentence(mentions);
  const byStart = new Map<number, { m: Mention; i: number }[]>();
  const sorted = (sentence: number) => {
    let list = byStart.get(sentence);
    if (!list) {
      list = sentences
        .get(sentence)!
        .map((m, i) => ({ m, i }))
        .sort((a, b) => a.m.start - b.m.start || a.i - b.i);
      byStart.set(sentence, list);
    }
    return list;
  };
  const inside = (p: Mention, type: Mention['type'], slack = 0) => {
    const list = sorted(p.sentence);
    const found: { m: Mention; i: number }[] = [];
    const from = firstIndex(list.length, (k) => list[k]!.m.start >= p.start - slack);
    for (let k = from; k < list.length && list[k]!.m.start < p.end; k++) {
      const { m } = list[k]!;
      if (m.type === type && m.end <= p.end) found.push(list[k]!);
    }
    // (in the order the mentions came, as a filter of the sentence's list gives them)
    return found.sort((a, b) => a.i - b.i).map((x) => x.m);
  };
  return mentions.map((m) => {
    if (m.type !== 'project') return m;
    const place = inside(m, 'region')[0]?.name;
    const industry = inside(m, 'industry')[0]?.name;
    const organizations = [...new Set(inside(m, 'organization', 16).map((o) => o.name))];
    return {
      ...m,
      ...(place ? { place } : {}),
      ...(industry ? { industry } : {}),
      ...(organizations.length ? { organizations } : {}),
    };
  });
}

/** Mentions grouped by the sentence they stand in (lookups stay within one sentence). */
function bySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const same = out.get(m.sentence);
    if (same) same.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** One mention per type and span. */
function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const k = `${m.type}:${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
