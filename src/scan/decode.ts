/**
 * Turning a file's bytes into text we can match, or a reason to skip it.
 * Binary detection follows git's heuristic (a NUL byte in the first 8000 bytes), after the BOMs that
 * legitimately put NULs in text (UTF-16) have been recognised.
 */

export type Decoded =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; invalidUtf8: boolean }
  | { kind: 'skip'; reason: string };

const BINARY_SNIFF_BYTES = 8000;

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });

/** A UTF-16 byte-order mark (either endianness): such text has NUL bytes and is not Latin-1 readable. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  // Buffer's indexOf is memchr; a loop over the bytes in JavaScript costs a visible share of a scan.
  return Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(0) !== -1;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: utf16le.decode(bytes), encoding: 'utf-16le', invalidUtf8: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: utf16be.decode(bytes), encoding: 'utf-16be', invalidUtf8: false };
  }
  if (isBinary(bytes)) return { kind: 'skip', reason: 'binary' };
  // The strict decoder tells whether the bytes were valid; the lenient one keeps scanning a file with a stray
  // byte (legacy encodings such as GBK in comments): every ASCII host and identifier still reads correctly.
  try {
    return { kind: 'text', text: utf8Strict.decode(bytes), encoding: 'utf-8', invalidUtf8: false };
  } catch {
    return { kind: 'text', text: utf8.decode(bytes), encoding: 'utf-8', invalidUtf8: true };
  }
}
