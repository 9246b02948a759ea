/**
 * What a fix did to a text, as data: replacements of ranges of the old text (string indices), sorted and disjoint.
 * The fix keeps them so that it can say where a position of the old text is in the new one (a finding still
 * reported after an SDK rewrite), and write the diff of a change from the lines it touched (a diff of two 1 MB
 * texts with thousands of changed lines is minutes of work for a general line diff; the edits say where to look).
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Sorted, disjoint edits; zero-width insertions at the same index merged; edits that change nothing dropped. */
export function normalizeEdits(edits: readonly TextEdit[], old: string): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last && e.start < last.end) throw new Error(`overlapping edits at ${e.start}`);
    if (last && e.start === last.end) {
      last.end = e.end;
      last.text += e.text;
    } else out.push({ ...e });
  }
  return out.filter((e) => old.slice(e.start, e.end) !== e.text);
}

/** The new text. */
export function applyEdits(old: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const e of edits) {
    parts.push(old.slice(cursor, e.start), e.text);
    cursor = e.end;
  }
  parts.push(old.slice(cursor));
  return parts.join('');
}

/** Running sums of (new length - old length) over sorted edits, for O(log n) lookups of a position's shift. */
class Shifts {
  private readonly ends: number[];
  private readonly starts: number[];
  /** sums[i]: total change of length of edits 0..i-1. */
  private readonly sums: number[];

  constructor(private readonly ranges: ReadonlyArray<{ start: number; end: number; delta: number }>) {
    this.starts = ranges.map((e) => e.start);
    this.ends = ranges.map((e) => e.end);
    this.sums = [0];
    for (const e of ranges) this.sums.push(this.sums.at(-1)! + e.delta);
  }

  static of(edits: readonly TextEdit[]): Shifts {
    return new Shifts(edits.map((e) => ({ start: e.start, end: e.end, delta: e.text.length - (e.end - e.start) })));
  }

  /** How many edits have end < p (strict) or end <= p. */
  countEndingBefore(p: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! < p || (inclusive && this.ends[mid] === p)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many edits start before p (strict) or at p. */
  countStartingBefore(p: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < p || (inclusive && this.starts[mid] === p)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  sumOf(count: number): number {
    return this.sums[count]!;
  }

  at(i: number): { start: number; end: number } {
    return this.ranges[i]!;
  }
}

/**
 * Where a range of the old text is in the new one: shifted by the edits before it, or, when edits touch it,
 * widened to everything those edits wrote.
 */
export class PositionMap {
  private readonly shifts: Shifts;

  constructor(edits: readonly TextEdit[]) {
    this.shifts = Shifts.of(edits);
  }

  map(start: number, end: number): { start: number; end: number; edited: boolean } {
    const s = this.shifts;
    // Edits that overlap [start, end), or are insertions strictly inside it.
    const first = s.countEndingBefore(start, true);
    const last = s.countStartingBefore(end, false);
    let from = start;
    let to = end;
    let edited = false;
    for (let i = first; i < last; i++) {
      const e = s.at(i);
      if (e.end === e.start && (e.start === start || e.start === end)) continue;
      edited = true;
      from = Math.min(from, e.start);
      to = Math.max(to, e.end);
    }
    return { start: from + s.sumOf(s.countEndingBefore(from, true)), end: to + s.sumOf(s.countEndingBefore(to, true)), edited };
  }
}

/**
 * Edits over A equal to `first` (over A, giving B) followed by `second` (over B, giving C). Every edit of either
 * is a range of B (what `first` wrote, what `second` replaced); ranges that meet become one edit, whose old range
 * is found through `first` and whose new text is read from C.
 */
export function composeEdits(a: string, first: readonly TextEdit[], second: readonly TextEdit[], c: string): TextEdit[] {
  const inB: Array<{ start: number; end: number }> = [];
  let shift = 0;
  const firstInB = first.map((e) => {
    const r = { start: e.start + shift, end: e.start + shift + e.text.length };
    shift += e.text.length - (e.end - e.start);
    return r;
  });
  inB.push(...firstInB, ...second.map((e) => ({ start: e.start, end: e.end })));
  inB.sort((x, y) => x.start - y.start || x.end - y.end);
  const clusters: Array<{ start: number; end: number }> = [];
  for (const r of inB) {
    const last = clusters.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else clusters.push({ ...r });
  }
  // B -> A through `first` (whose edits, as ranges of B, lie inside clusters or wholly outside them).
  const firstShifts = new Shifts(firstInB.map((r, i) => ({ start: r.start, end: r.end, delta: first[i]!.end - first[i]!.start - (r.end - r.start) })));
  const secondShifts = Shifts.of(second);
  const out: TextEdit[] = [];
  for (const cl of clusters) {
    const aStart = cl.start + firstShifts.sumOf(firstShifts.countEndingBefore(cl.start, false));
    const aEnd = cl.end + firstShifts.sumOf(firstShifts.countEndingBefore(cl.end, true));
    const cStart = cl.start + secondShifts.sumOf(secondShifts.countEndingBefore(cl.start, false));
    const cEnd = cl.end + secondShifts.sumOf(secondShifts.countEndingBefore(cl.end, true));
    out.push({ start: aStart, end: aEnd, text: c.slice(cStart, cEnd) });
  }
  return normalizeEdits(out, a);
}
