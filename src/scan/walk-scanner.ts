import type { CompiledCatalog } from './compile.js';
import type { DirTask, ListedFile, WalkRules } from './list-files.js';
import { emptyResult, scanFiles, type BatchResult, type FileReader } from './scan-file.js';

/** Files per batch: small enough that one thread stuck on a big bundle does not hold up the end of the scan. */
export const BATCH_FILES = 32;

/** Work a thread can do, and hand to another: a folder to list, or files to scan. */
export type WalkTask = { dir: DirTask } | { files: ListedFile[] };

/**
 * One thread's share of a scan: a stack of folders to list and files to scan, worked depth first as ripgrep's
 * walker does, so memory follows the depth of the tree rather than its size. Listing a folder pushes its
 * subfolders and its files (in batches); the oldest entries, the shallowest folders with the most work under
 * them, are the ones given away to idle threads. The same code runs on the main thread and in workers.
 */
export class WalkScanner {
  private readonly stack: WalkTask[] = [];
  private result: BatchResult = emptyResult();
  private readonly rules: WalkRules;
  private readonly catalog: CompiledCatalog;
  private readonly maxBytes: number;
  private readonly reader: FileReader;

  constructor(rules: WalkRules, catalog: CompiledCatalog, maxBytes: number, reader: FileReader) {
    this.rules = rules;
    this.catalog = catalog;
    this.maxBytes = maxBytes;
    this.reader = reader;
  }

  get pending(): number {
    return this.stack.length;
  }

  /** Files handled so far (scanned or skipped) and not yet taken with takeResult(). */
  get done(): number {
    return this.result.done;
  }

  push(tasks: readonly WalkTask[]): void {
    for (const t of tasks) this.stack.push(t);
  }

  pushFiles(files: readonly ListedFile[]): void {
    for (let i = 0; i < files.length; i += BATCH_FILES) this.stack.push({ files: files.slice(i, i + BATCH_FILES) });
  }

  /** Does the task on top of the stack; false when there is none. */
  step(): boolean {
    const task = this.stack.pop();
    if (!task) return false;
    if ('files' in task) {
      scanFiles(task.files, this.catalog, this.maxBytes, this.reader, this.result);
    } else {
      const listing = this.rules.readDir(task.dir);
      for (const s of listing.skipped) this.result.skipped.push(s);
      for (const dir of listing.dirs) this.stack.push({ dir });
      this.pushFiles(listing.files);
    }
    return true;
  }

  /** Gives away the older half of the stack (never the last task: this thread keeps working). */
  share(): WalkTask[] {
    return this.stack.splice(0, Math.floor(this.stack.length / 2));
  }

  /** Gives away the oldest task. */
  shareOne(): WalkTask | undefined {
    return this.stack.shift();
  }

  /** What was scanned since the last call. */
  takeResult(): BatchResult {
    const r = this.result;
    this.result = emptyResult();
    return r;
  }
}
