/**
 * The site icon, drawn here rather than kept as a binary file: a dark rounded square crossed by a
 * timeline with three amber marks. `faviconIco()` returns a Windows icon file (ICO) holding it at
 * 16×16 and 32×32, as 32-bit BMP images with their alpha (what every browser reads at `/favicon.ico`).
 */

type Rgba = readonly [number, number, number, number];

const TRANSPARENT: Rgba = [0, 0, 0, 0];
const BACKGROUND: Rgba = [0x1f, 0x4e, 0x79, 0xff];
const LINE: Rgba = [0xff, 0xff, 0xff, 0xff];
const MARK: Rgba = [0xf2, 0xb1, 0x34, 0xff];

/** The colour at (x, y) of the icon drawn on a 16-unit square; coordinates are pixel centres. */
function colourAt(x: number, y: number): Rgba {
  const r = 3;
  const dx = Math.max(r - x, 0, x - (16 - r));
  const dy = Math.max(r - y, 0, y - (16 - r));
  if (dx * dx + dy * dy > r * r) return TRANSPARENT;
  for (const cx of [4, 8, 12]) if ((x - cx) ** 2 + (y - 8) ** 2 <= 2) return MARK;
  if (x >= 2 && x <= 14 && Math.abs(y - 8) <= 0.6) return LINE;
  return BACKGROUND;
}

/** One icon image: a BITMAPINFOHEADER, the BGRA pixels bottom-up, then the 1-bit mask (all zero: alpha decides). */
function bitmapOf(size: number): Buffer {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // an icon's height counts the colour image and the mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 16 / size;
  for (let row = 0; row < size; row++) {
    const y = (size - 1 - row + 0.5) * scale;
    for (let column = 0; column < size; column++) {
      const [red, green, blue, alpha] = colourAt((column + 0.5) * scale, y);
      const at = (row * size + column) * 4;
      pixels[at] = blue;
      pixels[at + 1] = green;
      pixels[at + 2] = red;
      pixels[at + 3] = alpha;
    }
  }
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/** The icon as an ICO file (ICONDIR, one ICONDIRENTRY per size, then the images). */
export function faviconIco(sizes: readonly number[] = [16, 32]): Buffer {
  const images = sizes.map(bitmapOf);
  const directory = Buffer.alloc(6 + 16 * sizes.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2); // 1: icon
  directory.writeUInt16LE(sizes.length, 4);
  let offset = directory.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    directory.writeUInt8(size % 256, entry); // 0 stands for 256
    directory.writeUInt8(size % 256, entry + 1);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(images[i]!.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += images[i]!.length;
  });
  return Buffer.concat([directory, ...images]);
}
