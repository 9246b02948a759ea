import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CATALOG_DATE } from '../catalog/index.js';
import { ConfigError, resolveSettings, type Settings } from '../config/index.js';
import { baselineSummaryOf, jsonReportOptions, renderJsonReport } from '../report/json-report.js';
import { buildSarif } from '../report/sarif.js';
import { scan, ScanTargetError, CatalogError, DEFAULT_MAX_FILE_BYTES, type ScanResult } from '../scan/index.js';
import { BaselineError, createBaseline } from '../triage/baseline.js';
import { DEFAULT_BASELINE_PATH, writeBaselineFile } from '../triage/baseline-file.js';
import { baselineInput, displayPath } from '../triage/baseline-input.js';
import { triage } from '../triage/triage.js';
import { FAIL_ON_VALUES } from '../finding/severity.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { renderBaselineNote, renderText } from './text-format.js';
import { runSmokeTestCommand, SmokeUsageError } from './smoke-test-command.js';
import { defaultRoot, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, parseFailOn, parseMaxFileSize, UsageError, wantsColor, type CliIO } from './cli-io.js';
import { runFixCommand } from './fix-command.js';

export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, UsageError, type CliIO } from './cli-io.js';

const HELP = `${TOOL_NAME} ${TOOL_VERSION}
Find what still ties a codebase to Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs.

Usage:
  ${TOOL_NAME} scan [paths...] [options]         report what still uses the retiring APIs
  ${TOOL_NAME} baseline [paths...] [options]     record today's findings, so later scans fail only on new ones
  ${TOOL_NAME} fix [paths...] [options]          apply the safe fixes (see fix --help)
  ${TOOL_NAME} smoke-test [paths...] [options]   test a TokenHub API key (see smoke-test --help)

Options of scan:
  -f, --format <text|json|sarif>   output format (default: text)
  -o, --output <file>              write the report (or the baseline) to a file instead of stdout
      --fail-on <level>            exit 1 when a finding is at or above: ${FAIL_ON_VALUES.join(', ')} (default: error)
      --config <file>              config file (default: .github/tokenhub-migration.yml under the root, if present)
      --baseline <file>            only findings absent from this baseline file count (scan)
      --include <glob>             only scan matching files (repeatable; replaces the config's include)
      --exclude <glob>             leave matching files out (repeatable; replaces the config's exclude)
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
  // No default here: an unset --fail-on leaves the config file's value in place.
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
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
    if (err instanceof ConfigError) {
      io.stderr.write(`${TOOL_NAME}: invalid configuration:\n${err.message}\n`);
      return EXIT_USAGE;
    }
    if (
      err instanceof UsageError ||
      err instanceof SmokeUsageError ||
      err instanceof ScanTargetError ||
      err instanceof CatalogError ||
      err instanceof BaselineError
    ) {
      io.stderr.write(`${TOOL_NAME}: ${err.message}\n`);
      const program = io.program ?? TOOL_NAME;
      if (err instanceof UsageError) io.stderr.write(`Run '${program} --help' for usage.\n`);
      if (err instanceof SmokeUsageError) io.stderr.write(`Run '${program} smoke-test --help' for usage.\n`);
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
    io.stdout.write(`${TOOL_VERSION} (catalog as of ${CATALOG_DATE})\n`);
    return EXIT_OK;
  }
  if (command === 'scan') return runScan(rest, io);
  if (command === 'baseline') return runBaseline(rest, io);
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

interface Prepared {
  values: ReturnType<typeof parse>['values'];
  root: string;
  /** The paths given, absolute. */
  targets: string[];
  settings: Settings;
  result: ScanResult;
}

/** Common to `scan` and `baseline`: options, config, and the scan itself. */
async function prepare(args: string[], io: CliIO, progressAllowed: boolean): Promise<Prepared | number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION} (catalog as of ${CATALOG_DATE})\n`);
    return EXIT_OK;
  }
  const failOn = parseFailOn(values['fail-on']);
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
  const settings = await resolveSettings({
    root,
    outputFiles: values.output ? [path.resolve(io.cwd, values.output)] : [],
    configPath: values.config === undefined ? undefined : path.resolve(io.cwd, values.config),
    overrides: {
      failOn,
      include: values.include,
      exclude: values.exclude,
      baseline: values.baseline === undefined ? undefined : path.resolve(io.cwd, values.baseline),
    },
  });

  const progress = progressAllowed && io.stderr.isTTY && !values.output;
  const result: ScanResult = await scan({
    root,
    paths: targets,
    include: settings.include,
    exclude: settings.exclude,
    gitignore: !values['no-gitignore'],
    maxFileBytes,
    catalog: settings.catalog,
    threads,
    onProgress: progress ? (n) => io.stderr.write(`\rscanning… ${n} files`) : undefined,
  });
  if (progress) io.stderr.write('\r\x1b[K');
  return { values, root, targets, settings, result };
}

async function runScan(args: string[], io: CliIO): Promise<number> {
  const formatArg = parse(args).values.format;
  if (formatArg !== 'text' && formatArg !== 'json' && formatArg !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif (got '${formatArg}')`);
  }
  const format = formatArg;
  const prepared = await prepare(args, io, format === 'text');
  if (typeof prepared === 'number') return prepared;
  const { values, root, targets, settings, result } = prepared;

  const outcome = triage({
    findings: result.findings,
    failOn: settings.failOn,
    ...(settings.baseline
      ? { baseline: await baselineInput(root, settings.baseline, { targets, include: settings.include, exclude: settings.exclude }) }
      : {}),
  });
  const reported: ScanResult = { ...result, findings: [...outcome.reported] };
  const summary = baselineSummaryOf(outcome);
  const knownFingerprints = outcome.baseline?.knownFingerprints;

  let rendered: string;
  if (format === 'json') {
    rendered = renderJsonReport(reported, jsonReportOptions(outcome));
  } else if (format === 'sarif') {
    const sarif = buildSarif(reported, { rules: settings.rules, catalog: settings.catalog, ...(knownFingerprints ? { knownFingerprints } : {}) });
    for (const w of sarif.warnings) io.stderr.write(`${TOOL_NAME}: warning: ${w}\n`);
    rendered = sarif.text;
  } else {
    const color = !values.output && !values['no-color'] && wantsColor(io);
    rendered = renderText({ ...result, findings: [...outcome.judged] }, color);
    if (summary) rendered += renderBaselineNote(summary, color);
  }
  if (values.output) {
    const out = path.resolve(io.cwd, values.output);
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, rendered);
    io.stderr.write(`Wrote ${format} report to ${values.output}\n`);
  } else {
    io.stdout.write(rendered);
  }
  return outcome.verdict === 'fail' ? EXIT_FINDINGS : EXIT_OK;
}

async function runBaseline(args: string[], io: CliIO): Promise<number> {
  const prepared = await prepare(args, io, true);
  if (typeof prepared === 'number') return prepared;
  const { values, root, settings, result } = prepared;
  const target = values.output ? path.resolve(io.cwd, values.output) : settings.loaded.config.baseline ?? DEFAULT_BASELINE_PATH;
  const { reported } = triage({ findings: result.findings, failOn: settings.failOn });
  const written = await writeBaselineFile(root, target, createBaseline(reported, TOOL_NAME));
  io.stderr.write(
    `Wrote a baseline of ${reported.length} finding(s) to ${displayPath(root, written)}. ` +
      `Commit it and pass it with --baseline (or \`baseline:\` in the config file): later scans then fail only on new findings.\n`,
  );
  return EXIT_OK;
}
