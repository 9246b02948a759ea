import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff';
import { diffLines } from './line-diff.js';
import type { TextEdit } from './text-edits.js';

/**
 * The unified diff of a change whose edits are known, in the form `git apply` and `patch -p1` read, and the same
 * text `diff`'s createTwoFilesPatch writes for it: only the lines the edits touch are compared (with `diff`'s
 * diffArrays), so the cost follows the size of the change, not the size of the file times the size of the change.
 */

/**
 * `diff`'s change objects over lines (each line with its line break, the last one maybe without). An unchanged run
 * is kept as a range of the old text's lines, not copied: a hunk shows at most a few lines of it.
 */
type Change = { lines: string[]; added?: true; removed?: true } | { equal: { from: number; to: number } };

/** A text and where its lines start; after a final line break, the empty line that follows starts at the end. */
class Lines {
  readonly starts: number[] = [0];
  /** How many lines (each with its `\n`; a last line without one counts). */
  readonly count: number;

  constructor(readonly text: string) {
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) this.starts.push(nl + 1);
    this.count = text.length === 0 ? 0 : text.endsWith('\n') ? this.starts.length - 1 : this.starts.length;
  }

  /** Line i with its line break. */
  line(i: number): string {
    return this.text.slice(this.starts[i]!, i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length);
  }

  /** Lines [from, to). */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.line(i));
    return out;
  }
}

/** Index (0-based) of the line holding `offset` among lines starting at `starts`. */
function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * `diffArrays(oldLines, newLines)` (line-diff.ts runs its search), answered without a search when no line of one side occurs in the other (most
 * regions of an SDK rewrite: every line of a rewritten call changes). Then there is no diagonal to follow, and at each
 * step `diff`'s Myers loop extends the path that is furthest along the old text (removal before addition), so what it
 * returns is every old line removed, then every new line added; test/fix/edits-diff.test.ts checks this against
 * diffArrays itself. The search it skips costs the square of the region's size.
 */
export function regionChanges(oldLines: string[], newLines: string[]): Array<{ value: string[]; added?: boolean; removed?: boolean }> {
  const old = new Set(oldLines);
  if (newLines.some((l) => old.has(l))) return diffLines(oldLines, newLines);
  return [...(oldLines.length ? [{ value: oldLines, removed: true }] : []), ...(newLines.length ? [{ value: newLines, added: true }] : [])];
}

/** The line changes: equal runs between the regions the edits touch, `diffArrays` inside each region. */
function changesOf(oldText: Lines, newText: Lines, edits: readonly TextEdit[]): Change[] {
  const oldStarts = oldText.starts;
  const newStarts = newText.starts;
  // Regions of whole lines: [o0, o1) of the old text and [n0, n1) of the new one.
  const regions: Array<{ o0: number; o1: number; n0: number; n1: number }> = [];
  let shift = 0;
  for (const e of edits) {
    const newStart = e.start + shift;
    const newEnd = newStart + e.text.length;
    shift += e.text.length - (e.end - e.start);
    const r = {
      o0: lineIndex(oldStarts, e.start),
      o1: Math.min(oldText.count, lineIndex(oldStarts, e.end) + 1),
      n0: lineIndex(newStarts, newStart),
      n1: Math.min(newText.count, lineIndex(newStarts, newEnd) + 1),
    };
    const last = regions.at(-1);
    if (last && r.o0 <= last.o1) {
      last.o1 = Math.max(last.o1, r.o1);
      last.n1 = Math.max(last.n1, r.n1);
    } else regions.push(r);
  }
  const changes: Change[] = [];
  // Unchanged lines [from, to) of the old text. Two unchanged runs in a row meet there, and are one change.
  const equal = (from: number, to: number) => {
    if (from === to) return;
    const last = changes.at(-1);
    if (last && 'equal' in last) last.equal.to = to;
    else changes.push({ equal: { from, to } });
  };
  let o = 0;
  for (const r of regions) {
    equal(o, r.o0);
    let at = r.o0;
    for (const c of regionChanges(oldText.slice(r.o0, r.o1), newText.slice(r.n0, r.n1))) {
      if (c.added) changes.push({ lines: c.value, added: true });
      else {
        if (c.removed) changes.push({ lines: c.value, removed: true });
        else equal(at, at + c.value.length);
        at += c.value.length;
      }
    }
    o = r.o1;
  }
  equal(o, oldText.count);
  return changes;
}

