import { hitsLine, LABEL_POSITIONS, placeLabels, type LabelCircle, type LabelInput, type LabelLine, type PlacedLabel, type Rect } from './labelPlacement';

const circle = (x: number, y: number, r: number): LabelCircle => ({ x, y, r });
const boxOf = (p: ReturnType<typeof placeLabels>[number], w: number, h: number) => {
  const x1 = p.align === 'center' ? p.x - w / 2 : p.align === 'left' ? p.x : p.x - w;
  const y1 = p.baseline === 'middle' ? p.y - h / 2 : p.baseline === 'top' ? p.y : p.y - h;
  return { x1, y1, x2: x1 + w, y2: y1 + h };
};

describe('placeLabels', () => {
  it('puts a label above its circle first, centred, clear of it by the offset', () => {
    const c = circle(100, 100, 10);
    const [p] = placeLabels([{ circle: c, width: 40, height: 12 }], [c], 300, 200, 2);
    expect(p).toMatchObject({ visible: true, x: 100, y: 88, align: 'center', baseline: 'bottom' });
    expect(LABEL_POSITIONS[0]).toEqual({ dx: 0, dy: -1 });
  });

  it('moves a label that would leave the plot or overlap an earlier label, and hides it when no position fits', () => {
    const a = circle(100, 14, 6);
    const [top] = placeLabels([{ circle: a, width: 40, height: 12 }], [a], 300, 200);
    expect(top.baseline).toBe('top'); // no room above: below
    const b = circle(150, 100, 30);
    const crowd = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(() => ({ circle: b, width: 120, height: 40 }));
    const placed = placeLabels(crowd, [b], 300, 200);
    expect(placed[0].visible).toBe(true);
    expect(placed.filter((p) => p.visible).length).toBeLessThan(crowd.length);
    expect(placed.at(-1)!.visible).toBe(false);
  });

  it('never overlaps another label nor any other circle, on a crowded random scene', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const circles = Array.from({ length: 400 }, () => circle(rand() * 800, rand() * 600, 3 + rand() * 12));
    const labels = circles.map((c) => ({ circle: c, width: 30 + rand() * 60, height: 12 }));
    const placed = placeLabels(labels, circles, 800, 600);
    const boxes = placed.map((p, i) => (p.visible ? boxOf(p, labels[i].width, labels[i].height) : null));
    expect(boxes.filter(Boolean).length).toBeGreaterThan(50);
    boxes.forEach((a, i) => {
      if (!a) {
        return;
      }
      expect(a.x1).toBeGreaterThanOrEqual(0);
      expect(a.y2).toBeLessThanOrEqual(600);
      boxes.slice(i + 1).forEach((b) => {
        if (b) {
          expect(a.x1 < b.x2 - 1e-9 && b.x1 < a.x2 - 1e-9 && a.y1 < b.y2 - 1e-9 && b.y1 < a.y2 - 1e-9).toBe(false);
        }
      });
      circles.forEach((c, k) => {
        if (k !== i) {
          const nx = Math.max(a.x1, Math.min(c.x, a.x2));
          const ny = Math.max(a.y1, Math.min(c.y, a.y2));
          expect(Math.hypot(c.x - nx, c.y - ny)).toBeGreaterThanOrEqual(c.r - 1e-9);
        }
      });
    });
  });

  it('keeps clear of other texts (rects) and hides labels of circles without a position', () => {
    const c = circle(100, 100, 10);
    const [p] = placeLabels([{ circle: c, width: 40, height: 12 }], [c], 300, 200, 2, [{ x1: 60, y1: 60, x2: 140, y2: 89 }]);
    expect(p.baseline).not.toBe('bottom');
    expect(placeLabels([{ circle: circle(NaN, 5, 3), width: 10, height: 10 }], [], 100, 100)[0].visible).toBe(false);
  });
});

describe('arrows as obstacles', () => {
  it('finds whether a segment crosses a rectangle', () => {
    const r = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(hitsLine(r, { x1: -5, y1: 5, x2: 15, y2: 5 })).toBe(true);
    expect(hitsLine(r, { x1: 2, y1: 2, x2: 3, y2: 3 })).toBe(true);
    expect(hitsLine(r, { x1: -5, y1: -5, x2: -1, y2: 20 })).toBe(false);
    expect(hitsLine(r, { x1: 11, y1: -5, x2: 20, y2: 5 })).toBe(false);
  });

  it('moves a label off an arrow crossing its first position', () => {
    const c = circle(100, 100, 10);
    const arrow = { x1: 60, y1: 82, x2: 140, y2: 82 };
    const [p] = placeLabels([{ circle: c, width: 40, height: 12 }], [c], 300, 200, 2, [], [arrow]);
    expect(p.visible).toBe(true);
    expect(p.baseline).not.toBe('bottom');
  });
});

