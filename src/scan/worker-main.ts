import { runScanWorker } from './scan-worker.js';

// Entry of the parallel scan's worker threads, bundled on its own (dist/scan-worker/index.js): a worker loads and
// compiles the scan engine only, not the whole action or CLI with the Actions toolkit, zod and the reporters.
runScanWorker();