/** `diff`'s hunk building (structuredPatch in patch/create.js), over the change objects above. */
function hunksOf(changes: Change[], old: Lines, context: number): StructuredPatchHunk[] {
  const diff: Change[] = [...changes, { lines: [] }];
  const out: StructuredPatchHunk[] = [];
  let oldRangeStart = 0;
  let newRangeStart = 0;
  let cur: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  // Each line as the hunk shows it, made once: its mark, the line without its break (or the note that it has none).
  const show = (mark: string, l: string) => {
    if (l.endsWith('\n')) cur.push(mark + l.slice(0, -1));
    else cur.push(mark + l, '\\ No newline at end of file');
  };
  const emit = (mark: string, lines: readonly string[]) => {
    for (const l of lines) show(mark, l);
  };
  const emitOld = (from: number, to: number) => {
    for (let i = from; i < to; i++) show(' ', old.line(i));
  };
  const sizeOf = (c: Change) => ('equal' in c ? c.equal.to - c.equal.from : c.lines.length);
  for (let i = 0; i < diff.length; i++) {
    const current = diff[i]!;
    const size = sizeOf(current);
    if ('equal' in current) {
      if (oldRangeStart) {
        const { from, to } = current.equal;
        if (size <= context * 2 && i < diff.length - 2) {
          emitOld(from, to);
        } else {
          const contextSize = Math.min(size, context);
          emitOld(from, from + contextSize);
          const hunk: StructuredPatchHunk = {
            oldStart: oldRangeStart,
            oldLines: oldLine - oldRangeStart + contextSize,
            newStart: newRangeStart,
            newLines: newLine - newRangeStart + contextSize,
            lines: cur,
          };
          out.push(hunk);
          oldRangeStart = 0;
          newRangeStart = 0;
          cur = [];
        }
      }
      oldLine += size;
      newLine += size;
    } else if (current.added || current.removed) {
      if (!oldRangeStart) {
        const prev = diff[i - 1];
        oldRangeStart = oldLine;
        newRangeStart = newLine;
        if (prev) {
          cur = [];
          // The end of the change before (context lines, or fewer when it is shorter).
          let before = 0;
          if (context > 0) {
            if ('equal' in prev) {
              before = Math.min(context, prev.equal.to - prev.equal.from);
              emitOld(prev.equal.to - before, prev.equal.to);
            } else {
              const lines = prev.lines.slice(-context);
              before = lines.length;
              emit(' ', lines);
            }
          }
          oldRangeStart -= before;
          newRangeStart -= before;
        }
      }
      emit(current.added ? '+' : '-', current.lines);
      if (current.added) newLine += size;
      else oldLine += size;
    } else {
      // The end marker (no lines), as an unchanged run of none.
      if (oldRangeStart) {
        const hunk: StructuredPatchHunk = {
          oldStart: oldRangeStart,
          oldLines: oldLine - oldRangeStart,
          newStart: newRangeStart,
          newLines: newLine - newRangeStart,
          lines: cur,
        };
        out.push(hunk);
        oldRangeStart = 0;
        newRangeStart = 0;
        cur = [];
      }
    }
  }
  return out;
}

/** `diff`'s default context. */
const CONTEXT = 4;

/** `edits` are sorted, disjoint replacements of `before` that make `after`. */
export function unifiedDiffOfEdits(rel: string, before: string, after: string, edits: readonly TextEdit[]): string {
  const old = new Lines(before);
  const hunks = hunksOf(changesOf(old, new Lines(after), edits), old, CONTEXT);
  return formatPatch({ oldFileName: `a/${rel}`, newFileName: `b/${rel}`, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY);
}
