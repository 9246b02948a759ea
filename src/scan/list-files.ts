import ignore, { type Ignore } from 'ignore';
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SkippedFile } from '../finding/finding.js';

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

export interface ListOptions {
  /** Absolute, real path of the scan root. */
  root: string;
  /** Absolute paths to scan (files or directories), all inside root. Default: the root. */
  targets?: string[];
  /** Globs relative to the root that files must match (default: everything). */
  include?: string[];
  /** Globs to leave out, on top of the defaults: matched as globs relative to each target folder and as .gitignore lines relative to the root. */
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

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Lists the files of a scan: the given targets, minus default excludes, user excludes and what .gitignore
 * files say. Folders that are excluded or ignored are pruned, never read; files are not stat-ed (the reader
 * learns their size when it opens them). Symbolic links are never followed (a link's target inside the root is
 * listed under its own path; one outside the root is not ours to read), which also makes link loops harmless.
 * Synchronous on purpose: readdir of a warm tree is faster done in a loop than through the thread pool, and the
 * caller hands files to scan workers as they come.
 */
export function walkFiles(opts: ListOptions): SyncListing {
  const root = opts.root;
  const targets = opts.targets?.length ? opts.targets : [root];
  const skipped: SkippedFile[] = [];
  const globs = new ExcludeGlobs([...DEFAULT_EXCLUDES, ...(opts.exclude ?? [])]);
  const gitignores = opts.gitignore === false ? undefined : new Gitignores(root);
  const includeMatcher = opts.include?.length ? ignore().add(opts.include) : undefined;
  const excludeMatcher = opts.exclude?.length ? ignore().add(opts.exclude) : undefined;

  function* generate(): Generator<ListedFile> {
    // Only overlapping targets can list a file twice; one target needs no memory of what it listed.
    const seen = targets.length > 1 ? new Set<string>() : undefined;
    for (const target of targets) {
      const st = lstatSync(target);
      const rel = relOf(root, target);
      if (st.isSymbolicLink()) {
        skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
        continue;
      }
      if (st.isFile()) {
        // A file named on the command line is scanned even if .gitignore or the default excludes cover it;
        // an explicit --exclude still wins.
        if (excludeMatcher?.ignores(rel) || seen?.has(rel)) continue;
        seen?.add(rel);
        yield { abs: target, rel, size: st.size };
        continue;
      }
      if (!st.isDirectory()) {
        skipped.push({ path: rel, reason: 'not a regular file' });
        continue;
      }
      if (rel !== '' && (excludeMatcher?.ignores(rel + '/') || gitignores?.ignoresFolder(rel))) continue;
      gitignores?.loadAncestors(rel);
      // Depth first, with an explicit stack: trees can be deeper than the call stack likes.
      const stack: { abs: string; rel: string; local: string }[] = [{ abs: target, rel, local: '' }];
      while (stack.length > 0) {
        const dir = stack.pop()!;
        let entries: Dirent[];
        try {
          entries = readdirSync(dir.abs, { withFileTypes: true });
        } catch {
          continue; // unreadable folder: as fast-glob's suppressErrors did
        }
        if (gitignores && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) gitignores.load(dir.rel, dir.abs);
        for (const e of entries) {
          const entryRel = dir.rel === '' ? e.name : `${dir.rel}/${e.name}`;
          const local = dir.local === '' ? e.name : `${dir.local}/${e.name}`;
          const kind = kindOf(e, dir.abs);
          if (kind === 'dir') {
            if (globs.prunes(e.name, local)) continue;
            if (excludeMatcher?.ignores(entryRel + '/')) continue;
            if (gitignores?.ignoresFolder(entryRel)) continue;
            stack.push({ abs: path.join(dir.abs, e.name), rel: entryRel, local });
          } else if (kind === 'file') {
            if (globs.excludesFile(local)) continue;
            if (seen?.has(entryRel)) continue;
            if (excludeMatcher?.ignores(entryRel)) continue;
            if (includeMatcher && !includeMatcher.ignores(entryRel)) continue;
            if (gitignores?.ignoresFile(entryRel)) continue;
            seen?.add(entryRel);
            yield { abs: path.join(dir.abs, e.name), rel: entryRel };
          }
        }
      }
    }
  }

  return { files: generate(), skipped };
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

/**
 * Exclude globs, matched against paths relative to the target folder (as fast-glob's `ignore` did).
 * The common `**\/name/**` form becomes a set of folder names, so most folders are judged by one lookup;
 * other patterns ending in `/**` prune folders, and every pattern excludes the files it matches.
 */
class ExcludeGlobs {
  private readonly names = new Set<string>();
  private readonly fileMatch: ((p: string) => boolean) | undefined;
  private readonly dirMatch: ((p: string) => boolean) | undefined;

  constructor(patterns: string[]) {
    const other: string[] = [];
    for (const p of patterns) {
      const m = /^\*\*\/([^/*?[\]{}()!+@\\]+)\/\*\*$/.exec(p);
      if (m) this.names.add(m[1]!);
      else other.push(p);
    }
    if (other.length) {
      this.fileMatch = picomatch(other, { dot: true });
      const deep = other.filter((p) => p.endsWith('/**') || p === '**');
      if (deep.length) this.dirMatch = picomatch(deep, { dot: true });
    }
  }

  prunes(name: string, local: string): boolean {
    return this.names.has(name) || (this.dirMatch?.(local) ?? false);
  }

  excludesFile(local: string): boolean {
    return this.fileMatch?.(local) ?? false;
  }
}

/** Each .gitignore of the tree, by its folder relative to the root ('' for the root), loaded as the walk reaches it. */
class Gitignores {
  private readonly map = new Map<string, Ignore>();
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
    const rootIg = this.read(path.join(root, '.gitignore'));
    const infoExclude = readText(path.join(root, '.git', 'info', 'exclude'));
    if (rootIg || infoExclude.trim()) {
      const ig = rootIg ?? ignore();
      if (infoExclude.trim()) ig.add(infoExclude);
      this.map.set('', ig);
    }
  }

  private read(file: string): Ignore | undefined {
    const content = readText(file);
    return content ? ignore().add(content) : undefined;
  }

  load(dirRel: string, dirAbs: string): void {
    if (dirRel === '' || this.map.has(dirRel)) return;
    const ig = this.read(path.join(dirAbs, '.gitignore'));
    if (ig) this.map.set(dirRel, ig);
  }

  /** The .gitignore files of the folders between the root and a target folder. */
  loadAncestors(targetRel: string): void {
    if (targetRel === '') return;
    const parts = targetRel.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const dirRel = parts.slice(0, depth).join('/');
      this.load(dirRel, path.join(this.root, ...parts.slice(0, depth)));
    }
  }

  ignoresFile(rel: string): boolean {
    return this.judge(rel, '');
  }

  ignoresFolder(rel: string): boolean {
    return this.judge(rel, '/');
  }

  // Each ancestor folder's .gitignore judges the path relative to that folder; the `ignore` package also
  // applies a pattern that names a parent folder to everything below it.
  private judge(rel: string, suffix: string): boolean {
    if (this.map.size === 0) return false;
    const root = this.map.get('');
    if (root?.ignores(rel + suffix)) return true;
    if (this.map.size === 1 && root) return false;
    let slash = rel.indexOf('/');
    while (slash !== -1) {
      const ig = this.map.get(rel.slice(0, slash));
      if (ig?.ignores(rel.slice(slash + 1) + suffix)) return true;
      slash = rel.indexOf('/', slash + 1);
    }
    return false;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
