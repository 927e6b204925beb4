import type { QuadrantId } from '../model/types';
import { bcgModel, conventionalModel } from './fixtures';
import { quadrantRows } from './quadrants';
import { paddedDomain, plotEdges } from './scales';

type Corner = { id: QuadrantId; name: string; align: string; baseline: string; atLeft: boolean; atTop: boolean };

function corners(model: ReturnType<typeof conventionalModel>): Corner[] {
  const edges = plotEdges(model);
  return quadrantRows(model).map((q) => ({
    id: q.id,
    name: q.name,
    align: q.align,
    baseline: q.baseline,
    atLeft: q.nameX === edges.left,
    atTop: q.nameY === edges.top,
  }));
}

describe('quadrantRows: names in the corners', () => {
  it.each([
    // id, name, drawn at left?, at top?
    ['HH', 'Strategic focus', false, true],
    ['LH', 'Core at scale', true, true],
    ['HL', 'Selective niche', false, false],
    ['LL', 'Low touch', true, false],
  ] as const)('needs-vs-value: %s (%s) left=%s top=%s', (id, name, left, top) => {
    const c = corners(conventionalModel()).find((q) => q.id === id)!;
    expect(c).toMatchObject({ name, atLeft: left, atTop: top, align: left ? 'left' : 'right', baseline: top ? 'top' : 'bottom' });
  });

  it.each([
    // BCG: high share is drawn on the left, so H quadrants are on the left.
    ['HH', 'Stars', true, true],
    ['LH', 'Question marks', false, true],
    ['HL', 'Cash cows', true, false],
    ['LL', 'Dogs', false, false],
  ] as const)('share-vs-growth (reversed x): %s (%s) left=%s top=%s', (id, name, left, top) => {
    const c = corners(bcgModel()).find((q) => q.id === id)!;
    expect(c).toMatchObject({ name, atLeft: left, atTop: top, align: left ? 'left' : 'right' });
  });

  it('puts the left edge of a reversed axis at the top of its domain', () => {
    const model = bcgModel();
    const [lo, hi] = paddedDomain(model.axes.x);
    expect(plotEdges(model)).toMatchObject({ left: hi, right: lo });
  });

  it('spans each quadrant from its plot edges to the cut points', () => {
    const model = conventionalModel();
    const edges = plotEdges(model);
    const hh = quadrantRows(model).find((q) => q.id === 'HH')!;
    expect(hh).toMatchObject({ x: edges.right, x2: model.cuts.x, y: edges.top, y2: model.cuts.y });
  });

  it('insets names from the edges, towards the inside of the plot', () => {
    for (const q of quadrantRows(conventionalModel())) {
      expect(Math.sign(q.dx)).toBe(q.align === 'left' ? 1 : -1);
      expect(Math.sign(q.dy)).toBe(q.baseline === 'top' ? 1 : -1);
    }
  });

  it('uses renamed quadrants', () => {
    const model = { ...conventionalModel(), quadrants: conventionalModel().quadrants.map((q) => (q.id === 'HH' ? { ...q, name: 'Invest' } : q)) };
    expect(quadrantRows(model).find((q) => q.id === 'HH')!.name).toBe('Invest');
  });
});
