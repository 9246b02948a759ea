/**
 * `tokenhub-migration-check smoke-test`: the key smoke test from a terminal or another CI. The key comes from
 * the TOKENHUB_API_KEY environment variable only (a command-line argument would land in shell history and in
 * the process list).
 */
import path from 'node:path';
import {
  apiKeyProblem,
  BaseUrlError,
  DEFAULT_SMOKE_TIMEOUT_MS,
  ModelListError,
  parseTokenHubBaseUrl,
  redact,
  runSmokeTest,
  validateModelIds,
} from '../smoke/index.js';
import { renderSmokeText } from '../smoke/summary-text.js';
import { referencesInTree } from '../smoke/tree-references.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { UsageError, type CliIO } from './cli-io.js';
import type { SmokeFlags } from './program.js';
import { scanRoot } from '../target/index.js';
import { terminalSafeLines } from '../report/terminal-text.js';

export async function runSmokeTestCommand(paths: string[], flags: SmokeFlags, io: CliIO): Promise<number> {
  const key = (io.env.TOKENHUB_API_KEY ?? '').trim();
  if (!key) {
    throw new UsageError('set TOKENHUB_API_KEY to the TokenHub API key to test (create one in the TokenHub console)');
  }
  const keyIssue = apiKeyProblem(key);
  if (keyIssue) throw new UsageError(`TOKENHUB_API_KEY: ${keyIssue}`);
  const timeoutMs = flags.timeout !== undefined ? Math.round(flags.timeout * 1000) : DEFAULT_SMOKE_TIMEOUT_MS;
  let models: string[];
  let endpoint;
  try {
    models = validateModelIds(flags.model ?? [], '--model');
    endpoint = parseTokenHubBaseUrl(flags.baseUrl ?? io.env.TOKENHUB_BASE_URL ?? '');
  } catch (err) {
    if (err instanceof ModelListError || err instanceof BaseUrlError) throw new UsageError(err.message.replace(/^tokenhub-base-url/, '--base-url'));
    throw err;
  }

  const targets = paths.map((p) => path.resolve(io.cwd, p));
  const root = flags.root ? path.resolve(io.cwd, flags.root) : await scanRoot(io.cwd, targets);
  const references = await referencesInTree({ root, paths: targets, ...(flags.exclude ? { exclude: flags.exclude } : {}), gitignore: flags.gitignore });

  const { report, findings } = await runSmokeTest({ apiKey: key, endpoint, models, references, timeoutMs });
  const rendered =
    flags.format === 'json'
      ? JSON.stringify({ version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, smokeTest: report, findings }, null, 2) + '\n'
      : renderSmokeText(report, findings);
  // The check never puts the key in its report; this is the last line of defence for the terminal.
  io.stdout.write(flags.format === 'json' ? redact(rendered, [key]) : terminalSafeLines(redact(rendered, [key])));
  return report.outcome === 'passed' ? 0 : 1;
}
