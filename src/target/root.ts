import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ScanTargetError } from '../scan/scanner.js';
import { workTreeRoot } from './git-diff.js';

/**
 * The folder findings are relative to, and where the config file is looked for: the git top level of what is
 * scanned (the current folder when no path is given), or, outside git, the folder itself (or the folder that
 * holds every path given). It does not depend on the folder the command runs from, so neither do the results.
 */
export async function scanRoot(cwd: string, targets: readonly string[]): Promise<string> {
  const dirs: string[] = [];
  for (const t of targets.length ? targets : [cwd]) {
    const st = await fs.stat(t).catch(() => undefined);
    if (!st) throw new ScanTargetError(`path does not exist: ${path.relative(cwd, t) || t}`);
    dirs.push(st.isDirectory() ? t : path.dirname(t));
  }
  const top = await workTreeRoot(dirs[0]!);
  if (top) return top;
  return dirs.reduce(commonAncestor);
}

function commonAncestor(a: string, b: string): string {
  const as = path.resolve(a).split(path.sep);
  const bs = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return as.slice(0, i).join(path.sep) || path.sep;
}

/** The root of a command run from `cwd`: the folder given with --root, else scanRoot() of the targets. */
export async function commandRoot(cwd: string, targets: readonly string[], given: string | undefined): Promise<string> {
  return given ? path.resolve(cwd, given) : scanRoot(cwd, targets);
}
