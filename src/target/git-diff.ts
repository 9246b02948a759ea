import { runGit as git, type GitResult } from '../git/run.js';
import { parseRawNumstat, type RawEntry } from './raw-listing.js';
import type { ChangedFile, PullDiff } from './types.js';
import { parsePatch, type PatchFile } from './unified.js';

/**
 * The PR's diff from git in the workspace: `merge-base(base, head)..head`, which is what the "Files changed" tab
 * shows. actions/checkout fetches one commit by default, so missing commits are fetched with the credentials it
 * left in the git config: first the commits themselves, then deeper history step by step until a merge base shows.
 */

export interface GitDiffRequest {
  cwd: string;
  baseSha: string;
  headSha: string;
  remote?: string;
  /** Depths tried in turn when the merge base is missing from a shallow clone. */
  deepenSteps?: number[];
  fetchTimeoutMs?: number;
  log?: (message: string) => void;
}

/** git could not answer; the message says why, for the log and the fallback note. */
export class GitDiffUnavailable extends Error {}

export const DEFAULT_DEEPEN_STEPS = [50, 200, 1000, 5000];

const FETCH_FLAGS = ['--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--quiet'];
/** Flags that keep the output the same whatever the user's git config says. */
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', '--no-relative'];

export async function diffWithGit(req: GitDiffRequest): Promise<PullDiff> {
  const { cwd, baseSha, headSha } = req;
  const remote = req.remote ?? 'origin';
  const log = req.log ?? (() => undefined);
  const notes: string[] = [];
  const timeoutMs = req.fetchTimeoutMs ?? 5 * 60_000;
  const run = (args: string[], maxBytes?: number): Promise<GitResult> => git(args, { cwd, maxBytes, timeoutMs });

  const inside = await run(['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new GitDiffUnavailable('the workspace is not a git repository (run actions/checkout before this action)');
  }

  const missing: string[] = [];
  for (const sha of unique([baseSha, headSha])) if (!(await hasCommit(cwd, sha))) missing.push(sha);
  if (missing.length) {
    log(`Fetching ${missing.map(short).join(' and ')} from ${remote} (not in the checkout)`);
    const fetched = await run(['fetch', ...FETCH_FLAGS, '--depth=1', remote, ...missing]);
    if (fetched.code !== 0) throw new GitDiffUnavailable(`could not fetch ${missing.map(short).join(', ')}: ${firstLine(fetched.stderr)}`);
    notes.push(`Fetched ${missing.map(short).join(' and ')} (depth 1), which the checkout did not include.`);
  }

  let mergeBase = await findMergeBase(cwd, baseSha, headSha);
  if (!mergeBase) {
    const shallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (shallow) {
      for (const depth of req.deepenSteps ?? DEFAULT_DEEPEN_STEPS) {
        log(`No merge base of ${short(baseSha)} and ${short(headSha)} yet; fetching history to depth ${depth}`);
        const fetched = await run(['fetch', ...FETCH_FLAGS, `--depth=${depth}`, remote, ...unique([baseSha, headSha])]);
        if (fetched.code !== 0) throw new GitDiffUnavailable(`could not deepen the clone: ${firstLine(fetched.stderr)}`);
        mergeBase = await findMergeBase(cwd, baseSha, headSha);
        if (mergeBase) {
          notes.push(`Deepened the shallow clone to depth ${depth} to find the merge base ${short(mergeBase)}.`);
          break;
        }
      }
    }
    if (!mergeBase) {
      throw new GitDiffUnavailable(
        shallow
          ? `no merge base of ${short(baseSha)} and ${short(headSha)} within the fetched history`
          : `${short(baseSha)} and ${short(headSha)} have no common history`,
      );
    }
  }

  // A head that is its merge base (the base already holds it) adds nothing: no diff to ask git for.
  const files = mergeBase === headSha ? [] : await gitChanges(cwd, [mergeBase, headSha], timeoutMs);
  log(`git: ${files.length} changed files between ${short(mergeBase)} (merge base) and ${short(headSha)}`);
  return { source: 'git', baseSha: mergeBase, headSha, files, notes };
}

/**
 * The changed files between two trees, as `git diff` names them: `[from, to]` two commits, `[from]` a commit and the
 * working tree, `['--cached', from]` a commit and the index. Zero lines of context: every line on the new side of
 * a hunk is an added line, and the output stays small.
 */
async function gitChanges(cwd: string, range: string[], timeoutMs: number): Promise<ChangedFile[]> {
  const run = (args: string[]): Promise<GitResult> => git(args, { cwd, timeoutMs });
  // The listing and the patch side by side: each is a walk of both trees (and rename detection) that takes git
  // about as long as the other, and a runner has a core for each.
  const [listing, patch] = await Promise.all([
    run(['diff', '--raw', '--numstat', '-z', ...DIFF_FLAGS, ...range, '--']),
    run(['-c', 'core.quotePath=false', 'diff', '--unified=0', '--diff-filter=d', ...DIFF_FLAGS, ...range, '--']),
  ]);
  if (listing.code !== 0) throw new GitDiffUnavailable(`git diff failed: ${firstLine(listing.stderr)}`);
  const entries = parseRawNumstat(listing.stdout);
  if (entries.length === 0) return [];
  if (patch.code !== 0) throw new GitDiffUnavailable(`git diff failed: ${firstLine(patch.stderr)}`);
  const byPath = indexPatch(parsePatch(patch.stdout));
  const files: ChangedFile[] = [];
  for (const entry of entries) {
    let added = entry.status === 'deleted' || entry.binary ? [] : byPath.get(entry.path);
    if (added === undefined) {
      // A path the patch header spelled in a way we could not map back: ask git for that one file alone.
      added = await addedLinesOfOneFile(cwd, range, entry, timeoutMs);
    }
    files.push(toChangedFile(entry, added));
  }
  return files;
}

/** git's empty tree: the base of a repository without commits. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/**
 * What the working tree adds relative to the merge base of `ref` and HEAD (a branch's own changes, committed or
 * not, as its pull request will show them), plus untracked files that .gitignore does not exclude.
 */
export async function diffWorktree(cwd: string, ref: string, timeoutMs = 60_000): Promise<PullDiff> {
  await insideWorkTree(cwd);
  const head = await checkedOutCommit(cwd);
  if (!head) throw new GitDiffUnavailable('the repository has no commit yet: nothing to compare with');
  const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd });
  if (resolved.code !== 0) throw new GitDiffUnavailable(`'${ref}' is not a commit, branch or tag in this repository`);
  const mergeBase = await findMergeBase(cwd, resolved.stdout.trim(), head);
  if (!mergeBase) throw new GitDiffUnavailable(`'${ref}' and HEAD have no common history`);
  const files = await gitChanges(cwd, [mergeBase], timeoutMs);
  const untracked = await git(['ls-files', '-z', '--others', '--exclude-standard'], { cwd, timeoutMs });
  if (untracked.code !== 0) throw new GitDiffUnavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
  const extra = untracked.stdout.split('\0').filter(Boolean);
  // Every line of a new file is added; 'unknown' says just that without reading the file here.
  for (const p of extra) files.push({ path: p, status: 'added', addedLines: 'unknown' });
  const notes = extra.length ? [`${extra.length} untracked file(s) count as added.`] : [];
  return { source: 'git-worktree', baseSha: mergeBase, headSha: head, files, notes };
}

