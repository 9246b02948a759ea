import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readBlobs } from '../diff/blobs.js';
import { checkedOutCommit, diffWithGit, GitDiffUnavailable, hasCommit, short } from '../diff/git-diff.js';
import { diffFromRestFiles, REST_COMPARE_FILES_CAP, REST_PULL_FILES_CAP } from '../diff/rest-diff.js';
import { selectFilesToScan } from '../diff/select-files.js';
import type { PullDiff } from '../diff/types.js';
import type { GitHubClient } from '../github/client.js';
import { listCompareFiles, listPullFiles } from '../github/diff-files.js';
import { decode } from '../scan/decode.js';
import { scan, type ScanResult } from '../scan/index.js';
import { LineIndex } from '../scan/lines.js';
import { contentScanner } from '../scan/scan-contents.js';
import { gatherContext } from '../scan/context-gather.js';
import type { ContextIndex } from '../scan/context.js';
import { workspaceContextReader } from '../scan/context-reader-fs.js';
import { commitContextReader } from '../diff/tree-reader.js';
import { compileCatalog } from '../scan/compile.js';
import { RULES } from '../catalog/index.js';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/scanner.js';
import type { CompiledCatalog } from '../scan/compile.js';
import ignore from 'ignore';
import type { EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';

/**
 * What to scan and how: the whole tree, or in diff mode only the files the PR changes, read at the PR's head
 * commit so that line numbers match the "Files changed" view.
 */

export interface TargetLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface ScannedTarget {
  result: ScanResult;
  diff?: PullDiff;
  /** Files of the diff that were scanned. */
  scannedFiles?: number;
  readLine(path: string, line: number): Promise<string | undefined>;
}

/** The diff could not be read at all (neither git nor the API could answer). */
export class DiffUnavailableError extends Error {}

/** What the config file adds to a scan: its rules (with overrides and extra entries) and its include patterns. */
export interface ScanSettings {
  catalog?: CompiledCatalog;
  include?: string[];
}

export async function scanFullTree(ctx: EventContext, inputs: ActionInputs, settings: ScanSettings = {}): Promise<ScannedTarget> {
  const result = await scan({ root: ctx.workspace, paths: inputs.paths, exclude: inputs.exclude, include: settings.include, catalog: settings.catalog });
  return { result, readLine: lineReader((p) => fs.readFile(path.join(result.root, p))) };
}

export async function resolveDiff(ctx: EventContext, github: GitHubClient | undefined, log: TargetLog): Promise<PullDiff> {
  const range = ctx.pullRequest ?? ctx.mergeGroup;
  if (!range) throw new DiffUnavailableError('no base and head commits in this event');
  try {
    return await diffWithGit({ cwd: ctx.workspace, baseSha: range.baseSha, headSha: range.headSha, log: log.info });
  } catch (err) {
    if (!(err instanceof GitDiffUnavailable)) throw err;
    const why = `git could not give the diff (${err.message})`;
    if (!github) {
      throw new DiffUnavailableError(
        `${why}, and there is no token to ask the REST API. Check out with \`fetch-depth: 0\` (actions/checkout) or pass \`github-token\`.`,
      );
    }
    log.info(`${why}; using the REST API instead.`);
    const repo = { owner: ctx.owner, repo: ctx.repo };
    try {
      if (ctx.pullRequest) {
        const files = await listPullFiles(github, repo, ctx.pullRequest.number);
        return diffFromRestFiles(files, { source: 'rest-pull-files', baseSha: range.baseSha, headSha: range.headSha, cap: REST_PULL_FILES_CAP, notes: [capitalize(why) + '.'] });
      }
      const { files, mergeBase } = await listCompareFiles(github, repo, range.baseSha, range.headSha);
      return diffFromRestFiles(files, { source: 'rest-compare', baseSha: mergeBase, headSha: range.headSha, cap: REST_COMPARE_FILES_CAP, notes: [capitalize(why) + '.'] });
    } catch (apiErr) {
      throw new DiffUnavailableError(
        `${why}, and the REST API refused too (${(apiErr as Error).message.split('\n')[0]}). ` +
          'Check out with `fetch-depth: 0` (actions/checkout), or give the token `contents: read` and `pull-requests: read`.',
      );
    }
  }
}

export async function scanDiff(ctx: EventContext, inputs: ActionInputs, diff: PullDiff, log: TargetLog, settings: ScanSettings = {}): Promise<ScannedTarget> {
  const root = await fs.realpath(ctx.workspace);
  const included = settings.include?.length ? ignore().add(settings.include) : undefined;
  const files = selectFilesToScan(diff, { paths: inputs.paths.map((p) => relativeTo(root, p)), exclude: inputs.exclude }).filter(
    (f) => !included || included.ignores(f.path),
  );
  const paths = files.map((f) => f.path);
  const checkedOut = await checkedOutCommit(root);
  // The workspace holds the head's lines only when the head itself is checked out; actions/checkout's default for
  // pull_request is the test merge commit, whose line numbers differ wherever the base moved.
  // The REST fallback may still find the head commit here (git failed later, looking for the merge base).
  const fromCommit = checkedOut !== diff.headSha && (diff.source === 'git' || (await hasCommit(root, diff.headSha)));
  const catalog = settings.catalog ?? compileCatalog(RULES);
  // Context comes from the head tree: the changed files' directories and the manifests above them.
  const contextReader = fromCommit ? commitContextReader(root, diff.headSha) : workspaceContextReader(root);
  let context: ContextIndex | undefined;
  try {
    const gathered = await gatherContext(paths, contextReader, catalog, { maxFileBytes: DEFAULT_MAX_FILE_BYTES });
    context = gathered.index;
    log.debug(`Read ${gathered.filesRead} file(s) of the changed files' packages and manifests for context.`);
  } catch (err) {
    // Without the siblings' context the changed files are still scanned on their own.
    log.warning(`Could not read the changed files' packages for context (${(err as Error).message}); each file is judged on its own.`);
  }
  if (fromCommit) {
    log.info(`Reading ${paths.length} changed file(s) at the head ${short(diff.headSha)} (the workspace has ${checkedOut ? short(checkedOut) : 'no commit'} checked out).`);
    const scanner = contentScanner({ root, catalog, ...(context ? { context } : {}) });
    await readBlobs(root, diff.headSha, paths, (blob) => scanner.add(blob));
    return {
      result: scanner.result(),
      diff,
      scannedFiles: paths.length,
      readLine: lineReader(async (p) => {
        let bytes: Buffer | undefined;
        await readBlobs(root, diff.headSha, [p], (b) => (bytes = b.bytes));
        return bytes;
      }),
    };
  }
  if (checkedOut && checkedOut !== diff.headSha) {
    diff.notes.push(
      `Line numbers come from the checked-out commit ${short(checkedOut)}, not the head ${short(diff.headSha)}; they can be off where the base branch changed the same files.`,
    );
  }
  const present: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const st = await fs.lstat(path.join(root, p)).catch(() => undefined);
    (st?.isFile() ? present : missing).push(p);
  }
  const result = present.length
    ? await scan({ root, paths: present, exclude: inputs.exclude, catalog, ...(context ? { context } : {}) })
    : { root, findings: [], skipped: [], stats: { files: 0, bytes: 0, durationMs: 0 } };
  for (const p of missing) result.skipped.push({ path: p, reason: 'not a regular file in the workspace' });
  return { result, diff, scannedFiles: present.length, readLine: lineReader((p) => fs.readFile(path.join(root, p))) };
}

function lineReader(read: (p: string) => Promise<Buffer | undefined>): (p: string, line: number) => Promise<string | undefined> {
  const cache = new Map<string, LineIndex | undefined>();
  return async (p, line) => {
    if (!cache.has(p)) {
      const bytes = await read(p).catch(() => undefined);
      const decoded = bytes ? decode(bytes) : undefined;
      let text = decoded?.kind === 'text' ? decoded.text : undefined;
      if (text?.charCodeAt(0) === 0xfeff) text = text.slice(1);
      cache.set(p, text === undefined ? undefined : new LineIndex(text));
    }
    return cache.get(p)?.lineText(line);
  };
}

function relativeTo(root: string, p: string): string {
  return path.isAbsolute(p) ? path.relative(root, p).split(path.sep).join('/') : p;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
