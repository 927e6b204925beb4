import { conventionalModel } from './fixtures';
import { trailRows } from './rows';
import { VEGA_MARKS } from './vega';
import { buildSpec } from './buildSpec';
import { DEFAULT_OPTIONS } from '../constants';
import { specThemeFrom } from './theme';
import { createTheme } from '@grafana/data';
import { markNames } from '../test-utils/vegaSpec';

describe('trail rows', () => {
  const model = conventionalModel();
  const rows = trailRows(model);

  it('orders each trail by period, from baseline to current, and marks the last point', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const s of model.segments) {
      const mine = rows.filter((r) => r.segment === s.segment);
      if (mine.length === 0) {
        continue;
      }
      expect(mine.map((r) => r.period)).toEqual(model.trailPeriods.filter((p) => mine.some((r) => r.period === p)));
      expect(mine.map((r) => r.order)).toEqual([...mine.map((r) => r.order)].sort((a, b) => a - b));
      expect(mine.map((r) => r.isLast)).toEqual(mine.map((_, i) => i === mine.length - 1));
      // Each point knows the previous one (the arrowhead's direction).
      mine.slice(1).forEach((r, i) => expect([r.baselineX, r.baselineY]).toEqual([mine[i].x, mine[i].y]));
    }
  });

  it('ends with an arrowhead and period labels when the trail is shown', () => {
    const spec = buildSpec({
      model,
      display: { ...DEFAULT_OPTIONS.display, showTrail: true },
      theme: specThemeFrom(createTheme()),
    });
    const names = markNames(spec);
    expect(names).toContain(VEGA_MARKS.trailHeads);
    expect(names).toContain('trail_labels_marks');
  });
});
