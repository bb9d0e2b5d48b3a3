// Evidence sentences as the panels show them: the report's label (浑源县 2024) over the
// sentence, the entity's names highlighted. Report text is untrusted: text nodes only.
import type { App } from '../app.js';
import type { Evidence } from '../model.js';
import { el, highlighted } from '../dom.js';

export function evidenceBlocks(app: App, evidence: readonly Evidence[], terms: readonly string[]): HTMLElement[] {
  return evidence.map((e) =>
    el('div', { className: 'evidence', testid: 'evidence' }, [
      el('span', { className: 'doc', text: app.model.docLabel(e.doc), title: e.doc }),
      highlighted(e.sentence, terms),
    ]),
  );
}
