import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createGitHubClient } from '../github/client.js';
import { listRepos, ListReposError } from '../github/list-repos.js';
import { chunkRepos, MATRIX_JOBS, parseRepoList, RepoSelectionError, selectRepos } from '../org/select-repos.js';
import { TOOL_NAME } from '../tool.js';
import { EXIT_OK, UsageError, type CliIO } from './cli-io.js';

/**
 * `org-repos`: the repositories an organisation audit covers (the reusable workflow's first job), as JSON on stdout
 * and, on a runner, as step outputs `count`, `repositories` and `chunk-1`…`chunk-4` (one matrix each).
 */

export const ORG_REPOS_HELP = `Usage: ${TOOL_NAME} org-repos [--org ORG | --repositories LIST] [options]

Lists the repositories to audit: those given, or every repository of ORG the token ($GITHUB_TOKEN) can read, or,
with neither, every repository of the token's app installation. Archived and disabled repositories are left out.

Options:
      --org <org>              the organisation to list
      --repositories <list>    owner/name (or name, with --org) items, comma- or newline-separated; no listing call
      --include <glob>         keep only matching names (repeatable; a glob with '/' matches owner/name)
      --exclude <glob>         leave matching names out (repeatable)
  -h, --help                   show this help

On a runner ($GITHUB_OUTPUT set) it also writes the outputs count, repositories and chunk-1 to chunk-${MATRIX_JOBS}.
`;

const OPTIONS = {
  org: { type: 'string' },
  repositories: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Items of a multi-line workflow input: commas and newlines split, blanks and `#` comments dropped. */
function items(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === 'string' ? [values] : values;
  return list
    .flatMap((v) => v.split(/[\n,]/))
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

export async function runOrgReposCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout.write(ORG_REPOS_HELP);
    return EXIT_OK;
  }
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
