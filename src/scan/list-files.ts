import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from './finding.js';

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
  /** Globs relative to the root to leave out, on top of the defaults. */
  exclude?: string[];
  /** Honour .gitignore files and .git/info/exclude (default true). */
  gitignore?: boolean;
}

export interface ListedFile {
  /** Absolute path. */
  abs: string;
  /** Relative to the root, `/`-separated. */
  rel: string;
  size: number;
}

export interface Listing {
  files: AsyncIterable<ListedFile>;
  skipped: SkippedFile[];
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Lists the files of a scan: the given targets, minus default excludes, user excludes and what .gitignore
 * files say. Symbolic links are never followed (a link's target inside the root is listed under its own path;
 * one outside the root is not ours to read), which also makes link loops harmless.
 */
export async function listFiles(opts: ListOptions): Promise<Listing> {
  const root = opts.root;
  const targets = opts.targets?.length ? opts.targets : [root];
  const excludes = [...DEFAULT_EXCLUDES, ...(opts.exclude ?? [])];
  const skipped: SkippedFile[] = [];
  const gitignores = opts.gitignore === false ? undefined : await loadGitignores(root, excludes);
  const includeMatcher = opts.include?.length ? ignore().add(opts.include) : undefined;
  const excludeMatcher = ignore().add(opts.exclude ?? []);

  async function* generate(): AsyncGenerator<ListedFile> {
    const seen = new Set<string>();
    for (const target of targets) {
      const st = await fs.lstat(target);
      if (st.isSymbolicLink()) {
        skipped.push({ path: relOf(root, target), reason: 'symbolic link (not followed)' });
        continue;
      }
      if (st.isFile()) {
        // A file named on the command line is scanned even if .gitignore or the default excludes cover it;
        // an explicit --exclude still wins.
        const rel = relOf(root, target);
        if (excludeMatcher.ignores(rel) || seen.has(rel)) continue;
        seen.add(rel);
        yield { abs: target, rel, size: st.size };
        continue;
      }
      if (!st.isDirectory()) {
        skipped.push({ path: relOf(root, target), reason: 'not a regular file' });
        continue;
      }
      const base = relOf(root, target);
      const stream = fg.stream(['**/*'], {
        cwd: target,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        stats: true,
        ignore: excludes,
        suppressErrors: true,
        unique: true,
      });
      for await (const entry of stream as AsyncIterable<{ path: string; stats?: Stats }>) {
        const rel = base === '' ? entry.path : `${base}/${entry.path}`;
        if (seen.has(rel)) continue;
        if (excludeMatcher.ignores(rel)) continue;
        if (includeMatcher && !includeMatcher.ignores(rel)) continue;
        if (gitignores && isGitIgnored(gitignores, rel)) continue;
        seen.add(rel);
        yield { abs: path.join(root, ...rel.split('/')), rel, size: entry.stats?.size ?? 0 };
      }
    }
  }

  return { files: generate(), skipped };
}

function relOf(root: string, abs: string): string {
  return toPosix(path.relative(root, abs));
}

/** Each .gitignore in the tree, keyed by its folder relative to the root ('' for the root). */
type GitignoreMap = Map<string, Ignore>;

async function loadGitignores(root: string, excludes: string[]): Promise<GitignoreMap> {
  const map: GitignoreMap = new Map();
  const files = await fg(['**/.gitignore'], {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: excludes,
    suppressErrors: true,
  });
  for (const rel of files) {
    const dir = path.posix.dirname(rel);
    const content = await fs.readFile(path.join(root, rel), 'utf8').catch(() => '');
    map.set(dir === '.' ? '' : dir, ignore().add(content));
  }
  const infoExclude = await fs.readFile(path.join(root, '.git', 'info', 'exclude'), 'utf8').catch(() => '');
  if (infoExclude.trim()) {
    const rootIgnore = map.get('') ?? ignore();
    map.set('', rootIgnore.add(infoExclude));
  }
  return map;
}

function isGitIgnored(map: GitignoreMap, rel: string): boolean {
  if (map.size === 0) return false;
  // Each ancestor folder's .gitignore judges the path relative to that folder; the `ignore` package also
  // applies a pattern that names a parent directory to everything below it.
  const parts = rel.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const ig = map.get(parts.slice(0, depth).join('/'));
    if (ig?.ignores(parts.slice(depth).join('/'))) return true;
  }
  return false;
}
