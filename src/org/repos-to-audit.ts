import { createGitHubClient } from '../github/client.js';
import { listRepos, ListReposError } from '../github/list-repos.js';
import { UsageError } from '../errors.js';
import { chunkRepos, parseRepoList, RepoSelectionError, selectRepos } from './select-repos.js';

/**
 * The repositories an organisation audit covers, and their matrices: those given (no API call), or every repository
 * of the organisation (or of the token's app installation) the token can read, filtered by include/exclude globs.
 */

/** The selection cannot be made (a bad item, no token to list with, a listing refused, too many repositories): a usage error. */
export class AuditSelectionError extends UsageError {}

export interface AuditSelectionRequest {
  org?: string;
  /** Items of the workflow inputs: commas and newlines split, blanks and `#` comments dropped. */
  repositories?: readonly string[] | string;
  include?: readonly string[] | string;
  exclude?: readonly string[] | string;
  token?: string;
  apiUrl?: string;
  warn(message: string): void;
}

/** Items of a multi-line workflow input: commas and newlines split, blanks and `#` comments dropped. */
export function items(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === 'string' ? [values] : values;
  return list
    .flatMap((v) => v.split(/[\n,]/))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

export async function reposToAudit(req: AuditSelectionRequest): Promise<{ repos: string[]; chunks: string[][] }> {
  if (req.org !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(req.org)) throw new AuditSelectionError(`--org must be an organisation name (got '${req.org}')`);
  const given = items(req.repositories);
  const filters = { include: items(req.include), exclude: items(req.exclude) };
  let repos: string[];
  try {
    if (given.length) {
      repos = selectRepos(parseRepoList(given, req.org).map((full_name) => ({ full_name })), filters);
    } else {
      if (!req.token) throw new AuditSelectionError('listing repositories needs a token in $GITHUB_TOKEN (or give --repositories)');
      const client = createGitHubClient({ token: req.token, baseUrl: req.apiUrl, log: { debug: () => {}, info: () => {}, warn: req.warn } });
      repos = selectRepos(await listRepos(client, req.org), filters);
    }
  } catch (err) {
    if (err instanceof RepoSelectionError || err instanceof ListReposError) throw new AuditSelectionError(err.message);
    throw err;
  }
  try {
    return { repos, chunks: chunkRepos(repos) };
  } catch (err) {
    throw new AuditSelectionError((err as Error).message);
  }
}
