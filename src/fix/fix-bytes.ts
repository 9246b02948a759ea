import type { CompiledCatalog } from '../scan/compile.js';
import { hasUtf16Bom, isBinary } from '../scan/decode.js';
import type { Finding } from '../finding/finding.js';
import { matchText } from '../scan/match-text.js';
import { prefilterOf } from '../scan/prefilter.js';
import { decodeForFix, encodeText, type FixEncoding } from './codec.js';
import { fixText, type AppliedFix, type FixOptions, type RemainingFinding } from './fix-text.js';
import { notIgnored } from '../finding/finding.js';

export type FileFixOutcome =
  | { kind: 'skipped'; reason: string }
  /** Nothing in the file is reported. */
  | { kind: 'clean' }
  | {
      kind: 'fixed' | 'unchanged';
      encoding: FixEncoding;
      /** The decoded text before and after (equal when unchanged). */
      before: string;
      after: string;
      /** The new file content (for `unchanged`, the original bytes). */
      bytes: Buffer;
      applied: AppliedFix[];
      remaining: RemainingFinding[];
    };

/**
 * Fixes one file's bytes. Pure: the caller reads and writes. The findings are computed on the very text that is
 * edited, with the scanner's rules, context and inline ignores, so an ignored line is never touched.
 */
export function fixBytes(bytes: Uint8Array, rel: string, catalog: CompiledCatalog, opts: FixOptions): FileFixOutcome {
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16) {
    if (isBinary(bytes)) return { kind: 'skipped', reason: 'binary' };
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!prefilterOf(catalog).test(latin1)) return { kind: 'clean' };
  }
  const decoded = decodeForFix(bytes);
  if (decoded.kind === 'skip') return { kind: 'skipped', reason: decoded.reason };
  const findings = notIgnored(matchText(decoded.text, rel, catalog));
  if (findings.length === 0) return { kind: 'clean' };
  const fixed = fixText(decoded.text, findings, catalog, opts);
  const changed = fixed.applied.length > 0;
  if (changed) markHiddenByFix(fixed.remaining, notIgnored(matchText(fixed.text, rel, catalog)));
  return {
    kind: changed ? 'fixed' : 'unchanged',
    encoding: decoded.codec.encoding,
    before: decoded.text,
    after: fixed.text,
    bytes: changed ? encodeText(fixed.text, decoded.codec) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    applied: fixed.applied,
    remaining: fixed.remaining,
  };
}

/** Marks the findings left over that a scan of the fixed text no longer reports (their context was the fixed endpoint). */
function markHiddenByFix(remaining: RemainingFinding[], after: readonly Finding[]): void {
  // Columns move when an earlier replacement on the same line changes length; category, line and text do not. The
  // rule may change: an LKE model ID next to a TokenHub host is reported as one TokenHub does not list.
  const key = (f: Finding) => `${f.category}\u0000${f.line}\u0000${f.match}`;
  const still = new Map<string, number>();
  for (const f of after) still.set(key(f), (still.get(key(f)) ?? 0) + 1);
  for (const r of remaining) {
    const n = still.get(key(r.finding)) ?? 0;
    if (n > 0) still.set(key(r.finding), n - 1);
    else r.hiddenByFix = true;
  }
}
