import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { adoptSearchPlans, type SearchPlans } from './anchor-search.js';
import type { CompiledCatalog } from './compile.js';
import { WalkRules, type ListOptions, type NamedTargets } from './list-files.js';
import { FileReader, type BatchResult } from './scan-file.js';
import { WalkScanner, type WalkTask } from './walk-scanner.js';

/**
 * The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
 * this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
 * bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
 */
export const SCAN_WORKER_FLAG = 'tokenhubMigrationScanWorker';

/** Files a worker handles between two progress reports. */
const PROGRESS_EVERY = 500;

export interface WorkerSetup {
  [SCAN_WORKER_FLAG]: true;
  catalog: CompiledCatalog;
  maxBytes: number;
  list: Omit<ListOptions, 'targets'>;
  named: NamedTargets;
  /**
   * One Int32: threads that wait for work nobody has promised them yet. A busy thread that sees it above zero
   * takes one off and gives half its work away.
   */
  hungry: SharedArrayBuffer;
  /** The main thread's anchor-search plans: a worker's reader then starts without compiling its own. */
  plans?: SearchPlans;
}

/** Main thread to worker: work to do (only ever sent to an idle worker), or the end of the scan. */
export type ToWorker = { type: 'tasks'; tasks: WalkTask[] } | { type: 'end' };
/** Worker to main thread: work given away, files done so far, or out of work with what it scanned. */
export type FromWorker = { type: 'share'; tasks: WalkTask[] } | { type: 'progress'; done: number } | { type: 'idle'; result: BatchResult };

export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.[SCAN_WORKER_FLAG] === true;
}

/** Takes one waiting thread off the count, if there is one: the caller then owes it work. */
export function claimHungry(hungry: Int32Array): boolean {
  for (;;) {
    const waiting = Atomics.load(hungry, 0);
    if (waiting <= 0) return false;
    if (Atomics.compareExchange(hungry, 0, waiting, waiting - 1) === waiting) return true;
  }
}

export function runScanWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const hungry = new Int32Array(setup.hungry);
  if (setup.plans) adoptSearchPlans(setup.plans);
  const walker = new WalkScanner(new WalkRules(setup.list, setup.named), setup.catalog, setup.maxBytes, new FileReader(setup.catalog));

  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'end') {
      port.close();
      return;
    }
    walker.push(msg.tasks);
    // Work until the stack is empty, giving half of it away whenever another thread waits for work.
    let reported = 0;
    while (walker.step()) {
      if (walker.pending > 1 && claimHungry(hungry)) port.postMessage({ type: 'share', tasks: walker.share() } satisfies FromWorker);
      if (walker.done - reported >= PROGRESS_EVERY) {
        port.postMessage({ type: 'progress', done: walker.done - reported } satisfies FromWorker);
        reported = walker.done;
      }
    }
    port.postMessage({ type: 'idle', result: walker.takeResult() } satisfies FromWorker);
  });
}
