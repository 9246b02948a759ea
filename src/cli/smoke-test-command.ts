/**
 * `tokenhub-migration-check smoke-test`: the key smoke test from a terminal or another CI. The key comes from
 * the TOKENHUB_API_KEY environment variable only (src/smoke/command-request.ts checks what is given).
 */
import path from 'node:path';
import { redact, runSmokeTest } from '../smoke/index.js';
import { checkSmokeTestArguments } from '../smoke/command-request.js';
import { renderSmokeJson } from '../smoke/report-json.js';
import { renderSmokeText } from '../smoke/summary-text.js';
import { referencesInTree } from '../smoke/tree-references.js';
import type { CliIO } from './cli-io.js';
import type { SmokeFlags } from './program.js';
import { commandRoot } from '../target/index.js';
import { terminalSafeLines } from '../report/terminal-text.js';

export async function runSmokeTestCommand(paths: string[], flags: SmokeFlags, io: CliIO): Promise<number> {
  const { apiKey, endpoint, models, timeoutMs } = checkSmokeTestArguments({
    key: io.env.TOKENHUB_API_KEY,
    models: flags.model ?? [],
    baseUrl: flags.baseUrl ?? io.env.TOKENHUB_BASE_URL ?? '',
    timeoutSeconds: flags.timeout,
  });
  const targets = paths.map((p) => path.resolve(io.cwd, p));
  const root = await commandRoot(io.cwd, targets, flags.root);
  const references = await referencesInTree({ root, paths: targets, ...(flags.exclude ? { exclude: flags.exclude } : {}), gitignore: flags.gitignore });

  const { report, findings } = await runSmokeTest({ apiKey, endpoint, models, references, timeoutMs });
  // The check never puts the key in its report; this is the last line of defence for the terminal.
  if (flags.format === 'json') io.stdout.write(redact(renderSmokeJson(report, findings), [apiKey]));
  else io.stdout.write(terminalSafeLines(redact(renderSmokeText(report, findings), [apiKey])));
  return report.outcome === 'passed' ? 0 : 1;
}
