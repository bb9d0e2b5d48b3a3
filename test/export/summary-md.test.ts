import { describe, expect, it } from 'vitest';
import { mdEscape } from '../../src/export/markdown.js';
import { summaryMd } from '../../src/export/summary-md.js';
import { fixtureInput } from '../fixtures/export/graph.js';

const md = summaryMd.render(fixtureInput()) as string;

describe('summary.md', () => {
  it('lists the documents by region and year, with id, date, speaker and counts', () => {
    expect(md).toContain('| 浑源县 2024 | hunyuan-2024 | 2024-01-15 | 县长 赵昱清 | 12000 | 400 | 25 | 2 |');
    expect(md).toContain('| 大同市 2024 | datong-2024 | 2024-01-20 | — |');
  });

  it('has the programme × region table, widest-shared first', () => {
    expect(md).toContain('| programme | regions | 大同市 | 朔州市 | 浑源县 |');
    const shared = md.indexOf('| 承诺制+标准地+全代办 | 3 | ✓ | ✓ | ✓ |');
    const qianwan = md.indexOf('| 千万工程 | 2 | ✓ |  | ✓ |');
    expect(shared).toBeGreaterThan(0);
    expect(qianwan).toBeGreaterThan(shared);
    expect(md).not.toContain('| 两不一欠 | 1 |');
  });

  it('lists programmes unique to one region, themes and communities', () => {
    expect(md).toContain('- **朔州市** (1): 两不一欠');
    expect(md).toContain('| 乡村振兴 | 3 | 7 |');
    expect(md).toMatch(/\| 0 \| 8 \| 大同市、浑源县 \| 乡村振兴、/);
  });

  it('lists warnings and unreadable inputs, with pipes and markup escaped', () => {
    expect(md).toContain(
      '- **浑源县 2024** (hunyuan-2024): dropped website footer \\| 版权所有 \\<script\\>x\\</script\\>',
    );
    expect(md).toContain('- unreadable input **seeds/broken.bin**: binary file, not a text report');
    expect(md).not.toContain('<script>');
  });

  it('is the same for the same graph built in another order', () => {
    expect(summaryMd.render(fixtureInput({ reverse: true }))).toBe(md);
  });
});

describe('summary.md plain labels and themes', () => {
  it('escapes only the Markdown that would act', () => {
    expect(mdEscape('平遥县_2023')).toBe('平遥县_2023');
    expect(mdEscape('C#语言')).toBe('C#语言');
    expect(mdEscape('_强调_ *粗* [链接](x) <b> a|b #标题')).toBe(
      '\\_强调\\_ \\*粗\\* \\[链接\\](x) \\<b\\> a\\|b #标题',
    );
    expect(mdEscape('#标题')).toBe('\\#标题');
  });

  it('shows the top themes × the regions that name them', () => {
    expect(md).toContain('| theme | regions | mentions | 大同市 | 朔州市 | 浑源县 |');
    expect(md).toContain('| 乡村振兴 | 3 | 7 | ✓ | ✓ | ✓ |');
  });
});
