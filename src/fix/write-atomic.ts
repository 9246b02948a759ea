import { createHash, randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** What a file looked like when it was read: if any of it differs at write time, someone else changed it. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  sha256: string;
}

export class FileChangedError extends Error {}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function snapshotOf(st: Stats, bytes: Uint8Array): FileSnapshot {
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, sha256: sha256(bytes) };
}

/** Reads a file and what it looked like, from one open handle. */
export async function readWithSnapshot(abs: string): Promise<{ bytes: Buffer; snapshot: FileSnapshot }> {
  const fh = await fs.open(abs, 'r');
  try {
    const st = await fh.stat();
    const bytes = await fh.readFile();
    return { bytes, snapshot: snapshotOf(st, bytes) };
  } finally {
    await fh.close();
  }
}

/**
 * Replaces a file's content atomically: the new bytes go to a temporary file in the same folder, with the original
 * mode (and owner, where we may set it), then take its place by rename, so a reader sees the old or the new file,
 * never half of one. Refuses, leaving the file as it is, when it changed since `expected` was taken.
 */
export async function writeAtomic(abs: string, bytes: Uint8Array, expected: FileSnapshot): Promise<void> {
  const dir = path.dirname(abs);
  const tmp = path.join(dir, `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.tokenhub-fix.tmp`);
  const mode = expected.mode & 0o7777;
  const fh = await fs.open(tmp, 'wx', mode);
  let renamed = false;
  try {
    try {
      await fh.writeFile(bytes);
      // open() applies the umask; the file must keep exactly its old mode (an executable script stays executable).
      await fh.chmod(mode);
      if (process.getuid?.() === 0) await fh.chown(expected.uid, expected.gid).catch(() => undefined);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await assertUnchanged(abs, expected);
    await fs.rename(tmp, abs);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true });
  }
}

async function assertUnchanged(abs: string, expected: FileSnapshot): Promise<void> {
  let st: Stats;
  try {
    st = await fs.lstat(abs);
  } catch {
    throw new FileChangedError('it was removed during the run');
  }
  if (!st.isFile()) throw new FileChangedError('it is no longer a regular file');
  if (st.ino !== expected.ino || st.size !== expected.size || st.mtimeMs !== expected.mtimeMs || st.mode !== expected.mode) {
    throw new FileChangedError('it changed during the run');
  }
  if (sha256(await fs.readFile(abs)) !== expected.sha256) throw new FileChangedError('its content changed during the run');
}
