// Figures: the graph as it is drawn now, with a title, the filters in force and a legend, as
// PNG (sigma's canvas layers composed onto one canvas) or SVG (edges, nodes and the labels on
// screen drawn again from sigma's display data). Report text goes in as text nodes.
import type { App } from './app.js';
import { TYPES } from './data.js';
import { download, svg } from './dom.js';
import { DIM, TYPE_COLORS, communityColor } from './model.js';
import { RIGHT, labelBox, labelFont, leaderLine, type Placement } from './labels.js';

const HEADER = 58;
const ROW = 22;
const MARGIN = 14;
const FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export function figureTitle(app: App): string {
  const s = app.state;
  const picked = s.compare.filter((k) => app.model.issuing.includes(k));
  if (s.tab === 'compare' && picked.length >= 2 && !s.selected) {
    const names = picked.map((r) => app.model.label(r));
    const what = s.entity && app.graph.hasNode(s.entity) ? ` — ${app.model.label(s.entity)}` : '';
    const list =
      names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join(' and ');
    return `${list}: what they share${what}`;
  }
  if (s.selected && app.graph.hasNode(s.selected)) {
    const name = app.model.label(s.selected);
    return s.hops ? `${name}: its ${s.hops}-hop neighbourhood` : `${name} and what it is linked to`;
  }
  const reports = app.docs.documents.length || app.model.issuing.length;
  const range = app.model.yearRange(s.from, s.to);
  const years = range ? ` (${range.from === range.to ? range.from : `${range.from}–${range.to}`})` : '';
  return `What ${reports} government work reports name${years}`;
}

/** The filters in force, one phrase each. */
export function figureFilters(app: App): string[] {
  const s = app.state;
  const out: string[] = [];
  const range = app.model.yearRange(s.from, s.to);
  if (range && !range.full) out.push(`years ${range.from === range.to ? range.from : `${range.from}–${range.to}`}`);
  if (s.minRegions > 1) out.push(`named by ≥ ${s.minRegions} regions`);
  if (s.minWeight > 1) out.push(`links of weight ≥ ${s.minWeight}`);
  if (s.phase) out.push(`phase: ${s.phase}`);
  if (s.hidden.size) out.push(`hidden: ${[...s.hidden].sort().join(', ')}`);
  if (s.selected && s.hops && app.graph.hasNode(s.selected))
    out.push(`${s.hops} hop${s.hops === 1 ? '' : 's'} around ${app.model.label(s.selected)}`);
  if (s.tab === 'compare' && s.since !== null && app.model.years.length) out.push(`compared since ${s.since}`);
  return out;
}

export interface LegendEntry {
  color: string;
  label: string;
}

/** Types (or communities) with the number of their nodes now shown. */
export function legendEntries(app: App): LegendEntry[] {
  const shown = app.graph.filterNodes((k) => !app.sigma.getNodeDisplayData(k)?.hidden);
  if (app.state.color === 'community') {
    const counts = new Map<number, { n: number; top: string; size: number }>();
    for (const k of shown) {
      const a = app.graph.getNodeAttributes(k);
      const c = counts.get(a.community) ?? { n: 0, top: a.label, size: -1 };
      c.n++;
      if ((a.size ?? 0) > c.size) Object.assign(c, { top: a.label, size: a.size ?? 0 });
      counts.set(a.community, c);
    }
    return [...counts]
      .sort((a, b) => b[1].n - a[1].n)
      .slice(0, 8)
      .map(([c, info]) => ({ color: communityColor(c), label: `${info.top}… (${info.n})` }));
  }
  // greyed-out nodes (outside the selection's links, not shared in Compare) count apart
  const counts = new Map<string, number>();
  let grey = 0;
  for (const k of shown) {
    if (app.sigma.getNodeDisplayData(k)?.color === DIM) {
      grey++;
      continue;
    }
    const t = app.graph.getNodeAttribute(k, 'type');
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = TYPES.filter((t) => counts.has(t)).map((t) => ({
    color: TYPE_COLORS[t],
    label: `${t} (${counts.get(t)})`,
  }));
  if (grey) out.push({ color: DIM, label: `${greyMeaning(app)} (${grey})` });
  return out;
}

function greyMeaning(app: App): string {
  const s = app.state;
  if (s.selected || app.hovered) return 'not linked to the selection';
  if (s.tab === 'compare') return 'not shared by all compared';
  return 'greyed out';
}

/** The legend laid out in rows across `width`: each entry's swatch x, row y. */
function legendLayout(entries: LegendEntry[], width: number, measure: (t: string) => number) {
  const placed: { e: LegendEntry; x: number; row: number }[] = [];
  let x = MARGIN;
  let row = 0;
  for (const e of entries) {
    const w = 18 + measure(e.label) + 18;
    if (x + w > width - MARGIN && x > MARGIN) {
      row++;
      x = MARGIN;
    }
    placed.push({ e, x, row });
    x += w;
  }
  return { placed, height: (row + 1) * ROW + 12 };
}

function source(app: App): string {
  const reports = app.docs.documents.length || app.model.issuing.length;
  return `govgraph · ${reports} reports · ${app.graph.order} nodes`;
}

function filtersLine(app: App): string {
  const f = figureFilters(app);
  return f.length ? `Filters: ${f.join(' · ')}` : 'No filters: every node and link';
}

let measureCtx: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 12;
  measureCtx.font = font;
  return measureCtx.measureText(text).width;
}

