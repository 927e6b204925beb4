import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { assembleApng, describeApng } from '../../scripts/apng.mjs';

// The README's Play pictures (npm run illustrate → scripts/illustrate-play.mjs) and the APNG assembler
// behind them (scripts/apng.mjs). The chunks are read and the CRCs computed here independently of the module.

const ROOT = path.resolve(__dirname, '../..');
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Bitwise CRC-32 (ISO 3309), no table: a second implementation to check the module's against. */
function crc(bytes: Buffer): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) {
      c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([length, body, sum]);
}

/** Raw scanlines (filter byte 0, then RGB) of a w×h image whose pixels are f(x, y). */
function scanlines(w: number, h: number, f: (x: number, y: number) => [number, number, number]): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    rows.push(0);
    for (let x = 0; x < w; x++) {
      rows.push(...f(x, y));
    }
  }
  return Buffer.from(rows);
}

/** A truecolour 8-bit PNG; `idatParts` > 1 splits the compressed data over several IDAT chunks. */
function tinyPng(w: number, h: number, raw: Buffer, idatParts = 1): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const z = zlib.deflateSync(raw);
  const cut = Math.ceil(z.length / idatParts);
  const idats = [...Array(idatParts).keys()].map((i) => chunk('IDAT', z.subarray(i * cut, (i + 1) * cut)));
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('sRGB', Buffer.from([0])), ...idats, chunk('IEND', Buffer.alloc(0))]);
}

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

