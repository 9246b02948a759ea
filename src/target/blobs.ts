import { spawn } from 'node:child_process';

/**
 * Reads many files of one commit with a single `git cat-file --batch`: the PR's head content, when the workspace
 * holds another commit (actions/checkout checks out the merge commit `refs/pull/N/merge` by default, whose line
 * numbers are not the head's).
 */

export interface Blob {
  path: string;
  /** Undefined when the commit has no such file. */
  bytes?: Buffer;
}

export async function readBlobs(cwd: string, commit: string, paths: string[], onBlob: (blob: Blob) => void): Promise<void> {
  // The batch protocol is line-based: a path with a line break cannot be asked for that way.
  const batchable = paths.filter((p) => !p.includes('\n'));
  const odd = paths.filter((p) => p.includes('\n'));
  if (batchable.length) await batch(cwd, commit, batchable, onBlob);
  for (const p of odd) onBlob({ path: p, bytes: await single(cwd, `${commit}:${p}`) });
}

function batch(cwd: string, commit: string, paths: string[], onBlob: (blob: Blob) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    // Headers are short and gathered in `pending`; a blob's bytes go straight into one buffer of its announced size,
    // so a file of megabytes is copied once instead of once per chunk.
    let pending: Buffer = Buffer.alloc(0);
    let body: { buf: Buffer; filled: number; type: string } | undefined;
    let index = 0;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      let data: Buffer = chunk;
      for (;;) {
        if (body) {
          const n = Math.min(body.buf.length - body.filled, data.length);
          data.copy(body.buf, body.filled, 0, n);
          body.filled += n;
          data = data.subarray(n);
          if (body.filled < body.buf.length) return;
          // The blob ends with a line feed of its own, not part of the content.
          const bytes = body.buf.subarray(0, body.buf.length - 1);
          onBlob(body.type === 'blob' ? { path: paths[index]!, bytes } : { path: paths[index]! });
          index++;
          body = undefined;
        }
        pending = pending.length ? Buffer.concat([pending, data]) : data;
        data = Buffer.alloc(0);
        const nl = pending.indexOf(10);
        if (nl === -1) return;
        const header = pending.subarray(0, nl).toString('utf8');
        const rest = pending.subarray(nl + 1);
        pending = Buffer.alloc(0);
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          onBlob({ path: paths[index++]! });
          data = rest;
          continue;
        }
        const size = Number(header.split(' ')[2]);
        if (!Number.isFinite(size)) {
          child.kill();
          reject(new Error(`unexpected git cat-file output: ${header.slice(0, 200)}`));
          return;
        }
        body = { buf: Buffer.allocUnsafe(size + 1), filled: 0, type: header.split(' ')[1] ?? '' };
        data = rest;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && index === paths.length) resolve();
      else reject(new Error(`git cat-file failed (exit ${code}): ${stderr.trim().slice(0, 500)}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(''));
  });
}

function single(cwd: string, spec: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', ['cat-file', 'blob', spec], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out) : undefined));
  });
}