/** The figure on one canvas: header, sigma's layers, legend. */
export function figureCanvas(app: App): HTMLCanvasElement {
  const { sigma } = app;
  // drawn right after a render, while the WebGL buffers still hold the frame
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const entries = legendEntries(app);
  const legend = legendLayout(entries, width, (t) => measure(t, `12px ${FONT}`));
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = (HEADER + height + legend.height) * ratio;
  const ctx = out.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, HEADER + height + legend.height);
  ctx.fillStyle = '#111827';
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(figureTitle(app), MARGIN, 26);
  ctx.fillStyle = '#6b7280';
  ctx.font = `12px ${FONT}`;
  ctx.fillText(filtersLine(app), MARGIN, 46);
  for (const canvas of Object.values(sigma.getCanvases())) ctx.drawImage(canvas, 0, HEADER, width, height);
  ctx.strokeStyle = '#e5e7eb';
  ctx.beginPath();
  ctx.moveTo(0, HEADER + height + 0.5);
  ctx.lineTo(width, HEADER + height + 0.5);
  ctx.stroke();
  for (const { e, x, row } of legend.placed) {
    const y = HEADER + height + 8 + row * ROW + ROW / 2;
    ctx.fillStyle = e.color;
    ctx.beginPath();
    ctx.arc(x + 6, y, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#374151';
    ctx.font = `12px ${FONT}`;
    ctx.fillText(e.label, x + 18, y + 4);
  }
  ctx.fillStyle = '#9ca3af';
  ctx.font = `11px ${FONT}`;
  const credit = source(app);
  ctx.fillText(credit, width - MARGIN - measure(credit, `11px ${FONT}`), 46);
  return out;
}

export function exportPng(app: App): void {
  figureCanvas(app).toBlob((blob) => {
    if (blob) download('govgraph-figure.png', blob);
  }, 'image/png');
}

