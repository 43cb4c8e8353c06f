#!/usr/bin/env node
// Draws the PivotScore icon (a three-step podium on a rounded square) and writes assets/icon-<size>.png.
// Plain Node: the PNG encoder below needs only zlib. Output is deterministic, so the PNGs can be committed
// and regenerated without diffs.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x0b, 0x6e, 0x69]; // teal
const BAR = [0xff, 0xff, 0xff];
const WINNER = [0xff, 0xc8, 0x3d]; // gold for the tallest step
const SUPERSAMPLE = 8;

// Geometry in units of the icon's side. Bar edges are snapped to whole pixels so that the small sizes
// stay crisp; only the background's rounded corners are anti-aliased.
const CORNER_RADIUS = 0.1875;
const INNER_LEFT = 0.1875;
const INNER_RIGHT = 0.8125;
const BASELINE = 0.8125;
const BAR_WIDTH = 0.18;
const BAR_HEIGHTS = [0.36, 0.56, 0.24]; // left, middle (winner), right

function barRects(size) {
  const width = Math.round(BAR_WIDTH * size);
  const gap = Math.max(1, Math.round(((INNER_RIGHT - INNER_LEFT - 3 * BAR_WIDTH) / 2) * size));
  const start = Math.round((size - (3 * width + 2 * gap)) / 2);
  const bottom = Math.round(BASELINE * size);
  return BAR_HEIGHTS.map((height, index) => {
    const x0 = start + index * (width + gap);
    return {
      x0,
      x1: x0 + width,
      y0: bottom - Math.max(1, Math.round(height * size)),
      y1: bottom,
      color: index === 1 ? WINNER : BAR,
    };
  });
}

function insideRoundedSquare(x, y, size) {
  const r = CORNER_RADIUS * size;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

export function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const bars = barRects(size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          if (insideRoundedSquare(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE, size)) covered += 1;
        }
      }
      const bar = bars.find((b) => px >= b.x0 && px < b.x1 && py >= b.y0 && py < b.y1);
      const [r, g, b] = bar ? bar.color : BACKGROUND;
      const offset = (py * size + px) * 4;
      rgba[offset] = r;
      rgba[offset + 1] = g;
      rgba[offset + 2] = b;
      rgba[offset + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, drawIcon(size));
    writeFileSync(file, png);
    process.stdout.write(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes\n`);
  }
}
