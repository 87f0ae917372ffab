import { ValidationError } from '../../core/errors.ts';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Bytes of a text file as a string: UTF-8 (with or without a byte-order mark), or UTF-16 when a
 * byte-order mark says so. Anything else is refused, naming `field`: Chronicle does not guess an
 * encoding, it asks for UTF-8.
 */
export function decodeText(bytes: Uint8Array, field: string): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = decodeUtf8(bytes);
  if (utf8 === undefined)
    throw ValidationError.at(
      field,
      'is not UTF-8 text: it is a binary file, or text in another encoding (convert it to UTF-8 first, e.g. with iconv)',
    );
  return utf8;
}

/**
 * Bytes of an HTML page as a string: as {@link decodeText}, else in the encoding its
 * `<meta charset>` (or `http-equiv` Content-Type) names within its first 4 KiB.
 */
export function decodeHtml(bytes: Uint8Array, field: string): string {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return decodeText(bytes, field);
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (!charset)
    throw ValidationError.at(field, 'is not UTF-8 and names no charset in a <meta> tag; convert it to UTF-8 first');
  try {
    const decoder = new TextDecoder(charset);
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch {
    throw ValidationError.at(
      field,
      `names the charset ${JSON.stringify(charset)}, which is not one Chronicle can read`,
    );
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Windows-1252's characters at 0x80–0x9F (where ISO-8859-1 has control characters); `undefined` where it has none. */
const CP1252_HIGH = [
  0x20ac,
  undefined,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  undefined,
  0x017d,
  undefined,
  undefined,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  undefined,
  0x017e,
  0x0178,
];

/**
 * Windows-1252, which is what HTML means by `iso-8859-1`, `latin1` and `us-ascii` too. Node 20's
 * `TextDecoder('windows-1252')` decodes ISO-8859-1 instead, turning curly quotes into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b,
    );
    out += String.fromCharCode(...chunk);
  }
  return out;
}
