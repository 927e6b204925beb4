import { exportLayout, wrapText, type ImageExportKind, type TextBox } from './layout';

/** What is burned into an exported image besides the chart. */
export interface ImageTexts {
  title: string;
  period: string;
  cards: Array<{ headline: string; verdict: string; verdictColour: string; detail: string }>;
}

export interface ImageColours {
  background: string;
  text: string;
  secondary: string;
  fontFamily: string;
}

/** The part of a Vega `View` the export uses. */
export interface ImageSource {
  toImageURL(type: string, scale?: number): Promise<string>;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart image could not be loaded'));
    img.src = url;
  });
}

function drawText(ctx: CanvasRenderingContext2D, box: TextBox, text: string, weight: number, family: string, colour: string) {
  ctx.font = `${weight} ${box.fontSize}px ${family}`;
  ctx.fillStyle = colour;
  const lines = wrapText(text, box.width, box.maxLines, (s) => ctx.measureText(s).width);
  lines.forEach((line, i) => ctx.fillText(line, box.x, box.y + i * box.lineHeight));
  return lines.length;
}

/**
 * Draws the export image on a canvas: the background, title, period range and the strip's sentences in
 * the theme's colours and font, and the chart rendered by Vega at the layout's scale.
 */
export async function composeImage(kind: ImageExportKind, view: ImageSource, texts: ImageTexts, colours: ImageColours): Promise<Blob> {
  // The whole view (plot, axes, legends, padding) at 1×: `view.width()` is only the plot's width.
  const natural = await loadImage(await view.toImageURL('png', 1));
  const layout = exportLayout(kind, { width: natural.naturalWidth, height: natural.naturalHeight });
  const chart = layout.chart.scale === 1 ? natural : await loadImage(await view.toImageURL('png', layout.chart.scale));

  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) {
    throw new Error('no 2D canvas to draw the export on');
  }
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  const family = colours.fontFamily;
  drawText(ctx, layout.title, texts.title, 600, family, colours.text);
  drawText(ctx, layout.period, texts.period, 400, family, colours.secondary);
  layout.cards.forEach((box, i) => {
    const card = texts.cards[i];
    if (!card) {
      return;
    }
    const used = drawText(ctx, box.headline, card.headline, 500, family, colours.text);
    // The detail right below the headline's lines (the layout reserves room for the longest).
    const y = box.detail.y - (box.headline.maxLines - Math.max(1, used)) * box.headline.lineHeight;
    // The verdict as a word in its colour, then the numbers behind it (never colour alone).
    ctx.font = `600 ${box.detail.fontSize}px ${family}`;
    ctx.fillStyle = card.verdictColour;
    const verdict = `${card.verdict} · `;
    ctx.fillText(verdict, box.detail.x, y);
    const indent = ctx.measureText(verdict).width;
    const detail = { ...box.detail, y, x: box.detail.x + indent, width: Math.max(1, box.detail.width - indent) };
    drawText(ctx, detail, card.detail, 400, family, colours.secondary);
  });
  ctx.drawImage(chart, layout.chart.x, layout.chart.y, layout.chart.width, layout.chart.height);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded as PNG'))), 'image/png')
  );
}
