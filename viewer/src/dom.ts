// DOM helpers. Report text is untrusted: everything goes in through textContent, never HTML.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string; onClick?: () => void; testid?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  if (props.testid) node.dataset.testid = props.testid;
  if (props.onClick) node.addEventListener('click', props.onClick);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; `text` goes in through textContent like `el`'s. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: #${id} missing from index.html`);
  return node as T;
}

/** `text` with every occurrence of any of `terms` wrapped in <mark>, built from text nodes. */
export function highlighted(text: string, terms: readonly string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  let i = 0;
  let plainStart = 0;
  while (i < text.length) {
    const hit = wanted.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plainStart < i) frag.append(document.createTextNode(text.slice(plainStart, i)));
      frag.append(el('mark', { text: hit }));
      i += hit.length;
      plainStart = i;
    } else i++;
  }
  if (plainStart < text.length) frag.append(document.createTextNode(text.slice(plainStart)));
  return frag;
}

/**
 * `text` with the spans [start, start + length) in <mark>, and elsewhere any of `terms`; spans
 * that overlap or fall outside the text are left out.
 */
export function marked(
  text: string,
  spans: readonly { start: number; length: number }[],
  terms: readonly string[] = [],
): DocumentFragment {
  const frag = document.createDocumentFragment();
  const ok = [...spans]
    .filter((s) => s.start >= 0 && s.length > 0 && s.start + s.length <= text.length)
    .sort((a, b) => a.start - b.start);
  let i = 0;
  for (const s of ok) {
    if (s.start < i) continue;
    if (s.start > i) frag.append(highlighted(text.slice(i, s.start), terms));
    frag.append(el('mark', { text: text.slice(s.start, s.start + s.length) }));
    i = s.start + s.length;
  }
  if (i < text.length) frag.append(highlighted(text.slice(i), terms));
  return frag;
}

/** Offers `content` as a file download. */
export function download(filename: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
