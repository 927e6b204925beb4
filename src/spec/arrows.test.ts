import { createTheme } from '@grafana/data';
import type { View } from 'vega';
import { runHeadless } from '../test-utils/vegaSpec';
import { DEFAULT_OPTIONS } from '../constants';
import { ARROW_FIELDS, ARROW_HEAD, ARROW_HEAD_PATH, ARROW_HEAD_SIZE, ARROW_MIN_LENGTH, arrowGeometry, symbolRadius } from './arrows';
import { buildSpec, MISSING_SIZE_AREA } from './buildSpec';
import { bcgModel, conventionalModel } from './fixtures';
import { specThemeFrom } from './theme';
import { VEGA_MARKS } from './vega';

const circle = (x: number, y: number, r = 0) => ({ x, y, r });

describe('arrowGeometry (pixel space, y grows downwards)', () => {
  it.each([
    ['right', circle(0, 0), circle(100, 0), 0],
    ['left', circle(0, 0), circle(-100, 0), 180],
    ['down the screen', circle(0, 0), circle(0, 100), 90],
    ['up the screen', circle(0, 0), circle(0, -100), -90],
    ['up and right', circle(0, 0), circle(100, -100), -45],
    ['down and left', circle(10, 10), circle(-90, 110), 135],
  ])('points %s from the baseline to the current position', (_name, b, c, angle) => {
    const g = arrowGeometry(b, c);
    expect(g.angle).toBeCloseTo(angle, 6);
    // the head's direction is the movement's direction
    const rad = (g.angle * Math.PI) / 180;
    const dx = c.x - b.x;
    const dy = c.y - b.y;
    expect((Math.cos(rad) * dx + Math.sin(rad) * dy) / Math.hypot(dx, dy)).toBeCloseTo(1, 9);
    expect(g.visible).toBe(true);
  });

  it('ends the head at the current bubble’s edge and starts the line at the ghost’s edge', () => {
    const g = arrowGeometry(circle(0, 0, 10), circle(100, 0, 20));
    expect(g.tipX).toBeCloseTo(100 - 20 - 1);
    expect(g.tipY).toBeCloseTo(0);
    expect(g.x1).toBeCloseTo(10);
    // the line stops inside the head, so it never pokes out of its tip
    expect(g.x2).toBeGreaterThan(g.tipX - ARROW_HEAD);
    expect(g.x2).toBeLessThan(g.tipX);
  });

  it('puts the tip at the current centre when the head does not fit outside the bubble', () => {
    const g = arrowGeometry(circle(0, 0, 10), circle(15, 0, 12));
    expect(g.tipX).toBe(15);
    expect(g.x1).toBe(0);
    expect(g.x2).toBeGreaterThanOrEqual(g.x1);
  });

  it('hides arrows shorter than the minimum length', () => {
    expect(arrowGeometry(circle(0, 0), circle(ARROW_MIN_LENGTH - 1, 0)).visible).toBe(false);
    expect(arrowGeometry(circle(0, 0), circle(0, 0))).toMatchObject({ visible: false, length: 0 });
  });

  it('measures circles as Vega draws them: r = √size / 2', () => {
    expect(symbolRadius(400)).toBe(10);
    expect(symbolRadius(-1)).toBe(0);
  });

  it('draws a head ARROW_HEAD px long with its tip at the symbol origin, pointing along +x', () => {
    expect(ARROW_HEAD_PATH.startsWith('M0,0L-1,')).toBe(true);
    expect(Math.sqrt(ARROW_HEAD_SIZE) / 2).toBe(ARROW_HEAD);
  });
});

/** The row's arrow fields under their ARROW_FIELDS paths (`arrow.tipX` → datum.arrow.tipX). */
const arrowFields = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.values(ARROW_FIELDS).map((path) => [path, (r.arrow as Record<string, unknown>)[path.split('.')[1]]])) as Record<string, number>;

