import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { redactSecrets } from '../secrets.js';

/**
 * Where a report (json-file, sarif-file, the CLI's --output) may be written. On a pull request the checked-out tree
 * is the PR author's: a committed `tokenhub-migration.json` that links to a file elsewhere, or a `reports` folder
 * that links out, would make the action overwrite whatever the runner's user can write. So a report goes only to a
 * path inside one of the allowed roots (the workspace, and RUNNER_TEMP which no PR controls), through folders that
 * are real folders (never a symbolic link), to a file that is not a link; missing folders are created one by one,
 * and the file is opened without following a link, so nothing swapped in between the checks and the write counts.
 */

export class ReportPathError extends Error {}

const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function inside(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel;
}

/**
 * The absolute path a report named `file` (relative to `roots[0]`) will be written to, after checking every folder
 * on the way and creating the missing ones. Throws ReportPathError with a message fit for the user.
 */
export async function prepareReportPath(file: string, roots: readonly string[], what = 'the report'): Promise<string> {
  const base = roots[0]!;
  const abs = path.resolve(base, file);
  let root: string | undefined;
  let rel: string | undefined;
  for (const r of roots) {
    // Compare against the real root: GITHUB_WORKSPACE itself may be reached through a link the runner made.
    const real = await fs.realpath(r).catch(() => path.resolve(r));
    for (const candidate of [path.resolve(r), real]) {
      const within = inside(candidate, abs);
      if (within !== undefined) {
        root = real;
        rel = within;
        break;
      }
    }
    if (root) break;
  }
  if (!root || !rel) {
    throw new ReportPathError(`Cannot write ${what} to ${file}: the path is outside the workspace${roots.length > 1 ? ' and RUNNER_TEMP' : ''}.`);
  }
  const parts = rel.split(path.sep);
  let dir = root;
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part);
    const st = await fs.lstat(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} cannot be read (${err.code ?? err.message}).`);
    });
    if (!st) {
      await fs.mkdir(dir).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') throw new ReportPathError(`Cannot write ${what} to ${file}: cannot create the folder ${path.relative(root, dir)} (${err.code ?? err.message}).`);
      });
      const made = await fs.lstat(dir);
      if (!made.isDirectory() || made.isSymbolicLink()) throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} is not a folder.`);
      continue;
    }
    if (st.isSymbolicLink()) throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} is a symbolic link, which is not followed.`);
    if (!st.isDirectory()) throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} is not a folder.`);
  }
  const target = path.join(root, rel);
  const st = await fs.lstat(target).catch(() => undefined);
  if (st?.isSymbolicLink()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is a symbolic link, which is not followed.`);
  if (st?.isDirectory()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is a folder; name a file.`);
  if (st && !st.isFile()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
  return target;
}

/** Writes `text` to a path from prepareReportPath without following a link put there since. */
export async function writeReportFile(file: string, roots: readonly string[], text: string, what?: string): Promise<string> {
  const abs = await prepareReportPath(file, roots, what);
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(abs, WRITE_FLAGS, 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReportPathError(`Cannot write ${what ?? 'the report'} to ${file}: ${code === 'ELOOP' ? 'it is a symbolic link, which is not followed' : `${code ?? (err as Error).message}`}.`);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new ReportPathError(`Cannot write ${what ?? 'the report'} to ${file}: it is not a regular file.`);
    // An API error quoted in a report must not carry a token or key into a file that may be uploaded.
    await fh.writeFile(redactSecrets(text));
  } finally {
    await fh.close();
  }
  return abs;
}

/** The roots a report of the action may go to: the workspace and, when set, the runner's temporary folder. */
export function actionReportRoots(workspace: string): string[] {
  const temp = process.env.RUNNER_TEMP;
  return temp ? [workspace, temp] : [workspace];
}
