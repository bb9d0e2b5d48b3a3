// A small XML writer: enough for GEXF, with escaping that holds up against untrusted report text
// (markup, ampersands, quotes, and characters XML 1.0 cannot carry at all).
import { ExportError } from '../errors.js';
import { SUSPECT, clean } from './text.js';

export type XmlAttributes = Record<string, string | number | undefined>;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In attribute values a raw tab or newline would be normalized to a space by every parser, so
// they are written as character references to survive the round trip.
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeText(value: string): string {
  return clean(value).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const ATTR_SPECIAL = /[&<>"\t\n\r]/;
/** ATTR_SPECIAL or a character clean() drops, in one pass: most values hold neither. */
const ATTR_SPECIAL_OR_SUSPECT = new RegExp(`${ATTR_SPECIAL.source}|${SUSPECT.source}`);

export function escapeAttribute(value: string): string {
  if (!ATTR_SPECIAL_OR_SUSPECT.test(value)) return value;
  return clean(value).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

function attributes(attrs: XmlAttributes): string {
  let out = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined) out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** Writes indented elements line by line; names are trusted (ours), values never are. */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];

  start(name: string, attrs: XmlAttributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${attributes(attrs)}>`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new ExportError('govgraph/export: XmlWriter.end() without an open element');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element with no children. */
  empty(name: string, attrs: XmlAttributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${attributes(attrs)}/>`);
    return this;
  }

  /** An element holding only text. */
  text(name: string, text: string, attrs: XmlAttributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${attributes(attrs)}>${escapeText(text)}</${name}>`);
    return this;
  }

  /** The lines written since the last take(), each ending in a newline; they are dropped here. */
  take(): string {
    if (this.lines.length === 0) return '';
    const text = this.lines.join('\n') + '\n';
    this.lines.length = 0;
    return text;
  }

  /**
   * A writer for a fragment inside the elements open here: its lines are its own (no XML
   * declaration) and indented as they would be here, so a block (blocks.ts) is the same text
   * whenever it is rendered.
   */
  inside(): XmlWriter {
    const fragment = new XmlWriter();
    fragment.lines.length = 0;
    fragment.open.push(...this.open);
    return fragment;
  }

  /** Whatever is left once every element is closed. */
  toString(): string {
    if (this.open.length > 0) throw new ExportError(`govgraph/export: unclosed XML element <${this.open.at(-1)}>`);
    return this.take();
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}
