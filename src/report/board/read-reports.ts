import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { BoardReportSchema, describeIssues, looksLikeOurReport } from './report-schema.js';
import { repoRowOf, type RepoRow } from './repo-row.js';
import { DEFAULT_MAX_REPORT_BYTES } from './report-limits.js';

/**
 * Reads the per-repository reports an organisation audit collected, one at a time: each report is
 * read (up to a size cap), checked against the schema, reduced to its board row and dropped, so memory holds one
 * report and one row per repository however many there are. A report that is missing, too large, truncated,
 * not JSON or not ours becomes a note on the board, never a crash. Folders are walked for `*.json` without
 * following symbolic links (an artifact download is a tree of folders).
 */

export { DEFAULT_MAX_REPORT_BYTES } from './report-limits.js';

export interface ReportNote {
  /** The file (or argument) the note is about. */
  source: string;
  reason: string;
}

export interface ReadReportsResult {
  rows: RepoRow[];
  notes: ReportNote[];
  /** Report files looked at. */
  files: number;
}

export interface ReadReportsOptions {
  maxReportBytes?: number;
  /** Paths in notes and rows are shown relative to this folder. */
  cwd: string;
}

export async function readReports(inputs: readonly string[], opts: ReadReportsOptions): Promise<ReadReportsResult> {
  const cap = opts.maxReportBytes ?? DEFAULT_MAX_REPORT_BYTES;
  const rows: RepoRow[] = [];
  const notes: ReportNote[] = [];
  let files = 0;
  const show = (file: string) => {
    const rel = path.relative(opts.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  };
  // One report at a time, read synchronously: the artifacts were just downloaded (the page cache has them), and
  // nothing else runs meanwhile, so this is both the fastest way and the one that holds a single report in memory.
  for (const item of reportFiles(inputs, opts.cwd)) {
    if ('missing' in item) {
      notes.push({ source: item.missing, reason: item.reason });
      continue;
    }
    files++;
    const shown = show(item.file);
    const outcome = readReport(item.file, cap, shown);
    if ('row' in outcome) rows.push(outcome.row);
    else notes.push({ source: shown, reason: outcome.note });
    if (outcome.warning) notes.push({ source: shown, reason: outcome.warning });
  }
  return dedupe(rows, notes, files);
}

/** Two reports for one repository (a re-run uploaded twice): the board keeps one, by file name, and says so. */
function dedupe(rows: RepoRow[], notes: ReportNote[], files: number): ReadReportsResult {
  rows.sort((a, b) => cmp(a.repository, b.repository) || cmp(a.source, b.source));
  const kept: RepoRow[] = [];
  for (const row of rows) {
    const last = kept[kept.length - 1];
    if (last && last.repository.toLowerCase() === row.repository.toLowerCase()) {
      notes.push({ source: row.source, reason: `a second report for ${row.repository}; the board uses ${last.source}` });
      continue;
    }
    kept.push(row);
  }
  notes.sort((a, b) => cmp(a.source, b.source));
  return { rows: kept, notes, files };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type FileItem = { file: string } | { missing: string; reason: string };

function* reportFiles(inputs: readonly string[], cwd: string): Generator<FileItem> {
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = lstatSync(abs);
    } catch {
      yield { missing: input, reason: 'missing: no such file or folder (did its job fail before uploading a report?)' };
      continue;
    }
    if (stat.isDirectory()) yield* walk(abs);
    else if (stat.isFile()) yield { file: abs };
    else yield { missing: input, reason: stat.isSymbolicLink() ? 'a symbolic link; not followed' : 'not a regular file' };
  }
}

function* walk(dir: string): Generator<FileItem> {
  const subdirs: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => cmp(a.name, b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) subdirs.push(full);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) yield { file: full };
  }
  for (const sub of subdirs) yield* walk(sub);
}

type Outcome = ({ row: RepoRow } | { note: string }) & { warning?: string };

function readReport(file: string, cap: number, shown: string): Outcome {
  let text: string;
  try {
    const read = readCapped(file, cap);
    if (read === 'too-large') return { note: `larger than ${cap} bytes; not read` };
    if (read === 'not-a-file') return { note: 'not a regular file; not read' };
    text = read;
  } catch (err) {
    return { note: `could not be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { note: text.trim() === '' ? 'empty' : 'truncated or not JSON' };
  }
  if (!looksLikeOurReport(json)) return { note: 'not a tokenhub-migration-check report; left out' };
  const checked = BoardReportSchema.safeParse(json);
  if (!checked.success) return { note: `not a valid report (${describeIssues(checked.error)}); left out` };
  const fallback = shown.replace(/\.json$/i, '');
  const row = repoRowOf(checked.data, shown, fallback);
  return checked.data.run ? { row } : { row, warning: `no repository named in the report (made by the CLI?); shown as ${fallback}` };
}

/** The file's text, refusing links and anything over the cap (checked on the open file, so it cannot grow meanwhile). */
function readCapped(file: string, cap: number): string | 'too-large' | 'not-a-file' {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'not-a-file';
    if (stat.size > cap) return 'too-large';
    // One byte more than the size said: a file that grew since is read only up to the cap.
    const buf = Buffer.allocUnsafe(Math.min(stat.size, cap) + 1);
    let used = 0;
    for (;;) {
      const n = readSync(fd, buf, used, buf.length - used, used);
      if (n === 0) break;
      used += n;
      if (used > cap) return 'too-large';
      if (used === buf.length) break;
    }
    return buf.toString('utf8', 0, used);
  } finally {
    closeSync(fd);
  }
}
