import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OPEN_FLAGS } from '../safe-fs/bounded-read.js';
import { AnchorSearch } from './anchor-search.js';
import { binaryTypeOf } from './binary-types.js';
import type { CompiledCatalog } from './compile.js';
import { decode, hasUtf16Bom, isBinary } from './decode.js';
import type { Finding, SkippedFile } from '../finding/finding.js';
import type { ListedFile } from './list-files.js';
import { isOwnReport, OWN_REPORT_REASON } from './own-report.js';
import { matchFile } from './match-text.js';
import { familyOf, isManifest, type ExternalContext, type SharedEvidence } from './context.js';
import { anchorIndexOf } from './anchor-index.js';

export type FileOutcome = { findings: Finding[]; shared?: SharedEvidence[] } | { skipped: string };

/**
 * Scans one file's bytes. The cheap test comes first: one case-insensitive pass for the catalog's anchors
 * over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match whatever
 * the encoding), and only files with a hit are decoded and matched rule by rule.
 */
export function scanBytes(bytes: Uint8Array, rel: string, catalog: CompiledCatalog): FileOutcome {
  return scanWith(bytes, rel, catalog, (b) => anchorIndexOf(catalog).prefilter.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')));
}

/** scanBytes with the byte-level anchor test of a FileReader, for bytes that reader has just read. */
function scanWith(bytes: Uint8Array, rel: string, catalog: CompiledCatalog, hasAnchor: (bytes: Uint8Array) => boolean): FileOutcome {
  const { prefilter } = anchorIndexOf(catalog);
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16) {
    if (isBinary(bytes)) return { skipped: 'binary' };
    if (!hasAnchor(bytes)) return { findings: [] };
  }
  const decoded = decode(bytes);
  if (decoded.kind === 'skip') return { skipped: decoded.reason };
  let text = decoded.text;
  // A BOM is not part of the first line's columns.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (utf16 && !prefilter.test(text)) return { findings: [] };
  if (isOwnReport(text)) return { skipped: OWN_REPORT_REASON };
  return matchFile(text, rel, catalog);
}

/**
 * Scans one file's bytes with the context its package and project lend it. The prefilter here takes every
 * rule's anchors, also those of rules that only report in context (a bare `Citation` field): this runs on the
 * few files that have such context, after the cheap first pass.
 */
export function scanBytesInContext(bytes: Uint8Array, rel: string, catalog: CompiledCatalog, external: ExternalContext | undefined): FileOutcome {
  if (!hasUtf16Bom(bytes) && isBinary(bytes)) return { skipped: 'binary' };
  const decoded = decode(bytes);
  if (decoded.kind === 'skip') return { skipped: decoded.reason };
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!anchorIndexOf(catalog).anyRule.test(text)) return { findings: [] };
  if (isOwnReport(text)) return { skipped: OWN_REPORT_REASON };
  return matchFile(text, rel, catalog, external);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/**
 * Bytes read first from every file: enough for the binary test (decode.ts looks at the first 8000 bytes), and
 * the whole of most source files in one read without a stat. A binary file costs this much and no more.
 */
export const FIRST_BLOCK = 64 * 1024;

/** What a FileReader has done: counted where it happens, so tests see the reads the scan really makes. */
export interface ReadCounters {
  opened: number;
  bytesRead: number;
}

/**
 * Reads files into one buffer that is reused from file to file, so that memory follows the largest file read
 * rather than the number of files in flight. What it returns is only valid until the next read.
 * A file is read in two steps: its first block, which decides whether it is binary (and, when shorter than the
 * block, is the whole file), then the rest, for text only.
 * With WebAssembly SIMD the buffer is the anchor search's own memory, so the prefilter reads the bytes in place.
 */
export class FileReader {
  readonly counters: ReadCounters = { opened: 0, bytesRead: 0 };
  private buf: Buffer = Buffer.allocUnsafe(1 << 20);
  private readonly search: AnchorSearch | undefined;
  private readonly catalog: CompiledCatalog;

  constructor(catalog: CompiledCatalog) {
    this.catalog = catalog;
    this.search = AnchorSearch.create(anchorIndexOf(catalog).prefilterAnchors);
  }

  /** Scans what read() returned last. */
  scan(bytes: Buffer, rel: string): FileOutcome {
    const search = this.search;
    if (!search) return scanBytes(bytes, rel, this.catalog);
    return scanWith(bytes, rel, this.catalog, (b) => search.test(b.length));
  }

