import type { AxisModel, MatrixModel } from '../model/types';

/** Room around the outermost points so bubbles and labels at the edges stay inside the plot. */
const DOMAIN_PADDING = 0.06;
/**
 * The narrowest linear domain drawn: tick generation fails on spans near the limits of floating point
 * (subnormal numbers), so tinier spans are widened around their middle.
 */
const MIN_SPAN = 1e-200;

/** The drawn domain of an axis: the model's domain with room at both ends (half a category on an ordinal axis). */
export function paddedDomain(axis: AxisModel): [number, number] {
  const [min, max] = axis.domain;
  if (axis.scale === 'log') {
    const factor = Math.pow(max / min, DOMAIN_PADDING);
    return [min / factor, max * factor];
  }
  if (axis.scale === 'ordinal') {
    return [min - 0.5, max + 0.5];
  }
  const pad = (max - min) * DOMAIN_PADDING;
  const [lo, hi] = [min - pad, max + pad];
  const minSpan = Math.max(MIN_SPAN, Math.abs((lo + hi) / 2) * 1e-12);
  if (!(hi - lo >= minSpan)) {
    const mid = lo / 2 + hi / 2;
    return [mid - minSpan / 2, mid + minSpan / 2];
  }
  return [lo, hi];
}

/** Data values at the plot's four edges (a reversed axis swaps its ends). */
export interface PlotEdges {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function plotEdges(model: MatrixModel): PlotEdges {
  const [x0, x1] = paddedDomain(model.axes.x);
  const [y0, y1] = paddedDomain(model.axes.y);
  return {
    left: model.axes.x.reverse ? x1 : x0,
    right: model.axes.x.reverse ? x0 : x1,
    top: model.axes.y.reverse ? y0 : y1,
    bottom: model.axes.y.reverse ? y1 : y0,
  };
}
