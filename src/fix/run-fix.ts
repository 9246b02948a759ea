import { RULES } from '../catalog/index.js';
import { compileCatalog } from '../scan/compile.js';
import type { SkippedFile } from '../finding/finding.js';
import { atOrAbove, type FailOn } from '../finding/severity.js';
import { binaryTypeOf } from '../scan/binary-types.js';
import { walkFiles, type ListedFile } from '../scan/list-files.js';
import { tooLarge, unreadable } from '../scan/scan-file.js';
import { DEFAULT_MAX_FILE_BYTES, realRoot, resolveTargets, type ScanOptions } from '../scan/scanner.js';
import { fixBytes } from './fix-bytes.js';
import type { AppliedFix, FixOptions, RemainingFinding } from './fix-text.js';
import type { FixEncoding } from './codec.js';
import { unifiedDiff } from './unified-diff.js';
import { unifiedDiffOfEdits } from './edits-diff.js';
import { FileChangedError, readWithSnapshot, writeAtomic } from './write-atomic.js';
import { baseUrlFor } from './region.js';
import { loadSdkRewriter, withGrammars, type SdkRewriter } from './sdk/index.js';
import { SdkTracker, type SdkFileReport } from './sdk/run-sdk.js';

/** The files to fix are chosen exactly as a scan chooses them. */
export interface FixRunOptions
  extends FixOptions,
    Pick<ScanOptions, 'root' | 'paths' | 'include' | 'exclude' | 'gitignore' | 'maxFileBytes' | 'catalog'> {
  /** Compute the changes and their diff, write nothing. */
  dryRun?: boolean;
  /** Also rewrite Tencent Cloud SDK chat clients into OpenAI SDK calls against TokenHub (`fix --sdk`). */
  sdk?: boolean;
  /** Called after a file's new content is ready and before it is written (tests use it to change a file mid-run). */
  beforeWrite?: (rel: string) => Promise<void> | void;
}

export interface FileChange {
  path: string;
  encoding: FixEncoding;
  applied: AppliedFix[];
  /** Unified diff of the change. */
  diff: string;
  /** What a dependency manifest edit did (`added openai`, `removed tencentcloud-sdk-python`). */
  manifest?: string[];
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
  /** With `sdk`: per file, the Tencent Cloud chat clients converted and refused, and leftovers to look at. */
  sdk?: SdkFileReport[];
  stats: { files: number; durationMs: number };
}

/**
 * Whether a fix run leaves work that fails the command: a finding left for a person at or above `failOn`, or a
 * file with fixes that could not be written.
 */
export function fixLeavesFailure(result: FixRunResult, failOn: FailOn): boolean {
  return atOrAbove(result.remaining.map((r) => r.finding), failOn).length > 0 || result.refused.length > 0;
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
  const rewriter: SdkRewriter | undefined = opts.sdk ? await loadSdkRewriter({ baseUrl: baseUrlFor(opts.region) }) : undefined;
  const tracker = opts.sdk ? new SdkTracker() : undefined;

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
    tracker?.saw(file, read.bytes);
    await rewriter?.prepare(file.rel, read.bytes);
    const outcome = await withGrammars(rewriter, () => fixBytes(read.bytes, file.rel, catalog, fixOptions, rewriter));
    if ((outcome.kind === 'fixed' || outcome.kind === 'unchanged') && outcome.sdk) tracker?.rewrote(file.rel, outcome.sdk);
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
      // The BOM is part of the file's first line for `git apply` and `patch`: without it the diff would not apply.
      diff: outcome.utf8Bom
        ? unifiedDiffOfEdits(file.rel, '\uFEFF' + outcome.before, '\uFEFF' + outcome.after, outcome.edits.map((e) => ({ ...e, start: e.start + 1, end: e.end + 1 })))
        : unifiedDiffOfEdits(file.rel, outcome.before, outcome.after, outcome.edits),
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
  if (tracker) {
    for (const edit of tracker.manifestEdits(changes)) {
      const change: FileChange = { path: edit.rel, encoding: 'utf-8', applied: [], diff: unifiedDiff(edit.rel, edit.before, edit.after), written: false, manifest: edit.notes };
      if (!opts.dryRun) {
        try {
          await writeAtomic(edit.abs, Buffer.from(edit.after, 'utf8'), edit.snapshot);
          change.written = true;
        } catch (err) {
          const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
          refused.push({ path: edit.rel, reason });
          continue;
        }
      }
      changes.push(change);
    }
  }

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
    ...(tracker ? { sdk: tracker.reports() } : {}),
    stats: { files, durationMs: Math.round(performance.now() - started) },
  };
}
