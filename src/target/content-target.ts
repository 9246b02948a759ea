import type { CompiledCatalog } from '../scan/compile.js';
import { contentScanner } from '../scan/scan-contents.js';
import type { ScannedTarget } from './scan-target.js';

/** One file's bytes that are not on disk (`scan -`, standard input) as a target: scanned under the name given. */
export function contentTarget(opts: { root: string; path: string; bytes: Buffer; catalog: CompiledCatalog; maxFileBytes?: number }): ScannedTarget {
  const scanner = contentScanner({ root: opts.root, catalog: opts.catalog, ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}) });
  scanner.add({ path: opts.path, bytes: opts.bytes });
  const text = opts.bytes.toString('utf8').split(/\r?\n/);
  return { result: scanner.result(), readLine: async (_p, line) => text[line - 1] };
}
