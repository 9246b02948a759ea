/**
 * GitHub caps what it keeps (a job summary at 1 MiB, a comment, issue or pull request body at 65,536 characters):
 * a report that is too long is rendered again with less in it until it fits. One helper for every such report.
 */
/**
 * Most findings a job summary lists (most severe first); the JSON report and SARIF list all. The action's log and
 * the README say this same number (test/report/summary-rows.test.ts keeps them in step).
 */
export const SUMMARY_MAX_ROWS = 200;

/** The first rendering, in the order given, that fits; the last one tried when none does (the caller may cut it). */
export function fitToSize<T>(attempts: Iterable<T>, render: (attempt: T) => string, fits: (text: string) => boolean): string {
  let text: string | undefined;
  for (const attempt of attempts) {
    text = render(attempt);
    if (fits(text)) return text;
  }
  if (text === undefined) throw new Error('fitToSize: no attempt to render');
  return text;
}

/** `start`, then half of it, down to 0: row counts to try. */
export function* halvings(start: number): Generator<number> {
  let n = Math.max(0, start);
  for (;;) {
    yield n;
    if (n === 0) return;
    n = Math.floor(n / 2);
  }
}

/** Fewer table rows (from `startRows`, halving) until the report fits. */
export function fitRows(render: (maxRows: number) => string, fits: (text: string) => boolean, startRows = SUMMARY_MAX_ROWS): string {
  return fitToSize(halvings(startRows), render, fits);
}

/** Fits a limit counted in bytes (the job summary). */
export function fitsBytes(limit: number): (text: string) => boolean {
  return (text) => Buffer.byteLength(text) <= limit;
}

/** Fits a limit counted in characters (comment, issue and pull request bodies). */
export function fitsChars(limit: number): (text: string) => boolean {
  return (text) => text.length <= limit;
}