function readChunks(png: Buffer): Chunk[] {
  expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    chunks.push({ type, data, crcOk: png.readUInt32BE(at + 8 + length) === crc(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  expect(at).toBe(png.length); // nothing after the last chunk, nothing cut off
  return chunks;
}

/** Sequence numbers of fcTL and fdAT, in file order. */
const sequenceNumbers = (chunks: Chunk[]) =>
  chunks.filter((c) => c.type === 'fcTL' || c.type === 'fdAT').map((c) => c.data.readUInt32BE(0));

describe('assembleApng', () => {
  const W = 3;
  const H = 2;
  const raws = [
    scanlines(W, H, (x, y) => [x * 80, y * 120, 0]),
    scanlines(W, H, () => [255, 0, 0]),
    scanlines(W, H, (x) => [0, 0, 100 + x]),
  ];
  // the second frame's data comes in two IDAT chunks: it must become two fdAT chunks
  const frames = raws.map((raw, i) => tinyPng(W, H, raw, i === 1 ? 2 : 1));

  it('writes signature, IHDR, acTL, then fcTL + IDAT for frame 1 and fcTL + fdAT for the others, then IEND', () => {
    const apng = assembleApng(frames, { delayMs: [1200, 1200, 2400], loops: 0 });
    const chunks = readChunks(apng);
    expect(chunks.map((c) => c.type)).toEqual([
      'IHDR',
      'acTL',
      'sRGB',
      'fcTL',
      'IDAT',
      'fcTL',
      'fdAT',
      'fdAT',
      'fcTL',
      'fdAT',
      'IEND',
    ]);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(chunks[0].data.readUInt32BE(0)).toBe(W);
    expect(chunks[0].data.readUInt32BE(4)).toBe(H);
    const actl = chunks[1].data;
    expect(actl.readUInt32BE(0)).toBe(3); // num_frames
    expect(actl.readUInt32BE(4)).toBe(0); // num_plays: forever
    expect(sequenceNumbers(chunks)).toEqual([0, 1, 2, 3, 4, 5]);

    const controls = chunks.filter((c) => c.type === 'fcTL').map((c) => c.data);
    for (const fc of controls) {
      expect(fc.length).toBe(26);
      expect([fc.readUInt32BE(4), fc.readUInt32BE(8), fc.readUInt32BE(12), fc.readUInt32BE(16)]).toEqual([W, H, 0, 0]);
      expect([fc[24], fc[25]]).toEqual([0, 0]); // dispose none, blend source
    }
    expect(controls.map((fc) => fc.readUInt16BE(20) / fc.readUInt16BE(22))).toEqual([1.2, 1.2, 2.4]);
  });

  it("keeps each frame's pixels: IDAT / fdAT data (after the sequence number) inflates to that frame's scanlines", () => {
    const chunks = readChunks(assembleApng(frames, { delayMs: 500 }));
    const perFrame: Buffer[][] = [];
    for (const c of chunks) {
      if (c.type === 'fcTL') {
        perFrame.push([]);
      } else if (c.type === 'IDAT') {
        perFrame[perFrame.length - 1].push(c.data);
      } else if (c.type === 'fdAT') {
        perFrame[perFrame.length - 1].push(c.data.subarray(4));
      }
    }
    expect(perFrame.map((parts) => zlib.inflateSync(Buffer.concat(parts)))).toEqual(raws);
  });

  it('agrees with describeApng', () => {
    const d = describeApng(assembleApng(frames.slice(0, 2), { delayMs: 1200 }));
    expect(d).toMatchObject({ width: W, height: H, animated: true, numFrames: 2, numPlays: 0, frameControls: 2, crcValid: true, sequenceConsecutive: true });
    expect(d.delaysMs).toEqual([1200, 1200]);
  });

  it('refuses frames of different sizes, no frames, a non-PNG and a corrupt chunk', () => {
    const other = tinyPng(4, H, scanlines(4, H, () => [1, 2, 3]));
    expect(() => assembleApng([frames[0], other])).toThrow(/frame 2 is 4×2 .*frame 1 is 3×2/);
    expect(() => assembleApng([])).toThrow(/at least one frame/);
    expect(() => assembleApng([Buffer.from('GIF89a')])).toThrow(/not a PNG/);
    const corrupt = Buffer.from(frames[0]);
    corrupt[corrupt.length - 20] ^= 0xff; // inside the IDAT data
    expect(() => assembleApng([corrupt])).toThrow(/bad CRC/);
  });
});

describe('README pictures of Play (npm run illustrate)', () => {
  it('docs/img/play.png is a valid APNG of three or more frames of one size, looping', () => {
    const png = fs.readFileSync(path.join(ROOT, 'docs/img/play.png'));
    const chunks = readChunks(png);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(chunks[0].type).toBe('IHDR');
    expect(chunks[chunks.length - 1].type).toBe('IEND');
    const width = chunks[0].data.readUInt32BE(0);
    const height = chunks[0].data.readUInt32BE(4);

    const types = chunks.map((c) => c.type);
    const actlAt = types.indexOf('acTL');
    expect(actlAt).toBeGreaterThan(0);
    expect(actlAt).toBeLessThan(types.indexOf('IDAT'));
    const frames = chunks[actlAt].data.readUInt32BE(0);
    expect(frames).toBeGreaterThanOrEqual(3);
    expect(chunks[actlAt].data.readUInt32BE(4)).toBe(0);

    const controls = chunks.filter((c) => c.type === 'fcTL');
    expect(controls).toHaveLength(frames);
    for (const fc of controls) {
      expect([fc.data.readUInt32BE(4), fc.data.readUInt32BE(8)]).toEqual([width, height]);
    }
    // frame 1 is the default image (IDAT, after the first fcTL); the others are fdAT
    expect(types.indexOf('fcTL')).toBeLessThan(types.indexOf('IDAT'));
    expect(types.lastIndexOf('IDAT')).toBeLessThan(types.indexOf('fdAT'));
    expect(sequenceNumbers(chunks)).toEqual([...Array(sequenceNumbers(chunks).length).keys()]);
    // the frames differ (each step moves the current period)
    const frameData = new Set<string>();
    let current: Buffer[] = [];
    for (const c of chunks.slice(types.indexOf('fcTL') + 1)) {
      if (c.type === 'fcTL' || c.type === 'IEND') {
        frameData.add(Buffer.concat(current).toString('base64'));
        current = [];
      } else {
        current.push(c.type === 'fdAT' ? c.data.subarray(4) : c.data);
      }
    }
    expect(frameData.size).toBe(frames);
  });

  it('docs/img/play-frames.png is a still PNG, and the README shows both pictures', () => {
    const chunks = readChunks(fs.readFileSync(path.join(ROOT, 'docs/img/play-frames.png')));
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(chunks.map((c) => c.type)).not.toContain('acTL');
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const picture of ['docs/img/play.png', 'docs/img/play-frames.png', 'docs/img/slide-export.png']) {
      expect(readme).toContain(`](${picture})`);
    }
    expect(readme).toContain('npm run illustrate');
  });
});
