// Evidence sentences as the panels show them: the report's label (浑源县 2024, its title on
// hover) over the sentence, the entity's names highlighted. graph.json keeps a link's first
// three sentences; "show all N mentions" reads every one from mentions.csv (once, on demand).
// Report text is untrusted: text nodes only.
import type { App } from '../app.js';
import type { Evidence, MentionEdge } from '../model.js';
import { bySentence, mentionsQuery, MentionsTooBig, type Mention } from '../mentions.js';
import { el, highlighted, marked } from '../dom.js';

export function evidenceBlocks(app: App, evidence: readonly Evidence[], terms: readonly string[]): HTMLElement[] {
  return evidence.map((e) =>
    el('div', { className: 'evidence', testid: 'evidence' }, [
      el('span', { className: 'doc', text: app.model.docLabel(e.doc), title: app.model.docTitle(e.doc) }),
      highlighted(e.sentence, terms),
    ]),
  );
}

/** The names of an entity to highlight: its label and aliases. */
export function termsOf(app: App, key: string): string[] {
  const a = app.graph.getNodeAttributes(key);
  return [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])].filter((t) => typeof t === 'string');
}

export interface LinkEvidenceOptions {
  /** Only sentences from reports of these years count (a report without a year always does). */
  keepYear?: (year: number | undefined) => boolean;
  /** Read every sentence right away instead of offering the button. */
  all?: boolean;
  /** The button's text (default: show all N mentions). */
  more?: string;
}

/**
 * A link's sentences: the ones graph.json kept, and when the link has more mentions than
 * that, a button that replaces them with every one of them from mentions.csv.
 */
export function linkEvidence(
  app: App,
  m: MentionEdge,
  terms: readonly string[],
  opts: LinkEvidenceOptions = {},
): HTMLElement {
  const keep = opts.keepYear ?? (() => true);
  const box = el('div', { className: 'link-evidence', testid: 'link-evidence' });
  box.dataset.region = app.model.label(m.region);
  box.dataset.entity = app.model.label(m.entity);
  box.dataset.weight = String(m.weight);
  const kept = m.evidence.filter((e) => keep(app.model.docYear(e.doc)));
  const showAll = async () => {
    button?.remove();
    const wait = el('p', { className: 'muted', text: 'reading mentions.csv…' });
    box.append(wait);
    try {
      const all = (await app.mentions.of(m.region, m.entity)).filter((x) => keep(x.year ?? undefined));
      box.replaceChildren(...allBlocks(app, all, terms));
      box.dataset.all = 'true';
    } catch (err) {
      wait.className = 'warn';
      if (err instanceof MentionsTooBig) {
        // too big for a browser tab: the same rows are a query away
        const { sql, command } = mentionsQuery(app.graph, m.region, m.entity);
        wait.textContent = `${err.message}. All ${m.weight} mentions are in mentions.parquet; ${
          command ? 'in a terminal' : 'in DuckDB (govgraph query)'
        }:`;
        wait.dataset.testid = 'too-big';
        box.append(el('code', { className: 'query', text: command ?? sql, testid: 'mentions-query' }));
        return;
      }
      wait.textContent = `The other sentences could not be read: ${err instanceof Error ? err.message : String(err)}`;
    }
  };
  box.append(...evidenceBlocks(app, kept, terms));
  let button: HTMLButtonElement | undefined;
  if (m.weight > m.evidence.length) {
    button = el('button', {
      className: 'more',
      text: opts.more ?? `show all ${m.weight} mentions`,
      title: `every sentence naming it: graph.json keeps ${m.evidence.length} of the ${m.weight} mentions, the rest come from mentions.csv`,
      testid: 'show-all',
      onClick: () => void showAll(),
    });
    box.append(button);
    if (opts.all) void showAll();
  }
  return box;
}

/** Every mention, one block per sentence (a sentence naming it twice shows once, both marked). */
function allBlocks(app: App, mentions: readonly Mention[], terms: readonly string[]): HTMLElement[] {
  const groups = bySentence(mentions);
  const head = el('p', {
    className: 'muted all-head',
    text: `all ${mentions.length} mention${mentions.length === 1 ? '' : 's'}${
      groups.length === mentions.length ? '' : ` in ${groups.length} sentences`
    }, from mentions.csv`,
  });
  return [
    head,
    ...groups.map(({ first, all }) => {
      const block = el('div', { className: 'evidence', testid: 'evidence' }, [
        el('span', { className: 'doc', text: reportLabel(app, first), title: app.model.docTitle(first.doc) }),
        marked(
          first.sentence,
          all.filter((x) => x.at >= 0).map((x) => ({ start: x.at, length: x.surface.length })),
          [...terms, ...all.map((x) => x.surface)],
        ),
      ]);
      block.dataset.mentions = String(all.length);
      if (all.length > 1) block.append(el('span', { className: 'badge', text: `×${all.length}` }));
      if (first.phase) block.append(el('span', { className: `badge ${first.phase}`, text: first.phase }));
      return block;
    }),
  ];
}

/** documents.json's label for the report, else the one mentions.csv carries, never a bare id when either has one. */
function reportLabel(app: App, m: Mention): string {
  const label = app.model.docLabel(m.doc);
  return label !== m.doc ? label : m.report || m.doc;
}
