import { parseRenderArgs } from './renderArgs';

describe('parseRenderArgs', () => {
  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(
      parseRenderArgs(['--frames', 'a b.json', '--options=o.json', '--width', '900', '--height=500', '--theme', 'light', '--png', 'x.png', '--svg', 'x.svg', '--summary', 's.json', '--title', 'QBR'])
    ).toEqual({ frames: 'a b.json', options: 'o.json', width: 900, height: 500, theme: 'light', png: 'x.png', svg: 'x.svg', summary: 's.json', title: 'QBR' });
  });

  it('defaults to 1200×800 dark', () => {
    expect(parseRenderArgs(['--frames', 'f.json', '--png', 'x.png'])).toMatchObject({ width: 1200, height: 800, theme: 'dark' });
  });

  it.each([
    [['--png', 'x.png'], '--frames is required'],
    [['--frames', 'f.json'], 'nothing to write'],
    [['--frames', 'f.json', '--png', 'x.png', '--width', 'wide'], '--width must be'],
    [['--frames', 'f.json', '--png', 'x.png', '--theme', 'blue'], '--theme must be'],
    [['--frames', 'f.json', '--png'], '--png needs a value'],
    [['--frames', 'f.json', '--jpeg', 'x.jpg'], 'unknown argument --jpeg'],
  ])('refuses %j with a reason', (argv, reason) => {
    expect(() => parseRenderArgs(argv)).toThrow(reason);
  });
});
