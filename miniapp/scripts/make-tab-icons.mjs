// Draws the tab bar icons (81×81 PNG, grey and selected red) from simple shapes, so they need no
// design tool and stay tiny (WeChat allows 40 KB each). Run: node scripts/make-tab-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 81;
const SAMPLES = 4; // 4×4 samples a pixel for smooth edges
const COLORS = { '': [0x4a, 0x4a, 0x4a], '-active': [0xb3, 0x12, 0x1a] };

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w / 2;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by),
    d2 = s(bx, by, cx, cy),
    d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

// Shapes in a unit square.
const ICONS = {
  home: minus(union(triangle(0.5, 0.1, 0.08, 0.48, 0.92, 0.48), rect(0.2, 0.45, 0.8, 0.88)), rect(0.42, 0.62, 0.58, 0.88)),
  checkin: union(ring(0.5, 0.5, 0.38, 0.09), segment(0.3, 0.52, 0.45, 0.67, 0.09), segment(0.45, 0.67, 0.72, 0.36, 0.09)),
  contest: union(
    minus(rect(0.18, 0.1, 0.82, 0.9), rect(0.26, 0.18, 0.74, 0.82)),
    rect(0.33, 0.3, 0.67, 0.36),
    rect(0.33, 0.47, 0.67, 0.53),
    rect(0.33, 0.64, 0.55, 0.7),
  ),
  feedback: minus(
    union(rect(0.1, 0.16, 0.9, 0.7), triangle(0.26, 0.68, 0.5, 0.68, 0.24, 0.9)),
    union(rect(0.18, 0.24, 0.82, 0.62), triangle(0.3, 0.6, 0.44, 0.6, 0.3, 0.76)),
  ),
  me: union(circle(0.5, 0.32, 0.18), minus(circle(0.5, 0.95, 0.38), rect(0, 0.92, 1, 1))),
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(shape, [r, g, b]) {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    rows[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) if (shape((x + (sx + 0.5) / SAMPLES) / SIZE, (y + (sy + 0.5) / SAMPLES) / SIZE)) hits++;
      rows.set([r, g, b, Math.round((255 * hits) / SAMPLES ** 2)], y * (SIZE * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../src/assets/tab/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [suffix, color] of Object.entries(COLORS)) writeFileSync(new URL(`${name}${suffix}.png`, dir), png(shape, color));
}
console.log(`tab icons written to ${dir.pathname}`);
