import { RULES } from '../catalog/index.js';
import { compileCatalog, type CompiledCatalog } from './compile.js';
import type { Finding, ScanResult, SkippedFile } from '../finding/finding.js';
import { byLocation } from '../finding/finding.js';
import { DEFAULT_MAX_FILE_BYTES, scanBytes } from './scanner.js';
import { tooLarge } from './scan-file.js';
import type { ContextIndex } from './context.js';
import { binaryTypeOf } from './binary-types.js';

/**
 * Scans file contents that do not come from the disk (a commit's blobs), with the same per-file rules as scan():
 * the size cap, binary detection, and one file's failure costing that file only.
 */

export interface ContentEntry {
  /** Relative path, `/`-separated. */
  path: string;
  /** Undefined when the content could not be read. */
  bytes?: Uint8Array;
}

export interface ContentScanner {
  add(entry: ContentEntry): void;
  result(): ScanResult;
}

export function contentScanner(opts: { root: string; catalog?: CompiledCatalog; maxFileBytes?: number; context?: ContextIndex }): ContentScanner {
  const started = performance.now();
  const catalog = opts.catalog ?? compileCatalog(RULES);
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const findings: Finding[] = [];
  const skipped: SkippedFile[] = [];
  let files = 0;
  let bytes = 0;
  return {
    add({ path, bytes: data }) {
      if (!data) {
        skipped.push({ path, reason: 'not in the head commit' });
        return;
      }
      const byName = binaryTypeOf(path);
      if (byName) {
        skipped.push({ path, reason: byName });
        return;
      }
      if (data.length > maxBytes) {
        skipped.push({ path, reason: tooLarge(maxBytes, data.length) });
        return;
      }
      try {
        // The context was gathered from the head tree beforehand, so each file is matched once, with it.
        const external = opts.context?.contextFor(path);
        const outcome = scanBytes(data, path, catalog, external ? { context: external } : {});
        if ('skipped' in outcome) {
          skipped.push({ path, reason: outcome.skipped });
          return;
        }
        files++;
        bytes += data.length;
        findings.push(...outcome.findings);
      } catch (err) {
        skipped.push({ path, reason: `scan error (${(err as Error).message})` });
      }
    },
    result() {
      findings.sort(byLocation);
      skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      return { root: opts.root, findings, skipped, stats: { files, bytes, durationMs: Math.round(performance.now() - started) } };
    },
  };
}
