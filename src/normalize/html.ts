// Strips HTML: script/style content and comments dropped, block tags become line breaks, other
// tags vanish, entities are decoded. Plain text passes through untouched.
import type { StepResult } from './step.js';

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/;
const DROPPED =
  /<(script|style|noscript|template|head)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml[^>]*>/gi;
const BLOCK =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|tr|table|tbody|thead|tfoot|caption|h[1-6]|section|article|header|footer|nav|aside|main|blockquote|pre|title|form|figure|figcaption|center)\b[^<>]*>/gi;
const CELL = /<\/?t[dh]\b[^<>]*>/gi;
// A server page's directive or code left in the text (<%@ LANGUAGE="VBSCRIPT" CODEPAGE="65001" %>, <% … %>,
// <?php … ?>), its `<` lost perhaps at a line's start (%@LANGUAGE=…%>): markup, whose quoted values are no names.
const SERVER_CODE = /<%[^\n]{0,300}?%>|^%@[^\n]{0,300}?%>|<\?php\b[^\n]{0,300}?\?>/gm;
const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
// A closing tag whose `<` went into a garbled byte pair (`潛能?/span>`): the `?` stays, for
// the mojibake step to count as a lost character.
const ORPHAN_CLOSE = /(?<=[\u0080-\uFFFF?])\/(?:span|font|p|div|strong|b|em|i|a|u|td|li|h[1-6])>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;

const NAMED: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  thinsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  yen: '¥',
  laquo: '«',
  raquo: '»',
  zwj: '',
  zwnj: '',
  shy: '',
};

function decodeEntities(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(ENTITY, (m, dec?: string, hex?: string, name?: string) => {
    let ch: string | undefined;
    if (dec || hex) {
      const cp = dec ? Number(dec) : parseInt(hex!, 16);
      // a control character (&#27; &#7; &#13;) is dropped: the line step that removes them ran already
      const control = (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f);
      ch =
        cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)
          ? control
            ? ''
            : String.fromCodePoint(cp)
          : undefined;
    } else ch = NAMED[name!] ?? NAMED[name!.toLowerCase()];
    if (ch === undefined) return m;
    count++;
    return ch;
  });
  return { text: out, count };
}

export function stripHtml(text: string): StepResult {
  const warnings: string[] = [];
  let out = text;
  if (TAG.test(out)) {
    let tags = 0;
    out = out.replace(DROPPED, () => {
      tags++;
      return '\n';
    });
    out = out.replace(BLOCK, () => {
      tags++;
      return '\n';
    });
    out = out.replace(CELL, () => {
      tags++;
      return ' ';
    });
    out = out.replace(ANY_TAG, () => {
      tags++;
      return '';
    });
    warnings.push(`removed ${tags} HTML tag${tags > 1 ? 's' : ''}`);
  }
  let code = 0;
  out = out.replace(SERVER_CODE, () => {
    code++;
    return '';
  });
  if (code > 0) warnings.push(`removed ${code} server page directive${code > 1 ? 's' : ''} (<% … %>)`);
  let orphans = 0;
  out = out.replace(ORPHAN_CLOSE, () => {
    orphans++;
    return '';
  });
  if (orphans > 0) warnings.push(`removed ${orphans} broken HTML tag${orphans > 1 ? 's' : ''} (“?/span>”)`);
  if (out.includes('&')) {
    const { text: decoded, count } = decodeEntities(out);
    if (count > 0) warnings.push(`decoded ${count} HTML entit${count > 1 ? 'ies' : 'y'}`);
    out = decoded;
  }
  return { text: out, warnings };
}
