// Which labels to draw, and where. Sigma's own label grid keeps the biggest node of each cell,
// which leaves the programmes every region names — small nodes packed in the middle — without a
// label. Here the candidates come in order of importance (controllers/appearance.ts), each label
// takes the first free side of its node (right, left, above, below), and a label that would
// cover another label or a big node is left out; the first `must` candidates get a label anyway.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';

/** Where a node is drawn now, in viewport pixels, and its label; null when it is hidden. */
export type Geometry = (key: string) => { x: number; y: number; r: number; label: string } | null;

type Side = 'right' | 'left' | 'above' | 'below' | 'upper-right' | 'lower-right' | 'upper-left' | 'lower-left';
/** A side of the node, and how far out (pixels) the label is pushed, with a leader line, when the side is taken. */
export interface Placement {
  side: Side;
  push: number;
}
const SIDES: Side[] = ['right', 'left', 'above', 'below', 'upper-right', 'lower-right', 'upper-left', 'lower-left'];
/** Only the labels that must show are pushed out. */
const PUSHES = [0, 16, 32];
const DIRECTION: Record<Side, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  above: [0, -1],
  below: [0, 1],
  'upper-right': [0.7, -0.7],
  'lower-right': [0.7, 0.7],
  'upper-left': [-0.7, -0.7],
  'lower-left': [-0.7, 0.7],
};
export const RIGHT: Placement = { side: 'right', push: 0 };

/** At most one label per this many square pixels of the screen, and never more than MAX_LABELS. */
const AREA_PER_LABEL = 14_000;
const MAX_LABELS = 160;
/** Discs bigger than this (in pixels) are obstacles: labels do not cover them. */
const OBSTACLE_RADIUS = 7;
const PAD = 2;
const CELL = 64;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

let measurer: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    measurer ??= document.createElement('canvas').getContext('2d');
    if (measurer) {
      measurer.font = font;
      w = measurer.measureText(text).width;
    } else w = text.length * 13;
    widths.set(key, w);
  }
  return w;
}

export function labelFont(settings: Pick<Settings, 'labelWeight' | 'labelSize' | 'labelFont'>): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** The box of a label at `placement` beside a disc at (x, y) of radius r. */
export function labelBox(x: number, y: number, r: number, w: number, h: number, placement: Placement): Box {
  const [dx, dy] = DIRECTION[placement.side];
  const b = sideBox(x + dx * placement.push, y + dy * placement.push, r, w, h, placement.side);
  return b;
}

function sideBox(x: number, y: number, r: number, w: number, h: number, side: Side): Box {
  switch (side) {
    case 'right':
      return { x1: x + r + 3, y1: y - h / 2, x2: x + r + 3 + w, y2: y + h / 2 };
    case 'left':
      return { x1: x - r - 3 - w, y1: y - h / 2, x2: x - r - 3, y2: y + h / 2 };
    case 'above':
      return { x1: x - w / 2, y1: y - r - 2 - h, x2: x + w / 2, y2: y - r - 2 };
    case 'below':
      return { x1: x - w / 2, y1: y + r + 2, x2: x + w / 2, y2: y + r + 2 + h };
    case 'upper-right':
      return { x1: x + r * 0.7, y1: y - r * 0.7 - h, x2: x + r * 0.7 + w, y2: y - r * 0.7 };
    case 'lower-right':
      return { x1: x + r * 0.7, y1: y + r * 0.7, x2: x + r * 0.7 + w, y2: y + r * 0.7 + h };
    case 'upper-left':
      return { x1: x - r * 0.7 - w, y1: y - r * 0.7 - h, x2: x - r * 0.7, y2: y - r * 0.7 };
    case 'lower-left':
      return { x1: x - r * 0.7 - w, y1: y + r * 0.7, x2: x - r * 0.7, y2: y + r * 0.7 + h };
  }
}

class BoxGrid {
  private cells = new Map<number, Box[]>();
  private *cellsOf(b: Box): Generator<number> {
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++)
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) yield cx * 100_003 + cy;
  }
  add(b: Box): void {
    for (const c of this.cellsOf(b)) {
      const list = this.cells.get(c);
      if (list) list.push(b);
      else this.cells.set(c, [b]);
    }
  }
  hits(b: Box, except?: Box): boolean {
    for (const c of this.cellsOf(b))
      for (const o of this.cells.get(c) ?? [])
        if (o !== except && o.x1 < b.x2 + PAD && b.x1 < o.x2 + PAD && o.y1 < b.y2 + PAD && b.y1 < o.y2 + PAD)
          return true;
    return false;
  }
}

