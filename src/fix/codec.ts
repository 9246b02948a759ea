import { decode } from '../scan/decode.js';

/**
 * Decoding a file for editing, and encoding the edited text back to the same bytes. Detection is the scanner's
 * (src/scan/decode.ts): UTF-16 by its BOM, binary by a NUL byte, else UTF-8. A file that is not valid UTF-8 (a
 * legacy encoding such as GBK in comments) is edited as Latin-1, where every byte is one character: the
 * replacements are ASCII, so every other byte is written back untouched.
 */
export type FixEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';

export interface Codec {
  encoding: FixEncoding;
  /** The file starts with a byte-order mark (not part of the decoded text). */
  bom: boolean;
}

export type DecodedForFix = { kind: 'text'; text: string; codec: Codec } | { kind: 'skip'; reason: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function decodeForFix(bytes: Uint8Array): DecodedForFix {
  const decoded = decode(bytes);
  if (decoded.kind === 'skip') return decoded;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let codec: Codec;
  let text: string;
  if (decoded.encoding === 'utf-8' && decoded.invalidUtf8) {
    codec = { encoding: 'latin1', bom: false };
    text = buf.toString('latin1');
  } else {
    codec = { encoding: decoded.encoding, bom: decoded.encoding !== 'utf-8' || buf.subarray(0, 3).equals(UTF8_BOM) };
    text = decoded.text;
  }
  // Editing is only safe when the untouched text encodes back to exactly the bytes it came from
  // (not so for, say, a UTF-16 file with an odd byte count or an unpaired surrogate).
  if (!encodeText(text, codec).equals(buf)) {
    return { kind: 'skip', reason: `cannot be rewritten byte for byte (${codec.encoding})` };
  }
  return { kind: 'text', text, codec };
}

export function encodeText(text: string, codec: Codec): Buffer {
  switch (codec.encoding) {
    case 'utf-8': {
      const body = Buffer.from(text, 'utf8');
      return codec.bom ? Buffer.concat([UTF8_BOM, body]) : body;
    }
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
  }
}
