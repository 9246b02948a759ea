import type { Finding } from '../finding/finding.js';

/**
 * Which findings a pull request introduces. Pure: the diff comes in as plain data.
 *   added-lines (default): a finding is new when its line is one the PR adds or rewrites;
 *   changed-files: every finding in a file the PR touches is new.
 * The rest of a touched file's findings are pre-existing: counted, not annotated as new.
 */

export type Scope = 'added-lines' | 'changed-files';
export const SCOPE_VALUES: readonly Scope[] = ['added-lines', 'changed-files'];

/** Per path at the head commit: the added line numbers, or `unknown` when the diff source could not say. */
export type AddedLines = ReadonlyMap<string, readonly number[] | 'unknown'>;

export interface DiffTriage {
  newFindings: Finding[];
  preExisting: Finding[];
  /** Findings in files the change does not touch (the smoke test's cross-check looks at the whole tree). */
  outside: Finding[];
}

export function splitByDiff(findings: readonly Finding[], added: AddedLines, scope: Scope): DiffTriage {
  const sets = new Map<string, ReadonlySet<number> | 'unknown'>();
  for (const [path, lines] of added) sets.set(path, lines === 'unknown' ? 'unknown' : new Set(lines));
  const newFindings: Finding[] = [];
  const preExisting: Finding[] = [];
  const outside: Finding[] = [];
  for (const f of findings) {
    const lines = sets.get(f.path);
    if (lines === undefined) {
      outside.push(f);
      continue;
    }
    const isNew = scope === 'changed-files' || lines === 'unknown' || touches(lines, f);
    (isNew ? newFindings : preExisting).push(f);
  }
  return { newFindings, preExisting, outside };
}

/** A finding is on an added line when any line it spans was added (matches never cross lines today). */
function touches(lines: ReadonlySet<number>, f: Finding): boolean {
  for (let l = f.line; l <= f.endLine; l++) if (lines.has(l)) return true;
  return false;
}
