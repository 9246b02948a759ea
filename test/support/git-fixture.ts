/**
 * Temporary git repositories shaped like a pull request: a base commit, a head commit with the given changes, a bare
 * "GitHub" remote (with `refs/pull/N/head` and `refs/pull/N/merge`, as GitHub keeps them), and clones made the way
 * actions/checkout makes them: depth 1 over `file://`, so the base commit is missing and the action has to fetch it.
 *
 * Git runs without the user's global or system config (GIT_CONFIG_GLOBAL=/dev/null, GIT_CONFIG_NOSYSTEM) and with
 * fixed commit dates, so fixtures behave the same on every machine and their SHAs are stable for a given spec.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PullFileInput } from './github-server.js';

export type FileContent = string | Buffer | { content: string | Buffer; executable?: boolean };
export type FileMap = Record<string, FileContent>;

/** What a commit does to the tree before it. */
export interface TreeChanges {
  /** New files. */
  add?: FileMap;
  /** Files whose content changes. */
  change?: FileMap;
  delete?: string[];
  /** `from -> to`, optionally with new content (git detects a rename while the content stays similar). */
  rename?: Record<string, string | { to: string; content: string | Buffer }>;
  /** Mode changes: path -> executable or not. */
  chmod?: Record<string, boolean>;
}

export interface GitFixtureSpec {
  /** The tree of the base commit. */
  base: FileMap;
  /** The changes of the head commit (one commit on the head branch). */
  head: TreeChanges;
  /** Changes committed on the base branch after the head branch forked, so its tip is no longer the merge base. */
  baseAfter?: TreeChanges;
  baseBranch?: string;
  headBranch?: string;
  /** When set, the remote gets `refs/pull/N/head` and a merge commit at `refs/pull/N/merge`, like GitHub. */
  pullNumber?: number;
}

export interface CloneOptions {
  /** A ref or SHA on the remote (default: `refs/pull/N/merge` when the fixture has a pull number, else the head branch). */
  ref?: string;
  /** Default 1, as actions/checkout. 0 fetches all history. */
  depth?: number;
  /** Where to clone (default a new folder inside the fixture). */
  dir?: string;
}

export interface GitFixture {
  /** The temporary folder holding everything below. */
  dir: string;
  /** The full working repository the commits were made in (checked out at the head branch). */
  work: string;
  /** The bare repository playing GitHub. */
  remote: string;
  /** `file://` URL of the remote. */
  remoteUrl: string;
  baseBranch: string;
  headBranch: string;
  /** The base branch tip: what a pull_request event's `pull_request.base.sha` says. */
  baseSha: string;
  /** Where the head branch forked from the base branch (= baseSha unless `baseAfter` was given). */
  mergeBaseSha: string;
  headSha: string;
  pullNumber?: number;
  /** The test merge commit of `refs/pull/N/merge` (GITHUB_SHA of a pull_request run). */
  mergeSha?: string;
  /** Clone the remote the way actions/checkout does; returns the working folder. */
  clone(opts?: CloneOptions): Promise<string>;
  /** The pull request's files as GitHub's `GET /pulls/{n}/files` lists them (merge base ... head). */
  pullFiles(): Promise<PullFileInput[]>;
  cleanup(): Promise<void>;
}

