import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, XmlWriter } from '../../src/export/xml.js';

describe('xml', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeText('<img src=x onerror=alert(1)> & "q"')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; "q"');
    expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });

  it('keeps line breaks in attributes as character references and drops illegal characters', () => {
    expect(escapeAttribute('一\n二\t三')).toBe('一&#10;二&#9;三');
    expect(escapeText('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeText('𠮷')).toBe('𠮷');
    expect(escapeAttribute('x\u0085y𠮷\uDFFF\u007F')).toBe('xy𠮷');
  });

  it('writes nested, indented elements and refuses unbalanced ones', () => {
    const xml = new XmlWriter().start('a', { x: 1, skip: undefined }).empty('b', { y: '"' }).text('c', '<>').end();
    expect(xml.toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b y="&quot;"/>\n  <c>&lt;&gt;</c>\n</a>\n',
    );
    expect(() => new XmlWriter().start('a').toString()).toThrow(/unclosed/);
  });
});
