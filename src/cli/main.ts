<<<<<<< HEAD
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
=======
import { CommanderError } from 'commander';
import { ConfigError } from '../config/index.js';
import { EXIT_OK, EXIT_USAGE, isUserError } from '../errors.js';
import { TOOL_NAME } from '../tool.js';
import { UsageError, type CliIO } from './cli-io.js';
>>>>>>> main
import { runFixCommand } from './fix-command.js';
import { buildProgram } from './program.js';
import { runBaseline, runScan } from './scan-command.js';
import { runSmokeTestCommand } from './smoke-test-command.js';

export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE } from '../errors.js';
export { UsageError, type CliIO } from './cli-io.js';

/**
 * The CLI: parse the arguments (commander), run the command, and turn what went wrong into a message and an exit
 * status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error (also a crash, with its stack).
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  let command = '';
  const program = buildProgram(
    {
      scan: (paths, flags) => runScan(paths, flags, io),
      baseline: (paths, flags) => runBaseline(paths, flags, io),
      fix: (paths, flags) => runFixCommand(paths, flags, io),
      smokeTest: (paths, flags) => runSmokeTestCommand(paths, flags, io),
    },
    { writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), program: io.program ?? TOOL_NAME },
    (c) => (code = c),
  );
  program.hook('preAction', (_program, action) => {
    command = action.name();
  });
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end parsing the same way; commander has already written the message.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`${TOOL_NAME}: invalid configuration:\n${err.message}\n`);
      return err.exitCode;
    }
    if (isUserError(err)) {
      io.stderr.write(`${TOOL_NAME}: ${err.message}\n`);
      if (err instanceof UsageError) io.stderr.write(`Run '${io.program ?? TOOL_NAME} ${command ? `${command} ` : ''}--help' for usage.\n`);
      return err.exitCode;
    }
    io.stderr.write(`${TOOL_NAME}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_USAGE;
  }
}
<<<<<<< HEAD

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
=======
>>>>>>> main
