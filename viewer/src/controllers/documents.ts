// The document list: each report's metadata and warnings, and the inputs that could not be read.
import type { App } from '../app.js';
import { byId, el } from '../dom.js';

export function installDocuments(app: App): void {
  const root = byId('tab-documents');
  const { documents, problems } = app.docs;
  const items: Node[] = [el('h2', { text: `${documents.length} reports` })];
  for (const d of documents) {
    const who = [d.speakerTitle, d.speaker].filter(Boolean).join(' ');
    items.push(el('h3', { text: d.label ?? d.region?.name ?? d.id }));
    items.push(
      el('p', {
        className: 'muted',
        text: [d.id, d.date, who, `${d.characters} chars`, `${d.sentences} sentences`].filter(Boolean).join(' · '),
      }),
    );
    const counts = Object.entries(d.entities ?? {})
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    if (counts) items.push(el('p', { className: 'muted', text: counts }));
    for (const w of d.warnings ?? []) items.push(el('p', { className: 'warn', text: `⚠ ${w}` }));
  }
  if (problems.length) {
    items.push(el('h2', { text: `${problems.length} inputs skipped` }));
    for (const p of problems) items.push(el('p', { className: 'warn', text: `${p.file}: ${p.reason}` }));
  }
  root.replaceChildren(...items);
}
