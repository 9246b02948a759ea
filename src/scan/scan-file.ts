import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OPEN_FLAGS } from '../safe-fs/bounded-read.js';
import { AnchorSearch, SEARCH_PAD } from './anchor-search.js';
import { binaryTypeOf } from './binary-types.js';
import type { CompiledCatalog } from './compile.js';
import { hasUtf16Bom, isBinary } from './decode.js';
import type { Finding, SkippedFile } from '../finding/finding.js';
import type { ListedFile } from './list-files.js';
import { collectMatches, decideFindings, takesOutsideContext, type CollectedFile } from './match-text.js';
import { isManifest, type ExternalContext, type SharedEvidence } from './context.js';
import { escapeRegExp } from '../catalog/patterns.js';
import { anchorIndexOf, minimalAnchors } from './anchor-index.js';
import { isLockfile } from './lockfiles.js';
import { ANY_TEXT, fileText, regexAnchors, type AnchorTest } from './file-text.js';
import { takesContext } from './context-takers.js';
import { copiedAnchorTestsOf } from './copied-anchor-tests.js';
import { mayImportBeyondFolder, relativeImportCandidates } from './relative-imports.js';

export type FileOutcome =
  | {
      findings: Finding[];
      shared?: SharedEvidence[];
      /** The file's matches, kept to be decided again with the context other files lend (see scanFiles). */
      collected?: CollectedFile;
      /**
       * Only context from its own package or project could give the file a finding: read again if some file
       * there lends it (see takerOutcome).
       */
      undecided?: true;
    }
  | { skipped: string };

/** The outcome of a file without any anchor in its bytes (shared: nothing in it is ever changed). */
const NO_ANCHOR_IN_BYTES: FileOutcome = Object.freeze({ findings: Object.freeze([]) as unknown as Finding[] });
/** The outcome of a file only the context pass can decide (see FileReader.takerOutcome). */
const UNDECIDED: FileOutcome = Object.freeze({ findings: Object.freeze([]) as unknown as Finding[], undecided: true as const });

export interface ScanBytesOptions {
  /** The anchor test before decoding (default: the catalog's prefilter, or every rule's anchors with `context`). */
  anchors?: AnchorTest;
  /** The context the file takes from other files of its package and project. */
  context?: ExternalContext;
  /** Keep the file's matches in the outcome when context from other files could change what they give. */
  collect?: boolean;
  /**
   * The catalog's minimal rule anchors the bytes hold, found by the reader in its own buffer (undefined: the rule
   * gate looks for them in the decoded text).
   */
  presentAnchors?: (bytes: Uint8Array) => ReadonlySet<string> | undefined;
}

/** The prefilter of a file matched without context from other files (lockfiles have their own: see lockfiles.ts). */
export function firstAnchorsFor(catalog: CompiledCatalog, rel: string): AnchorTest {
  const index = anchorIndexOf(catalog);
  return isLockfile(rel) ? regexAnchors(index.lockfilePrefilter) : copiedAnchorTestsOf(catalog).prefilter;
}

/**
 * Scans one file's bytes: the one scan function, for the full scan's threads, a pull request's blobs, the context
 * of a pull request's head tree and the rule examples. The cheap test comes first: one case-insensitive pass for
 * the anchors over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match
 * whatever the encoding), and only files with a hit are decoded and matched rule by rule. With context from other
 * files, every rule's anchors count, also those of the rules that only report in context (a bare `Citation` field).
 */
