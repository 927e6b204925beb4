/** Layout of an exported image: title, period range, the three strip sentences and the chart. */

export type ImageExportKind = 'png' | 'slide';

export interface Size {
  width: number;
  height: number;
}

/** A block of text: top-left corner of the first line, wrapping width and at most `maxLines` lines. */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  lineHeight: number;
  maxLines: number;
}

export interface CardBoxes {
  headline: TextBox;
  detail: TextBox;
}

export interface ExportLayout extends Size {
  padding: number;
  title: TextBox;
  period: TextBox;
  /** One per effectiveness indicator, left to right. */
  cards: CardBoxes[];
  /** Where the chart image goes, and the scale to render it at (image px per chart px). */
  chart: Size & { x: number; y: number; scale: number };
}

/** The slide: 16:9 at full HD. */
export const SLIDE: Size = { width: 1920, height: 1080 };
/** Scale of the plain PNG export. */
export const PNG_SCALE = 2;
export const CARD_COUNT = 3;

interface Metrics {
  padding: number;
  gap: number;
  title: number;
  period: number;
  headline: number;
  detail: number;
}

/** Sizes in chart (CSS) pixels for the PNG, multiplied by its scale; in image pixels for the slide. */
const PNG_METRICS: Metrics = { padding: 12, gap: 12, title: 18, period: 13, headline: 14, detail: 12 };
const SLIDE_METRICS: Metrics = { padding: 64, gap: 28, title: 48, period: 28, headline: 28, detail: 22 };
const LINE = 1.3;
const HEADLINE_LINES = 2;
const DETAIL_LINES = 2;

const box = (x: number, y: number, width: number, fontSize: number, maxLines: number): TextBox => ({
  x,
  y,
  width,
  fontSize,
  lineHeight: Math.round(fontSize * LINE),
  maxLines,
});

/** Height taken by a text box at its line limit. */
export const textHeight = (t: TextBox) => t.lineHeight * t.maxLines;

/** Title, period and strip stacked from `top`, `width` wide starting at `left`; returns the boxes and the bottom. */
function header(m: Metrics, left: number, top: number, width: number) {
  const title = box(left, top, width, m.title, 1);
  const period = box(left, title.y + textHeight(title) + Math.round(m.gap / 3), width, m.period, 1);
  const cardsTop = period.y + textHeight(period) + m.gap;
  const cardWidth = Math.floor((width - m.gap * (CARD_COUNT - 1)) / CARD_COUNT);
  const cards: CardBoxes[] = [];
  for (let i = 0; i < CARD_COUNT; i++) {
    const x = left + i * (cardWidth + m.gap);
    const headline = box(x, cardsTop, cardWidth, m.headline, HEADLINE_LINES);
    const detail = box(x, headline.y + textHeight(headline) + Math.round(m.gap / 4), cardWidth, m.detail, DETAIL_LINES);
    cards.push({ headline, detail });
  }
  const bottom = cards[0].detail.y + textHeight(cards[0].detail);
  return { title, period, cards, bottom };
}

const scaled = (m: Metrics, s: number): Metrics => ({
  padding: Math.round(m.padding * s),
  gap: Math.round(m.gap * s),
  title: Math.round(m.title * s),
  period: Math.round(m.period * s),
  headline: Math.round(m.headline * s),
  detail: Math.round(m.detail * s),
});

/**
 * PNG: as wide as the chart at `scale` (2×), the header above it, the chart below at full width.
 * Slide: 1920×1080, the header at the top and the chart scaled to fit the rest, centred, aspect kept.
 * Every coordinate is in whole image pixels.
 */
export function exportLayout(kind: ImageExportKind, chart: Size, scale = PNG_SCALE): ExportLayout {
  const cw = Math.max(1, chart.width);
  const ch = Math.max(1, chart.height);
  if (kind === 'png') {
    const m = scaled(PNG_METRICS, scale);
    const width = Math.round(cw * scale);
    const h = header(m, m.padding, m.padding, Math.max(1, width - 2 * m.padding));
    const top = h.bottom + m.gap;
    const height = top + Math.round(ch * scale);
    return {
      width,
      height,
      padding: m.padding,
      title: h.title,
      period: h.period,
      cards: h.cards,
      chart: { x: 0, y: top, width, height: Math.round(ch * scale), scale },
    };
  }
  const m = SLIDE_METRICS;
  const { width, height } = SLIDE;
  const inner = width - 2 * m.padding;
  const h = header(m, m.padding, m.padding, inner);
  const top = h.bottom + m.gap;
  const room = { width: inner, height: Math.max(1, height - m.padding - top) };
  const fit = Math.min(room.width / cw, room.height / ch);
  const w = Math.floor(cw * fit);
  const hh = Math.floor(ch * fit);
  return {
    width,
    height,
    padding: m.padding,
    title: h.title,
    period: h.period,
    cards: h.cards,
    chart: { x: m.padding + Math.floor((room.width - w) / 2), y: top + Math.floor((room.height - hh) / 2), width: w, height: hh, scale: fit },
  };
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth` (by `measure`); the last line
 * ends with "…" when text was left out, and a single word wider than the line is cut.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (measure(candidate) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[i];
    if (lines.length === maxLines) {
      break;
    }
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  const truncated = i < words.length;
  const fitted = lines.map((l, index) => {
    const last = index === lines.length - 1;
    return fitLine(truncated && last ? `${l}…` : l, maxWidth, measure);
  });
  return fitted;
}

/** Cuts a line that is too wide and ends it with "…". */
function fitLine(line: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(line) <= maxWidth) {
    return line;
  }
  let cut = line.replace(/…$/, '');
  while (cut.length > 0 && measure(`${cut}…`) > maxWidth) {
    cut = cut.slice(0, -1);
  }
  return `${cut.trimEnd()}…`;
}