describe('the view computes the same geometry as arrowGeometry (through the smArrow function)', () => {
  const theme = specThemeFrom(createTheme({ colors: { mode: 'dark' } }));

  async function run(model: ReturnType<typeof conventionalModel>, width: number, height: number) {
    // Labels off: the label transform needs a real canvas (the browser tests cover it).
    const spec = buildSpec({ model, display: { ...DEFAULT_OPTIONS.display, showLabels: false }, theme });
    return runHeadless(spec, width, height);
  }

  function check(view: View) {
    const x = view.scale('x');
    const y = view.scale('y');
    const size = view.scale('size');
    const rows = (view.data('sm_arrows') as Array<Record<string, unknown>>).map((r) => ({ ...r, ...arrowFields(r) })) as Array<Record<string, number | boolean | null>>;
    expect(rows.length).toBeGreaterThan(0);
    const heads = new Map<string, { x: number; y: number; angle: number }>();
    const root = (view.scenegraph() as unknown as { root: unknown }).root as { items: Array<{ items: Array<{ name?: string; items: Array<{ datum: { segment: string }; x: number; y: number; angle: number }> }> }> };
    const mark = root.items[0].items.find((m) => m.name === VEGA_MARKS.arrowheads)!;
    for (const item of mark.items) {
      heads.set(item.datum.segment, item);
    }
    for (const row of rows) {
      const area = (s: unknown, missing: unknown) => (missing ? MISSING_SIZE_AREA : (size(s) as number));
      const expected = arrowGeometry(
        { x: x(row.baselineX) as number, y: y(row.baselineY) as number, r: symbolRadius(area(row.baselineSize, row.baselineSizeMissing)) },
        { x: x(row.x) as number, y: y(row.y) as number, r: symbolRadius(area(row.size, row.sizeMissing)) }
      );
      expect(row[ARROW_FIELDS.tipX]).toBeCloseTo(expected.tipX, 6);
      expect(row[ARROW_FIELDS.tipY]).toBeCloseTo(expected.tipY, 6);
      expect(row[ARROW_FIELDS.x1]).toBeCloseTo(expected.x1, 6);
      expect(row[ARROW_FIELDS.y2]).toBeCloseTo(expected.y2, 6);
      expect(row[ARROW_FIELDS.angle]).toBeCloseTo(expected.angle, 6);
      const head = heads.get(String(row.segment))!;
      expect(head).toMatchObject({ x: expected.tipX, y: expected.tipY });
      expect(head.angle).toBeCloseTo(expected.angle, 6);
    }
  }

  it('on the conventional model', async () => {
    const view = await run(conventionalModel(), 600, 400);
    check(view);
    view.finalize();
  });

  it('on a reversed log axis (BCG): the head still points from the ghost to the bubble', async () => {
    const view = await run(bcgModel(), 600, 400);
    check(view);
    const rows = (view.data('sm_arrows') as Array<Record<string, unknown>>).map((r) => ({ ...r, ...arrowFields(r) })) as Array<Record<string, number | string>>;
    const payments = rows.find((r) => r.segment === 'Payments')!;
    // Payments' share grew from 2.1 to 2.6: high share is on the left, so it moved left (angle beyond ±90°).
    expect(Math.abs(payments[ARROW_FIELDS.angle] as number)).toBeGreaterThan(90);
    view.finalize();
  });

  it('follows a resize without a new spec', async () => {
    const view = await run(conventionalModel(), 600, 400);
    const before = (view.data('sm_arrows') as Array<Record<string, unknown>>).map((r) => arrowFields(r)[ARROW_FIELDS.tipX]);
    await view.width(300).height(200).runAsync();
    const after = (view.data('sm_arrows') as Array<Record<string, unknown>>).map((r) => arrowFields(r)[ARROW_FIELDS.tipX]);
    expect(after).not.toEqual(before);
    check(view);
    view.finalize();
  });
});
