import { promises as fs } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import type { ScanResult } from '../finding/finding.js';
import type { CompiledCatalog } from '../scan/compile.js';
import { decode } from '../scan/decode.js';
import { LineIndex } from '../scan/lines.js';
import { contentScanner } from '../scan/scan-contents.js';
import { scan } from '../scan/scanner.js';
import { readBlobs } from './blobs.js';
import { checkedOutCommit, hasCommit, short } from './git-diff.js';
import { selectFilesToScan } from './select-files.js';
import { gatherContext, type ContextReader } from '../scan/context-gather.js';
import { workspaceContextReader } from '../scan/context-reader-fs.js';
import type { ContextIndex } from '../scan/context.js';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/scanner.js';
import { commitContextReader } from './tree-reader.js';
import type { PullDiff } from './types.js';

/**
 * Scans a target: the whole tree, or the files a change adds, read where the change's lines are (the head commit
 * of a pull request, the working tree of a branch, or the index of a commit being made), so that line numbers
 * match what a reviewer sees.
 */

export interface TargetScanOptions {
  /** The folder findings are relative to (the repository's top level). */
  root: string;
  /** Files or folders to scan, absolute or relative to the root; none: everything. */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  catalog: CompiledCatalog;
  gitignore?: boolean;
  maxFileBytes?: number;
  threads?: number;
  onProgress?: (filesDone: number) => void;
}

export interface ScannedTarget {
  result: ScanResult;
  /** The change, in diff mode (its notes include how its files were read). */
  diff?: PullDiff;
  /** Files of the change that were scanned. */
  scannedFiles?: number;
  /** The text of a line where the findings were read, for suggestions. */
  readLine(path: string, line: number): Promise<string | undefined>;
}

export interface TargetLog {
  info(message: string): void;
}

export async function scanTree(opts: TargetScanOptions): Promise<ScannedTarget> {
  const result = await scan({
    root: opts.root,
    paths: [...opts.paths],
    include: [...opts.include],
    exclude: [...opts.exclude],
    catalog: opts.catalog,
    ...(opts.gitignore !== undefined ? { gitignore: opts.gitignore } : {}),
    ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { result, readLine: lineReader((p) => fs.readFile(path.join(result.root, p))) };
}

export async function scanChanges(diff: PullDiff, opts: TargetScanOptions, log: TargetLog): Promise<ScannedTarget> {
  const root = await fs.realpath(opts.root);
  const included = opts.include.length ? ignore().add([...opts.include]) : undefined;
  const files = selectFilesToScan(diff, { paths: opts.paths.map((p) => relativeTo(root, p)), exclude: [...opts.exclude] }).filter(
    (f) => !included || included.ignores(f.path),
  );
  const paths = files.map((f) => f.path);
  // Nothing to read (an empty change, or only deletions and excluded files): no context to gather, no checkout to ask.
  if (paths.length === 0) return { result: contentScanner({ root, catalog: opts.catalog }).result(), diff, scannedFiles: 0, readLine: async () => undefined };
  let context: ContextIndex | undefined;
  const withContext = async (reader: ContextReader): Promise<void> => {
    try {
      context = (await gatherContext(paths, reader, opts.catalog, { maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES })).index;
    } catch (err) {
      // Without the siblings' context the changed files are still scanned, each on its own.
      log.info(`Could not read the changed files' packages for context (${(err as Error).message}); each file is judged on its own.`);
    }
  };
  const scanner = () =>
    contentScanner({ root, catalog: opts.catalog, ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}), ...(context ? { context } : {}) });

  if (diff.source === 'git-index') {
    // The commit being made: the staged text, which may differ from the working tree (the siblings' context is
    // read from the working tree).
    await withContext(workspaceContextReader(root));
    const s = scanner();
    await readBlobs(root, '', paths, (blob) => s.add(blob));
    return { result: s.result(), diff, scannedFiles: paths.length, readLine: lineReader((p) => blobOf(root, '', p)) };
  }
  if (diff.source !== 'git-worktree') {
    const checkedOut = await checkedOutCommit(root);
    // The workspace holds the head's lines only when the head itself is checked out; actions/checkout's default for
    // pull_request is the test merge commit, whose line numbers differ wherever the base moved.
    // The REST fallback may still find the head commit here (git failed later, looking for the merge base).
    const fromCommit = checkedOut !== diff.headSha && (diff.source === 'git' || (await hasCommit(root, diff.headSha)));
    if (fromCommit) {
      log.info(`Reading ${paths.length} changed file(s) at the head ${short(diff.headSha)} (the workspace has ${checkedOut ? short(checkedOut) : 'no commit'} checked out).`);
      // Context from the head tree: the changed files' directories and the manifests above them.
      await withContext(commitContextReader(root, diff.headSha));
      const s = scanner();
      await readBlobs(root, diff.headSha, paths, (blob) => s.add(blob));
      return { result: s.result(), diff, scannedFiles: paths.length, readLine: lineReader((p) => blobOf(root, diff.headSha, p)) };
    }
    if (checkedOut && checkedOut !== diff.headSha) {
      diff = {
        ...diff,
        notes: [
          ...diff.notes,
          `Line numbers come from the checked-out commit ${short(checkedOut)}, not the head ${short(diff.headSha)}; they can be off where the base branch changed the same files.`,
        ],
      };
    }
  }
  await withContext(workspaceContextReader(root));
  const present: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const st = await fs.lstat(path.join(root, p)).catch(() => undefined);
    (st?.isFile() ? present : missing).push(p);
  }
  const scanned = present.length
    ? await scan({
        root,
        paths: present,
        exclude: [...opts.exclude],
        catalog: opts.catalog,
        ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
        ...(context ? { context } : {}),
      })
    : { root, findings: [], skipped: [], stats: { files: 0, bytes: 0, durationMs: 0 } };
  const result = { ...scanned, skipped: [...scanned.skipped, ...missing.map((p) => ({ path: p, reason: 'not a regular file in the workspace' }))] };
  return { result, diff, scannedFiles: present.length, readLine: lineReader((p) => fs.readFile(path.join(root, p))) };
}

async function blobOf(root: string, commit: string, p: string): Promise<Buffer | undefined> {
  let bytes: Buffer | undefined;
  await readBlobs(root, commit, [p], (b) => (bytes = b.bytes));
  return bytes;
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