/** The figure as an SVG document, redrawn from sigma's display data. */
export function figureSvg(app: App): SVGSVGElement {
  const { sigma, graph } = app;
  const { width, height } = sigma.getDimensions();
  const entries = legendEntries(app);
  const legend = legendLayout(entries, width, (t) => measure(t, `12px ${FONT}`));
  const total = HEADER + height + legend.height;
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    'font-family': FONT,
  });
  root.append(
    svg('rect', { x: 0, y: 0, width, height: total, fill: '#fff' }),
    svg('text', {
      x: MARGIN,
      y: 26,
      'font-size': 18,
      'font-weight': 600,
      fill: '#111827',
      class: 'title',
      text: figureTitle(app),
    }),
    svg('text', { x: MARGIN, y: 46, 'font-size': 12, fill: '#6b7280', class: 'filters', text: filtersLine(app) }),
    svg('text', {
      x: width - MARGIN,
      y: 46,
      'font-size': 11,
      fill: '#9ca3af',
      'text-anchor': 'end',
      text: source(app),
    }),
    svg('defs', {}, [svg('clipPath', { id: 'stage' }, [svg('rect', { x: 0, y: 0, width, height })])]),
  );
  const stage = svg('g', { transform: `translate(0 ${HEADER})`, 'clip-path': 'url(#stage)', class: 'graph' });
  const view = (k: string) => {
    const d = sigma.getNodeDisplayData(k);
    if (!d || d.hidden) return null;
    return { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size), d };
  };
  const onScreen = (p: { x: number; y: number; r: number }) =>
    p.x + p.r >= 0 && p.y + p.r >= 0 && p.x - p.r <= width && p.y - p.r <= height;
  const edges = svg('g', { class: 'edges', 'stroke-linecap': 'round' });
  graph.forEachEdge((e, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(e);
    if (!d || d.hidden) return;
    const a = view(s);
    const b = view(t);
    if (!a || !b || (!onScreen(a) && !onScreen(b))) return;
    edges.append(
      svg('line', {
        x1: a.x.toFixed(1),
        y1: a.y.toFixed(1),
        x2: b.x.toFixed(1),
        y2: b.y.toFixed(1),
        stroke: d.color,
        'stroke-width': Math.max(0.5, sigma.scaleSize(d.size)).toFixed(2),
      }),
    );
  });
  const nodes = svg('g', { class: 'nodes' });
  const drawn = graph
    .nodes()
    .map((k) => ({ k, p: view(k) }))
    .filter((n): n is { k: string; p: NonNullable<ReturnType<typeof view>> } => !!n.p && onScreen(n.p))
    .sort((x, y) => (x.p.d.zIndex ?? 0) - (y.p.d.zIndex ?? 0));
  for (const { p } of drawn)
    nodes.append(
      svg('circle', {
        cx: p.x.toFixed(1),
        cy: p.y.toFixed(1),
        r: p.r.toFixed(2),
        fill: p.d.color,
        ...(p.d.highlighted ? { stroke: '#111827', 'stroke-width': 1.5 } : {}),
      }),
    );
  // the labels on screen: those chosen (../labels.ts) and the highlighted nodes'
  const settings = sigma.getSettings();
  const labels = svg('g', {
    class: 'labels',
    'font-size': settings.labelSize,
    'font-weight': settings.labelWeight,
    fill: '#111827',
    stroke: '#fff',
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  const font = labelFont(settings);
  for (const { k, p } of drawn) {
    if (!p.d.label || !(app.labelled.has(k) || p.d.highlighted)) continue;
    const placed = (p.d as { labelPlacement?: Placement }).labelPlacement;
    const placement = p.d.highlighted || !placed ? RIGHT : placed;
    const w = measure(p.d.label, font);
    const box = labelBox(p.x, p.y, p.r, w, settings.labelSize + 2, placement);
    const leader = leaderLine(p.x, p.y, p.r, box, placement);
    if (leader)
      labels.append(
        svg('line', {
          x1: leader[0].toFixed(1),
          y1: leader[1].toFixed(1),
          x2: leader[2].toFixed(1),
          y2: leader[3].toFixed(1),
          stroke: '#6b7280',
          'stroke-width': 1,
        }),
      );
    labels.append(
      svg('text', {
        x: box.x1.toFixed(1),
        y: (box.y1 + (settings.labelSize + 2) / 2 + settings.labelSize / 3).toFixed(1),
        ...(p.d.highlighted ? { 'font-weight': 700 } : {}),
        text: p.d.label,
      }),
    );
  }
  stage.append(edges, nodes, labels);
  root.append(
    stage,
    svg('line', { x1: 0, x2: width, y1: HEADER + height + 0.5, y2: HEADER + height + 0.5, stroke: '#e5e7eb' }),
  );
  const legendGroup = svg('g', { class: 'legend', 'font-size': 12, fill: '#374151' });
  for (const { e, x, row } of legend.placed) {
    const y = HEADER + height + 8 + row * ROW + ROW / 2;
    legendGroup.append(
      svg('circle', { cx: x + 6, cy: y, r: 6, fill: e.color }),
      svg('text', { x: x + 18, y: y + 4, text: e.label }),
    );
  }
  root.append(legendGroup);
  return root;
}

export function exportSvg(app: App): void {
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(figureSvg(app));
  download('govgraph-figure.svg', text, 'image/svg+xml;charset=utf-8');
}
