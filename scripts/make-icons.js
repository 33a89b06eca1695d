#!/usr/bin/env node
// Draws the add-in icons (a table with a green check mark) as PNGs, pure Node: assets/icon-{16,32,64,80,128}.png.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c;
  const table =
    crc32.table ||
    (crc32.table = Array.from({ length: 256 }, (_, n) => {
      c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    }));
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(size) {
  const s = size / 32; // design on a 32-unit grid
  const blue = [0x1f, 0x5f, 0xa8, 255];
  const light = [0xe8, 0xf1, 0xfb, 255];
  const head = [0x2b, 0x6c, 0xb8, 255];
  const green = [0x10, 0x8a, 0x3c, 255];
  const clear = [0, 0, 0, 0];
  const line = Math.max(1, Math.round(s));
  // check mark: two thick segments, distance from point to segment
  const seg = (px, py, ax, ay, bx, by) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  };
  return png(size, (x, y) => {
    const u = (x + 0.5) / s,
      v = (y + 0.5) / s;
    const check = Math.min(seg(u, v, 15, 22, 20, 27), seg(u, v, 20, 27, 30, 15));
    if (check < 2.6) return green;
    if (check < 3.6) return [255, 255, 255, 255];
    const inTable = u >= 2 && u <= 26 && v >= 4 && v <= 26;
    if (!inTable) return clear;
    const border =
      x < Math.round(2 * s) + line ||
      x > Math.round(26 * s) - line ||
      y < Math.round(4 * s) + line ||
      y > Math.round(26 * s) - line;
    if (border) return blue;
    if (v < 10) return head;
    const colLine = [10, 18].some((c) => Math.abs(u - c) * s < line * 0.6);
    const rowLine = [10, 16, 21].some((r) => Math.abs(v - r) * s < line * 0.6);
    return colLine || rowLine ? blue : light;
  });
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
console.log(
  "Đã vẽ biểu tượng / icons drawn:",
  fs
    .readdirSync(out)
    .filter((f) => f.endsWith(".png"))
    .join(", "),
);
