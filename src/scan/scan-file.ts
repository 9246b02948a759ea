import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OPEN_FLAGS } from '../safe-fs/bounded-read.js';
import { AnchorSearch, SEARCH_PAD } from './anchor-search.js';
import { binaryTypeOf } from './binary-types.js';
import type { CompiledCatalog } from './compile.js';
import { hasUtf16Bom, isBinary } from './decode.js';
import type { Finding, SkippedFile } from '../finding/finding.js';
import type { ListedFile } from './list-files.js';
import { collectMatches, decideFindings, takesOutsideContext, type CollectedFile } from './match-text.js';
import { ancestorDirs, dirName, familyOf, isManifest, SHAREABLE_TAGS, type ExternalContext, type SharedEvidence } from './context.js';
import type { ContextTag } from '../catalog/rule.js';
import { escapeRegExp } from '../catalog/patterns.js';
import { anchorIndexOf, minimalAnchors } from './anchor-index.js';
import { isLockfile } from './lockfiles.js';
import { ANY_TEXT, fileText, regexAnchors, type AnchorTest } from './file-text.js';
import { takesContext } from './context-takers.js';
import { copiedAnchorTestsOf } from './copied-anchor-tests.js';
import { IMPORT_MARKERS, importFamily, leavesFolderAt, mayImportBeyondFolder, relativeImportCandidates, type ImportFamily } from './relative-imports.js';

export type FileOutcome =
  | {
      findings: Finding[];
      shared?: SharedEvidence[];
      /** The file's matches, kept to be decided again with the context other files lend (see scanFiles). */
      collected?: CollectedFile;
      /** The raw bytes hold no anchor (not said of UTF-16 text, whose bytes the anchor test cannot read). */
      noAnchorInBytes?: true;
    }
  | { skipped: string };

/** The outcome of a file without any anchor in its bytes (shared: nothing in it is ever changed). */
const NO_ANCHOR_IN_BYTES: FileOutcome = Object.freeze({ findings: Object.freeze([]) as unknown as Finding[], noAnchorInBytes: true as const });

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
  if (text.kind === 'no-anchor') return text.bytes ? { findings: [], noAnchorInBytes: true } : { findings: [] };
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

/** A file read into the reader's arena: its bytes stay there until the arena is cleared (see FileReader.keep). */
export interface HeldFile {
  at: number;
  size: number;
}

/**
 * Bytes a reader keeps of one batch's files for the test after the batch (see scanFiles): beyond this, a file is
 * not kept, and decided later by reading it again if another file turns out to lend it context.
 */
