// Types of scripts/apng.mjs (plain Node, imported by scripts/illustrate-play.mjs and tests/config/illustrations.test.ts).

export declare const PNG_SIGNATURE: Buffer;

export interface PngChunk {
  type: string;
  data: Buffer;
  crc: number;
  crcValid: boolean;
}

export interface Ihdr {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  compression: number;
  filter: number;
  interlace: number;
}

export interface ApngDescription {
  width: number;
  height: number;
  animated: boolean;
  numFrames: number;
  numPlays: number;
  frameControls: number;
  delaysMs: number[];
  sequenceConsecutive: boolean;
  crcValid: boolean;
  chunkTypes: string[];
}

export declare function crc32(bytes: Uint8Array): number;
export declare function encodeChunk(type: string, data?: Buffer): Buffer;
export declare function parseChunks(png: Uint8Array): PngChunk[];
export declare function parseIhdr(data: Buffer): Ihdr;
export declare function assembleApng(frames: Buffer[], options?: { delayMs?: number | number[]; loops?: number }): Buffer;
export declare function describeApng(png: Uint8Array): ApngDescription;
