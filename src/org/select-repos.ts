import picomatch from 'picomatch';
import { REPOSITORY } from '../github/repository-name.js';

/**
 * Which repositories an organisation audit covers, and how they are split over matrix jobs: GitHub runs at most 256
 * jobs per matrix, so a larger list goes into several matrices (the reusable workflow has MATRIX_JOBS of them, run
 * one after the other so `max-parallel` bounds the whole audit).
 */

export const MATRIX_LIMIT = 256;
export const MATRIX_JOBS = 4;

export interface RepoListing {
  full_name: string;
  archived?: boolean;
  disabled?: boolean;
}

export class RepoSelectionError extends Error {}

/** Patterns match the repository's name without its owner (`service-*`); `owner/name` patterns match the full name. */
function matcher(patterns: readonly string[]): (full: string) => boolean {
  const full = patterns.filter((p) => p.includes('/'));
  const short = patterns.filter((p) => !p.includes('/'));
  const m1 = full.length ? picomatch(full, { nocase: true, dot: true }) : () => false;
  const m2 = short.length ? picomatch(short, { nocase: true, dot: true }) : () => false;
  return (name) => m1(name) || m2(name.slice(name.indexOf('/') + 1));
}

export function selectRepos(listing: readonly RepoListing[], opts: { include?: readonly string[]; exclude?: readonly string[] }): string[] {
  const include = opts.include?.length ? matcher(opts.include) : () => true;
  const exclude = opts.exclude?.length ? matcher(opts.exclude) : () => false;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of listing) {
    if (r.archived || r.disabled) continue;
    if (!REPOSITORY.test(r.full_name)) continue;
    const key = r.full_name.toLowerCase();
    if (seen.has(key) || !include(r.full_name) || exclude(r.full_name)) continue;
    seen.add(key);
    out.push(r.full_name);
  }
  return out.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
}

/** An explicit list: each must be `owner/name`. */
export function parseRepoList(items: readonly string[], defaultOwner?: string): string[] {
  return items.map((raw) => {
    const name = raw.includes('/') || !defaultOwner ? raw : `${defaultOwner}/${raw}`;
    if (!REPOSITORY.test(name)) throw new RepoSelectionError(`'${raw}' is not a repository (owner/name)`);
    return name;
  });
}

/** MATRIX_JOBS lists of at most MATRIX_LIMIT each (the empty ones skip their job). */
export function chunkRepos(repos: readonly string[], jobs = MATRIX_JOBS, limit = MATRIX_LIMIT): string[][] {
  if (repos.length > jobs * limit) {
    throw new RepoSelectionError(
      `${repos.length} repositories is more than one run audits (${jobs} matrices of ${limit} jobs): narrow it with include/exclude and call the workflow once per part, each with its own board-title.`,
    );
  }
  return Array.from({ length: jobs }, (_, i) => repos.slice(i * limit, (i + 1) * limit));
}
