// CSS hex colours (the graph's `color` attribute) as the r,g,b channels GEXF viz:color wants.

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Neutral grey for a colour that is missing or not `#rgb` / `#rrggbb`. */
const FALLBACK: Rgb = { r: 153, g: 153, b: 153 };

export function hexToRgb(color: string | undefined): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m?.[1]) return FALLBACK;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: channel(0), g: channel(2), b: channel(4) };
}
