// Amounts of money as work reports write them (5亿元, 14.65亿元, 1000万元, 3000元) in yuan.

const UNIT: Record<string, number> = { 亿: 1e8, 万: 1e4, 千: 1e3, '': 1 };

export const MONEY = /(\d+(?:\.\d+)?)\s*(亿|万|千)?元/g;

/** The amount in yuan, or undefined when `text` is not an amount. */
export function parseMoney(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(亿|万|千)?元$/.exec(text.trim());
  if (!m) return undefined;
  // round to whole yuan: 14.65亿 is 1,465,000,000 exactly, not a float's neighbour
  return Math.round(Number(m[1]) * UNIT[m[2] ?? '']!);
}
