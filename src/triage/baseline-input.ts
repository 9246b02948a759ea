import path from 'node:path';
import { readBaselineFile } from './baseline-file.js';
import { scanScope } from './baseline-scope.js';
import type { TriageInput } from './triage.js';

/**
 * The baseline as triage takes it, for both faces: the file read from the root, and the files this run could have
 * seen (its targets, include and exclude; in diff mode only the changed files), so that entries elsewhere are
 * never called stale.
 */
export async function baselineInput(
  root: string,
  file: string,
  scope: { targets: readonly string[]; include: readonly string[]; exclude: readonly string[]; changedFiles?: Iterable<string> },
): Promise<NonNullable<TriageInput['baseline']>> {
  const baseline = await readBaselineFile(root, file);
  const relTargets = scope.targets.map((t) => toPosix(path.relative(root, path.resolve(root, t))));
  const inTargets = scanScope(relTargets, scope.include, scope.exclude);
  const changed = scope.changedFiles ? new Set(scope.changedFiles) : undefined;
  return { file: displayPath(root, file), baseline, inScope: (p) => inTargets(p) && (!changed || changed.has(p)) };
}

/** A file as the user should read it: relative to the root when inside it, else as given. */
export function displayPath(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? toPosix(rel) : file;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
