import { parseRenderArgs } from './renderArgs';

describe('parseRenderArgs', () => {
  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(
      parseRenderArgs(['--frames', 'a b.json', '--options=o.json', '--width', '900', '--height=500', '--theme', 'light', '--png', 'x.png', '--svg', 'x.svg', '--summary', 's.json', '--title', 'QBR'])
    ).toEqual({ frames: 'a b.json', options: 'o.json', width: 900, height: 500, theme: 'light', png: 'x.png', svg: 'x.svg', summary: 's.json', title: 'QBR' });
  });

  it('reads --slide alone as something to write, in both forms', () => {
    expect(parseRenderArgs(['--frames', 'f.json', '--slide', 'deck.png'])).toMatchObject({ slide: 'deck.png' });
    expect(parseRenderArgs(['--dashboard', 'd', '--panel', '1', '--slide=s.png'])).toMatchObject({ slide: 's.png', panel: 1 });
    expect(() => parseRenderArgs(['--frames', 'f.json', '--slide'])).toThrow('--slide needs a value');
  });

  it('defaults to 1200×800 dark', () => {
    expect(parseRenderArgs(['--frames', 'f.json', '--png', 'x.png'])).toMatchObject({ width: 1200, height: 800, theme: 'dark' });
  });

  it('reads a dashboard panel with variables (repeatable, a repeated name is multi-valued) and a time range', () => {
    expect(
      parseRenderArgs(['--dashboard', 'segment-qbr', '--panel=4', '--var', 'segment=Retail & Consumer', '--var', 'tier=a', '--var=tier=b=c', '--from', 'now-1y', '--to', 'now', '--png', 'p.png'])
    ).toEqual({
      dashboard: 'segment-qbr',
      panel: 4,
      vars: { segment: ['Retail & Consumer'], tier: ['a', 'b=c'] },
      from: 'now-1y',
      to: 'now',
      width: 1200,
      height: 800,
      theme: 'dark',
      png: 'p.png',
    });
  });

  it.each([
    [['--dashboard', 'd.json', '--png', 'x.png'], '--dashboard needs --panel'],
    [['--dashboard', 'd.json', '--panel', 'main', '--png', 'x.png'], '--dashboard needs --panel'],
    [['--dashboard', 'd.json', '--panel', '2', '--var', 'segment', '--png', 'x.png'], '--var must be name=value'],
    [['--dashboard', 'd.json', '--panel', '2', '--options', 'o.json', '--png', 'x.png'], '--options does not go with --dashboard'],
    [['--frames', 'f.json', '--dashboard', 'd.json', '--panel', '2', '--png', 'x.png'], 'not both'],
    [['--frames', 'f.json', '--var', 'a=b', '--png', 'x.png'], '--var only go with --dashboard'],
  ])('refuses dashboard arguments %j with a reason', (argv, reason) => {
    expect(() => parseRenderArgs(argv)).toThrow(reason);
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
