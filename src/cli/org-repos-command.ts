import { appendFile } from 'node:fs/promises';
import { selectionJson, selectionLine, selectionOutputs } from '../org/audit-outputs.js';
import { reposToAudit } from '../org/repos-to-audit.js';
import { EXIT_OK } from '../errors.js';
import { commandEnvironment } from '../github/command-environment.js';
import type { CliIO } from './cli-io.js';

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
  const { token, apiUrl } = commandEnvironment(io.env);
  const selected = await reposToAudit({
    org: values.org?.trim() || undefined,
    repositories: values.repositories,
    include: values.include,
    exclude: values.exclude,
    token,
    apiUrl,
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
  });
  io.stderr.write(selectionLine(selected) + '\n');
  io.stdout.write(selectionJson(selected));
  if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, selectionOutputs(selected));
  return EXIT_OK;
}
