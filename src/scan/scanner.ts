import { promises as fs } from 'node:fs';
import path from 'node:path';
import { RULES } from '../catalog/index.js';
import { compileCatalog, type CompiledCatalog } from './compile.js';
import { byLocation, type Finding, type ScanResult } from '../finding/finding.js';
import { toPosix, WalkRules } from './list-files.js';
import { defaultThreads, WalkPool, workerEntry, WorkerFailure } from './parallel.js';
import { FileReader, type BatchResult } from './scan-file.js';
import { WalkScanner } from './walk-scanner.js';
import type { ContextIndex } from './context.js';
import { applyContext, contextIndexOf } from './context-pass.js';
import { UserError } from '../errors.js';

export { scanBytes, formatBytes, type FileOutcome } from './scan-file.js';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Below this many files a scan stays on the main thread unless threads are asked for: starting workers costs
 * more than it saves (a pull request's changed files, a small repository).
 */
export const INLINE_FILES = 1000;

/** Files this thread scans before it starts the workers of a scan that may need them (see INLINE_FILES). */
export const PRESTART_FILES = 100;

export interface ScanOptions {
  /** The folder findings are relative to. */
  root: string;
  /** Files or folders to scan (absolute, or relative to the root). Default: the root. */
  paths?: string[];
  include?: string[];
  exclude?: string[];
  gitignore?: boolean;
  maxFileBytes?: number;
  catalog?: CompiledCatalog;
  /**
   * Threads that read and match files, the main thread included (which lists the files first). Unset: one per
   * core, with workers started only past INLINE_FILES files. 1: everything on the main thread. More than 1:
   * workers whatever the number of files. The result is the same whatever the value.
   */
  threads?: number;
  /**
   * Context gathered beforehand from outside the scanned files (a pull request's head tree: the changed files'
   * directories and the manifests above them). The scan adds what its own files lend.
   */
  context?: ContextIndex;
  /** Called now and then with the number of files done. */
  onProgress?: (filesDone: number) => void;
}

/** A target that does not exist or lies outside the root: a usage error, not a skipped file. */
export class ScanTargetError extends UserError {}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const root = await realRoot(opts.root);
  const targets = await resolveTargets(root, opts.paths ?? []);
  const catalog = opts.catalog ?? compileCatalog(RULES);
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const list = { root, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore };
  const start = WalkRules.start({ ...list, targets });

  let lastReported = 0;
  const progress = (done: number): void => {
    if (opts.onProgress && done - lastReported >= 500) {
      lastReported = done;
      opts.onProgress(done);
    }
  };
  const entry = workerEntry();
  const threads = opts.threads ?? defaultThreads();
  const inlineLimit = opts.threads === undefined ? INLINE_FILES : 0;

  // Listing, reading and matching run together, folder by folder, depth first, so memory does not follow the
  // size of the tree. A scan that stays small is done on this thread; past the limit (or at once when threads
  // are asked for), workers start and the walk spreads over them.
  const run = async (workers: boolean): Promise<BatchResult> => {
    const walker = new WalkScanner(new WalkRules(list, start.named), catalog, maxBytes, new FileReader(catalog));
    for (let i = start.dirs.length - 1; i >= 0; i--) walker.push([{ dir: start.dirs[i]! }]);
    walker.pushFiles(start.files);
    let pool: WalkPool | undefined;
    while ((!workers || walker.done < inlineLimit) && walker.step()) {
      progress(walker.done);
      // Past a few files with more to come, the workers start: they load while this thread goes on alone, and are
      // ready when work is handed out (a worker takes longer to start than this thread to scan a thousand files).
      if (workers && !pool && walker.done >= PRESTART_FILES && walker.pending > 0) pool = new WalkPool(entry!, threads - 1, { catalog, maxBytes, list, named: start.named }, walker, progress);
    }
    if (!workers || walker.pending === 0) {
      await pool?.discard();
      return walker.takeResult();
    }
    pool ??= new WalkPool(entry!, threads - 1, { catalog, maxBytes, list, named: start.named }, walker, progress);
    try {
      return await pool.run();
    } catch (err) {
      // A worker that fails costs time, not results: the scan runs again on this thread alone.
      if (err instanceof WorkerFailure) return run(false);
      throw err;
    }
  };
  // A list of files shorter than the limit (a pull request's changed files) never needs the workers: none is started.
  const mayNeedWorkers = start.dirs.length > 0 || start.files.length > inlineLimit;
  const result = await run(entry !== undefined && threads > 1 && mayNeedWorkers);
  opts.onProgress?.(result.done);

  const index = contextIndexOf(result, opts.context);
  const context = applyContext(index, result, catalog, maxBytes, root);

  const findings: Finding[] = result.findings.sort(byLocation);
  const skipped = [...start.skipped, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, findings, skipped, stats: { files: result.files, bytes: result.bytes, durationMs: Math.round(performance.now() - started) }, context };
}

export async function realRoot(root: string): Promise<string> {
  try {
    const real = await fs.realpath(path.resolve(root));
    const st = await fs.stat(real);
    if (!st.isDirectory()) throw new ScanTargetError(`root is not a directory: ${root}`);
    return real;
  } catch (err) {
    if (err instanceof ScanTargetError) throw err;
    throw new ScanTargetError(`root does not exist: ${root}`);
  }
}

export async function resolveTargets(root: string, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(root, p);
    let real: string;
    try {
      // The parent's real path, so that a target that is itself a symlink is seen (and refused) as one.
      real = path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
      await fs.lstat(real);
    } catch {
      throw new ScanTargetError(`path does not exist: ${p}`);
    }
    const rel = path.relative(root, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new ScanTargetError(`path is outside the scan root ${toPosix(root)}: ${p}`);
    }
    out.push(real);
  }
  return out;
}