/** What the index adds relative to HEAD (the commit being prepared: a pre-commit hook's view). */
export async function diffIndex(cwd: string, timeoutMs = 60_000): Promise<PullDiff> {
  await insideWorkTree(cwd);
  const head = await checkedOutCommit(cwd);
  const files = await gitChanges(cwd, ['--cached', head ?? EMPTY_TREE], timeoutMs);
  return { source: 'git-index', baseSha: head ?? EMPTY_TREE, headSha: head ?? EMPTY_TREE, files, notes: [] };
}

async function insideWorkTree(cwd: string): Promise<void> {
  const inside = await git(['rev-parse', '--is-inside-work-tree'], { cwd });
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') throw new GitDiffUnavailable(`${cwd} is not inside a git work tree`);
}

/** The top folder of the git work tree that holds `dir`, or undefined outside git. */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--show-toplevel'], { cwd: dir });
  return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/** Whether the workspace's checked-out commit is the given one (then the working tree holds the head's lines). */
export async function checkedOutCommit(cwd: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd });
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(['cat-file', '-e', `${sha}^{commit}`], { cwd })).code === 0;
}

async function findMergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const r = await git(['merge-base', a, b], { cwd });
  return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

function indexPatch(files: PatchFile[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const f of files) {
    if (!f.path) continue;
    // A type change (file ↔ symlink) comes as a deletion and an addition of one path: keep the union.
    const prev = map.get(f.path);
    map.set(f.path, prev ? [...new Set([...prev, ...f.addedLines])].sort((x, y) => x - y) : f.addedLines);
  }
  return map;
}

async function addedLinesOfOneFile(cwd: string, range: string[], entry: RawEntry, timeoutMs: number): Promise<number[]> {
  const paths = [entry.path, ...(entry.previousPath ? [entry.previousPath] : [])].map((p) => `:(literal)${p}`);
  const r = await git(['diff', '--unified=0', ...DIFF_FLAGS, ...range, '--', ...paths], { cwd, timeoutMs });
  if (r.code !== 0) return [];
  return [...new Set(parsePatch(r.stdout).flatMap((f) => f.addedLines))].sort((x, y) => x - y);
}

function toChangedFile(entry: RawEntry, addedLines: number[]): ChangedFile {
  const file: ChangedFile = { path: entry.path, status: entry.status, addedLines };
  if (entry.previousPath) file.previousPath = entry.previousPath;
  if (entry.binary) file.binary = true;
  if (entry.newMode === '160000' || (entry.status === 'deleted' && entry.oldMode === '160000')) file.submodule = true;
  if (entry.newMode === '120000') file.symlink = true;
  if (entry.status !== 'added' && entry.status !== 'deleted' && entry.oldMode !== entry.newMode) {
    file.modeChange = { from: entry.oldMode, to: entry.newMode };
  }
  return file;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim())?.trim() ?? 'no error output';
}