/**
 * Labels for `candidates` (most important first) as the camera shows them now: the key and
 * the side of its node. Hidden nodes and nodes off screen get none.
 */
export function chooseLabels(
  sigma: Sigma,
  at: Geometry,
  candidates: readonly string[],
  must: number,
  /** Labels drawn elsewhere on the right of their node (sigma's hover layer): placed first, never moved. */
  fixed: ReadonlySet<string> = new Set(),
): Map<string, Placement> {
  const out = new Map<string, Placement>();
  const settings = sigma.getSettings();
  const font = labelFont(settings);
  const h = settings.labelSize + 2;
  const { width, height } = sigma.getDimensions();
  // labels never overlap; big discs are avoided when there is room (a must-label may cover one)
  const grid = new BoxGrid();
  const discGrid = new BoxGrid();
  const discs = new Map<string, Box>();
  // big discs on screen are obstacles
  for (const key of candidates) {
    const n = at(key);
    if (!n || n.r < OBSTACLE_RADIUS || n.x < -n.r || n.y < -n.r || n.x > width + n.r || n.y > height + n.r) continue;
    const disc = { x1: n.x - n.r, y1: n.y - n.r, x2: n.x + n.r, y2: n.y + n.r };
    discs.set(key, disc);
    discGrid.add(disc);
  }
  const inside = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= width && b.y2 <= height;
  for (const key of fixed) {
    const n = at(key);
    if (!n || !n.label) continue;
    grid.add(labelBox(n.x, n.y, n.r, textWidth(n.label, font), h, RIGHT));
    out.set(key, RIGHT);
  }
  const budget = Math.min(MAX_LABELS, Math.max(24, (width * height) / AREA_PER_LABEL));
  candidates.forEach((key, i) => {
    if (out.has(key)) return;
    if (out.size >= budget && i >= must) return;
    const n = at(key);
    if (!n || !n.label) return;
    if (n.x < 0 || n.y < 0 || n.x > width || n.y > height) return;
    const w = textWidth(n.label, font);
    const own = discs.get(key);
    let chosen: Placement | undefined;
    let box: Box | undefined;
    const tries = i < must ? [true, false] : [true];
    search: for (const avoidDiscs of tries)
      for (const push of i < must ? PUSHES : [0])
        for (const side of SIDES) {
          const p = { side, push };
          const b = labelBox(n.x, n.y, n.r, w, h, p);
          if (inside(b) && !grid.hits(b) && !(avoidDiscs && discGrid.hits(b, own))) {
            chosen = p;
            box = b;
            break search;
          }
        }
    if (!chosen && i < must) {
      chosen = RIGHT;
      box = labelBox(n.x, n.y, n.r, w, h, chosen);
    }
    if (!chosen || !box) return;
    grid.add(box);
    out.set(key, chosen);
  });
  return out;
}

/** For a label pushed away from its node: a line from the disc's edge to the label's nearest point. */
export function leaderLine(
  x: number,
  y: number,
  r: number,
  box: Box,
  placement: Placement,
): [number, number, number, number] | null {
  if (!placement.push) return null;
  const [dx, dy] = DIRECTION[placement.side];
  return [x + dx * r, y + dy * r, Math.min(box.x2, Math.max(box.x1, x)), Math.min(box.y2, Math.max(box.y1, y))];
}

/** Whether two placements are the same (or both absent). */
export function samePlacement(a: Placement | undefined, b: Placement | undefined): boolean {
  return a === b || (!!a && !!b && a.side === b.side && a.push === b.push);
}

/** Sigma's label drawing, on the side `labelPlacement` says, with a white halo to read over edges. */
export function drawLabel(
  context: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label: string | null; color: string; labelPlacement?: Placement },
  settings: Settings,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = labelFont(settings);
  const w = context.measureText(data.label).width;
  const placement = data.labelPlacement ?? RIGHT;
  const box = labelBox(data.x, data.y, data.size, w, size + 2, placement);
  const baseline = box.y1 + (size + 2) / 2 + size / 3;
  const leader = leaderLine(data.x, data.y, data.size, box, placement);
  if (leader) {
    context.strokeStyle = '#6b7280';
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(leader[0], leader[1]);
    context.lineTo(leader[2], leader[3]);
    context.stroke();
  }
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.strokeText(data.label, box.x1, baseline);
  context.fillStyle = '#111827';
  context.fillText(data.label, box.x1, baseline);
}
