import { spawn } from 'node:child_process';

/**
 * The one way this tool runs git: never a shell, never a prompt (a CI job must not block), English messages
 * (LC_ALL=C, so callers can read them), bounded output and time. `runGit` never throws for a non-zero exit:
 * callers decide what a failure means; `gitOrThrow` is for steps where any failure is one.
 */

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitOptions {
  cwd: string;
  /** Most bytes of stdout kept; past it the command is stopped and reported as failed. */
  maxBytes?: number;
  /** Kill the command after this long (a fetch that hangs must not hang the check). */
  timeoutMs?: number;
  /** Written to git's stdin (a commit message). */
  input?: string;
  /** Extra environment on top of the process's. */
  env?: NodeJS.ProcessEnv;
}

/** Large enough for the zero-context patch of a very large PR; beyond it the REST fallback takes over. */
export const DEFAULT_GIT_MAX_BYTES = 512 * 1024 * 1024;

export function runGit(args: string[], opts: GitOptions): Promise<GitResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_GIT_MAX_BYTES;
  return new Promise((resolve) => {
    const child = spawn('git', args, {
      cwd: opts.cwd,
      // No prompt may ever block a CI job; the credentials actions/checkout left in the git config still apply.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let overflow = false;
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxBytes) {
        overflow = true;
        child.kill('SIGKILL');
        return;
      }
      out.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (err.length < 64) err.push(chunk);
    });
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.input);
    }
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      resolve({ code: 127, stdout: '', stderr: `could not run git: ${e.message}` });
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      let stderr = Buffer.concat(err).toString('utf8').trim();
      if (overflow) stderr = `output larger than ${maxBytes} bytes`;
      if (timedOut) stderr = `timed out after ${opts.timeoutMs} ms`;
      resolve({ code: overflow || timedOut ? 1 : (code ?? 1), stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/** A git step that failed; `stderr` is git's own words, for callers that tell failures apart. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** Runs git and returns its stdout; a non-zero exit throws GitError with git's last lines of stderr. */
export async function gitOrThrow(cwd: string, args: string[], opts: Omit<GitOptions, 'cwd'> = {}): Promise<string> {
  const r = await runGit(args, { cwd, maxBytes: 64 * 1024 * 1024, ...opts });
  if (r.code !== 0) throw new GitError(`git ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`, r.stderr);
  return r.stdout;
}
