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
    let buf: Buffer = Buffer.alloc(0);
    let index = 0;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      for (;;) {
        const nl = buf.indexOf(10);
        if (nl === -1) return;
        const header = buf.subarray(0, nl).toString('utf8');
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          onBlob({ path: paths[index++]! });
          buf = buf.subarray(nl + 1);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        if (!Number.isFinite(size)) {
          child.kill();
          reject(new Error(`unexpected git cat-file output: ${header.slice(0, 200)}`));
          return;
        }
        if (buf.length < nl + 1 + size + 1) return;
        const type = header.split(' ')[1];
        const body = Buffer.from(buf.subarray(nl + 1, nl + 1 + size));
        onBlob(type === 'blob' ? { path: paths[index]!, bytes: body } : { path: paths[index]! });
        index++;
        buf = buf.subarray(nl + 1 + size + 1);
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
