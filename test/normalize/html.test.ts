import { describe, expect, it } from 'vitest';
import { stripHtml } from '../../src/normalize/html.js';
import { mojibakeSpan } from '../fixtures/normalize/excerpts.js';

describe('stripHtml', () => {
  it('turns block tags into line breaks, drops inline tags, script and style, decodes entities', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body>' +
      '<p>一、2023年工作回顾</p><script>var a = "<p>不要</p>";</script>' +
      '<div>全年<span class="n">GDP</span>&nbsp;增长&lt;5%&gt;&#65;&#x42;&ldquo;千万工程&rdquo;</div><br/>尾</body></html>';
    const r = stripHtml(html);
    expect(r.text.split('\n').filter(Boolean)).toEqual(['一、2023年工作回顾', '全年GDP 增长<5%>AB“千万工程”', '尾']);
    expect(r.text).not.toMatch(/不要|color/);
    expect(r.warnings[0]).toMatch(/^removed \d+ HTML tags$/);
    expect(r.warnings[1]).toBe('decoded 7 HTML entities');
  });

  it('removes a closing tag whose `<` was swallowed by mojibake, leaving the `?` (seed 003, line 60)', () => {
    const r = stripHtml(mojibakeSpan);
    expect(r.text).toBe('激活發(fā)展?jié)撃?。');
    expect(r.warnings).toEqual(['removed 1 broken HTML tag (“?/span>”)']);
  });

  it('drops a server page directive left in the text, its `<` lost too (lines written for the test)', () => {
    const page =
      '<%@ Page Language="C#" CodePage="936" %>\n%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>\n政府工作报告<?php echo $title; ?>';
    const r = stripHtml(page);
    expect(r.text).toBe('\n\n政府工作报告');
    expect(r.warnings).toEqual(['removed 3 server page directives (<% … %>)']);
    // a percentage is no directive
    expect(stripHtml('增速<5%，占比达30%>目标').text).toBe('增速<5%，占比达30%>目标');
  });

  it('leaves plain text alone, angle brackets and ampersands included', () => {
    const text = '增速<5%的企业 & 个体户\n《政府工作报告》';
    expect(stripHtml(text)).toEqual({ text, warnings: [] });
  });
});
