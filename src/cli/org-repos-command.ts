import { appendFile } from 'node:fs/promises';
import { AuditSelectionError, reposToAudit } from '../org/repos-to-audit.js';
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

export async function runOrgReposCommand(values: OrgReposFlags, io: CliIO): Promise<number> {
  let selected;
  try {
    selected = await reposToAudit({
      ...(values.org?.trim() ? { org: values.org.trim() } : {}),
      ...(values.repositories !== undefined ? { repositories: values.repositories } : {}),
      ...(values.include ? { include: values.include } : {}),
      ...(values.exclude ? { exclude: values.exclude } : {}),
      token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '',
      ...(io.env.GITHUB_API_URL ? { apiUrl: io.env.GITHUB_API_URL } : {}),
      warn: (m) => io.stderr.write(`warning: ${m}\n`),
    });
  } catch (err) {
    if (err instanceof AuditSelectionError) throw new UsageError(err.message);
    throw err;
  }
  const { repos, chunks } = selected;
  const matrices = chunks.filter((c) => c.length).length;
  io.stderr.write(`${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'} to audit, in ${matrices} matri${matrices === 1 ? 'x' : 'ces'}.\n`);
  io.stdout.write(JSON.stringify({ count: repos.length, repositories: repos, chunks }) + '\n');
  if (io.env.GITHUB_OUTPUT) {
    const lines = [`count=${repos.length}`, `repositories=${JSON.stringify(repos)}`, ...chunks.map((c, i) => `chunk-${i + 1}=${JSON.stringify(c)}`)];
    await appendFile(io.env.GITHUB_OUTPUT, lines.join('\n') + '\n');
  }
  return EXIT_OK;
}
