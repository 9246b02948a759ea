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

/**
 * Reads a stream (standard input), up to `maxBytes + 1` bytes: one more than the cap, so the scanner can say it is too
 * large without holding an unbounded stream.
 */
export async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes + 1);
}