export const ARENA_BYTES = 8 * 1024 * 1024;

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
  /** Whether bytes hold an anchor of the rules that take one of the tags lent (see hasContextAnchor). */
  private readonly contextTest: (tags: ReadonlySet<ContextTag>, at: number, size: number) => boolean;
  /**
   * In place, for the reader's own bytes: whether they hold an anchor of any rule that the prefilter's anchors do
   * not stand for (undefined without WebAssembly SIMD, or for other bytes: then the regex says).
   */
  private readonly restAnchors: ((bytes: Uint8Array) => boolean | undefined) | undefined;
  /** In place, for the reader's own bytes: the catalog's minimal rule anchors they hold (see ScanBytesOptions). */
  private readonly presentAnchors: ((bytes: Uint8Array) => ReadonlySet<string> | undefined) | undefined;
  /** The search's set of import markers per language family (none without WebAssembly SIMD). */
  private readonly importSets: ReadonlyMap<ImportFamily, number>;
  /** Lockfiles take the same prefilter as other files (else the regex of their own anchors). */
  private readonly lockfilesShare: boolean;
  /** Where the next file is read: past the files kept in this batch. */
  private top = 0;
  /** Where the file read last starts, and its size. */
  private last: HeldFile = { at: 0, size: 0 };

  constructor(catalog: CompiledCatalog) {
    this.catalog = catalog;
    const index = anchorIndexOf(catalog);
    this.lockfilesShare = index.lockfilesSharePrefilter;
    const first = index.prefilterAnchors as string[];
    // One anchor set per combination of the tags other files may lend (one pass over a file, whatever its
    // neighbours lend), so that a file is tested only for the rules its context can reach. Combinations are told
    // by a bit mask over `tags`; those with the same anchors share a set.
    const byTag = new Map([...SHAREABLE_TAGS].map((tag) => [tag, index.contextAnchors(tag)] as const).filter(([, a]) => a.length > 0));
    const tags = [...byTag.keys()];
    const sets: string[][] = [];
    const setKeys = new Map<string, number>();
    const setOfMask: number[] = [-1];
    for (let mask = 1; mask < 1 << tags.length; mask++) {
      const anchors = minimalAnchors(tags.filter((_, i) => mask & (1 << i)).flatMap((t) => byTag.get(t)!));
      const key = anchors.join('\n');
      if (!setKeys.has(key)) {
        setKeys.set(key, sets.length);
        sets.push(anchors);
      }
      setOfMask[mask] = setKeys.get(key)!;
    }
    // Anchors of any rule that the prefilter's do not stand for: with context, a file holding one is matched too
    // (the rule anchors' test, anyRule, is the prefilter's or these). Searched here when the search takes them.
    const rest = index.ruleAnchors.filter((a) => !first.some((f) => a.includes(f)));
    const withRest = AnchorSearch.accepts(rest);
    // And every rule's anchors, to tell the rule gate which of them a file with an anchor holds.
    const all = [...index.ruleAnchors];
    const withAll = AnchorSearch.accepts(all);
    // And the markers of imports beyond a folder, per language (see relative-imports.ts).
    const importFamilies = (Object.keys(IMPORT_MARKERS) as ImportFamily[]).filter((f) => AnchorSearch.accepts(IMPORT_MARKERS[f]));
    this.search = AnchorSearch.createSets([first, ...sets, ...(withRest ? [rest] : []), ...(withAll ? [all] : []), ...importFamilies.map((f) => IMPORT_MARKERS[f])]);
    const search = this.search;
    const regex = regexAnchors(index.prefilter);
    let tests: ((at: number, size: number) => boolean)[];
    if (search) {
      // In place when the bytes are the reader's own (what read() returned), else through the regex.
      const own = (b: Uint8Array) => this.ownBytes(b);
      this.firstAnchors = { bytes: (b) => (own(b) ? search.testIn(0, b.byteOffset, b.byteOffset + b.length) : regex.bytes(b)), text: regex.text };
      tests = sets.map((_, i) => (at, size) => search.testIn(i + 1, at, at + size));
      const restSet = sets.length + 1;
      this.restAnchors = withRest ? (b) => (own(b) ? search.testIn(restSet, b.byteOffset, b.byteOffset + b.length) : undefined) : undefined;
      const allSet = restSet + (withRest ? 1 : 0);
      this.presentAnchors = withAll ? (b) => (own(b) ? search.presentIn(allSet, b.byteOffset, b.byteOffset + b.length) : undefined) : undefined;
      const importBase = allSet + (withAll ? 1 : 0);
      this.importSets = new Map(importFamilies.map((f, i) => [f, importBase + i]));
    } else {
      this.firstAnchors = regex;
      tests = sets.map((anchors) => {
        const re = regexAnchors(new RegExp(anchors.map(escapeRegExp).join('|'), 'i'));
        return (at, size) => re.bytes(this.buf.subarray(at, at + size));
      });
      this.restAnchors = undefined;
      this.presentAnchors = undefined;
      this.importSets = new Map();
    }
    const everyRule = (): AnchorTest => copiedAnchorTestsOf(catalog).anyRule;
    this.everyRuleAnchors = { bytes: (b) => this.firstAnchors.bytes(b) || (this.restAnchors?.(b) ?? everyRule().bytes(b)), text: (t) => everyRule().text(t) };
    this.contextTest = (tagsLent, at, size) => {
      let mask = 0;
      for (let i = 0; i < tags.length; i++) if (tagsLent.has(tags[i]!)) mask |= 1 << i;
      return mask !== 0 && tests[setOfMask[mask]!]!(at, size);
    };
  }

  /**
   * Scans what read() returned last, with the catalog's prefilter; with `withContextAnchors`, a file that has none
   * of its anchors but one of the rules that take context from other files is matched too.
   */
  scan(bytes: Buffer, rel: string, opts: Omit<ScanBytesOptions, 'anchors'> & { withContextAnchors?: boolean } = {}): FileOutcome {
    const { withContextAnchors, ...rest } = opts;
    if (!withContextAnchors && !this.lockfilesShare && isLockfile(rel)) return scanBytes(bytes, rel, this.catalog, rest);
    // Most files: read() found the first block not binary, and the bytes, in place, hold no anchor. Said here
    // without the views and objects of the general path, which a scan of many small files feels.
    if (!withContextAnchors && this.ownBytes(bytes) && !hasUtf16Bom(bytes)) {
      if (!this.search!.testIn(0, bytes.byteOffset, bytes.byteOffset + bytes.length)) return NO_ANCHOR_IN_BYTES;
    }
    const anchors = withContextAnchors ? this.everyRuleAnchors : this.firstAnchors;
    return scanBytes(bytes, rel, this.catalog, { ...rest, anchors, ...(this.presentAnchors ? { presentAnchors: this.presentAnchors } : {}) });
  }

  /** Whether bytes lie in the search's own memory (what read() returned), where the search reads them in place. */
  private ownBytes(bytes: Uint8Array): boolean {
    return this.search !== undefined && bytes.buffer === this.search.buffer(0).buffer;
  }

  /** Keeps the file read last in the arena until clear(), if it fits: its place, else undefined. */
  keep(): HeldFile | undefined {
    const { at, size } = this.last;
    if (at + size > ARENA_BYTES) return undefined;
    // The anchor search zeroes the bytes just past what it searches: leave them free.
    this.top = at + size + SEARCH_PAD;
    return { ...this.last };
  }

  /** The bytes of a kept file (valid until the next read). */
  bytesOf(held: HeldFile): Buffer {
    return this.view().subarray(held.at, held.at + held.size);
  }

  /**
   * Whether a kept file holds an anchor of the rules that take one of the tags from other files (see
   * contextAnchors): only such a file can get a finding from that context.
   */
  hasContextAnchor(held: HeldFile, tags: ReadonlySet<ContextTag>): boolean {
    return this.contextTest(tags, held.at, held.size);
  }

  /** Whether a kept file may import a file beyond its folder (see relative-imports.ts), searched in place. */
  mayImportBeyondFolder(held: HeldFile, rel: string): boolean {
    const family = importFamily(rel);
    if (!family) return false;
    const bytes = this.bytesOf(held);
    const set = this.importSets.get(family);
    if (set === undefined) return mayImportBeyondFolder(bytes, rel);
    const end = held.at + held.size;
    for (let from = held.at; ; ) {
      const at = this.search!.findIn(set, from, end);
      if (at === -1) return false;
      if (leavesFolderAt(bytes, at - held.at, family)) return true;
      from = at + 1;
    }
  }

  /** The catalog's minimal rule anchors that bytes of the reader's own buffer hold; undefined when it cannot tell. */
  anchorsIn(bytes: Uint8Array): ReadonlySet<string> | undefined {
    return hasUtf16Bom(bytes) ? undefined : this.presentAnchors?.(bytes);
  }

  /** Forgets the kept files. */
  clear(): void {
    this.top = 0;
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
      const at = this.top;
      let buf = this.buffer(at + FIRST_BLOCK);
      const first = this.readAt(fd, buf, at, FIRST_BLOCK);
      // A short first block is the whole file; only a full one needs the file's size.
      const size = first < FIRST_BLOCK ? first : fstatSync(fd).size;
      if (size > maxBytes) return { skipped: tooLarge(maxBytes, size) };
      const head = buf.subarray(at, at + first);
      if (!hasUtf16Bom(head) && isBinary(head)) return { skipped: 'binary' };
      let total = first;
      if (size > first) {
        buf = this.buffer(at + size);
        total += this.readAt(fd, buf, at + first, size - first);
      }
      this.last = { at, size: total };
      return { bytes: buf.subarray(at, at + total) };
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

  private view(): Buffer {
    return this.search ? this.search.buffer(0) : this.buf;
  }

  /** The reused buffer, at least `size` bytes long, with what it held unchanged. */
  private buffer(size: number): Buffer {
    // WebAssembly memory grows in place: what it held stays.
    if (this.search) return this.search.buffer(size);
    if (this.buf.length < size + SEARCH_PAD) {
      const bigger = Buffer.allocUnsafe(Math.max(size + SEARCH_PAD, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.top);
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

/** A file the first pass did not decide: tested (while at hand) only for the rules that take these tags, if any. */
export interface UndecidedFile {
  /** Relative to the root (its absolute path is not kept: a large tree lists tens of thousands of these). */
  rel: string;
  testedFor?: ContextTag[];
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
   * Files that take context (code files and manifests) whose need for it the first pass could not decide (no
   * evidence beside them yet when their bytes were at hand): read again only if some file lends them context.
   */
  undecided: UndecidedFile[];
  /** Text files scanned, and their bytes. */
  files: number;
  bytes: number;
  /** Files handled, scanned or skipped. */
  done: number;
}

export function emptyResult(): BatchResult {
  return { findings: [], skipped: [], evidence: [], manifests: [], pending: [], undecided: [], files: 0, bytes: 0, done: 0 };
}

/** What one thread has seen of the tree so far that lends context beyond a directory: projects and their tags. */
export class ProjectEvidence {
  private readonly roots = new Map<string, Set<ContextTag>>();
  private readonly manifestDirs = new Set<string>();

  noteManifest(path: string): void {
    this.manifestDirs.add(dirName(path));
  }

  /** Notes a file's evidence; project-wide evidence makes its project (as far as this thread knows it) a root. */
  add(path: string, shared: readonly SharedEvidence[]): void {
    const tags = shared.filter((e) => e.reach === 'project').map((e) => e.tag);
    if (tags.length === 0) return;
    // A manifest's project is its folder; a project-wide import's the nearest folder above with a manifest, or the tree.
    const root = isManifest(path) ? dirName(path) : (ancestorDirs(path).find((d) => this.manifestDirs.has(d)) ?? '');
    const set = this.roots.get(root) ?? new Set<ContextTag>();
    for (const t of tags) set.add(t);
    this.roots.set(root, set);
  }

  /** The tags the projects a file is in lend it, as far as this thread knows. */
  tagsFor(path: string, into: Set<ContextTag>): void {
    if (this.roots.size === 0) return;
    for (const d of ancestorDirs(path)) for (const t of this.roots.get(d) ?? []) into.add(t);
  }
}

/**
 * Reads and scans files one after the other; the same code runs on the main thread and in workers. The files
 * are those of one directory (a batch of the walk): after them, while their bytes are still in the reader's arena,
 * the files that may take context from a sibling of the batch or from a project seen so far are tested for the
 * anchors of the rules that use such context, and the matches of those that have one are kept (`pending`), so
 * that the context pass never reads a file again to decide it. A file not decided here (no evidence beside it
 * yet, or no room in the arena) is listed as `undecided`.
 */
export function scanFiles(
  files: readonly ListedFile[],
  catalog: CompiledCatalog,
  maxBytes: number,
  reader: FileReader,
  into: BatchResult = emptyResult(),
  project: ProjectEvidence = new ProjectEvidence(),
): BatchResult {
  const held: { file: ListedFile; place: HeldFile }[] = [];
  const lending = new Map<string, readonly SharedEvidence[]>();
  reader.clear();
  for (const file of files) {
    into.done++;
    const manifest = isManifest(file.rel);
    if (manifest) {
      into.manifests.push(file.rel);
      project.noteManifest(file.rel);
    }
    const taker = takesContext(file.rel);
    const outcome = scanFile(file, maxBytes, reader, taker);
    if ('skipped' in outcome) {
      into.skipped.push({ path: file.rel, reason: outcome.skipped });
      continue;
    }
    into.files++;
    into.bytes += outcome.bytes;
    for (const f of outcome.findings) into.findings.push(f);
    if (outcome.shared?.length) {
      into.evidence.push({ path: file.rel, shared: outcome.shared });
      lending.set(file.rel, outcome.shared);
      project.add(file.rel, outcome.shared);
    }
    if (!taker) continue;
    if (outcome.collected) into.pending.push(outcome.collected);
    else if (outcome.read === 'no-anchor') {
      const place = reader.keep();
      if (place) held.push({ file, place });
      else into.undecided.push({ rel: file.rel });
    }
  }
  for (const { file, place } of held) {
    const tags = new Set<ContextTag>();
    lentInBatch(file.rel, lending, tags);
    project.tagsFor(file.rel, tags);
    // A file that imports others beyond its folder may take context from any of them, wherever they are: tested
    // for every tag now, so that only one with such an anchor is kept (with its imports), and none is read again.
    if (reader.mayImportBeyondFolder(place, file.rel)) for (const t of SHAREABLE_TAGS) tags.add(t);
    if (tags.size === 0 || !reader.hasContextAnchor(place, tags)) {
      // Decided only for these tags: context with others (from another batch or thread) reads it again.
      into.undecided.push(tags.size ? { rel: file.rel, testedFor: [...tags] } : { rel: file.rel });
      continue;
    }
    try {
      const bytes = reader.bytesOf(place);
      const text = decodedText(bytes);
      const collected = collectMatches(text, file.rel, catalog, reader.anchorsIn(bytes));
      if (collected.matches.length) into.pending.push(withImports(collected, text));
    } catch {
      // A bug in a rule costs this file its context, not the scan.
    }
  }
  reader.clear();
  return into;
}

/** A file kept for the context pass carries its relative imports: their evidence reaches it as a sibling's does. */
function withImports(collected: CollectedFile, text: string): CollectedFile {
  const imports = relativeImportCandidates(text, collected.path);
  if (imports.length) collected.imports = imports;
  return collected;
}

/** The tags other files of the batch in the file's package (directory and language family) lend it. */
function lentInBatch(path: string, lending: ReadonlyMap<string, readonly SharedEvidence[]>, into: Set<ContextTag>): void {
  const family = familyOf(path);
  if (family === undefined || lending.size === 0) return;
  const dir = dirName(path);
  for (const [other, shared] of lending) {
    if (other !== path && dirName(other) === dir && familyOf(other) === family) for (const e of shared) into.add(e.tag);
  }
}

/** Text of kept bytes (they passed the binary test, and are not UTF-16: see FileOutcome.noAnchorInBytes). */
function decodedText(bytes: Uint8Array): string {
  const text = fileText(bytes, ANY_TEXT);
  return text.kind === 'text' ? text.text : '';
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
): { findings: Finding[]; shared?: SharedEvidence[]; collected?: CollectedFile; bytes: number; read: 'matched' | 'no-anchor' } | { skipped: string } {
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
    bytes: read.bytes.length,
    read: outcome.noAnchorInBytes ? 'no-anchor' : 'matched',
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
