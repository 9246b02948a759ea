import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CompiledCatalog } from './compile.js';
import type { ListedFile } from './list-files.js';
import { FileReader, scanFiles, type BatchResult } from './scan-file.js';

/**
 * The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
 * this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
 * bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
 */
export const SCAN_WORKER_FLAG = 'tokenhubMigrationScanWorker';

export interface WorkerSetup {
  [SCAN_WORKER_FLAG]: true;
  catalog: CompiledCatalog;
  maxBytes: number;
  /** One Int32: the index of the next batch to claim, shared by every thread of the scan. */
  claim: SharedArrayBuffer;
}

/** Main thread to worker. */
export type ToWorker = { type: 'batch'; id: number; files: ListedFile[] } | { type: 'end'; total: number };
/** Worker to main thread. */
export type FromWorker = { type: 'result'; id: number; result: BatchResult } | { type: 'done' };

export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.[SCAN_WORKER_FLAG] === true;
}

export function runScanWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const claim = new Int32Array(setup.claim);
  const reader = new FileReader(setup.catalog);
  const batches: (ListedFile[] | undefined)[] = [];
  let total = -1;
  let claimed: number | undefined;
  let dropped = 0;

  // Batches are broadcast to every worker; each one claims the next index it has not seen done, so a thread
  // that meets a big file simply claims fewer batches. A claimed batch that has not arrived yet is waited for.
  const pump = (): void => {
    for (;;) {
      if (claimed === undefined) {
        claimed = Atomics.add(claim, 0, 1);
        // Every batch below the one just claimed belongs to some thread already: forget our copies.
        for (; dropped < claimed && dropped < batches.length; dropped++) batches[dropped] = undefined;
      }
      if (total >= 0 && claimed >= total) {
        port.postMessage({ type: 'done' } satisfies FromWorker);
        port.close();
        return;
      }
      const files = batches[claimed];
      if (!files) return;
      batches[claimed] = undefined;
      const result = scanFiles(files, setup.catalog, setup.maxBytes, reader);
      port.postMessage({ type: 'result', id: claimed, result } satisfies FromWorker);
      claimed = undefined;
    }
  };

  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'batch') batches[msg.id] = msg.files;
    else total = msg.total;
    pump();
  });
}
