import ignore, { type Ignore } from 'ignore';
import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../finding/finding.js';
import { readRepoFileSync } from '../safe-fs/bounded-read.js';

/** Larger ignore files are not read: real ones are a few KiB; a PR's may be a link to /dev/zero. */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** Folders that hold other people's code or tool state, never the project's own usage. */
export const DEFAULT_EXCLUDES = [
  '**/.git/**',
  '**/node_modules/**',
  '**/bower_components/**',
  '**/jspm_packages/**',
  '**/vendor/**',
  '**/third_party/**',
  '**/.venv/**',
  '**/venv/**',
  '**/site-packages/**',
  '**/__pycache__/**',
  '**/.tox/**',
  '**/.gradle/**',
  '**/Pods/**',
];

/**
 * The default excludes are folder names (`**\/name/**`): a walk prunes such a folder by its name alone, which is what
 * the same lines mean as .gitignore patterns in diff mode.
 */
const DEFAULT_EXCLUDED_FOLDERS = new Set(DEFAULT_EXCLUDES.map((p) => /^\*\*\/([^/*]+)\/\*\*$/.exec(p)![1]!));

export interface ListOptions {
  /** Absolute, real path of the scan root. */
  root: string;
  /** Absolute paths to scan (files or directories), all inside root. Default: the root. */
  targets?: string[];
  /** Globs relative to the root that files must match (default: everything). */
  include?: string[];
  /** Patterns to leave out, on top of the defaults: .gitignore lines relative to the root (as in diff mode, src/target/select-files.ts). */
  exclude?: string[];
  /** Honour .gitignore files and .git/info/exclude (default true). */
  gitignore?: boolean;
}

export interface ListedFile {
  /** Absolute path. */
  abs: string;
  /** Relative to the root, `/`-separated. */
  rel: string;
  /** Known only for files named as targets (they are lstat-ed anyway); the reader learns the others' size. */
  size?: number;
}

export interface SyncListing {
  files: Iterable<ListedFile>;
  skipped: SkippedFile[];
}

/** A folder still to list. */
export interface DirTask {
  abs: string;
  /** Relative to the root, `/`-separated ('' for the root). */
  rel: string;
  /** The folders between the root and this one (itself excluded) that hold a .gitignore, relative to the root. */
  ignores: string[];
}

/** What one folder holds for a scan: the files to read and the subfolders to list. */
export interface DirListing {
  files: ListedFile[];
  dirs: DirTask[];
  /** This folder's .gitignore, when it is not read (a link, a FIFO, too large). */
  skipped: SkippedFile[];
}

/** Targets named on the command line, relative to the root: the walk of an enclosing folder leaves them to their own entry. */
export interface NamedTargets {
  files: string[];
  dirs: string[];
}

/** Where a walk starts: the named files, the named folders, and targets that are skipped (links, devices). */
export interface WalkStart {
  files: ListedFile[];
  dirs: DirTask[];
  skipped: SkippedFile[];
  named: NamedTargets;
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * What a scan lists and leaves out, for one thread: default excludes, user excludes and includes, and what
 * .gitignore files say. Folders that are excluded or ignored are pruned, never read; files are not stat-ed (the
 * reader learns their size when it opens them). Symbolic links are never followed (a link's target inside the
 * root is listed under its own path; one outside the root is not ours to read), which also makes link loops
 * harmless. Each thread of a parallel scan has its own WalkRules and lists the folders it is given with
 * readDir(); the .gitignore files a folder's ancestors hold travel with its DirTask, and each thread reads the
 * ones it has not seen yet.
 */
export class WalkRules {
  readonly root: string;
  private readonly gitignores: Gitignores | undefined;
  private readonly includeMatcher: Ignore | undefined;
  private readonly excludeMatcher: IgnoreFile | undefined;
  private readonly namedFiles: Set<string> | undefined;
  private readonly namedDirs: Set<string> | undefined;

  constructor(opts: Omit<ListOptions, 'targets'>, named?: NamedTargets) {
    this.root = opts.root;
    this.gitignores = opts.gitignore === false ? undefined : new Gitignores(opts.root);
    // Every thread reads the root's ignore files; start() alone reports the ones not read.
    this.gitignores?.takeRefused();
    this.includeMatcher = opts.include?.length ? ignore().add(opts.include) : undefined;
    this.excludeMatcher = opts.exclude?.length ? new IgnoreFile(opts.exclude) : undefined;
    if (named && named.files.length + named.dirs.length > 1) {
      this.namedFiles = new Set(named.files);
      this.namedDirs = new Set(named.dirs);
    }
  }

  /**
   * The targets, sorted into files to scan, folders to walk and what is skipped. When targets overlap, a file or
   * folder named on its own is listed by its own entry only (with its own rules: a named file even if ignored),
   * and the walk of an enclosing folder passes over it, so nothing is listed twice.
   */
  static start(opts: ListOptions): WalkStart {
    const root = opts.root;
    const targets = [...new Set(opts.targets?.length ? opts.targets : [root])];
    const out: WalkStart = { files: [], dirs: [], skipped: [], named: { files: [], dirs: [] } };
    const kinds: { abs: string; rel: string; st: Stats }[] = [];
    for (const target of targets) {
      const st = lstatSync(target);
      const rel = relOf(root, target);
      if (st.isSymbolicLink()) out.skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
      else if (!st.isFile() && !st.isDirectory()) out.skipped.push({ path: rel, reason: 'not a regular file' });
      else {
        kinds.push({ abs: target, rel, st });
        (st.isFile() ? out.named.files : out.named.dirs).push(rel);
      }
    }
    const rules = new WalkRules(opts, out.named);
    if (rules.gitignores) out.skipped.push(...new Gitignores(root).takeRefused());
    for (const { abs, rel, st } of kinds) {
      if (st.isFile()) {
        // A file named on the command line is scanned even if .gitignore or the default excludes cover it;
        // an explicit --exclude still wins.
        if (!rules.excludeMatcher?.ignores(rel, '')) out.files.push({ abs, rel, size: st.size });
        continue;
      }
      if (rel !== '' && (rules.excludeMatcher?.ignores(rel, '/') || rules.gitignores?.ignoresTarget(rel))) continue;
      out.dirs.push({ abs, rel, ignores: rules.gitignores?.loadAncestors(rel) ?? [] });
    }
    return out;
  }

  /** Lists one folder: its files that the rules keep, and its subfolders that they do not prune. */
  readDir(dir: DirTask): DirListing {
    const out: DirListing = { files: [], dirs: [], skipped: [] };
    let entries: Dirent[];
    try {
      entries = readdirSync(dir.abs, { withFileTypes: true });
    } catch (err) {
      // Said like an unreadable file: a folder the scan could not look into is not a clean folder.
      out.skipped.push({ path: dir.rel === '' ? '.' : `${dir.rel}/`, reason: `unreadable folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      return out;
    }
    const gitignores = this.gitignores;
    let ignores = dir.ignores;
    if (gitignores) {
      gitignores.ensure(ignores);
      if (entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) && gitignores.load(dir.rel, dir.abs)) ignores = [...ignores, dir.rel];
      // Only the thread that lists a folder reports its ignore file (others read it through ensure()).
      out.skipped.push(...gitignores.takeRefused());
    }
    // Joined by hand: path.join normalises every entry's path again, which a walk of many small files notices.
    const absPrefix = dir.abs.endsWith(path.sep) ? dir.abs : dir.abs + path.sep;
    for (const e of entries) {
      const entryRel = dir.rel === '' ? e.name : `${dir.rel}/${e.name}`;
      const kind = kindOf(e, dir.abs);
      if (kind === 'dir') {
        if (DEFAULT_EXCLUDED_FOLDERS.has(e.name)) continue;
        if (this.namedDirs?.has(entryRel)) continue;
        if (this.excludeMatcher?.ignoresEntry(entryRel, '/')) continue;
        if (gitignores?.ignoresFolder(entryRel)) continue;
        out.dirs.push({ abs: absPrefix + e.name, rel: entryRel, ignores });
      } else if (kind === 'file') {
        if (this.namedFiles?.has(entryRel)) continue;
        if (this.excludeMatcher?.ignoresEntry(entryRel, '')) continue;
        if (this.includeMatcher && !this.includeMatcher.ignores(entryRel)) continue;
        if (gitignores?.ignoresFile(entryRel)) continue;
        out.files.push({ abs: absPrefix + e.name, rel: entryRel });
      }
    }
    return out;
  }
}

/**
 * Lists the files of a scan, one folder after the other on this thread: the given targets, minus default
 * excludes, user excludes and what .gitignore files say (see WalkRules). A parallel scan lists the same files
 * with the same WalkRules, spread over its threads.
 */
export function walkFiles(opts: ListOptions): SyncListing {
  const start = WalkRules.start(opts);
  const rules = new WalkRules(opts, start.named);

  function* generate(): Generator<ListedFile> {
    yield* start.files;
    // Depth first, with an explicit stack: trees can be deeper than the call stack likes.
    const stack = [...start.dirs].reverse();
    while (stack.length > 0) {
      const listing = rules.readDir(stack.pop()!);
      start.skipped.push(...listing.skipped);
      yield* listing.files;
      for (let i = listing.dirs.length - 1; i >= 0; i--) stack.push(listing.dirs[i]!);
    }
  }

  return { files: generate(), skipped: start.skipped };
}

function kindOf(e: Dirent, parent: string): 'dir' | 'file' | 'other' {
  if (e.isFile()) return 'file';
  if (e.isDirectory()) return 'dir';
  if (e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice()) return 'other';
  // Some file systems do not report entry types; ask the entry itself (never following a link).
  try {
    const st = lstatSync(path.join(parent, e.name));
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

function relOf(root: string, abs: string): string {
  return toPosix(path.relative(root, abs));
}

/** Each .gitignore of the tree, by its folder relative to the root ('' for the root), loaded as the walk reaches it. */
class Gitignores {
  private readonly map = new Map<string, IgnoreFile>();
  private readonly root: string;
  /** Ignore files not read since the last takeRefused(). */
  private refused: SkippedFile[] = [];

  constructor(root: string) {
    this.root = root;
    // The root's .gitignore, then .git/info/exclude: one list of lines, parsed once.
    const lines = [this.readText(path.join(root, '.gitignore')), this.readText(path.join(root, '.git', 'info', 'exclude'))].filter((t) => t.trim());
    if (lines.length) this.map.set('', new IgnoreFile(lines.join('\n')));
  }

  private read(file: string): IgnoreFile | undefined {
    const content = this.readText(file);
    return content ? new IgnoreFile(content) : undefined;
  }

  /** A regular file within the cap, never through a link: a PR's .gitignore may link to /dev/zero or be a FIFO. */
  private readText(file: string): string {
    const r = readRepoFileSync(file, MAX_IGNORE_FILE_BYTES);
    if (r.ok) return r.bytes.toString('utf8');
    if (!r.missing) this.refused.push({ path: relOf(this.root, file), reason: `ignore file not read: ${r.reason}` });
    return '';
  }

  takeRefused(): SkippedFile[] {
    const out = this.refused;
    this.refused = [];
    return out;
  }

  /** Reads a folder's .gitignore (not the root's: the constructor has it); true when it has rules. */
  load(dirRel: string, dirAbs: string): boolean {
    if (dirRel === '') return false;
    if (this.map.has(dirRel)) return true;
    const ig = this.read(path.join(dirAbs, '.gitignore'));
    if (ig) this.map.set(dirRel, ig);
    return ig !== undefined;
  }

  /** The .gitignore files another thread found in these folders, read here too if this thread has not yet. */
  ensure(dirRels: readonly string[]): void {
    for (const dirRel of dirRels) if (!this.map.has(dirRel)) this.load(dirRel, path.join(this.root, ...dirRel.split('/')));
    this.takeRefused(); // the thread that listed those folders reported them
  }

  /** The .gitignore files of the folders between the root and a target folder: returns the folders that have one. */
  loadAncestors(targetRel: string): string[] {
    const found: string[] = [];
    if (targetRel === '') return found;
    const parts = targetRel.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const dirRel = parts.slice(0, depth).join('/');
      if (this.load(dirRel, path.join(this.root, ...parts.slice(0, depth)))) found.push(dirRel);
    }
    return found;
  }

  /** Whether a file the walk reached is ignored. */
  ignoresFile(rel: string): boolean {
    return this.judge(rel, '', true);
  }

  /** Whether a folder the walk reached is ignored. */
  ignoresFolder(rel: string): boolean {
    return this.judge(rel, '/', true);
  }

  /** Whether a folder named as a target is ignored, its parents' say included. */
  ignoresTarget(rel: string): boolean {
    return this.judge(rel, '/', false);
  }

  // Each ancestor folder's .gitignore judges the path relative to that folder; the `ignore` package also
  // applies a pattern that names a parent folder to everything below it.
  private judge(rel: string, suffix: '' | '/', walked: boolean): boolean {
    if (this.map.size === 0) return false;
    const ask = (ig: IgnoreFile, p: string) => (walked ? ig.ignoresEntry(p, suffix) : ig.ignores(p, suffix));
    const root = this.map.get('');
    if (root && ask(root, rel)) return true;
    if (this.map.size === 1 && root) return false;
    let slash = rel.indexOf('/');
    while (slash !== -1) {
      const ig = this.map.get(rel.slice(0, slash));
      if (ig && ask(ig, rel.slice(slash + 1))) return true;
      slash = rel.indexOf('/', slash + 1);
    }
    return false;
  }
}

/** Answers remembered per ignore file, by name: a tree repeats its file names (`__init__.py`, `manifest.yaml`) often. */
const MAX_REMEMBERED_NAMES = 65536;

/**
 * One ignore file's patterns, or the exclude list (the `ignore` package decides), asked in two ways: about any path
 * (a target named on the command line), or about an entry the walk reached, whose folders were all found not
 * ignored. For the second, git matches a pattern without a slash (but a trailing one) against the entry's name
 * alone, and a root-anchored literal (`/.tokenhub-migration.yml`, which the tool adds for its own files) only against
 * that one path: when every line is one of those, the answer is the name's, remembered by name, or a set lookup,
 * instead of the package working it out again for every path and testing each of its parent folders.
 */
export class IgnoreFile {
  private readonly ig: Ignore;
  /** When the entries' answers come from their names and literal paths (see above). */
  private readonly fast:
    | {
        byName: Map<string, boolean>;
        /** What the lines without a literal path say, if there are any. */
        names: Ignore | undefined;
        /** The same, without the package, when each of those lines is a plain name or `*.suffix` (see plainNames). */
        plain: PlainNames | undefined;
        /** Literal paths (lower-case) that name a file or a folder, and those that name only a folder. */
        paths: Set<string>;
        folders: Set<string>;
        /** The lengths of those paths: most entries are told apart without lower-casing them. */
        lengths: Set<number>;
      }
    | undefined;

  constructor(lines: string | readonly string[]) {
    const text = typeof lines === 'string' ? lines : lines.join('\n');
    this.ig = ignore().add(text);
    this.fast = simpleLines(text.split(/\r?\n/));
  }

  /** Whether any path (relative to the file's folder; `suffix` '/' for a folder) is ignored, its folders' say included. */
  ignores(rel: string, suffix: '' | '/'): boolean {
    return this.ig.ignores(rel + suffix);
  }

  /** Whether an entry of a folder the walk reached (so none of its folders is ignored) is ignored. */
  ignoresEntry(rel: string, suffix: '' | '/'): boolean {
    const fast = this.fast;
    if (!fast) return this.ig.ignores(rel + suffix);
    if (fast.lengths.has(rel.length)) {
      // The package matches case-insensitively (its default, kept for the same answers as diff mode's).
      const lower = rel.toLowerCase();
      if (fast.paths.has(lower) || (suffix === '/' && fast.folders.has(lower))) return true;
    }
    if (!fast.names) return false;
    if (fast.plain) return fast.plain.ignores(rel.slice(rel.lastIndexOf('/') + 1), suffix === '/');
    const name = rel.slice(rel.lastIndexOf('/') + 1) + suffix;
    let answer = fast.byName.get(name);
    if (answer === undefined) {
      answer = fast.names.ignores(name);
      if (fast.byName.size >= MAX_REMEMBERED_NAMES) fast.byName.clear();
      fast.byName.set(name, answer);
    }
    return answer;
  }
}

/** Lines whose entries' answers come from names and literal paths alone (see IgnoreFile); undefined otherwise. */
function simpleLines(lines: readonly string[]): IgnoreFile['fast'] {
  const names: string[] = [];
  const paths = new Set<string>();
  const folders = new Set<string>();
  for (const line of lines) {
    if (matchesNameOnly(line)) names.push(line);
    else {
      const literal = anchoredLiteral(line);
      if (literal === undefined) return undefined;
      (literal.folder ? folders : paths).add(literal.path.toLowerCase());
    }
  }
  // A negation after a literal could take back what the literal says: only names may then be negated, and only
  // when there is no literal.
  if (paths.size + folders.size > 0 && names.some((l) => l.trim().startsWith('!'))) return undefined;
  const patterns = names.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const lengths = new Set([...paths, ...folders].map((p) => p.length));
  return { byName: new Map(), names: patterns.length ? ignore().add(patterns) : undefined, plain: PlainNames.of(patterns), paths, folders, lengths };
}

/**
 * Name lines that are each a plain name (`.env`, `dist/`) or a plain suffix after one star (`*.log`, `*.min.js`),
 * none negated: an entry is ignored when its name (in any case, as the package matches) is one of the names or
 * ends with one of the suffixes, folder-only lines applying to folders only. Most ignore files are only such lines,
 * and most names in a tree are seen once, so that remembering answers by name does not spare the package's work.
 */
class PlainNames {
  private constructor(
    private readonly names: ReadonlySet<string>,
    private readonly folderNames: ReadonlySet<string>,
    private readonly suffixes: readonly string[],
    private readonly folderSuffixes: readonly string[],
  ) {}

  static of(patterns: readonly string[]): PlainNames | undefined {
    const names = new Set<string>();
    const folderNames = new Set<string>();
    const suffixes: string[] = [];
    const folderSuffixes: string[] = [];
    for (const line of patterns) {
      // Spaces are kept as they are written (the package has its own rules for them), and so is anything else unusual.
      if (line !== line.trim() || line.startsWith('!')) return undefined;
      const folder = line.endsWith('/');
      const body = (folder ? line.slice(0, -1) : line).toLowerCase();
      const star = body.startsWith('*') ? body.slice(1) : undefined;
      const literal = star ?? body;
      if (literal === '' || /[*?[\\/]/.test(literal)) return undefined;
      if (star === undefined) (folder ? folderNames : names).add(literal);
      else (folder ? folderSuffixes : suffixes).push(literal);
    }
    return new PlainNames(names, folderNames, suffixes, folderSuffixes);
  }

  ignores(name: string, folder: boolean): boolean {
    const lower = name.toLowerCase();
    if (this.names.has(lower) || (folder && this.folderNames.has(lower))) return true;
    for (const s of this.suffixes) if (lower.endsWith(s)) return true;
    if (folder) for (const s of this.folderSuffixes) if (lower.endsWith(s)) return true;
    return false;
  }
}

/** `/path/to/x` (or `/path/to/dir/`): a root-anchored path without wildcards, escapes or negation. */
function anchoredLiteral(line: string): { path: string; folder: boolean } | undefined {
  const pattern = line.replace(/[ \t]+$/, '');
  if (!pattern.startsWith('/') || /[*?[\\!]/.test(pattern)) return undefined;
  const folder = pattern.endsWith('/');
  const path = pattern.slice(1, folder ? -1 : undefined);
  if (path === '' || path.includes('//') || path.split('/').some((part) => part === '.' || part === '..')) return undefined;
  return { path, folder };
}

/**
 * Whether a .gitignore line matches by a path's last part alone: blank, a comment, or a pattern with no slash but a
 * trailing one (gitignore(5): "If there is a separator at the beginning or middle of the pattern, then the pattern is
 * relative to the directory level of the particular .gitignore file itself"). A backslash could escape anything:
 * such lines are not trusted to be simple.
 */
export function matchesNameOnly(line: string): boolean {
  const pattern = line.trim();
  if (pattern === '' || pattern.startsWith('#')) return true;
  if (pattern.includes('\\')) return false;
  const body = pattern.replace(/^!/, '').replace(/\/$/, '');
  return body !== '' && !body.includes('/');
}
