import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';

/**
 * Reading a file that the repository names (an ignore file, the config file, a baseline): on a pull request its
 * author controls it, and it may be a link to `/dev/zero`, a FIFO that never answers, or gigabytes. Such a file is
 * read only when it is a regular file that is not a symbolic link (git does not follow a linked `.gitignore`
 * either), and only up to a size cap. The type is checked before opening, and the open itself neither follows a
 * link nor waits on a FIFO (O_NOFOLLOW | O_NONBLOCK where the platform has them), so a swap between the check and
 * the open cannot make it hang or escape; fstat then checks what was opened.
 */

export type RepoFileRead = { ok: true; bytes: Buffer } | { ok: false; missing: boolean; reason: string };

// Windows has neither flag; there the lstat check before opening is what stands.
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** Why a file of this type and size may not be read, or undefined when it may. */
function refusal(st: Stats, maxBytes: number): string | undefined {
  if (st.isSymbolicLink()) return 'a symbolic link (not followed)';
  if (!st.isFile()) return 'not a regular file';
  if (st.size > maxBytes) return `larger than ${formatSize(maxBytes)} (${formatSize(st.size)})`;
  return undefined;
}

function failed(err: unknown): RepoFileRead {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true, reason: 'not found' };
  // O_NOFOLLOW on a link that appeared after the check.
  if (code === 'ELOOP') return { ok: false, missing: false, reason: 'a symbolic link (not followed)' };
  return { ok: false, missing: false, reason: `unreadable (${code ?? (err as Error).message})` };
}

export function readRepoFileSync(abs: string, maxBytes: number): RepoFileRead {
  let fd: number;
  try {
    const why = refusal(lstatSync(abs), maxBytes);
    if (why) return { ok: false, missing: false, reason: why };
    fd = openSync(abs, OPEN_FLAGS);
  } catch (err) {
    return failed(err);
  }
  try {
    const st = fstatSync(fd);
    const why = refusal(st, maxBytes);
    if (why) return { ok: false, missing: false, reason: why };
    const buf = Buffer.allocUnsafe(st.size);
    let total = 0;
    while (total < st.size) {
      const n = readSync(fd, buf, total, st.size - total, null);
      if (n === 0) break;
      total += n;
    }
    return { ok: true, bytes: buf.subarray(0, total) };
  } catch (err) {
    return failed(err);
  } finally {
    closeSync(fd);
  }
}

export async function readRepoFile(abs: string, maxBytes: number): Promise<RepoFileRead> {
  let fh: fs.FileHandle;
  try {
    const why = refusal(await fs.lstat(abs), maxBytes);
    if (why) return { ok: false, missing: false, reason: why };
    fh = await fs.open(abs, OPEN_FLAGS);
  } catch (err) {
    return failed(err);
  }
  try {
    const st = await fh.stat();
    const why = refusal(st, maxBytes);
    if (why) return { ok: false, missing: false, reason: why };
    const buf = Buffer.allocUnsafe(st.size);
    let total = 0;
    while (total < st.size) {
      const { bytesRead } = await fh.read(buf, total, st.size - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return { ok: true, bytes: buf.subarray(0, total) };
  } catch (err) {
    return failed(err);
  } finally {
    await fh.close();
  }
}
