import { RULES } from '../catalog/index.js';
import { compileCatalog } from '../scan/compile.js';
import type { SkippedFile } from '../finding/finding.js';
import { binaryTypeOf } from '../scan/binary-types.js';
import { walkFiles, type ListedFile } from '../scan/list-files.js';
import { tooLarge, unreadable } from '../scan/scan-file.js';
import { DEFAULT_MAX_FILE_BYTES, realRoot, resolveTargets, type ScanOptions } from '../scan/scanner.js';
import { fixBytes } from './fix-bytes.js';
import type { AppliedFix, FixOptions, RemainingFinding } from './fix-text.js';
import type { FixEncoding } from './codec.js';
import { unifiedDiff } from './unified-diff.js';
import { FileChangedError, readWithSnapshot, writeAtomic } from './write-atomic.js';

/** The files to fix are chosen exactly as a scan chooses them. */
export interface FixRunOptions
  extends FixOptions,
    Pick<ScanOptions, 'root' | 'paths' | 'include' | 'exclude' | 'gitignore' | 'maxFileBytes' | 'catalog'> {
  /** Compute the changes and their diff, write nothing. */
  dryRun?: boolean;
  /** Called after a file's new content is ready and before it is written (tests use it to change a file mid-run). */
  beforeWrite?: (rel: string) => Promise<void> | void;
}

export interface FileChange {
  path: string;
  encoding: FixEncoding;
  applied: AppliedFix[];
  /** Unified diff of the change. */
  diff: string;
  /** The file was written (false in a dry run). */
  written: boolean;
}

export interface RefusedFile {
  path: string;
  reason: string;
}

export interface FixRunResult {
  root: string;
  dryRun: boolean;
  options: FixOptions;
  /** Files changed (or, in a dry run, that would change), by path. */
  changes: FileChange[];
  /** Findings the fix did not rewrite, by path and line: suggestions to confirm with `--models`, and manual work. */
  remaining: RemainingFinding[];
  skipped: SkippedFile[];
  /** Files with fixes that were not written, and why (changed during the run, not writable). */
  refused: RefusedFile[];
  stats: { files: number; durationMs: number };
}

/** Finds the safe fixes under the root and applies them in place (or, in a dry run, only reports them). */
export async function runFix(opts: FixRunOptions): Promise<FixRunResult> {
  const started = performance.now();
  const root = await realRoot(opts.root);
  const targets = await resolveTargets(root, opts.paths ?? []);
  const catalog = opts.catalog ?? compileCatalog(RULES);
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const fixOptions: FixOptions = { region: opts.region, ...(opts.models ? { models: opts.models } : {}) };
  const listing = walkFiles({ root, targets, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore });

  const changes: FileChange[] = [];
  const remaining: RemainingFinding[] = [];
  const skipped: SkippedFile[] = listing.skipped;
  const refused: RefusedFile[] = [];
  let files = 0;

  const handle = async (file: ListedFile): Promise<void> => {
    const byName = binaryTypeOf(file.rel);
    if (byName) {
      skipped.push({ path: file.rel, reason: byName });
      return;
    }
    if (file.size !== undefined && file.size > maxBytes) {
      skipped.push({ path: file.rel, reason: tooLarge(maxBytes, file.size) });
      return;
    }
    let read: Awaited<ReturnType<typeof readWithSnapshot>>;
    try {
      read = await readWithSnapshot(file.abs);
    } catch (err) {
      skipped.push({ path: file.rel, reason: unreadable(err) });
      return;
    }
    if (read.bytes.length > maxBytes) {
      skipped.push({ path: file.rel, reason: tooLarge(maxBytes, read.bytes.length) });
      return;
    }
    const outcome = fixBytes(read.bytes, file.rel, catalog, fixOptions);
    if (outcome.kind === 'skipped') {
      skipped.push({ path: file.rel, reason: outcome.reason });
      return;
    }
    files++;
    if (outcome.kind === 'clean') return;
    remaining.push(...outcome.remaining);
    if (outcome.kind === 'unchanged') return;
    const change: FileChange = {
      path: file.rel,
      encoding: outcome.encoding,
      applied: outcome.applied,
      diff: unifiedDiff(file.rel, outcome.before, outcome.after),
      written: false,
    };
    if (!opts.dryRun) {
      try {
        await opts.beforeWrite?.(file.rel);
        await writeAtomic(file.abs, outcome.bytes, read.snapshot);
        change.written = true;
      } catch (err) {
        const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
        refused.push({ path: file.rel, reason });
        return;
      }
    }
    changes.push(change);
  };

  const inFlight = new Set<Promise<void>>();
  for (const file of listing.files) {
    const p: Promise<void> = handle(file).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= 8) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);

  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  changes.sort(byPath);
  refused.sort(byPath);
  skipped.sort(byPath);
  remaining.sort((a, b) => byPath(a.finding, b.finding) || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
  return {
    root,
    dryRun: Boolean(opts.dryRun),
    options: fixOptions,
    changes,
    remaining,
    skipped,
    refused,
    stats: { files, durationMs: Math.round(performance.now() - started) },
  };
}
