#!/usr/bin/env node
import { isScanWorker, runScanWorker } from '../scan/scan-worker.js';
import { exitQuietlyWhenReaderLeaves } from './closed-output.js';
import { invocationOf } from './invocation.js';
import { main } from './main.js';

// The parallel scan starts this same bundle as its worker threads.
if (isScanWorker()) {
  runScanWorker();
} else {
  exitQuietlyWhenReaderLeaves(process.stdout, (code) => process.exit(code));
  exitQuietlyWhenReaderLeaves(process.stderr, (code) => process.exit(code));
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    program: invocationOf(process.env, process.argv[1], process.cwd()),
  });
}
