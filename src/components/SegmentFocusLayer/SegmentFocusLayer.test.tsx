import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { TEST_IDS } from '../../constants';
import { MAX_FOCUS_BUTTONS, SegmentFocusLayer } from './SegmentFocusLayer';
import { clickUpdate, currentValue } from './useSegmentInteraction';

const segments = ['A', 'B', 'C'].map((segment) => ({ segment, label: `${segment} moved from X to Y` }));
const boxes = [
  { segment: 'A', x: 50, y: 60, width: 20, height: 20 },
  { segment: 'B', x: 150, y: 60, width: 4, height: 4 },
];

function renderLayer(selected: string | null = null) {
  const onSelect = jest.fn();
  const onFocusSegment = jest.fn();
  render(
    <SegmentFocusLayer
      segments={segments}
      boxes={boxes}
      selected={selected}
      onSelect={onSelect}
      onFocusSegment={onFocusSegment}
    />
  );
  const button = (s: string) => screen.getByTestId(TEST_IDS.focusSegment(s));
  return { onSelect, onFocusSegment, button };
}

describe('SegmentFocusLayer', () => {
  it('has one Tab stop: the first segment, or the selected one', () => {
    const { button } = renderLayer();
    expect(['A', 'B', 'C'].map((s) => button(s).tabIndex)).toEqual([0, -1, -1]);
  });

  it('starts at the selected segment', () => {
    const { button } = renderLayer('C');
    expect(button('C').tabIndex).toBe(0);
    expect(button('C')).toHaveAttribute('aria-pressed', 'true');
  });

  it('labels each segment with its movement in words and sits over its bubble', () => {
    const { button } = renderLayer();
    expect(button('A')).toHaveAttribute('aria-label', 'A moved from X to Y');
    expect(button('A').style.left).toBe('40px');
    expect(button('A').style.top).toBe('50px');
    expect(button('A').style.width).toBe('20px');
    // a tiny bubble still gets a ring of the minimum size
    expect(parseFloat(button('B').style.width)).toBeGreaterThanOrEqual(12);
  });

  it('while its boxes are from another size, marks only the focusable button, keeping every position', () => {
    const props = { segments, boxes, selected: null, onSelect: jest.fn(), onFocusSegment: jest.fn() };
    const { rerender } = render(<SegmentFocusLayer {...props} />);
    const layer = screen.getByTestId(TEST_IDS.focusLayer);
    const button = (name: string) => screen.getByTestId(TEST_IDS.focusSegment(name));
    const a = button('A');
    button('B').focus();
    expect(layer).toHaveAttribute('data-placed', 'true');
    expect(layer.querySelectorAll('[data-stale]')).toHaveLength(0);
    rerender(<SegmentFocusLayer {...props} placed={false} />);
    expect(layer).toHaveAttribute('data-placed', 'false');
    // the focused button's ring is hidden by its own attribute (the layer's would restyle every button;
    // tests/e2e/interactions.test.ts checks the ring in Chromium)
    expect(Array.from(layer.querySelectorAll('[data-stale]'))).toEqual([button('B')]);
    // the same elements, their own style untouched
    expect(button('A')).toBe(a);
    expect(a.style.left).toBe('40px');
    rerender(<SegmentFocusLayer {...props} placed />);
    expect(layer.querySelectorAll('[data-stale]')).toHaveLength(0);
  });

  it('renders only the Tab stop until the chart reports its first boxes, then a button per segment', () => {
    const props = { segments, selected: 'B', onSelect: jest.fn(), onFocusSegment: jest.fn() };
    const { rerender } = render(<SegmentFocusLayer {...props} boxes={[]} />);
    const layer = screen.getByTestId(TEST_IDS.focusLayer);
    expect(Array.from(layer.querySelectorAll('button')).map((b) => b.dataset.segment)).toEqual(['B']);
    const b = screen.getByTestId(TEST_IDS.focusSegment('B'));
    expect(b.tabIndex).toBe(0);
    // the arrow keys already move (as with many segments)
    b.focus();
    fireEvent.keyDown(b, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId(TEST_IDS.focusSegment('C')));
    rerender(<SegmentFocusLayer {...props} boxes={boxes} />);
    expect(Array.from(layer.querySelectorAll('button')).map((el) => el.dataset.segment)).toEqual(['A', 'B', 'C']);
    // the focused button is the same element, still focused
    expect(document.activeElement).toBe(screen.getByTestId(TEST_IDS.focusSegment('C')));
  });

  it('moves with the arrow keys in order, wrapping, and selects with a click (Enter/Space on a button)', () => {
    const { button, onSelect, onFocusSegment } = renderLayer();
    button('A').focus();
    expect(onFocusSegment).toHaveBeenLastCalledWith('A');
    fireEvent.keyDown(button('A'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('B'));
    fireEvent.keyDown(button('B'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('C'));
    expect(button('C').tabIndex).toBe(0);
    fireEvent.keyDown(button('C'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('A'));
    fireEvent.keyDown(button('A'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(button('C'));
    fireEvent.keyDown(button('C'), { key: 'Home' });
    expect(document.activeElement).toBe(button('A'));
    fireEvent.click(button('A'));
    expect(onSelect).toHaveBeenCalledWith('A');
  });

  it('leaves on Escape', () => {
    const { button, onFocusSegment } = renderLayer();
    button('B').focus();
    fireEvent.keyDown(button('B'), { key: 'Escape' });
    expect(document.activeElement).not.toBe(button('B'));
    expect(onFocusSegment).toHaveBeenLastCalledWith(null);
  });
});

describe('click-through', () => {
  it('reads the variable, with no value when it is not replaced', () => {
    expect(currentValue('segment', (s) => s.replace('${segment}', 'Enterprise'))).toBe('Enterprise');
    expect(currentValue('segment', (s) => s)).toBeNull();
    expect(currentValue('segment', () => '')).toBeNull();
    expect(currentValue('', () => 'x')).toBeNull();
  });

  it('sets the variable, and clears it on a second click when toggling', () => {
    expect(clickUpdate('segment', 'A', null, true)).toEqual({ 'var-segment': 'A' });
    expect(clickUpdate('segment', 'A', 'B', true)).toEqual({ 'var-segment': 'A' });
    expect(clickUpdate('segment', 'A', 'A', true)).toEqual({ 'var-segment': null });
    expect(clickUpdate('segment', 'A', 'A', false)).toEqual({ 'var-segment': 'A' });
  });
});

describe('many segments', () => {
  it(`renders one roving button above ${MAX_FOCUS_BUTTONS} segments, moved by the arrow keys`, () => {
    const many = Array.from({ length: MAX_FOCUS_BUTTONS + 50 }, (_, i) => ({ segment: `S${i}`, label: `S${i} moved` }));
    const onFocusSegment = jest.fn();
    render(<SegmentFocusLayer segments={many} boxes={[]} selected={null} onSelect={jest.fn()} onFocusSegment={onFocusSegment} />);
    const layer = screen.getByTestId(TEST_IDS.focusLayer);
    expect(layer.querySelectorAll('button')).toHaveLength(1);
    const first = screen.getByTestId(TEST_IDS.focusSegment('S0'));
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId(TEST_IDS.focusSegment('S1')));
    expect(layer.querySelectorAll('button')).toHaveLength(1);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toHaveAttribute('aria-label', `S${MAX_FOCUS_BUTTONS + 49} moved`);
    expect(onFocusSegment).not.toHaveBeenLastCalledWith(null);
  });
});
