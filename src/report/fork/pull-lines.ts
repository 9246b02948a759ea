import parseDiff from 'parse-diff';
import type { RestDiffEntry } from '../../target/rest-diff.js';

/**
 * The lines a pull request adds, with their text, as GitHub's API shows them (`GET /pulls/{n}/files`): the one
 * source the fork pattern's second half believes about the PR's content. Review comments may only go on these
 * lines, and a finding in an artifact must quote one of them.
 */
export type PullLines = ReadonlyMap<string, ReadonlyMap<number, string>>;

export function pullLinesOf(entries: readonly RestDiffEntry[]): PullLines {
  const out = new Map<string, Map<number, string>>();
  for (const e of entries) {
    if (e.status === 'removed' || e.patch === undefined) continue;
    const lines = new Map<number, string>();
    for (const chunk of parseDiff(e.patch).flatMap((f) => f.chunks)) {
      for (const change of chunk.changes) {
        // parse-diff repeats the previous change for a "\ No newline at end of file" marker.
        if (change.type === 'add' && !change.content.startsWith('\\')) lines.set(change.ln, change.content.slice(1));
      }
    }
    out.set(e.filename, lines);
  }
  return out;
}
