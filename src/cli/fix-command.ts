import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveSettings } from '../config/index.js';
import { ModelMapError, parseModelMap } from '../fix/model-map.js';
import { isRegion, REGIONS } from '../fix/region.js';
import { runFix } from '../fix/run-fix.js';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/index.js';
import { SEVERITY_RANK } from '../finding/finding.js';
import { FAIL_ON_VALUES } from '../finding/severity.js';
import { TOOL_NAME } from '../tool.js';
import { defaultRoot, EXIT_FINDINGS, EXIT_OK, parseFailOn, parseMaxFileSize, UsageError, wantsColor, type CliIO } from './cli-io.js';
import { renderFixText } from './fix-format.js';

export const FIX_HELP = `Usage:
  ${TOOL_NAME} fix [paths...] [options]

Applies the safe fixes in place:
  - legacy OpenAI-compatible base URLs (Hunyuan, LKE DeepSeek) become the TokenHub base URL, keeping the path;
  - model IDs with a replacement confirmed by Tencent's documents (the models shut down on 2026-06-22 become hy3-preview);
  - with --models, your own mapping of legacy model IDs.
Suggested replacements that are not official mappings are listed, not applied. SDK clients, signing code and search
parameters are listed with migration guidance and never edited. Binary and skipped files are never touched; a file
that changes while the fix runs is left as it is.

Options:
      --dry-run                    print a unified diff of the changes instead of writing them (report on stderr)
      --region <intl|mainland>     which TokenHub site base URLs point at (default: intl)
      --models <legacy=new,...>    also replace these legacy model IDs (repeatable)
      --fail-on <level>            exit 1 when a finding left for a person is at or above: ${FAIL_ON_VALUES.join(', ')} (default: error)
      --config <file>              config file (default: .github/tokenhub-migration.yml under the root, if present)
      --include <glob>             only fix matching files (repeatable)
      --exclude <glob>             leave matching files out (repeatable)
      --root <dir>                 folder that reported paths are relative to (default: the current folder)
      --max-file-size <bytes>      skip larger files (default: ${DEFAULT_MAX_FILE_BYTES})
      --no-gitignore               also fix files that .gitignore excludes
      --no-color                   plain text output
  -h, --help                       show this help

Exit status: 0 nothing left at or above --fail-on, 1 findings left at or above it or a file not written,
2 usage or configuration error.
`;

const FIX_OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  region: { type: 'string', default: 'intl' },
  models: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  root: { type: 'string' },
  'max-file-size': { type: 'string' },
  'no-gitignore': { type: 'boolean', default: false },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

export async function runFixCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: FIX_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(FIX_HELP);
    return EXIT_OK;
  }
  const region = values.region;
  if (!isRegion(region)) throw new UsageError(`--region must be ${REGIONS.join(' or ')} (got '${region}')`);
  const failOnFlag = parseFailOn(values['fail-on']);
  const maxFileBytes = parseMaxFileSize(values['max-file-size']);
  const targets = positionals.map((p) => path.resolve(io.cwd, p));
  const root = values.root ? path.resolve(io.cwd, values.root) : defaultRoot(io.cwd, targets);
  const dryRun = values['dry-run'];
  // The config file as `scan` reads it: rules switched off are not fixed, extra model IDs can be mapped, and the
  // config and baseline files themselves are never edited.
  const settings = await resolveSettings({
    root,
    configPath: values.config === undefined ? undefined : path.resolve(io.cwd, values.config),
    overrides: { ...(failOnFlag ? { failOn: failOnFlag } : {}), include: values.include, exclude: values.exclude },
  });
  let models;
  try {
    models = parseModelMap(values.models ?? [], settings.rules);
  } catch (err) {
    if (err instanceof ModelMapError) throw new UsageError(err.message);
    throw err;
  }

  const result = await runFix({
    root,
    paths: targets,
    include: settings.include,
    exclude: settings.exclude,
    gitignore: !values['no-gitignore'],
    maxFileBytes,
    catalog: settings.catalog,
    region,
    models,
    dryRun,
  });
  const failOn = settings.failOn;

  // In a dry run stdout carries only the patch, so that it can be piped to `git apply`; the report goes to stderr.
  const reportStream = dryRun ? io.stderr : io.stdout;
  if (dryRun) io.stdout.write(result.changes.map((ch) => ch.diff).join(''));
  const color = !values['no-color'] && wantsColor({ ...io, stdout: reportStream });
  reportStream.write(renderFixText(result, color, io.program));

  const threshold = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  const left = result.remaining.some((r) => SEVERITY_RANK[r.finding.severity] >= threshold);
  return left || result.refused.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
