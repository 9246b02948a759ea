/**
 * GitHub caps what it keeps (a job summary at 1 MiB, a comment or issue body at 65,536 characters): a report with
 * too many rows is rendered again with half as many until it fits. One loop for every such report.
 */
export function fitRows(render: (maxRows: number) => string, fits: (text: string) => boolean, startRows = 200): string {
  let rows = startRows;
  let text = render(rows);
  while (!fits(text) && rows > 0) {
    rows = Math.floor(rows / 2);
    text = render(rows);
  }
  return text;
}

/** Fits GitHub's per-step job summary limit, counted in bytes. */
export function fitsBytes(limit: number): (text: string) => boolean {
  return (text) => Buffer.byteLength(text) <= limit;
}
