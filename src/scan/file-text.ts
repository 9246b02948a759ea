import { decode, hasUtf16Bom, isBinary, type Decoded } from './decode.js';
import { isOwnReport, OWN_REPORT_REASON } from './own-report.js';

/**
 * The one gate every file's bytes pass before rules are matched, for the scan (first pass, context, a commit's
 * blobs) and for fix alike: binary test, anchor test, decoding, byte-order mark, the tool's own reports.
 */

/** Does a file hold one of the anchors a scan looks for (any case)? Asked of raw bytes, or of decoded text. */
export interface AnchorTest {
  /** Over raw bytes read as Latin-1, so that ASCII anchors match whatever the encoding (never asked of UTF-16). */
  bytes(bytes: Uint8Array): boolean;
  /** Over decoded text (UTF-16 files, whose bytes are not Latin-1 readable). */
  text(text: string): boolean;
}

/** The anchor test of a regular expression. */
export function regexAnchors(re: RegExp): AnchorTest {
  return {
    bytes: (b) => re.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')),
    text: (t) => re.test(t),
  };
}

/** No anchor test: every text file is matched. */
export const ANY_TEXT: AnchorTest = { bytes: () => true, text: () => true };

type DecodedText = { kind: 'text'; text: string };

export type FileText<D extends DecodedText = Extract<Decoded, { kind: 'text' }>> =
  | { kind: 'skipped'; reason: string }
  /** Text without any anchor: nothing to match. */
  | { kind: 'no-anchor' }
  /** Text to match (without a leading byte-order mark), and what decoding said. */
  | { kind: 'text'; text: string; decoded: D };

export function fileText(bytes: Uint8Array, anchors: AnchorTest): FileText;
export function fileText<D extends DecodedText>(bytes: Uint8Array, anchors: AnchorTest, decodeWith: (bytes: Uint8Array) => D | { kind: 'skip'; reason: string }): FileText<D>;
export function fileText(
  bytes: Uint8Array,
  anchors: AnchorTest,
  decodeWith: (bytes: Uint8Array) => DecodedText | { kind: 'skip'; reason: string } = decode,
): FileText<DecodedText> {
  // The cheap test comes first: the anchors over the raw bytes, and only files with a hit are decoded.
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16) {
    if (isBinary(bytes)) return { kind: 'skipped', reason: 'binary' };
    if (!anchors.bytes(bytes)) return { kind: 'no-anchor' };
  }
  const decoded = decodeWith(bytes);
  if (decoded.kind === 'skip') return { kind: 'skipped', reason: decoded.reason };
  let text = decoded.text;
  // A BOM is not part of the first line's columns.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (utf16 && !anchors.text(text)) return { kind: 'no-anchor' };
  if (isOwnReport(text)) return { kind: 'skipped', reason: OWN_REPORT_REASON };
  return { kind: 'text', text, decoded };
}