export function scanBytes(bytes: Uint8Array, rel: string, catalog: CompiledCatalog, opts: ScanBytesOptions = {}): FileOutcome {
  const anchors = opts.anchors ?? (opts.context ? copiedAnchorTestsOf(catalog).anyRule : firstAnchorsFor(catalog, rel));
  const text = fileText(bytes, anchors);
  if (text.kind === 'skipped') return { skipped: text.reason };
  if (text.kind === 'no-anchor') return { findings: [] };
  // ASCII anchors are found alike in UTF-8 bytes and in their text (no byte of a multi-byte sequence is ASCII);
  // a UTF-16 file's bytes are not searched.
  const present = hasUtf16Bom(bytes) ? undefined : opts.presentAnchors?.(bytes);
  const collected = collectMatches(text.text, rel, catalog, present);
  const findings = decideFindings(collected, catalog, opts.context);
  const outcome: FileOutcome = { findings };
  if (collected.shared.length) outcome.shared = collected.shared;
  if (opts.collect && takesOutsideContext(collected, catalog)) outcome.collected = withImports(collected, text.text);
  return outcome;
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
 * rather than the number of files in flight. What it returns is only valid until the next read, unless kept.
 * A file is read in two steps: its first block, which decides whether it is binary (and, when shorter than the
 * block, is the whole file), then the rest, for text only.
 * With WebAssembly SIMD the buffer is the anchor search's own memory, so the prefilter reads the bytes in place.
 */
export class FileReader {
  readonly counters: ReadCounters = { opened: 0, bytesRead: 0 };
  private buf: Buffer = Buffer.allocUnsafe(1 << 20);
  private readonly search: AnchorSearch | undefined;
  private readonly catalog: CompiledCatalog;
  private readonly firstAnchors: AnchorTest;
  /**
   * Any rule's anchor: the prefilter's, else one the prefilter's do not stand for (in place for the reader's own
   * bytes, else the catalog's test over a copy of them).
   */
  private readonly everyRuleAnchors: AnchorTest;
  /**
   * Over the bytes of a file that takes context: one of the prefilter's anchors or of the rules that context from
   * other files can make report (see takerOutcome).
   */
  private readonly takerAnchors: (bytes: Uint8Array) => boolean;
  /**
   * In place, for the reader's own bytes: whether they hold an anchor of any rule that the prefilter's anchors do
   * not stand for (undefined without WebAssembly SIMD, or for other bytes: then the regex says).
   */
  private readonly restAnchors: ((bytes: Uint8Array) => boolean | undefined) | undefined;
  /** In place, for the reader's own bytes: the catalog's minimal rule anchors they hold (see ScanBytesOptions). */
  private readonly presentAnchors: ((bytes: Uint8Array) => ReadonlySet<string> | undefined) | undefined;
  /** Lockfiles take the same prefilter as other files (else the regex of their own anchors). */
  private readonly lockfilesShare: boolean;

  constructor(catalog: CompiledCatalog) {
    this.catalog = catalog;
    const index = anchorIndexOf(catalog);
    this.lockfilesShare = index.lockfilesSharePrefilter;
    const first = index.prefilterAnchors as string[];
    // The prefilter's anchors and those of the rules that report only with context from other files, as one set:
    // a file that takes context is searched once for both (see takerOutcome).
    const taker = minimalAnchors([...first, ...index.contextAnchors()]);
    const withTaker = AnchorSearch.accepts(taker);
    // Anchors of any rule that the prefilter's do not stand for: with context, a file holding one is matched too
    // (the rule anchors' test, anyRule, is the prefilter's or these). Searched here when the search takes them.
    const rest = index.ruleAnchors.filter((a) => !first.some((f) => a.includes(f)));
    const withRest = AnchorSearch.accepts(rest);
    // And every rule's anchors, to tell the rule gate which of them a file with an anchor holds.
    const all = [...index.ruleAnchors];
    const withAll = AnchorSearch.accepts(all);
    const sets = [first, ...(withTaker ? [taker] : []), ...(withRest ? [rest] : []), ...(withAll ? [all] : [])];
    this.search = AnchorSearch.createSets(sets);
    const search = this.search;
    const regex = regexAnchors(index.prefilter);
    const takerRegex = regexAnchors(new RegExp(taker.map(escapeRegExp).join('|'), 'i'));
    if (search) {
      // In place when the bytes are the reader's own (what read() returned), else through the regex.
      const own = (b: Uint8Array) => this.ownBytes(b);
      const inPlace = (set: number) => (b: Uint8Array) => search.testIn(set, b.byteOffset, b.byteOffset + b.length);
      this.firstAnchors = { bytes: (b) => (own(b) ? inPlace(0)(b) : regex.bytes(b)), text: regex.text };
      const takerSet = sets.indexOf(taker);
      const inTakerSet = inPlace(takerSet);
      this.takerAnchors = withTaker ? (b) => (own(b) ? inTakerSet(b) : takerRegex.bytes(b)) : takerRegex.bytes;
      const inRestSet = inPlace(sets.indexOf(rest));
      this.restAnchors = withRest ? (b) => (own(b) ? inRestSet(b) : undefined) : undefined;
      const allSet = sets.indexOf(all);
      this.presentAnchors = withAll ? (b) => (own(b) ? search.presentIn(allSet, b.byteOffset, b.byteOffset + b.length) : undefined) : undefined;
    } else {
      this.firstAnchors = regex;
      this.takerAnchors = takerRegex.bytes;
      this.restAnchors = undefined;
      this.presentAnchors = undefined;
    }
    const everyRule = (): AnchorTest => copiedAnchorTestsOf(catalog).anyRule;
    this.everyRuleAnchors = { bytes: (b) => this.firstAnchors.bytes(b) || (this.restAnchors?.(b) ?? everyRule().bytes(b)), text: (t) => everyRule().text(t) };
  }

  /**
   * Scans what read() returned last, with the catalog's prefilter; with `withContextAnchors`, a file that has none
   * of its anchors but one of the rules that take context from other files is matched too. With `collect` (a file
   * that takes context), a file with none of the prefilter's anchors but one of those rules' keeps its matches.
   */
  scan(bytes: Buffer, rel: string, opts: Omit<ScanBytesOptions, 'anchors'> & { withContextAnchors?: boolean } = {}): FileOutcome {
    const { withContextAnchors, ...rest } = opts;
    if (!withContextAnchors && !this.lockfilesShare && isLockfile(rel)) return scanBytes(bytes, rel, this.catalog, rest);
    if (!withContextAnchors && !hasUtf16Bom(bytes)) {
      if (rest.collect) {
        const outcome = this.takerOutcome(bytes, rel);
        if (outcome) return outcome;
      } else if (this.ownBytes(bytes) && !this.firstAnchors.bytes(bytes)) {
        // Most files: read() found the first block not binary, and the bytes, in place, hold no anchor. Said here
        // without the views and objects of the general path, which a scan of many small files feels.
        return NO_ANCHOR_IN_BYTES;
      }
    }
    const anchors = withContextAnchors ? this.everyRuleAnchors : this.firstAnchors;
    return scanBytes(bytes, rel, this.catalog, { ...rest, anchors, ...(this.presentAnchors ? { presentAnchors: this.presentAnchors } : {}) });
  }

  /**
   * A file that takes context, without any of the prefilter's anchors: nothing of its own to report. One search of
   * its bytes tells most files (none of either kind of anchor) apart: decided. A file with an anchor of the rules
   * that context can make report is decided by the context pass: read again there only if its package or project
   * lends it context (most such files are in neither: an LLM plugin naming `deepseek-v3` or `enable_search`); one
   * that imports files beyond its folder, which may lend it context from anywhere, keeps its matches and imports
   * now. Undefined for a file with a prefilter anchor, matched as any other.
   */
  private takerOutcome(bytes: Buffer, rel: string): FileOutcome | undefined {
    if (!this.takerAnchors(bytes)) return NO_ANCHOR_IN_BYTES;
    if (this.firstAnchors.bytes(bytes)) return undefined;
    if (!mayImportBeyondFolder(bytes, rel)) return UNDECIDED;
    const text = fileText(bytes, ANY_TEXT);
    if (text.kind !== 'text') return NO_ANCHOR_IN_BYTES;
    const collected = collectMatches(text.text, rel, this.catalog, this.anchorsIn(bytes));
    // Its own tags (from rules outside the prefilter) neither lend context nor report here: as for a file without
    // any anchor, what it gives is decided by the context pass alone.
    return collected.matches.length ? { findings: [], collected: withImports(collected, text.text) } : NO_ANCHOR_IN_BYTES;
  }

  /** Whether bytes lie in the search's own memory (what read() returned), where the search reads them in place. */
  private ownBytes(bytes: Uint8Array): boolean {
    return this.search !== undefined && bytes.buffer === this.search.buffer(0).buffer;
  }

  /** The catalog's minimal rule anchors that bytes of the reader's own buffer hold; undefined when it cannot tell. */
  anchorsIn(bytes: Uint8Array): ReadonlySet<string> | undefined {
    return hasUtf16Bom(bytes) ? undefined : this.presentAnchors?.(bytes);
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
      let buf = this.buffer(FIRST_BLOCK);
      const first = this.readAt(fd, buf, 0, FIRST_BLOCK);
      // A short first block is the whole file; only a full one needs the file's size.
      const size = first < FIRST_BLOCK ? first : fstatSync(fd).size;
      if (size > maxBytes) return { skipped: tooLarge(maxBytes, size) };
      const head = buf.subarray(0, first);
      if (!hasUtf16Bom(head) && isBinary(head)) return { skipped: 'binary' };
      let total = first;
      if (size > first) {
        buf = this.buffer(size);
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

  /** The reused buffer, at least `size` bytes long, with what it held up to the first block unchanged. */
  private buffer(size: number): Buffer {
    // WebAssembly memory grows in place: what it held stays.
    if (this.search) return this.search.buffer(size);
    if (this.buf.length < size + SEARCH_PAD) {
      const bigger = Buffer.allocUnsafe(Math.max(size + SEARCH_PAD, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, FIRST_BLOCK);
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
   * Files that take context from others and whose matches it could change: decided again once every file has
   * lent its evidence, from what the first pass kept, without reading them again.
   */
  pending: CollectedFile[];
  /**
   * Files that take context and hold an anchor of the rules it can make report, not kept (see
   * FileReader.takerOutcome): read again if their package or project lends them context.
   */
  undecided: string[];
  /** Text files scanned, and their bytes. */
  files: number;
  bytes: number;
  /** Files handled, scanned or skipped. */
  done: number;
}

export function emptyResult(): BatchResult {
  return { findings: [], skipped: [], evidence: [], manifests: [], pending: [], undecided: [], files: 0, bytes: 0, done: 0 };
}

/**
 * Reads and scans files one after the other; the same code runs on the main thread and in workers. A file that
 * takes context from other files keeps its matches when that context could change what they give (`pending`), so
 * that the context pass, once every file has lent its evidence, decides it without reading it again; or, if it
 * has no prefilter anchor, it is listed (`undecided`) and read again only if some file lends it context.
 */
export function scanFiles(files: readonly ListedFile[], catalog: CompiledCatalog, maxBytes: number, reader: FileReader, into: BatchResult = emptyResult()): BatchResult {
  for (const file of files) {
    into.done++;
    if (isManifest(file.rel)) into.manifests.push(file.rel);
    const outcome = scanFile(file, maxBytes, reader, takesContext(file.rel));
    if ('skipped' in outcome) {
      into.skipped.push({ path: file.rel, reason: outcome.skipped });
      continue;
    }
    into.files++;
    into.bytes += outcome.bytes;
    for (const f of outcome.findings) into.findings.push(f);
    if (outcome.shared?.length) into.evidence.push({ path: file.rel, shared: outcome.shared });
    if (outcome.collected) into.pending.push(outcome.collected);
    else if (outcome.undecided) into.undecided.push(file.rel);
  }
  return into;
}

/** A file kept for the context pass carries its relative imports: their evidence reaches it as a sibling's does. */
function withImports(collected: CollectedFile, text: string): CollectedFile {
  const imports = relativeImportCandidates(text, collected.path);
  if (imports.length) collected.imports = imports;
  return collected;
}

/**
 * One file, from its listing to its findings: skipped by name or size without being opened where that is
 * enough, else read (binary files only as far as their first block) and scanned. A file that takes context keeps
 * its matches when context could change them.
 */
export function scanFile(
  file: ListedFile,
  maxBytes: number,
  reader: FileReader,
  collect = false,
): { findings: Finding[]; shared?: SharedEvidence[]; collected?: CollectedFile; undecided?: true; bytes: number } | { skipped: string } {
  const byName = binaryTypeOf(file.rel);
  if (byName) return { skipped: byName };
  if (file.size !== undefined && file.size > maxBytes) return { skipped: tooLarge(maxBytes, file.size) };
  const read = reader.read(file.abs, maxBytes);
  if ('skipped' in read) return read;
  let outcome: FileOutcome;
  try {
    outcome = reader.scan(read.bytes, file.rel, { collect });
  } catch (err) {
    // A bug in a rule must cost one file, not the scan.
    return { skipped: `scan error (${(err as Error).message})` };
  }
  if ('skipped' in outcome) return outcome;
  return {
    findings: outcome.findings,
    ...(outcome.shared?.length ? { shared: outcome.shared } : {}),
    ...(outcome.collected ? { collected: outcome.collected } : {}),
    ...(outcome.undecided ? { undecided: true as const } : {}),
    bytes: read.bytes.length,
  };
}

export function mergeResult(into: BatchResult, part: BatchResult): void {
  for (const f of part.findings) into.findings.push(f);
  for (const s of part.skipped) into.skipped.push(s);
  for (const e of part.evidence) into.evidence.push(e);
  for (const m of part.manifests) into.manifests.push(m);
  for (const p of part.pending) into.pending.push(p);
  for (const u of part.undecided) into.undecided.push(u);
  into.files += part.files;
  into.bytes += part.bytes;
  into.done += part.done;
}