/** Environment for git: no global/system config, no prompts, fixed identity and dates. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_')) delete env[k];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Fixture Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Fixture Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    ...extra,
  };
}

/** Run git in `cwd`; resolves with stdout (trailing newline kept), rejects with stderr in the message. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: gitEnv(env), maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${stderr || err.message}`));
      else resolve(stdout);
    });
  });
}

async function setIdentity(repo: string): Promise<void> {
  await git(repo, ['config', 'user.name', 'Fixture Author']);
  await git(repo, ['config', 'user.email', 'author@example.com']);
}

async function writeFile(root: string, rel: string, content: FileContent): Promise<void> {
  const file = path.join(root, rel);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const data = typeof content === 'string' || Buffer.isBuffer(content) ? content : content.content;
  await fs.writeFile(file, data);
  if (typeof content === 'object' && !Buffer.isBuffer(content) && content.executable !== undefined)
    await fs.chmod(file, content.executable ? 0o755 : 0o644);
}

async function applyChanges(root: string, changes: TreeChanges): Promise<void> {
  for (const [rel, c] of Object.entries(changes.add ?? {})) await writeFile(root, rel, c);
  for (const [rel, c] of Object.entries(changes.change ?? {})) await writeFile(root, rel, c);
  for (const rel of changes.delete ?? []) await fs.rm(path.join(root, rel));
  for (const [from, target] of Object.entries(changes.rename ?? {})) {
    const to = typeof target === 'string' ? target : target.to;
    await fs.mkdir(path.dirname(path.join(root, to)), { recursive: true });
    await fs.rename(path.join(root, from), path.join(root, to));
    if (typeof target !== 'string') await fs.writeFile(path.join(root, to), target.content);
  }
  for (const [rel, exec] of Object.entries(changes.chmod ?? {})) await fs.chmod(path.join(root, rel), exec ? 0o755 : 0o644);
}

let commitClock = 0;
/** Fixed, increasing commit dates: stable SHAs, and commits that sort in the order they were made. */
async function commit(repo: string, message: string): Promise<string> {
  await git(repo, ['add', '-A']);
  const date = `${1767225600 + commitClock++ * 60} +0000`; // from 2026-01-01
  await git(repo, ['commit', '--allow-empty', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return (await git(repo, ['rev-parse', 'HEAD'])).trim();
}

export async function createGitFixture(spec: GitFixtureSpec): Promise<GitFixture> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-git-')));
  const work = path.join(dir, 'work');
  const remote = path.join(dir, 'remote.git');
  const baseBranch = spec.baseBranch ?? 'main';
  const headBranch = spec.headBranch ?? 'feature';
  await fs.mkdir(work);
  await git(work, ['init', '-q', '-b', baseBranch]);
  await setIdentity(work);

  for (const [rel, c] of Object.entries(spec.base)) await writeFile(work, rel, c);
  const mergeBaseSha = await commit(work, 'base');
  await git(work, ['checkout', '-q', '-b', headBranch]);
  await applyChanges(work, spec.head);
  const headSha = await commit(work, 'head');
  let baseSha = mergeBaseSha;
  if (spec.baseAfter) {
    await git(work, ['checkout', '-q', baseBranch]);
    await applyChanges(work, spec.baseAfter);
    baseSha = await commit(work, 'base moves on');
  }

  await git(dir, ['init', '-q', '--bare', '-b', baseBranch, remote]);
  // GitHub serves any reachable commit by SHA; a plain bare repo only serves advertised refs.
  await git(remote, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  await git(work, ['remote', 'add', 'origin', pathToFileURL(remote).href]);
  await git(work, ['push', '-q', 'origin', `${baseBranch}:refs/heads/${baseBranch}`, `${headBranch}:refs/heads/${headBranch}`]);

  let mergeSha: string | undefined;
  if (spec.pullNumber !== undefined) {
    // GitHub's test merge of head into the base tip, as `refs/pull/N/merge`.
    await git(work, ['checkout', '-q', '--detach', baseSha]);
    const date = `${1767225600 + commitClock++ * 60} +0000`;
    await git(work, ['merge', '-q', '--no-ff', '--no-edit', '-m', `Merge ${headSha} into ${baseSha}`, headSha], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    mergeSha = (await git(work, ['rev-parse', 'HEAD'])).trim();
    await git(work, ['push', '-q', 'origin', `${headSha}:refs/pull/${spec.pullNumber}/head`, `${mergeSha}:refs/pull/${spec.pullNumber}/merge`]);
  }
  await git(work, ['checkout', '-q', headBranch]);

  const remoteUrl = pathToFileURL(remote).href;
  let clones = 0;
  return {
    dir,
    work,
    remote,
    remoteUrl,
    baseBranch,
    headBranch,
    baseSha,
    mergeBaseSha,
    headSha,
    ...(spec.pullNumber !== undefined ? { pullNumber: spec.pullNumber, mergeSha } : {}),
    async clone(opts: CloneOptions = {}) {
      const ref = opts.ref ?? (spec.pullNumber !== undefined ? `refs/pull/${spec.pullNumber}/merge` : `refs/heads/${headBranch}`);
      return checkoutLike(remoteUrl, remote, ref, opts.dir ?? path.join(dir, `clone-${++clones}`), opts.depth ?? 1);
    },
    pullFiles: () => pullFilesBetween(work, mergeBaseSha, headSha),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

/** What actions/checkout@v4 runs: init, add origin, fetch one commit at the given depth, check it out. */
async function checkoutLike(remoteUrl: string, remote: string, ref: string, target: string, depth: number): Promise<string> {
  const sha = (await git(remote, ['rev-parse', `${ref}^{commit}`])).trim();
  await fs.mkdir(target, { recursive: true });
  await git(target, ['init', '-q']);
  await setIdentity(target);
  await git(target, ['remote', 'add', 'origin', remoteUrl]);
  const localRef = ref.startsWith('refs/pull/') ? ref.replace(/^refs\/pull\//, 'refs/remotes/pull/') : ref.replace(/^refs\/heads\//, 'refs/remotes/origin/');
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
  await git(target, ['-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', ...depthArgs, 'origin', `+${sha}:${localRef}`]);
  await git(target, ['checkout', '-q', '--force', '--detach', sha]);
  return fs.realpath(target);
}

/** Strip `diff --git`/`index`/`---`/`+++` headers: GitHub's `patch` starts at the first `@@`, with no final newline. */
function patchBody(diff: string): string | undefined {
  const at = diff.search(/^@@ /m);
  if (at < 0) return undefined;
  return diff.slice(at).replace(/\n$/, '');
}

/** The PR files list GitHub would return for `base...head`, computed by git itself. */
export async function pullFilesBetween(repo: string, base: string, head: string): Promise<PullFileInput[]> {
  const names = (await git(repo, ['diff', '-M', '--name-status', '-z', base, head])).split('\0').filter((s) => s !== '');
  const numstat = (await git(repo, ['diff', '-M', '--numstat', '-z', base, head])).split('\0');
  const counts = new Map<string, { additions: number; deletions: number; binary: boolean }>();
  for (let i = 0; i < numstat.length; i++) {
    const entry = numstat[i]!;
    if (!entry) continue;
    const [a, d, p] = entry.split('\t') as [string, string, string];
    const file = p === '' ? numstat[(i += 2)]! : p; // a rename: "a\td\t" then old, new
    counts.set(file, { additions: Number(a) || 0, deletions: Number(d) || 0, binary: a === '-' });
  }
  const files: PullFileInput[] = [];
  for (let i = 0; i < names.length; ) {
    const status = names[i++]!;
    const kind = status[0]!;
    const previous = kind === 'R' || kind === 'C' ? names[i++]! : undefined;
    const filename = names[i++]!;
    const c = counts.get(filename) ?? { additions: 0, deletions: 0, binary: false };
    const patch = c.binary ? undefined : patchBody(await git(repo, ['diff', '-M', base, head, '--', ...(previous ? [previous] : []), filename]));
    const map: Record<string, NonNullable<PullFileInput['status']>> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
    files.push({
      filename,
      // A mode-only change has no content diff; GitHub lists it as `changed`.
      status: kind === 'M' && patch === undefined && !c.binary ? 'changed' : (map[kind] ?? 'modified'),
      additions: c.additions,
      deletions: c.deletions,
      ...(patch !== undefined ? { patch } : {}),
      ...(previous ? { previous_filename: previous } : {}),
      sha: (await git(repo, ['rev-parse', `${head}:${filename}`]).catch(() => git(repo, ['rev-parse', `${base}:${filename}`]))).trim(),
    });
  }
  return files;
}

/** Whether a commit exists in a repository (for asserting that a shallow clone lacks the base). */
export async function hasCommit(repo: string, sha: string): Promise<boolean> {
  return git(repo, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
}
