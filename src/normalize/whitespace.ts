// One paragraph per line: trims each line (ideographic indent spaces too), collapses runs of
// spaces and drops blank lines.
import type { StepResult } from './step.js';

const INNER_SPACES = / {2,}|\u3000+/g;

export function tidyWhitespace(text: string): StepResult {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(INNER_SPACES, ' ').trim();
    if (line) lines.push(line);
  }
  return { text: lines.join('\n'), warnings: [] };
}
