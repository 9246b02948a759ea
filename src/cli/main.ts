import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { renderJsonReport } from '../report/json-report.js';
import { renderSarif } from '../report/sarif.js';
import { scan, ScanTargetError, CatalogError, DEFAULT_MAX_FILE_BYTES, type ScanResult } from '../scan/index.js';
import { atOrAbove, isFailOn, FAIL_ON_VALUES } from '../triage/severity.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { renderText } from './text-format.js';
import { runSmokeTestCommand, SmokeUsageError } from './smoke-test-command.js';
import { defaultRoot, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, parseMaxFileSize, UsageError, wantsColor, type CliIO } from './cli-io.js';
import { runFixCommand } from './fix-command.js';

export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, UsageError, type CliIO } from './cli-io.js';

const HELP = `${TOOL_NAME} ${TOOL_VERSION}
Find what still ties a codebase to Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs.

Usage:
  ${TOOL_NAME} scan [paths...] [options]
  ${TOOL_NAME} fix [paths...] [options]          apply the safe fixes (see fix --help)
  ${TOOL_NAME} smoke-test [paths...] [options]   test a TokenHub API key (see smoke-test --help)

Options of scan:
  -f, --format <text|json|sarif>   output format (default: text)
  -o, --output <file>              write the report to a file instead of stdout
      --fail-on <level>            exit 1 when a finding is at or above: ${FAIL_ON_VALUES.join(', ')} (default: error)
      --include <glob>             only scan matching files (repeatable)
      --exclude <glob>             leave matching files out (repeatable)
      --root <dir>                 folder that reported paths are relative to (default: the current folder)
      --max-file-size <bytes>      skip larger files (default: ${DEFAULT_MAX_FILE_BYTES})
      --no-gitignore               scan files that .gitignore excludes
  -j, --threads <n>                threads that read and match files (default: one per core; 1 keeps
                                   the scan on the main thread; the result is the same either way)
      --no-color                   plain text output
  -h, --help                       show this help
  -v, --version                    show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
`;

const SCAN_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string', default: 'error' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  root: { type: 'string' },
  'max-file-size': { type: 'string' },
  'no-gitignore': { type: 'boolean', default: false },
  threads: { type: 'string', short: 'j' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const satisfies ParseArgsConfig['options'];

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof SmokeUsageError || err instanceof ScanTargetError || err instanceof CatalogError) {
      io.stderr.write(`${TOOL_NAME}: ${err.message}\n`);
      if (err instanceof UsageError) io.stderr.write(`Run '${TOOL_NAME} --help' for usage.\n`);
      if (err instanceof SmokeUsageError) io.stderr.write(`Run '${TOOL_NAME} smoke-test --help' for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`${TOOL_NAME}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_USAGE;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  if (command === 'scan') return runScan(rest, io);
  if (command === 'smoke-test') return runSmokeTestCommand(rest, io, defaultRoot);
  if (command === 'fix') return runFixCommand(rest, io);
  throw new UsageError(`unknown command '${command}'`);
}

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function runScan(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif (got '${format}')`);
  }
  const failOn = values['fail-on'];
  if (!isFailOn(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOn}')`);
  const maxFileBytes = parseMaxFileSize(values['max-file-size']);

  let threads: number | undefined;
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
      throw new UsageError(`--threads must be a whole number from 1 to 64 (got '${values.threads}')`);
    }
  }

  const targets = positionals.map((p) => path.resolve(io.cwd, p));
  const root = values.root ? path.resolve(io.cwd, values.root) : defaultRoot(io.cwd, targets);

  const progress = io.stderr.isTTY && format === 'text' && !values.output;
  const result: ScanResult = await scan({
    root,
    paths: targets,
    include: values.include,
    exclude: values.exclude,
    gitignore: !values['no-gitignore'],
    maxFileBytes,
    threads,
    onProgress: progress ? (n) => io.stderr.write(`\rscanning… ${n} files`) : undefined,
  });
  if (progress) io.stderr.write('\r\x1b[K');

  const color = format === 'text' && !values.output && !values['no-color'] && wantsColor(io);
  const rendered = format === 'json' ? renderJsonReport(result) : format === 'sarif' ? renderSarif(result) : renderText(result, color);
  if (values.output) {
    const out = path.resolve(io.cwd, values.output);
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, rendered);
    io.stderr.write(`Wrote ${format} report to ${values.output}\n`);
  } else {
    io.stdout.write(rendered);
  }
  return atOrAbove(result.findings, failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
