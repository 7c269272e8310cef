import { crc32, deflateSync } from 'node:zlib';

/** The Alexa app's icon sizes: 108 px in skill lists, 512 px on the skill's page. */
export const ICON_SIZES = { small: 108, large: 512 } as const;

type Rgb = readonly [number, number, number];

const BACKGROUND: Rgb = [0x23, 0x2f, 0x3e];
const DISK: Rgb = [0x4a, 0xb7, 0xe8];
const EDGE: Rgb = [0xff, 0xff, 0xff];

/**
 * The skill's icon, drawn here so the package needs no binary committed by hand and is the same on every
 * build: a database cylinder of three stacked disks on a dark square. An uncompressed-filter RGB PNG.
 */
export function skillIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size, 1.5 / size), 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header(size)),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour at (u, v) in the unit square: three disks (ellipses) joined by the cylinder's sides. */
function pixel(u: number, v: number, edge: number): Rgb {
  const dx = (u - 0.5) / 0.3;
  if (Math.abs(dx) > 1 + edge * 4) return BACKGROUND;
  for (const top of [0.3, 0.5, 0.7]) {
    const dy = (v - top) / 0.09;
    const r = dx * dx + dy * dy;
    // The top disk is seen whole; the lower ones only as the front half of their rim.
    if (r <= 1 && r >= 0.8 && (top === 0.3 || dy > 0)) return EDGE;
    if (r < 0.8 && top === 0.3) return DISK;
  }
  const inside = Math.abs(dx) <= 1 && v >= 0.3 && v <= 0.7 + 0.09 * Math.sqrt(Math.max(0, 1 - dx * dx));
  if (inside) return Math.abs(dx) >= 0.93 ? EDGE : DISK;
  return BACKGROUND;
}

function header(size: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(size, 0);
  data.writeUInt32BE(size, 4);
  data.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  return data;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
