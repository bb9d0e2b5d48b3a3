// summary.md: a readable report of a build — documents, shared and unique programmes, themes,
// communities and every warning — for users who never open Gephi.
import type { Exporter, ExportInput } from './types.js';
import { mdEscape, mdTable } from './markdown.js';
import { communitiesSection, themesSection } from './summary-themes.js';
import { sharedProgrammesSection, uniqueProgrammesSection } from './summary-programmes.js';
import { compare } from './text.js';
import { burstsSection, firstNamedSection } from './summary-time.js';
import { ENTITY_TYPES } from '../types.js';

export const summaryMd: Exporter = {
  file: 'summary.md',
  description: 'a readable report: documents, shared programmes, themes, communities, bursts, first namings, warnings',
  render(input) {
    const sections = [
      overview(input),
      documentsSection(input),
      sharedProgrammesSection(input.graph),
      uniqueProgrammesSection(input.graph),
      themesSection(input.graph),
      communitiesSection(input.graph),
      burstsSection(input),
      firstNamedSection(input),
      warningsSection(input),
    ];
    return sections.join('\n\n') + '\n';
  },
};

function overview({ graph, documents }: ExportInput): string {
  const counts = ENTITY_TYPES.map((t) => [t, graph.filterNodes((_k, a) => a.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`);
  return `# govgraph summary\n\n${documents.length} documents; ${graph.order} nodes${counts.length > 0 ? ` (${counts.join(', ')})` : ''}; ${graph.size} edges.`;
}

function documentsSection({ documents }: ExportInput): string {
  const head = '## Documents';
  if (documents.length === 0) return `${head}\n\nNo documents were read.`;
  const rows = [...documents]
    .sort((a, b) => compare(a.id, b.id))
    .map((d) => [
      mdEscape(d.label),
      mdEscape(d.id),
      mdEscape(d.date ?? '—'),
      mdEscape([d.speakerTitle, d.speaker].filter(Boolean).join(' ') || '—'),
      String(d.characters),
      String(d.sentences),
      String(Object.values(d.entities).reduce((sum, n) => sum + n, 0)),
      String(d.warnings.length),
    ]);
  const header = ['report', 'id', 'date', 'speaker', 'characters', 'sentences', 'mentions', 'warnings'];
  return `${head}\n\n${mdTable(header, rows, ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r'])}`;
}

function warningsSection({ documents, problems }: ExportInput): string {
  const lines: string[] = [];
  for (const d of [...documents].sort((a, b) => compare(a.id, b.id))) {
    for (const w of d.warnings) lines.push(`- **${mdEscape(d.label)}** (${mdEscape(d.id)}): ${mdEscape(w)}`);
  }
  const sorted = [...problems].sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason));
  for (const p of sorted) lines.push(`- unreadable input **${mdEscape(p.file)}**: ${mdEscape(p.reason)}`);
  return `## Warnings\n\n${lines.length > 0 ? lines.join('\n') : 'None.'}`;
}
