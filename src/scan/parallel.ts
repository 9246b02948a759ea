import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompiledCatalog } from './compile.js';
import type { ListedFile } from './list-files.js';
import { emptyResult, FileReader, mergeResult, scanFiles, type BatchResult } from './scan-file.js';
import { SCAN_WORKER_FLAG, type FromWorker, type ToWorker, type WorkerSetup } from './scan-worker.js';

/** Files per batch: small enough that one thread stuck on a big bundle does not hold up the end of the scan. */
export const BATCH_FILES = 32;
/**
 * Batches listed but not yet claimed, beyond which the lister stops to scan one itself: listing is faster than
 * reading, and without this the whole tree's paths would sit in every thread's queue.
 */
export const MAX_QUEUED_BATCHES = 64;

/** Threads a scan reads and matches on unless told otherwise: one per core, the main thread included. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The file the workers run: this very module's bundle. From TypeScript sources (tests run them through Vite)
 * there is no file Node can start as a worker, and the scan runs on the main thread.
 */
export function workerEntry(): URL | undefined {
  const url = new URL(import.meta.url);
  return url.protocol === 'file:' && /\.[cm]?js$/.test(url.pathname) ? url : undefined;
}

/**
 * Reads and scans files on worker threads, with the main thread joining in when it gets ahead in listing and
 * once it has no more files to list.
 * Batches get ids in listing order and every thread claims the next id from one shared counter, so the work
 * balances itself; results are merged and sorted by the caller, which makes them independent of timing.
 * A worker that fails costs nothing but time: the batches it did not finish are scanned on the main thread.
 */
export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly batches: (ListedFile[] | undefined)[] = [];
  private readonly finished = new Set<number>();
  private readonly claim: Int32Array;
  private readonly exited: Promise<void>[] = [];
  private readonly result = emptyResult();
  private readonly catalog: CompiledCatalog;
  private readonly maxBytes: number;
  private readonly onDone: (done: number) => void;

  /** `workers` threads besides the main one, which lists files first and then scans alongside them. */
  constructor(entry: URL, workers: number, catalog: CompiledCatalog, maxBytes: number, onDone: (done: number) => void) {
    this.catalog = catalog;
    this.maxBytes = maxBytes;
    this.onDone = onDone;
    const shared = new SharedArrayBuffer(4);
    this.claim = new Int32Array(shared);
    const setup: WorkerSetup = { [SCAN_WORKER_FLAG]: true, catalog, maxBytes, claim: shared };
    for (let i = 0; i < workers; i++) {
      // No stdin, and no copies of the parent's argv: the worker only needs its workerData.
      const worker = new Worker(entry, { workerData: setup, argv: [], stdin: false });
      this.workers.push(worker);
      this.exited.push(
        new Promise<void>((resolve) => {
          worker.on('message', (msg: FromWorker) => {
            if (msg.type === 'result') this.accept(msg.id, msg.result);
          });
          // An error is followed by 'exit'; the batches it leaves are rescanned in finish().
          worker.on('error', () => {});
          worker.on('exit', () => resolve());
        }),
      );
    }
  }

  /** Hands a batch to the workers; while too many wait unclaimed, scans waiting ones on this thread. */
  post(files: ListedFile[], reader: FileReader): void {
    const id = this.batches.length;
    this.batches.push(files);
    const msg: ToWorker = { type: 'batch', id, files };
    for (const w of this.workers) w.postMessage(msg);
    while (this.batches.length - Atomics.load(this.claim, 0) > MAX_QUEUED_BATCHES) {
      const mine = Atomics.add(this.claim, 0, 1);
      if (mine >= this.batches.length) break;
      this.accept(mine, scanFiles(this.batches[mine]!, this.catalog, this.maxBytes, reader));
    }
  }

  /** Called when listing is done: scans alongside the workers, then waits for them. */
  async finish(reader: FileReader): Promise<BatchResult> {
    const total = this.batches.length;
    const end: ToWorker = { type: 'end', total };
    for (const w of this.workers) w.postMessage(end);
    for (;;) {
      const id = Atomics.add(this.claim, 0, 1);
      if (id >= total) break;
      this.accept(id, scanFiles(this.batches[id]!, this.catalog, this.maxBytes, reader));
      // Let the workers' results in between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(this.exited);
    for (let id = 0; id < total; id++) {
      if (!this.finished.has(id)) this.accept(id, scanFiles(this.batches[id]!, this.catalog, this.maxBytes, reader));
    }
    return this.result;
  }

  private accept(id: number, part: BatchResult): void {
    if (this.finished.has(id)) return;
    this.finished.add(id);
    this.batches[id] = undefined;
    mergeResult(this.result, part);
    this.onDone(this.result.done);
  }
}
