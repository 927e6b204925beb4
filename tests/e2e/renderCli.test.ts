import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The render CLI as a user runs it: from any folder, with a frame file given by any path.
jest.setTimeout(90000);

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'sandbox/.build/render.mjs');
const SAMPLE = path.join(ROOT, 'sandbox/samples/demo.json');

function render(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 80000 });
}

describe('render CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segment-matrix-render-'));
    fs.copyFileSync(SAMPLE, path.join(dir, 'my frames.json'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a PNG of the requested size, an SVG and a summary with cuts and every segment', () => {
    const result = render(
      ['--frames', 'my frames.json', '--png', 'out/matrix.png', '--svg', 'out/matrix.svg', '--summary', 'out/summary.json', '--width', '900', '--height', '600', '--theme', 'light'],
      dir
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const png = fs.readFileSync(path.join(dir, 'out/matrix.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(900);
    expect(png.readUInt32BE(20)).toBe(600);

    const svg = fs.readFileSync(path.join(dir, 'out/matrix.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Enterprise');

    const summary = JSON.parse(fs.readFileSync(path.join(dir, 'out/summary.json'), 'utf8'));
    const frame = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'))[0];
    const names = new Set(frame.fields.find((f: { name: string }) => f.name === 'segment').values);
    expect(summary.segments.map((s: { segment: string }) => s.segment).sort()).toEqual([...names].sort());
    expect(typeof summary.cuts.x).toBe('number');
    expect(typeof summary.cuts.y).toBe('number');
    for (const segment of summary.segments) {
      expect(typeof segment.current.x).toBe('number');
      expect(typeof segment.current.y).toBe('number');
    }
    fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'out/matrix.png'), path.join(ROOT, 'test-artifacts', 'render-cli.png'));
  });

  it('exits non-zero with a one-line reason for an unreadable frame file', () => {
    const result = render(['--frames', 'missing.json', '--png', 'x.png'], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('missing.json');
  });

  it('exits non-zero with a one-line reason for a file that is not JSON', () => {
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ not json');
    const result = render(['--frames', 'broken.json', '--summary', 's.json'], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('not valid JSON');
  });

  it('exits 0 and reports data problems as warnings in the summary', () => {
    const frame = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
    frame[0].fields.find((f: { name: string }) => f.name === 'needs').values[0] = null;
    fs.writeFileSync(path.join(dir, 'with-null.json'), JSON.stringify(frame));
    const result = render(['--frames', 'with-null.json', '--summary', 'warn.json'], dir);
    expect(result.status).toBe(0);
    const summary = JSON.parse(fs.readFileSync(path.join(dir, 'warn.json'), 'utf8'));
    expect(summary.warnings.length).toBeGreaterThan(0);
    expect(summary.warnings[0].count).toBeGreaterThan(0);
  });
});
