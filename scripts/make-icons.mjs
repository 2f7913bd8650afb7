// Draws the toolbar icon (a lens over a table grid) as PNGs at 16, 32, 48 and 128 px. No image tool needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Supersampled shapes in a 0..1 square.
function shade(u, v) {
  const r = 0.2; // rounded background
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  let col = [21, 112, 239];
  // table grid lines
  const inGrid = u > 0.16 && u < 0.84 && v > 0.2 && v < 0.8;
  if (inGrid && (Math.abs(v - 0.4) < 0.025 || Math.abs(v - 0.6) < 0.025 || Math.abs(u - 0.38) < 0.025 || Math.abs(u - 0.6) < 0.025)) col = [132, 173, 255];
  // the lens: a ring with a red cell in its middle, and a handle
  const cx = 0.46, cy = 0.46, d = Math.hypot(u - cx, v - cy);
  if (d < 0.17) col = [255, 255, 255];
  if (Math.abs(u - 0.49) < 0.08 && Math.abs(v - 0.5) < 0.07) col = [217, 45, 32];
  if (d >= 0.17 && d < 0.24) col = [255, 255, 255];
  const t = ((u - 0.62) + (v - 0.62)) / 2;
  if (t > 0 && t < 0.2 && Math.abs((u - 0.62) - (v - 0.62)) < 0.09) col = [255, 255, 255];
  return col;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4;
  const buf = png(size, (x, y) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
      }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / (S * S)) * 255)] : [0, 0, 0, 0];
  });
  writeFileSync(`public/icon/${size}.png`, buf);
}
console.log('public/icon/{16,32,48,128}.png');
