/**
 * `tokenhub-migration-check smoke-test`: the key smoke test from a terminal or another CI. The key comes from
 * the TOKENHUB_API_KEY environment variable only (a command-line argument would land in shell history and in
 * the process list).
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Finding } from '../finding/finding.js';
import { scan } from '../scan/index.js';
import {
  BaseUrlError,
  DEFAULT_SMOKE_TIMEOUT_MS,
  ModelListError,
  findModelReferences,
  parseTokenHubBaseUrl,
  redact,
  runSmokeTest,
  validateModelIds,
  MAX_SMOKE_TEST_MODELS,
  type SmokeReport,
} from '../smoke/index.js';
import { formatDuration, modelCount, smokeVerdict } from '../smoke/summary-markdown.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { TOKENHUB_BASE_URL_INTL } from '../catalog/index.js';
import { UsageError } from './cli-io.js';
import { notIgnored } from '../finding/finding.js';

export const SMOKE_TEST_HELP = `Usage:
  ${TOOL_NAME} smoke-test [paths...] [options]

Checks a TokenHub API key: lists the models it can see (GET /models), makes one chat completion with
max_tokens 1 per model (at most ${MAX_SMOKE_TEST_MODELS}), and reports code lines that name a TokenHub model the key cannot use.
The key is read from the TOKENHUB_API_KEY environment variable and is never printed.

Options:
      --base-url <url>        TokenHub base URL (default: $TOKENHUB_BASE_URL, else ${TOKENHUB_BASE_URL_INTL})
  -m, --model <id>            model to test (repeatable; default: the TokenHub models the code references,
                              else deepseek-v4-flash)
      --timeout <seconds>     wait per request (default: ${DEFAULT_SMOKE_TIMEOUT_MS / 1000}; the openai SDK retries twice)
  -f, --format <text|json>    output format (default: text)
      --root <dir>            folder that reported paths are relative to (default: the current folder)
      --exclude <glob>        leave matching files out when looking for model IDs (repeatable)
      --no-gitignore          also look in files that .gitignore excludes
  -h, --help                  show this help

Exit status: 0 passed, 1 failed, 2 usage error (no key, a base URL that is not TokenHub).
`;

const OPTIONS = {
  'base-url': { type: 'string' },
  model: { type: 'string', short: 'm', multiple: true },
  timeout: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  root: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  'no-gitignore': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export interface SmokeCommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Thrown for bad arguments; main() prints it and exits 2. */
export class SmokeUsageError extends UsageError {}

export async function runSmokeTestCommand(args: string[], io: SmokeCommandIO, resolveRoot: (cwd: string, targets: string[]) => string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new SmokeUsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(SMOKE_TEST_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new SmokeUsageError(`--format must be text or json (got '${format}')`);
  const key = (io.env.TOKENHUB_API_KEY ?? '').trim();
  if (!key) {
    throw new SmokeUsageError('set TOKENHUB_API_KEY to the TokenHub API key to test (create one in the TokenHub console)');
  }
  let timeoutMs = DEFAULT_SMOKE_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const s = Number(values.timeout);
    if (!Number.isFinite(s) || s <= 0 || s > 600) throw new SmokeUsageError(`--timeout must be seconds between 0 and 600 (got '${values.timeout}')`);
    timeoutMs = Math.round(s * 1000);
  }
  let models: string[];
  let endpoint;
  try {
    models = validateModelIds(values.model ?? [], '--model');
    endpoint = parseTokenHubBaseUrl(values['base-url'] ?? io.env.TOKENHUB_BASE_URL ?? '');
  } catch (err) {
    if (err instanceof ModelListError || err instanceof BaseUrlError) throw new SmokeUsageError(err.message.replace(/^tokenhub-base-url/, '--base-url'));
    throw err;
  }

  const targets = positionals.map((p) => path.resolve(io.cwd, p));
  const root = values.root ? path.resolve(io.cwd, values.root) : resolveRoot(io.cwd, targets);
  const scope = { root, paths: targets, exclude: values.exclude, gitignore: !values['no-gitignore'] };
  const legacy = notIgnored((await scan(scope)).findings);
  const references = await findModelReferences(scope, legacy);

  const { report, findings } = await runSmokeTest({ apiKey: key, endpoint, models, references, timeoutMs });
  const rendered =
    format === 'json'
      ? JSON.stringify({ version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, smokeTest: report, findings }, null, 2) + '\n'
      : renderSmokeText(report, findings);
  // The check never puts the key in its report; this is the last line of defence for the terminal.
  io.stdout.write(redact(rendered, [key]));
  return report.outcome === 'passed' ? 0 : 1;
}

export function renderSmokeText(report: SmokeReport, findings: readonly Finding[]): string {
  const out: string[] = [`TokenHub smoke test at ${report.endpoint.url}`];
  const ml = report.modelList;
  out.push(
    ml.ok
      ? `  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key (${formatDuration(ml.durationMs, ml.attempts)})`
      : `  GET /models: ${ml.problem?.message ?? 'no list'}`,
  );
  const width = Math.max(0, ...report.models.map((m) => m.model.length));
  for (const m of report.models) {
    const listed = m.listed === undefined ? '' : m.listed ? ', listed' : ', not listed';
    const time = m.durationMs !== undefined ? `  ${formatDuration(m.durationMs, m.attempts)}` : '';
    out.push(`  ${m.model.padEnd(width)}  ${m.status}${listed}${time}`);
    const detail = m.problem?.message ?? m.note;
    if (detail) out.push(`  ${' '.repeat(width)}  ${detail}`);
  }
  if (findings.length) {
    out.push('', 'Code that names a model the key cannot use:');
    for (const f of findings) out.push(`  ${f.path}:${f.line}:${f.column}  ${f.match}`);
  }
  out.push('', `${report.outcome === 'passed' ? '✔' : '✖'} ${smokeVerdict(report, false)}`);
  return out.join('\n') + '\n';
}
