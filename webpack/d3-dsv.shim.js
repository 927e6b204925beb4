// d3-dsv builds its row parser with `new Function`, which a strict Content-Security-Policy forbids.
// The panel only feeds JSON rows to Vega, so CSV/TSV parsing (vega-loader's dsv formats) is left out.
export function dsvFormat() {
  throw new Error('Segment Matrix does not parse CSV/TSV inside Vega; send rows as data frames.');
}
