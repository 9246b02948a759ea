import { run } from './action/run.js';
import { isScanWorker, runScanWorker } from './scan/scan-worker.js';

// The parallel scan starts this same bundle as its worker threads.
if (isScanWorker()) runScanWorker();
else await run();
