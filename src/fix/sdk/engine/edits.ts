import { applyEdits, normalizeEdits, type TextEdit } from '../../text-edits.js';

/**
 * Text edits over one source text: replacements of ranges and zero-width insertions, applied together. Ranges are
 * string indices (UTF-16 code units, which is what web-tree-sitter reports for a parsed JavaScript string).
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** Order among zero-width insertions at the same index (lower first), and before a replacement starting there. */
  order: number;
}

export class EditOverlapError extends Error {}

export class EditSet {
  private readonly edits: Edit[] = [];
  private seq = 0;

  get size(): number {
    return this.edits.length;
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.seq++ });
  }

  insert(at: number, text: string): void {
    this.edits.push({ start: at, end: at, text, order: this.seq++ });
  }

  /** Adds every edit of another set (a client's plan, once it is known to be complete). */
  addAll(other: EditSet): void {
    for (const e of other.edits) this.edits.push({ ...e, order: this.seq++ });
  }

  /** Whether a position lies inside a replaced range (so text there is gone after the edits). */
  covers(start: number, end: number): boolean {
    return this.edits.some((e) => e.end > e.start && e.start <= start && end <= e.end);
  }

  /** Ranges replaced (not insertions), for "is this name still used" questions. */
  replacedRanges(): Array<{ start: number; end: number }> {
    return this.edits.filter((e) => e.end > e.start).map(({ start, end }) => ({ start, end }));
  }

  /** The text of [start, end) with the edits that lie inside it applied (for code that moves elsewhere). */
  render(text: string, start: number, end: number): string {
    const inner = new EditSet();
    for (const e of this.edits) if (e.start >= start && e.end <= end) inner.edits.push({ ...e, start: e.start - start, end: e.end - start });
    return inner.apply(text.slice(start, end));
  }

  /** Throws EditOverlapError when two replacements overlap: the plans that made them cannot both be right. */
  apply(text: string): string {
    return applyEdits(text, this.resolved());
  }

  /** The new text, and the edits that made it as sorted, disjoint replacements of `text` (see ../../text-edits.ts). */
  applyWithEdits(text: string): { text: string; edits: TextEdit[] } {
    const resolved = this.resolved();
    return { text: applyEdits(text, resolved), edits: normalizeEdits(resolved, text) };
  }

  /** Sorted, with insertions before a replacement at the same index; throws EditOverlapError on an overlap. */
  private resolved(): TextEdit[] {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || (a.end - a.start === 0 ? -1 : 0) - (b.end - b.start === 0 ? -1 : 0) || a.order - b.order);
    let cursor = 0;
    for (const e of sorted) {
      if (e.start < cursor) throw new EditOverlapError(`overlapping edits at ${e.start}`);
      cursor = e.end;
    }
    return sorted.map(({ start, end, text }) => ({ start, end, text }));
  }
}

/** Index of the first character of the line that holds `index`. */
export function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/** 1-based line number of an index. */
export function lineOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The range that removes a statement with its whole lines (indentation, a trailing comment, the line break), or
 * undefined when the statement shares a line with other code (then removing it would need a rewrite of that line).
 */
export function wholeLinesOf(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const from = lineStartOf(text, start);
  if (text.slice(from, start).trim() !== '') return undefined;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  const rest = text.slice(end, to);
  if (rest.trim() !== '' && !/^\s*(#|\/\/)/.test(rest)) return undefined;
  return { start: from, end: to < text.length ? to + 1 : to };
}

/** The indentation of the line that holds `index`. */
export function indentAt(text: string, index: number): string {
  const from = lineStartOf(text, index);
  return /^[ \t]*/.exec(text.slice(from, index + 1))![0];
}

/** "Does one of these ranges contain [start, end)?" in O(log n): sorted starts with the running maximum of ends. */
export class RangeIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(ranges: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((r) => r.start);
    this.maxEnd = [];
    let max = -1;
    for (const r of sorted) this.maxEnd.push((max = Math.max(max, r.end)));
  }

  contains(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! >= end;
  }
}
