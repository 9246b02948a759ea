import { promises as fs } from 'node:fs';
import path from 'node:path';
import { RULES } from '../catalog/index.js';
import { compileCatalog, type CompiledCatalog } from './compile.js';
import { decode, isBinary } from './decode.js';
import type { Finding, ScanResult, SkippedFile } from './finding.js';
import { listFiles, toPosix, type ListedFile } from './list-files.js';
import { matchText } from './match-text.js';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ScanOptions {
  /** The folder findings are relative to. */
  root: string;
  /** Files or folders to scan (absolute, or relative to the root). Default: the root. */
  paths?: string[];
  include?: string[];
  exclude?: string[];
  gitignore?: boolean;
  maxFileBytes?: number;
  catalog?: CompiledCatalog;
  /** Files read at once; reading is I/O-bound, matching is cheap after the prefilter. */
  concurrency?: number;
  /** Called now and then with the number of files done. */
  onProgress?: (filesDone: number) => void;
}

/** A target that does not exist or lies outside the root: a usage error, not a skipped file. */
export class ScanTargetError extends Error {}

export type FileOutcome = { findings: Finding[] } | { skipped: string };

/**
 * Scans one file's bytes. The cheap test comes first: one case-insensitive pass for the catalog's anchors
 * over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match whatever
 * the encoding), and only files with a hit are decoded and matched rule by rule.
 */
export function scanBytes(bytes: Uint8Array, rel: string, catalog: CompiledCatalog): FileOutcome {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16) {
    if (isBinary(bytes)) return { skipped: 'binary' };
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!catalog.prefilter.test(latin1)) return { findings: [] };
  }
  const decoded = decode(bytes);
  if (decoded.kind === 'skip') return { skipped: decoded.reason };
  let text = decoded.text;
  // A BOM is not part of the first line's columns.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (utf16 && !catalog.prefilter.test(text)) return { findings: [] };
  return { findings: matchText(text, rel, catalog) };
}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const root = await realRoot(opts.root);
  const targets = await resolveTargets(root, opts.paths ?? []);
  const catalog = opts.catalog ?? compileCatalog(RULES);
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const listing = await listFiles({
    root,
    targets,
    include: opts.include,
    exclude: opts.exclude,
    gitignore: opts.gitignore,
  });

  const findings: Finding[] = [];
  const skipped: SkippedFile[] = listing.skipped;
  let files = 0;
  let bytes = 0;

  const handle = async (file: ListedFile): Promise<void> => {
    if (file.size > maxBytes) {
      skipped.push({ path: file.rel, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(file.size)})` });
      return;
    }
    let data: Buffer;
    try {
      data = await fs.readFile(file.abs);
    } catch (err) {
      skipped.push({ path: file.rel, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      return;
    }
    if (data.length > maxBytes) {
      skipped.push({ path: file.rel, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(data.length)})` });
      return;
    }
    let outcome: FileOutcome;
    try {
      outcome = scanBytes(data, file.rel, catalog);
    } catch (err) {
      // A bug in a rule must cost one file, not the scan.
      skipped.push({ path: file.rel, reason: `scan error (${(err as Error).message})` });
      return;
    }
    if ('skipped' in outcome) {
      skipped.push({ path: file.rel, reason: outcome.skipped });
      return;
    }
    files++;
    bytes += data.length;
    for (const f of outcome.findings) findings.push(f);
  };

  const limit = Math.max(1, opts.concurrency ?? 32);
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  for await (const file of listing.files) {
    const p: Promise<void> = handle(file).finally(() => {
      inFlight.delete(p);
      done++;
      if (opts.onProgress && done % 500 === 0) opts.onProgress(done);
    });
    inFlight.add(p);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  opts.onProgress?.(done);

  findings.sort(byLocation);
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, findings, skipped, stats: { files, bytes, durationMs: Math.round(performance.now() - started) } };
}

export function byLocation(a: Finding, b: Finding): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}

async function realRoot(root: string): Promise<string> {
  try {
    const real = await fs.realpath(path.resolve(root));
    const st = await fs.stat(real);
    if (!st.isDirectory()) throw new ScanTargetError(`root is not a directory: ${root}`);
    return real;
  } catch (err) {
    if (err instanceof ScanTargetError) throw err;
    throw new ScanTargetError(`root does not exist: ${root}`);
  }
}

async function resolveTargets(root: string, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(root, p);
    let real: string;
    try {
      // The parent's real path, so that a target that is itself a symlink is seen (and refused) as one.
      real = path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
      await fs.lstat(real);
    } catch {
      throw new ScanTargetError(`path does not exist: ${p}`);
    }
    const rel = path.relative(root, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new ScanTargetError(`path is outside the scan root ${toPosix(root)}: ${p}`);
    }
    out.push(real);
  }
  return out;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
