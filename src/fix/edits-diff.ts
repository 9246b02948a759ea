import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff';
import { diffLines } from './line-diff.js';
import type { TextEdit } from './text-edits.js';

/**
 * The unified diff of a change whose edits are known, in the form `git apply` and `patch -p1` read, and the same
 * text `diff`'s createTwoFilesPatch writes for it: only the lines the edits touch are compared (with `diff`'s
 * diffArrays), so the cost follows the size of the change, not the size of the file times the size of the change.
 */

/** `diff`'s change objects over lines (each line with its line break, the last one maybe without). */
interface Change {
  lines: string[];
  added?: boolean;
  removed?: boolean;
}

/** The lines of a text, each with its `\n`; a last line without one stays as it is. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
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

/** Where each line starts; after a final line break, the empty line that follows starts at the end of the text. */
function startsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length;
  }
  if (lines.length === 0 || lines.at(-1)!.endsWith('\n')) starts.push(at);
  return starts;
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
function changesOf(oldLines: string[], newLines: string[], edits: readonly TextEdit[]): Change[] {
  const oldStarts = startsOf(oldLines);
  const newStarts = startsOf(newLines);
  // Regions of whole lines: [o0, o1) of the old text and [n0, n1) of the new one.
  const regions: Array<{ o0: number; o1: number; n0: number; n1: number }> = [];
  let shift = 0;
  for (const e of edits) {
    const newStart = e.start + shift;
    const newEnd = newStart + e.text.length;
    shift += e.text.length - (e.end - e.start);
    const r = {
      o0: lineIndex(oldStarts, e.start),
      o1: Math.min(oldLines.length, lineIndex(oldStarts, e.end) + 1),
      n0: lineIndex(newStarts, newStart),
      n1: Math.min(newLines.length, lineIndex(newStarts, newEnd) + 1),
    };
    const last = regions.at(-1);
    if (last && r.o0 <= last.o1) {
      last.o1 = Math.max(last.o1, r.o1);
      last.n1 = Math.max(last.n1, r.n1);
    } else regions.push(r);
  }
  const changes: Change[] = [];
  const equal = (lines: string[]) => {
    if (!lines.length) return;
    const last = changes.at(-1);
    // A loop, not push(...lines): an unchanged stretch can be longer than the arguments a call may take.
    if (last && !last.added && !last.removed) for (const l of lines) last.lines.push(l);
    else changes.push({ lines });
  };
  let o = 0;
  for (const r of regions) {
    equal(oldLines.slice(o, r.o0));
    for (const c of regionChanges(oldLines.slice(r.o0, r.o1), newLines.slice(r.n0, r.n1))) {
      if (c.added || c.removed) changes.push({ lines: c.value, ...(c.added ? { added: true } : { removed: true }) });
      else equal(c.value);
    }
    o = r.o1;
  }
  equal(oldLines.slice(o));
  return changes;
}

/** `diff`'s hunk building (structuredPatch in patch/create.js), over the change objects above. */
function hunksOf(changes: Change[], context: number): StructuredPatchHunk[] {
  const diff: Change[] = [...changes, { lines: [] }];
  const out: StructuredPatchHunk[] = [];
  let oldRangeStart = 0;
  let newRangeStart = 0;
  let cur: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  // Each line as the hunk shows it, made once: its mark, the line without its break (or the note that it has none).
  const emit = (mark: string, lines: readonly string[]) => {
    for (const l of lines) {
      if (l.endsWith('\n')) cur.push(mark + l.slice(0, -1));
      else cur.push(mark + l, '\\ No newline at end of file');
    }
  };
  for (let i = 0; i < diff.length; i++) {
    const current = diff[i]!;
    const lines = current.lines;
    if (current.added || current.removed) {
      if (!oldRangeStart) {
        const prev = diff[i - 1];
        oldRangeStart = oldLine;
        newRangeStart = newLine;
        if (prev) {
          const before = context > 0 ? prev.lines.slice(-context) : [];
          cur = [];
          emit(' ', before);
          oldRangeStart -= before.length;
          newRangeStart -= before.length;
        }
      }
      emit(current.added ? '+' : '-', lines);
      if (current.added) newLine += lines.length;
      else oldLine += lines.length;
    } else {
      if (oldRangeStart) {
        if (lines.length <= context * 2 && i < diff.length - 2) {
          emit(' ', lines);
        } else {
          const contextSize = Math.min(lines.length, context);
          emit(' ', lines.slice(0, contextSize));
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
      oldLine += lines.length;
      newLine += lines.length;
    }
  }
  return out;
}

/** `diff`'s default context. */
const CONTEXT = 4;

/** `edits` are sorted, disjoint replacements of `before` that make `after`. */
export function unifiedDiffOfEdits(rel: string, before: string, after: string, edits: readonly TextEdit[]): string {
  const hunks = hunksOf(changesOf(splitLines(before), splitLines(after), edits), CONTEXT);
  return formatPatch({ oldFileName: `a/${rel}`, newFileName: `b/${rel}`, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY);
}
