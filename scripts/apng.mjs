// Animated PNG (APNG) from PNG frames, in plain Node: no image library, the frames' compressed data is reused.
// Spec: https://wiki.mozilla.org/APNG_Specification (acTL, fcTL, fdAT) on top of PNG (ISO/IEC 15948).
// Browsers and GitHub play an APNG; viewers without APNG support show the first frame as a still PNG.

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (over the chunk type and data). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** One chunk: length, type, data, CRC of type + data. */
export function encodeChunk(type, data = Buffer.alloc(0)) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The chunks of a PNG file, in order, each as { type, data, crc, crcValid }.
 * Throws on a missing signature or a truncated chunk; a bad CRC is reported, not thrown (see readPng).
 */
export function parseChunks(png) {
  const buf = Buffer.from(png);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG file (no PNG signature)');
  }
  const chunks = [];
  let at = 8;
  while (at < buf.length) {
    if (at + 12 > buf.length) {
      throw new Error(`truncated PNG: a chunk header at byte ${at} runs past the end`);
    }
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) {
      throw new Error(`truncated PNG: chunk ${type} at byte ${at} runs past the end`);
    }
    const data = buf.subarray(at + 8, at + 8 + length);
    const crc = buf.readUInt32BE(at + 8 + length);
    chunks.push({ type, data, crc, crcValid: crc === crc32(buf.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
    if (type === 'IEND') {
      break;
    }
  }
  return chunks;
}

/** IHDR fields. */
export function parseIhdr(data) {
  return {
    width: data.readUInt32BE(0),
    height: data.readUInt32BE(4),
    bitDepth: data[8],
    colorType: data[9],
    compression: data[10],
    filter: data[11],
    interlace: data[12],
  };
}

/** A still PNG's parts: IHDR, the chunks to keep before the image data (PLTE, tRNS, sRGB, …), the IDAT payloads. */
function readFrame(png, index) {
  const chunks = parseChunks(png);
  const bad = chunks.find((c) => !c.crcValid);
  if (bad) {
    throw new Error(`frame ${index + 1}: chunk ${bad.type} has a bad CRC`);
  }
  if (chunks[0]?.type !== 'IHDR') {
    throw new Error(`frame ${index + 1}: the first chunk is ${chunks[0]?.type ?? 'missing'}, not IHDR`);
  }
  if (chunks.some((c) => c.type === 'acTL')) {
    throw new Error(`frame ${index + 1} is already an animated PNG`);
  }
  const firstIdat = chunks.findIndex((c) => c.type === 'IDAT');
  if (firstIdat < 0) {
    throw new Error(`frame ${index + 1} has no image data (IDAT)`);
  }
  return {
    ihdr: chunks[0].data,
    before: chunks.slice(1, firstIdat).filter((c) => c.type !== 'IEND'),
    idat: chunks.filter((c) => c.type === 'IDAT').map((c) => c.data),
  };
}

function fctl(sequence, width, height, delayMs) {
  const data = Buffer.alloc(26);
  data.writeUInt32BE(sequence, 0);
  data.writeUInt32BE(width, 4);
  data.writeUInt32BE(height, 8);
  data.writeUInt32BE(0, 12); // x offset
  data.writeUInt32BE(0, 16); // y offset
  data.writeUInt16BE(Math.round(delayMs), 20); // delay numerator …
  data.writeUInt16BE(1000, 22); // … over 1000: milliseconds
  data[24] = 0; // dispose_op NONE: every frame covers the whole canvas
  data[25] = 0; // blend_op SOURCE: the frame replaces what was there (no blending with the previous frame)
  return encodeChunk('fcTL', data);
}

/**
 * Assembles still PNG frames of one size and pixel format into an APNG:
 * signature, IHDR, acTL, the first frame's other pre-data chunks, then per frame an fcTL followed by
 * IDAT (first frame, so non-APNG viewers show it) or fdAT (the others), then IEND. Sequence numbers
 * run 0, 1, 2, … over all fcTL and fdAT chunks.
 *
 * @param {Buffer[]} frames PNG files
 * @param {{ delayMs?: number | number[], loops?: number }} [options] delay per frame (one number for all,
 *   or one per frame; at most 65,535 ms), loops = 0 plays forever
 * @returns {Buffer}
 */
export function assembleApng(frames, options = {}) {
  if (frames.length === 0) {
    throw new Error('an animation needs at least one frame');
  }
  const { delayMs = 1000, loops = 0 } = options;
  const delays = Array.isArray(delayMs) ? delayMs : frames.map(() => delayMs);
  if (delays.length !== frames.length) {
    throw new Error(`${delays.length} delays for ${frames.length} frames`);
  }
  for (const d of delays) {
    if (!Number.isFinite(d) || d < 0 || Math.round(d) > 0xffff) {
      throw new Error(`a frame delay must be 0 to 65535 ms, got ${d}`);
    }
  }
  const parsed = frames.map((png, i) => readFrame(png, i));
  const first = parsed[0];
  parsed.forEach((frame, i) => {
    if (!frame.ihdr.equals(first.ihdr)) {
      const a = parseIhdr(first.ihdr);
      const b = parseIhdr(frame.ihdr);
      throw new Error(
        `frame ${i + 1} is ${b.width}×${b.height} (bit depth ${b.bitDepth}, colour type ${b.colorType}), ` +
          `frame 1 is ${a.width}×${a.height} (bit depth ${a.bitDepth}, colour type ${a.colorType}): all frames must match`
      );
    }
    const palette = (f) => Buffer.concat(f.before.filter((c) => c.type === 'PLTE' || c.type === 'tRNS').map((c) => c.data));
    if (!palette(frame).equals(palette(first))) {
      throw new Error(`frame ${i + 1} has another palette than frame 1`);
    }
  });
  const { width, height } = parseIhdr(first.ihdr);

  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(frames.length, 0);
  actl.writeUInt32BE(loops, 4);

  const out = [PNG_SIGNATURE, encodeChunk('IHDR', first.ihdr), encodeChunk('acTL', actl)];
  for (const chunk of first.before) {
    out.push(encodeChunk(chunk.type, chunk.data));
  }
  let sequence = 0;
  parsed.forEach((frame, i) => {
    out.push(fctl(sequence++, width, height, delays[i]));
    for (const data of frame.idat) {
      if (i === 0) {
        out.push(encodeChunk('IDAT', data));
      } else {
        const seq = Buffer.alloc(4);
        seq.writeUInt32BE(sequence++, 0);
        out.push(encodeChunk('fdAT', Buffer.concat([seq, data])));
      }
    }
  });
  out.push(encodeChunk('IEND'));
  return Buffer.concat(out);
}

/**
 * What an APNG holds, for checks: size, acTL's frame and loop counts, each frame's delay (ms), whether the
 * sequence numbers run 0, 1, 2, … without a gap, and whether every CRC is valid.
 */
export function describeApng(png) {
  const chunks = parseChunks(png);
  const ihdr = chunks[0]?.type === 'IHDR' ? parseIhdr(chunks[0].data) : null;
  const actl = chunks.find((c) => c.type === 'acTL');
  const sequences = [];
  const delays = [];
  for (const c of chunks) {
    if (c.type === 'fcTL') {
      sequences.push(c.data.readUInt32BE(0));
      delays.push((c.data.readUInt16BE(20) * 1000) / (c.data.readUInt16BE(22) || 100));
    } else if (c.type === 'fdAT') {
      sequences.push(c.data.readUInt32BE(0));
    }
  }
  return {
    width: ihdr?.width ?? 0,
    height: ihdr?.height ?? 0,
    animated: actl !== undefined,
    numFrames: actl ? actl.data.readUInt32BE(0) : 1,
    numPlays: actl ? actl.data.readUInt32BE(4) : 0,
    frameControls: delays.length,
    delaysMs: delays,
    sequenceConsecutive: sequences.every((s, i) => s === i),
    crcValid: chunks.every((c) => c.crcValid),
    chunkTypes: chunks.map((c) => c.type),
  };
}
