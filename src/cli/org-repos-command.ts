import { appendFile } from 'node:fs/promises';
import { createGitHubClient } from '../github/client.js';
import { listRepos, ListReposError } from '../github/list-repos.js';
import { chunkRepos, parseRepoList, RepoSelectionError, selectRepos } from '../org/select-repos.js';
import { EXIT_OK } from '../errors.js';
import { UsageError, type CliIO } from './cli-io.js';

/**
 * `org-repos`: the repositories an organisation audit covers (the reusable workflow's first job), as JSON on stdout
 * and, on a runner, as step outputs `count`, `repositories` and `chunk-1`…`chunk-4` (one matrix each).
 */

export interface OrgReposFlags {
  org?: string;
  repositories?: string;
  include?: string[];
  exclude?: string[];
}

/** Items of a multi-line workflow input: commas and newlines split, blanks and `#` comments dropped. */
function items(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === 'string' ? [values] : values;
  return list
    .flatMap((v) => v.split(/[\n,]/))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

export async function runOrgReposCommand(values: OrgReposFlags, io: CliIO): Promise<number> {
  const org = values.org?.trim() || undefined;
  if (org !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(org)) throw new UsageError(`--org must be an organisation name (got '${org}')`);
  const given = items(values.repositories);
  let repos: string[];
  try {
    if (given.length) {
      repos = selectRepos(parseRepoList(given, org).map((full_name) => ({ full_name })), { include: items(values.include), exclude: items(values.exclude) });
    } else {
      const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
      if (!token) throw new UsageError('listing repositories needs a token in $GITHUB_TOKEN (or give --repositories)');
      const client = createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log: { debug: () => {}, info: () => {}, warn: (m) => io.stderr.write(`warning: ${m}\n`) } });
      repos = selectRepos(await listRepos(client, org), { include: items(values.include), exclude: items(values.exclude) });
    }
  } catch (err) {
    if (err instanceof RepoSelectionError || err instanceof ListReposError) throw new UsageError(err.message);
    throw err;
  }
  let chunks: string[][];
  try {
    chunks = chunkRepos(repos);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  io.stderr.write(`${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'} to audit, in ${chunks.filter((c) => c.length).length} matri${chunks.filter((c) => c.length).length === 1 ? 'x' : 'ces'}.\n`);
  io.stdout.write(JSON.stringify({ count: repos.length, repositories: repos, chunks }) + '\n');
  if (io.env.GITHUB_OUTPUT) {
    const lines = [`count=${repos.length}`, `repositories=${JSON.stringify(repos)}`, ...chunks.map((c, i) => `chunk-${i + 1}=${JSON.stringify(c)}`)];
    await appendFile(io.env.GITHUB_OUTPUT, lines.join('\n') + '\n');
  }
  return EXIT_OK;
}