/** The same greedy placement without a grid: every position tested against everything. */
function placeByScanning(labels: LabelInput[], obstacles: LabelCircle[], width: number, height: number, rects: Rect[], lines: LabelLine[]) {
  const placed: Rect[] = [...rects];
  return labels.map(({ circle: c, width: w, height: h }): PlacedLabel => {
    for (const { dx, dy } of LABEL_POSITIONS) {
      const k = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const ax = c.x + dx * (c.r + 2) * k;
      const ay = c.y + dy * (c.r + 2) * k;
      const x1 = dx === 0 ? ax - w / 2 : dx > 0 ? ax : ax - w;
      const y1 = dy === 0 ? ay - h / 2 : dy > 0 ? ay : ay - h;
      const r = { x1, y1, x2: x1 + w, y2: y1 + h };
      const clear =
        r.x1 >= 0 &&
        r.y1 >= 0 &&
        r.x2 <= width &&
        r.y2 <= height &&
        !placed.some((o) => r.x1 < o.x2 && o.x1 < r.x2 && r.y1 < o.y2 && o.y1 < r.y2) &&
        !obstacles.some((o) => o.owner !== c.owner && Math.hypot(o.x - Math.max(r.x1, Math.min(o.x, r.x2)), o.y - Math.max(r.y1, Math.min(o.y, r.y2))) < o.r) &&
        !lines.some((l) => hitsLine(r, l));
      if (clear) {
        placed.push(r);
        const align = dx === 0 ? 'center' : dx > 0 ? 'left' : 'right';
        return { x: ax, y: ay, align, baseline: dy === 0 ? 'middle' : dy > 0 ? 'top' : 'bottom', visible: true };
      }
    }
    return { x: NaN, y: NaN, align: 'center', baseline: 'middle', visible: false };
  });
}

describe('the grid', () => {
  it.each([
    ['short arrows', 60, 40],
    ['long arrows across the plot', 60, 700],
    ['a crowd', 400, 120],
  ])('places exactly as testing every position against everything would (%s)', (_, n, reach) => {
    let seed = n * 31 + reach;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const [width, height] = [760, 430];
    const owners = Array.from({ length: n }, (_, i) => ({ i }));
    const bubbles = owners.map((owner) => ({ x: rand() * width, y: rand() * height, r: 2 + rand() * 14, owner }));
    // Ghosts and arrows may start outside the plot (a segment that moved in from beyond the axes).
    const ghosts = bubbles.map((b) => ({ x: b.x + (rand() - 0.5) * reach, y: b.y + (rand() - 0.5) * reach, r: b.r * 0.8, owner: b.owner }));
    const lines = ghosts.map((g, i) => ({ x1: g.x, y1: g.y, x2: bubbles[i].x, y2: i % 7 === 0 ? g.y : bubbles[i].y }));
    const rects = [{ x1: 4, y1: 4, x2: 90, y2: 18 }, { x1: width - 90, y1: height - 18, x2: width - 4, y2: height - 4 }];
    const labels = bubbles.map((b) => ({ circle: b, width: 24 + rand() * 70, height: 12 }));
    const placed = placeLabels(labels, [...bubbles, ...ghosts], width, height, 2, rects, lines);
    expect(placed).toEqual(placeByScanning(labels, [...bubbles, ...ghosts], width, height, rects, lines));
    expect(placed.filter((p) => p.visible).length).toBeGreaterThan(5);
    expect(placed.filter((p) => !p.visible).length).toBeGreaterThan(0);
  });
});

describe('own circles', () => {
  it('lets a label touch the circles of its own segment (bubble, ghost, arrowhead), not those of others', () => {
    const row = { segment: 'A' };
    const bubble = { ...circle(100, 100, 10), owner: row };
    const ownGhost = { ...circle(100, 80, 8), owner: row };
    const [p] = placeLabels([{ circle: { ...circle(100, 100, 10), owner: row }, width: 40, height: 12 }], [bubble, ownGhost], 300, 200);
    expect(p).toMatchObject({ visible: true, baseline: 'bottom' });
    const otherGhost = { ...circle(100, 80, 8), owner: { segment: 'B' } };
    const [q] = placeLabels([{ circle: { ...circle(100, 100, 10), owner: row }, width: 40, height: 12 }], [bubble, otherGhost], 300, 200);
    expect(q.baseline).not.toBe('bottom');
  });
});
