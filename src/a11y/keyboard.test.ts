import { conventionalModel } from '../spec/fixtures';
import { moveForKey, moveIndex, navigationOrder } from './keyboard';

describe('keyboard navigation', () => {
  it('visits the segments in the legend order of the model', () => {
    const model = conventionalModel();
    expect(navigationOrder(model.segments)).toEqual(model.segments.map((s) => s.segment));
    expect(navigationOrder([{ segment: 'b' }, { segment: 'a' }])).toEqual(['b', 'a']);
  });

  it('maps arrow keys, Home and End', () => {
    expect(moveForKey('ArrowRight')).toBe('next');
    expect(moveForKey('ArrowDown')).toBe('next');
    expect(moveForKey('ArrowLeft')).toBe('previous');
    expect(moveForKey('ArrowUp')).toBe('previous');
    expect(moveForKey('Home')).toBe('first');
    expect(moveForKey('End')).toBe('last');
    expect(moveForKey('Enter')).toBeNull();
    expect(moveForKey('Tab')).toBeNull();
  });

  it('moves and wraps around', () => {
    expect(moveIndex(0, 'next', 3)).toBe(1);
    expect(moveIndex(2, 'next', 3)).toBe(0);
    expect(moveIndex(0, 'previous', 3)).toBe(2);
    expect(moveIndex(1, 'first', 3)).toBe(0);
    expect(moveIndex(1, 'last', 3)).toBe(2);
  });

  it('starts at an end when nothing is focused, and stays nowhere in an empty list', () => {
    expect(moveIndex(-1, 'next', 3)).toBe(0);
    expect(moveIndex(-1, 'previous', 3)).toBe(2);
    expect(moveIndex(7, 'next', 3)).toBe(0);
    expect(moveIndex(0, 'next', 0)).toBe(-1);
  });
});
