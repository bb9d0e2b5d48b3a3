// events.csv's rows made as lines: each cell written as every CSV output writes it (quoted, a
// formula guarded), the same text as the table writer gives for the same rows.
import { describe, expect, it } from 'vitest';
import { eventsCsv, EVENTS_COLUMNS } from '../../src/export/events-csv.js';
import { csvTable } from '../../src/export/csv.js';
import { fixtureInput } from '../fixtures/export/graph.js';

describe('events.csv', () => {
  it('writes a shared programme’s rows with its cells quoted and guarded as csvTable does', () => {
    const input = fixtureInput();
    // a label a spreadsheet would run as a formula, with a comma and quotes in it
    const label = '=千万,"工程"';
    input.graph.setNodeAttribute('programme:千万工程', 'label', label);
    // named by 大同市 and 浑源县 in 2024; 朔州市 also reports that year and never names it
    const panel = ['大同市', '浑源县'].map((region) => ({
      region,
      year: 2024,
      entity: 'programme:千万工程',
      mentions: 1,
      phases: ['plan' as const],
    }));
    const text = String(eventsCsv.render!({ ...input, panel }));
    expect(text).toBe(
      csvTable(EVENTS_COLUMNS, [
        ['大同市', '140200', label, 2024, 1],
        ['朔州市', '140600', label, 2024, 0],
        ['浑源县', '140225', label, 2024, 1],
      ]),
    );
    expect(text.split('\r\n')[1]).toBe('大同市,140200,"\'=千万,""工程""",2024,1');
  });
});
