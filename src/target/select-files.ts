import ignore from 'ignore';
import { DEFAULT_EXCLUDES } from '../scan/list-files.js';
import { scannableFiles, type ChangedFile, type PullDiff } from './types.js';

/**
 * The changed files a diff-mode run scans: files with text at the head (not deleted, not submodules or symlinks),
 * inside the `paths` input when given, outside the default and user excludes. A full scan never lists vendored
 * folders; a PR that touches them must not fail on them either.
 */
export function selectFilesToScan(diff: PullDiff, opts: { paths?: string[]; exclude?: string[] }): ChangedFile[] {
  const excluded = ignore().add([...DEFAULT_EXCLUDES, ...(opts.exclude ?? [])]);
  const roots = (opts.paths ?? []).map(normalize).filter((p) => p !== undefined);
  const underRoots = (p: string) => roots.length === 0 || roots.some((r) => r === '' || p === r || p.startsWith(r + '/'));
  return scannableFiles(diff).filter((f) => underRoots(f.path) && !excluded.ignores(f.path));
}

function normalize(p: string): string | undefined {
  let s = p.trim().replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  s = s.replace(/\/+$/, '');
  if (s === '.' ) return '';
  return s.startsWith('/') || s.startsWith('../') ? undefined : s;
}
