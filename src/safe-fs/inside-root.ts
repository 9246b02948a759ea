import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * A path the repository names (the config's `baseline:`, the default config file) must stay in the workspace:
 * lexically (no `..`, no absolute path elsewhere) and physically (no folder on the way is a symbolic link, which could
 * lead anywhere). Returns the absolute path, or the reason it may not be used. The file itself is checked when it
 * is opened (see bounded-read.ts), so a missing file is not refused here.
 */
export async function pathInsideRoot(root: string, file: string): Promise<{ abs: string } | { refused: string }> {
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root));
  const abs = path.resolve(root, file);
  let rel = path.relative(path.resolve(root), abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) rel = path.relative(realRoot, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { refused: 'it is outside the workspace' };
  const parts = rel.split(path.sep);
  let dir = realRoot;
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part);
    const st = await fs.lstat(dir).catch(() => undefined);
    if (!st) break; // missing: the file is missing too, and the reader says so
    if (st.isSymbolicLink()) return { refused: `${parts.slice(0, parts.indexOf(part) + 1).join('/')} is a symbolic link, which is not followed` };
    if (!st.isDirectory()) break;
  }
  return { abs: path.join(realRoot, rel) };
}