  read(abs: string, maxBytes: number): { bytes: Buffer } | { skipped: string } {
    let fd: number;
    try {
      // Listed as a regular file, but it may have been swapped since: never follow a link or wait on a FIFO.
      fd = openSync(abs, OPEN_FLAGS);
    } catch (err) {
      return { skipped: unreadable(err) };
    }
    this.counters.opened++;
    try {
      let buf = this.buffer(FIRST_BLOCK, 0);
      const first = this.readAt(fd, buf, 0, FIRST_BLOCK);
      // A short first block is the whole file; only a full one needs the file's size.
      const size = first < FIRST_BLOCK ? first : fstatSync(fd).size;
      if (size > maxBytes) return { skipped: tooLarge(maxBytes, size) };
      const head = buf.subarray(0, first);
      if (!hasUtf16Bom(head) && isBinary(head)) return { skipped: 'binary' };
      let total = first;
      if (size > first) {
        buf = this.buffer(size, first);
        total += this.readAt(fd, buf, first, size - first);
      }
      return { bytes: buf.subarray(0, total) };
    } catch (err) {
      return { skipped: unreadable(err) };
    } finally {
      closeSync(fd);
    }
  }

  /** Reads up to `length` bytes at `offset` of the buffer, stopping early only at the end of the file. */
  private readAt(fd: number, buf: Buffer, offset: number, length: number): number {
    let total = 0;
    while (total < length) {
      const n = readSync(fd, buf, offset + total, length - total, null);
      if (n === 0) break;
      total += n;
    }
    this.counters.bytesRead += total;
    return total;
  }

  /** The reused buffer, at least `size` bytes long, with its first `keep` bytes unchanged. */
  private buffer(size: number, keep: number): Buffer {
    // WebAssembly memory grows in place: what it held stays.
    if (this.search) return this.search.buffer(size);
    if (this.buf.length < size) {
      const bigger = Buffer.allocUnsafe(Math.max(size, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, keep);
      this.buf = bigger;
    }
    return this.buf;
  }
}

/** The reason a file that could not be read is skipped; the same words in every listing of skipped files. */
export function unreadable(err: unknown): string {
  return `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
}

/** The reason a file over the size cap is skipped. */
export function tooLarge(maxBytes: number, size: number): string {
  return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`;
}

/** What scanning some files gave: partial results, merged and sorted by the caller. */
export interface BatchResult {
  findings: Finding[];
  skipped: SkippedFile[];
  /** Files that lend context to others, with what they lend. */
  evidence: { path: string; shared: SharedEvidence[] }[];
  /** Manifests seen (they mark where projects start), whatever their content. */
  manifests: string[];
  /**
   * The code files and manifests scanned: those another file may lend context to, matched again in the context
   * pass when one does (documentation and data files take no context, so they are not kept).
   */
  code: ListedFile[];
  /** Text files scanned, and their bytes. */
  files: number;
  bytes: number;
  /** Files handled, scanned or skipped. */
  done: number;
}

export function emptyResult(): BatchResult {
  return { findings: [], skipped: [], evidence: [], manifests: [], code: [], files: 0, bytes: 0, done: 0 };
}

/** Reads and scans files one after the other; the same code runs on the main thread and in workers. */
export function scanFiles(files: readonly ListedFile[], catalog: CompiledCatalog, maxBytes: number, reader: FileReader, into: BatchResult = emptyResult()): BatchResult {
  for (const file of files) {
    into.done++;
    const manifest = isManifest(file.rel);
    if (manifest) into.manifests.push(file.rel);
    const outcome = scanFile(file, maxBytes, reader);
    if ('skipped' in outcome) {
      into.skipped.push({ path: file.rel, reason: outcome.skipped });
      continue;
    }
    into.files++;
    into.bytes += outcome.bytes;
    if (manifest || familyOf(file.rel) !== undefined) into.code.push({ abs: file.abs, rel: file.rel });
    for (const f of outcome.findings) into.findings.push(f);
    if (outcome.shared?.length) into.evidence.push({ path: file.rel, shared: outcome.shared });
  }
  return into;
}

/**
 * One file, from its listing to its findings: skipped by name or size without being opened where that is
 * enough, else read (binary files only as far as their first block) and scanned.
 */
export function scanFile(
  file: ListedFile,
  maxBytes: number,
  reader: FileReader,
): { findings: Finding[]; shared?: SharedEvidence[]; bytes: number } | { skipped: string } {
  const byName = binaryTypeOf(file.rel);
  if (byName) return { skipped: byName };
  if (file.size !== undefined && file.size > maxBytes) return { skipped: tooLarge(maxBytes, file.size) };
  const read = reader.read(file.abs, maxBytes);
  if ('skipped' in read) return read;
  let outcome: FileOutcome;
  try {
    outcome = reader.scan(read.bytes, file.rel);
  } catch (err) {
    // A bug in a rule must cost one file, not the scan.
    return { skipped: `scan error (${(err as Error).message})` };
  }
  if ('skipped' in outcome) return outcome;
  return { findings: outcome.findings, ...(outcome.shared?.length ? { shared: outcome.shared } : {}), bytes: read.bytes.length };
}

export function mergeResult(into: BatchResult, part: BatchResult): void {
  for (const f of part.findings) into.findings.push(f);
  for (const s of part.skipped) into.skipped.push(s);
  for (const e of part.evidence) into.evidence.push(e);
  for (const m of part.manifests) into.manifests.push(m);
  for (const c of part.code) into.code.push(c);
  into.files += part.files;
  into.bytes += part.bytes;
  into.done += part.done;
}
