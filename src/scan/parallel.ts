import { existsSync } from 'node:fs';
import { searchPlans } from './anchor-search.js';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { emptyResult, mergeResult, type BatchResult } from './scan-file.js';
import { SCAN_WORKER_FLAG, type FromWorker, type ToWorker, type WorkerSetup } from './scan-worker.js';
import type { WalkScanner } from './walk-scanner.js';

/** Threads a scan lists, reads and matches on unless told otherwise: one per core, the main thread included. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The file the workers run: the scan engine's own bundle (dist/scan-worker/index.js, beside dist/index.js and one
 * folder up from dist/cli/index.js), else this very module's bundle, whose entry starts a worker when asked
 * (isScanWorker). From TypeScript sources (tests run them through Vite) there is no file Node can start as a
 * worker, and the scan runs on the main thread.
 */
export function workerEntry(): URL | undefined {
  const url = new URL(import.meta.url);
  if (url.protocol !== 'file:' || !/\.[cm]?js$/.test(url.pathname)) return undefined;
  for (const rel of ['scan-worker/index.js', '../scan-worker/index.js']) {
    const own = new URL(rel, url);
    if (existsSync(own)) return own;
  }
  return url;
}

/** A worker stopped before the end of the scan: what it had not reported is lost, and the scan is run again. */
export class WorkerFailure extends Error {}

/** Young-generation size of a worker's heap (see the constructor). */
const WORKER_YOUNG_GENERATION_MB = 8;

/** How long the main thread works between two looks at its messages, in milliseconds. */
const MAIN_SLICE_MS = 1;

interface PoolWorker {
  worker: Worker;
  idle: boolean;
  /** Files it reported done since it last went idle. */
  reported: number;
}

/**
 * Lists folders, reads and scans files on worker threads and on the main thread, as ripgrep's parallel walker
 * does: each thread works through its own stack, depth first; a thread out of work says so (a shared counter of
 * waiting threads), and a busy one that sees it gives the older half of its stack away. Work given away goes
 * through the main thread, which hands it to an idle worker or keeps it. The scan ends when every thread is
 * idle and no work is left; results are merged and sorted by the caller, which makes them independent of timing.
 */
export class WalkPool {
  private readonly workers: PoolWorker[] = [];
  private readonly exited: Promise<void>[] = [];
  private readonly hungry: Int32Array;
  private readonly main: WalkScanner;
  private readonly result = emptyResult();
  private readonly onProgress: (done: number) => void;
  private workersDone = 0;
  private mainWaiting = false;
  private ending = false;
  private failed = false;
  private wake: (() => void) | undefined;

  /** `workers` threads besides the main one, whose walker holds the work to start with. */
  constructor(entry: URL, workers: number, setup: Omit<WorkerSetup, typeof SCAN_WORKER_FLAG | 'hungry' | 'plans'>, main: WalkScanner, onProgress: (done: number) => void) {
    this.main = main;
    this.onProgress = onProgress;
    const shared = new SharedArrayBuffer(4);
    this.hungry = new Int32Array(shared);
    const workerData: WorkerSetup = { ...setup, [SCAN_WORKER_FLAG]: true, hungry: shared, plans: searchPlans() };
    for (let i = 0; i < workers; i++) {
      // No stdin, and no copies of the parent's argv: the worker only needs its workerData. A small young
      // generation: a worker lists folders and reads files at a high allocation rate, and V8 would otherwise
      // grow it to its largest size, which a 2-core runner pays for in peak memory, not in speed.
      const options = { workerData, argv: [], stdin: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
      const pw: PoolWorker = { worker: new Worker(entry, options), idle: true, reported: 0 };
      this.workers.push(pw);
      pw.worker.on('message', (msg: FromWorker) => this.receive(pw, msg));
      pw.worker.on('error', () => this.fail());
      this.exited.push(
        new Promise<void>((resolve) => {
          pw.worker.on('exit', () => {
            if (!this.ending) this.fail();
            resolve();
          });
        }),
      );
    }
    this.updateHungry();
  }

  /** Works alongside the workers until no work is left anywhere; throws WorkerFailure if a worker died. */
  async run(): Promise<BatchResult> {
    let sliceStart = performance.now();
    for (;;) {
      if (this.failed) return this.abort();
      this.dispatch();
      if (this.main.step()) {
        this.progress();
        if (performance.now() - sliceStart >= MAIN_SLICE_MS) {
          // Let the workers' messages in: work they give away, and their going idle.
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
        continue;
      }
      if (this.workers.every((w) => w.idle)) break;
      // Nothing left here: wait for work given away, or for the others to finish.
      this.mainWaiting = true;
      this.updateHungry();
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.mainWaiting = false;
      sliceStart = performance.now();
    }
    this.ending = true;
    const end: ToWorker = { type: 'end' };
    for (const w of this.workers) w.worker.postMessage(end);
    await Promise.all(this.exited);
    if (this.failed) return this.abort();
    mergeResult(this.result, this.main.takeResult());
    return this.result;
  }

  /** Gives idle workers the oldest of the main thread's work, keeping one task here. */
  private dispatch(): void {
    for (const w of this.workers) {
      if (this.main.pending < 2) break;
      if (!w.idle) continue;
      const task = this.main.shareOne()!;
      w.idle = false;
      w.worker.postMessage({ type: 'tasks', tasks: [task] } satisfies ToWorker);
    }
    this.updateHungry();
  }

  private receive(w: PoolWorker, msg: FromWorker): void {
    if (msg.type === 'share') {
      this.main.push(msg.tasks);
    } else if (msg.type === 'progress') {
      w.reported += msg.done;
      this.workersDone += msg.done;
    } else {
      mergeResult(this.result, msg.result);
      this.workersDone += msg.result.done - w.reported;
      w.reported = 0;
      w.idle = true;
    }
    this.progress();
    this.updateHungry();
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** The threads waiting for work: the idle workers, and this one when its stack is empty. */
  private updateHungry(): void {
    let waiting = this.mainWaiting ? 1 : 0;
    for (const w of this.workers) if (w.idle) waiting++;
    // Work already on its way here will feed one of them.
    if (this.main.pending > 0) waiting = Math.max(0, waiting - this.main.pending);
    Atomics.store(this.hungry, 0, waiting);
  }

  private progress(): void {
    this.onProgress(this.main.done + this.workersDone);
  }

  private fail(): void {
    this.failed = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Stops the workers of a pool that was never run (the scan ended before it needed them). */
  async discard(): Promise<void> {
    this.ending = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private async abort(): Promise<never> {
    this.ending = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    throw new WorkerFailure('a scan worker stopped before the end of the scan');
  }
}
