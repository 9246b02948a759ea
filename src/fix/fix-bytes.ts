import type { CompiledCatalog } from '../scan/compile.js';
import type { Finding } from '../finding/finding.js';
import { matchText, type MatchOptions } from '../scan/match-text.js';
import { fileText } from '../scan/file-text.js';
import { firstAnchorsFor } from '../scan/scan-file.js';
import { decodeForFix, encodeText, type FixEncoding } from './codec.js';
import { fixText, type AppliedFix, type FixOptions, type RemainingFinding } from './fix-text.js';
import type { SdkRewriter, SdkRewriteResult } from './sdk/index.js';
import { notIgnored } from '../finding/finding.js';
import { lineOf, lineStarts } from './sdk/engine/edits.js';
import { composeEdits, PositionMap, type TextEdit } from './text-edits.js';

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
      /** The file starts with a UTF-8 byte-order mark (not part of before/after; a diff must carry it to apply). */
      utf8Bom: boolean;
      /** The new file content (for `unchanged`, the original bytes). */
      bytes: Buffer;
      /** The replacements of `before` that make `after` (sorted, disjoint; none when unchanged). */
      edits: TextEdit[];
      applied: AppliedFix[];
      remaining: RemainingFinding[];
      /** What the SDK rewrite (fix --sdk) did with the file's Tencent Cloud chat clients. */
      sdk?: SdkRewriteResult;
    };

/** The fix reads no fingerprints (they identify findings across scans: baselines, SARIF, review comments). */
const NO_FINGERPRINTS: MatchOptions = { fingerprints: false };

/**
 * Fixes one file's bytes. Pure: the caller reads and writes. The findings are computed on the very text that is
 * edited, with the scanner's rules, context and inline ignores, so an ignored line is never touched.
 */
export function fixBytes(bytes: Uint8Array, rel: string, catalog: CompiledCatalog, opts: FixOptions, sdk?: SdkRewriter): FileFixOutcome {
  // The scanner's own gate (binary, anchors, decoding, its own reports), decoding so that the edit encodes back.
  const gate = fileText(bytes, firstAnchorsFor(catalog, rel), decodeForFix);
  if (gate.kind === 'skipped') return { kind: 'skipped', reason: gate.reason };
  if (gate.kind === 'no-anchor') return { kind: 'clean' };
  const decoded = gate.decoded;
  const findings = notIgnored(matchText(decoded.text, rel, catalog, undefined, NO_FINGERPRINTS));
  if (findings.length === 0) return { kind: 'clean' };
  const utf8Bom = decoded.codec.encoding === 'utf-8' && decoded.codec.bom;
  // The SDK rewrite reads the text the string fixes made (model IDs are already mapped, with their legacy context);
  // those edits stand only if it converts a client, since a file that calls a Tencent SDK is otherwise left to a person.
  const underSdk = sdk ? fixText(decoded.text, findings, catalog, { ...opts, underSdkRewrite: true }) : undefined;
  const rewritten = underSdk ? sdk!(underSdk.text, rel) : undefined;
  if (underSdk && rewritten && rewritten.clients.length > 0) {
    const fixed = underSdk;
    const converted = rewritten.clients.some((c) => c.converted);
    if (!converted) {
      // Every client was refused: the file stays byte for byte as it was, string fixes included.
      const left = [...fixed.remaining, ...fixed.applied.map((a): RemainingFinding => ({ finding: a.finding, fixability: 'manual' }))];
      left.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
      return {
        kind: 'unchanged',
        encoding: decoded.codec.encoding,
        before: decoded.text,
        after: decoded.text,
        utf8Bom,
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        edits: [],
        applied: [],
        remaining: left,
        sdk: rewritten,
      };
    }
    const edits = composeEdits(decoded.text, fixed.edits, rewritten.edits, rewritten.text);
    const remaining = stillReported(decoded.text, rewritten.text, edits, fixed.remaining, notIgnored(matchText(rewritten.text, rel, catalog, undefined, NO_FINGERPRINTS)));
    return {
      kind: 'fixed',
      encoding: decoded.codec.encoding,
      before: decoded.text,
      after: rewritten.text,
      utf8Bom,
      bytes: encodeText(rewritten.text, decoded.codec),
      edits,
      applied: fixed.applied,
      remaining,
      sdk: rewritten,
    };
  }
  const fixed = fixText(decoded.text, findings, catalog, opts);
  const changed = fixed.applied.length > 0;
  if (changed) markHiddenByFix(fixed.remaining, notIgnored(matchText(fixed.text, rel, catalog, undefined, NO_FINGERPRINTS)));
  return {
    kind: changed ? 'fixed' : 'unchanged',
    encoding: decoded.codec.encoding,
    before: decoded.text,
    after: fixed.text,
    utf8Bom,
    bytes: changed ? encodeText(fixed.text, decoded.codec) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    edits: fixed.edits,
    applied: fixed.applied,
    remaining: fixed.remaining,
  };
}

/**
 * After an SDK rewrite: the findings still reported in the rewritten text, each found where its own position went
 * through the edits (the same rule there), and reported at its line in the rewritten file, where a person will look
 * for it. The model suggestions stay listed even where the rewrite removed the context that made them legacy.
 */
function stillReported(before: string, after: string, edits: readonly TextEdit[], remaining: RemainingFinding[], found: readonly Finding[]): RemainingFinding[] {
  const map = new PositionMap(edits);
  const beforeStarts = lineStarts(before);
  const afterStarts = lineStarts(after);
  const offset = (starts: readonly number[], line: number, column: number) => (starts[line - 1] ?? 0) + column - 1;
  // The rewritten text's findings by rule, with their offsets, each matched at most once.
  const byRule = new Map<string, Array<{ f: Finding; start: number; end: number; taken: boolean }>>();
  for (const f of found) {
    const list = byRule.get(f.ruleId) ?? [];
    list.push({ f, start: offset(afterStarts, f.line, f.column), end: offset(afterStarts, f.endLine, f.endColumn), taken: false });
    byRule.set(f.ruleId, list);
  }
  const out: RemainingFinding[] = [];
  for (const r of remaining) {
    const at = map.map(offset(beforeStarts, r.finding.line, r.finding.column), offset(beforeStarts, r.finding.endLine, r.finding.endColumn));
    const same = byRule.get(r.finding.ruleId)?.find((x) => !x.taken && x.start >= at.start && x.end <= at.end && (at.edited || x.start === at.start));
    if (same) {
      same.taken = true;
      out.push({ ...r, finding: same.f });
    } else if (r.fixability === 'suggested') {
      // Where its text went: a rewritten request names the model in the call that replaced the statement, so the
      // nearest copy after the place the old code went (else before it), else that place itself.
      const next = after.indexOf(r.finding.match, at.start);
      const previous = next === -1 ? after.lastIndexOf(r.finding.match, at.start) : -1;
      const start = next !== -1 ? next : previous !== -1 ? previous : at.start;
      const line = lineOf(afterStarts, start);
      const column = start - afterStarts[line - 1]! + 1;
      const finding = { ...r.finding, line, column, endLine: line + r.finding.endLine - r.finding.line, endColumn: column + r.finding.endColumn - r.finding.column };
      out.push({ ...r, finding, hiddenByFix: true });
    }
  }
  return out;
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
