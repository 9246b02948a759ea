import { CATALOG_DATE } from '../catalog/index.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/scanner.js';
import { FAIL_ON_VALUES, type FailOn } from '../finding/severity.js';
import { SCOPE_VALUES, type Scope } from '../triage/diff-scope.js';
import { REGIONS, type Region } from '../fix/region.js';
import { DEFAULT_SMOKE_TIMEOUT_MS, MAX_SMOKE_TEST_MODELS } from '../smoke/index.js';
import { TOKENHUB_BASE_URL_INTL } from '../catalog/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';

/**
 * The command line, declared with commander: subcommands with their own help, choices checked and listed, and
 * "did you mean" for a mistyped command or option. Parsing only: each command's action receives plain options.
 */

export interface ScanFlags {
  format: 'text' | 'json' | 'sarif';
  output?: string;
  failOn?: FailOn;
  config?: string;
  baseline?: string;
  include?: string[];
  exclude?: string[];
  root?: string;
  maxFileSize?: number;
  gitignore: boolean;
  threads?: number;
  color: boolean;
  diff?: string;
  staged?: boolean;
  scope: Scope;
  /** `scan -`: the name (and so the file type) of what standard input holds. */
  stdinFilename?: string;
  /** The full text report. */
  verbose?: boolean;
}

export interface FixFlags extends Pick<ScanFlags, 'failOn' | 'config' | 'include' | 'exclude' | 'root' | 'maxFileSize' | 'gitignore' | 'color'> {
  dryRun: boolean;
  /** Also rewrite Tencent Cloud SDK chat clients into OpenAI SDK calls (src/fix/sdk). */
  sdk: boolean;
  region: Region;
  models?: string[];
}

export interface SmokeFlags extends Pick<ScanFlags, 'root' | 'exclude' | 'gitignore'> {
  baseUrl?: string;
  model?: string[];
  timeout?: number;
  format: 'text' | 'json';
}

export interface Handlers {
  scan(paths: string[], flags: ScanFlags): Promise<number>;
  baseline(paths: string[], flags: ScanFlags): Promise<number>;
  fix(paths: string[], flags: FixFlags): Promise<number>;
  smokeTest(paths: string[], flags: SmokeFlags): Promise<number>;
}

export interface ProgramIO {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** How the user ran the CLI, for the "Run '... --help'" hints. */
  program: string;
}

/**
 * An option that takes one value of a fixed list. choices() lists them in help; the parser's message says what was
 * given and what would do (`expected`, by default "one of a, b, c").
 */
function choiceOption<T extends string>(flags: string, description: string, values: readonly T[], expected = `one of ${values.join(', ')}`): Option {
  const long = flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
  return new Option(flags, description).choices(values).argParser((value: string) => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`${long} must be ${expected} (got '${value}')`);
    return value as T;
  });
}

export function wholeNumber(flag: string, min: number, max: number, what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${flag} must be ${what} (got '${value}')`);
    return n;
  };
}

/** A repeatable option's values, in order. */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function scanOptions(cmd: Command, what: 'scan' | 'baseline'): Command {
  return cmd
    .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json', 'sarif'] as const, 'text, json or sarif').default('text'))
    .option('-o, --output <file>', what === 'baseline' ? 'where to write the baseline (default: the config\'s baseline, else .github/tokenhub-migration-baseline.json)' : 'write the report to a file instead of stdout')
    .addOption(choiceOption('--fail-on <level>', 'exit 1 when a finding is at or above this severity (default: error, or the config file\'s)', FAIL_ON_VALUES))
    .option('--config <file>', 'config file (default: .github/tokenhub-migration.yml at the root, if present)')
    .option('--baseline <file>', 'only findings absent from this baseline file count')
    .option('--include <glob>', 'only scan matching files (repeatable; replaces the config\'s include)', collect)
    .option('--exclude <glob>', 'leave matching files out (repeatable; replaces the config\'s exclude)', collect)
    .option('--root <dir>', 'folder that reported paths are relative to (default: the git top level of the scanned path)')
    .option('--max-file-size <bytes>', `skip larger files (default: ${DEFAULT_MAX_FILE_BYTES})`, wholeNumber('--max-file-size', 1, Number.MAX_SAFE_INTEGER, 'a positive number of bytes'))
    .option('--no-gitignore', 'scan files that .gitignore excludes')
    .option('-j, --threads <n>', 'threads that read and match files (default: one per core; 1 keeps the scan on the main thread)', wholeNumber('--threads', 1, 64, 'a whole number from 1 to 64'))
    .option('--no-color', 'plain text output');
}

export function buildProgram(handlers: Handlers, io: ProgramIO, setExitCode: (code: number) => void): Command {
  const program = new Command(TOOL_NAME)
    .description("Find what still ties a codebase to Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs, and move it to TokenHub.")
    .version(`${TOOL_VERSION} (catalog as of ${CATALOG_DATE})`, '-v, --version', 'show the version')
    .helpOption('-h, --help', 'show this help')
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .showSuggestionAfterError(true)
    // The command list shows each command as its usage line does: `scan [paths...] [options]`.
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}` })
    .exitOverride();

  const scan = scanOptions(
    program.command('scan').usage('[paths...] [options]').summary('report what still uses the retiring APIs').argument('[paths...]', 'files or folders to scan (default: the current folder)'),
    'scan',
  )
    .option('--diff <ref>', 'only judge what the working tree adds relative to its merge base with <ref> (a branch, tag or commit)')
    .option('--staged', 'only judge what the index adds relative to HEAD (for pre-commit hooks)')
    .option('--stdin-filename <path>', 'with `scan -` (standard input): the name, and so the file type, of what it reads (default: stdin)')
    .option('--verbose', "the full text report: each finding's explanation and the migration snippets")
    .addOption(choiceOption('--scope <scope>', 'with --diff or --staged: judge findings on added lines, or anywhere in a changed file', SCOPE_VALUES).default('added-lines'))
    .addHelpText('after', '\nExit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.\n')
    .action(async (paths: string[], flags: ScanFlags) => setExitCode(await handlers.scan(paths, flags)));
  scan.showHelpAfterError(`Run '${io.program} scan --help' for usage.`);

  scanOptions(
    program
      .command('baseline')
      .usage('[paths...] [options]')
      .summary("record today's findings, so later scans fail only on new ones")
      .argument('[paths...]', 'files or folders to scan (default: the current folder)'),
    'baseline',
  )
    .showHelpAfterError(`Run '${io.program} baseline --help' for usage.`)
    .action(async (paths: string[], flags: ScanFlags) => setExitCode(await handlers.baseline(paths, flags)));

  program
    .command('fix')
    .usage('[paths...] [options]')
    .summary('apply the safe fixes (see fix --help)')
    .description(FIX_DESCRIPTION)
    .argument('[paths...]', 'files or folders to fix (default: the current folder)')
    .option('--dry-run', 'print a unified diff of the changes instead of writing them (report on stderr)', false)
    .option('--sdk', 'also rewrite Tencent Cloud SDK chat clients (Python, JavaScript/TypeScript) into OpenAI SDK calls against TokenHub, client by client; a client it cannot follow is left as it is, with the reason', false)
    .addOption(choiceOption('--region <region>', 'which TokenHub site base URLs point at', REGIONS, REGIONS.join(' or ')).default('intl'))
    .option('--models <legacy=new,...>', 'also replace these legacy model IDs (repeatable)', collect)
    .addOption(choiceOption('--fail-on <level>', 'exit 1 when a finding left for a person is at or above this severity (default: error)', FAIL_ON_VALUES))
    .option('--config <file>', 'config file (default: .github/tokenhub-migration.yml at the root, if present)')
    .option('--include <glob>', 'only fix matching files (repeatable)', collect)
    .option('--exclude <glob>', 'leave matching files out (repeatable)', collect)
    .option('--root <dir>', 'folder that reported paths are relative to (default: the git top level of the fixed path)')
    .option('--max-file-size <bytes>', `skip larger files (default: ${DEFAULT_MAX_FILE_BYTES})`, wholeNumber('--max-file-size', 1, Number.MAX_SAFE_INTEGER, 'a positive number of bytes'))
    .option('--no-gitignore', 'also fix files that .gitignore excludes')
    .option('--no-color', 'plain text output')
    .addHelpText('after', '\nExit status: 0 nothing left at or above --fail-on, 1 findings left at or above it or a file not written,\n2 usage or configuration error.\n')
    .showHelpAfterError(`Run '${io.program} fix --help' for usage.`)
    .action(async (paths: string[], flags: FixFlags) => setExitCode(await handlers.fix(paths, flags)));

  program
    .command('smoke-test')
    .usage('[paths...] [options]')
    .summary('test a TokenHub API key (see smoke-test --help)')
    .description(SMOKE_DESCRIPTION)
    .argument('[paths...]', 'where to look for the model IDs the code uses (default: the current folder)')
    .option('--base-url <url>', `TokenHub base URL (default: $TOKENHUB_BASE_URL, else ${TOKENHUB_BASE_URL_INTL})`)
    .option('-m, --model <id>', 'model to test (repeatable; default: the TokenHub models the code references, else deepseek-v4-flash)', collect)
    .option('--timeout <seconds>', `wait per request (default: ${DEFAULT_SMOKE_TIMEOUT_MS / 1000}; the openai SDK retries twice)`, (value: string) => {
      const s = Number(value);
      if (!Number.isFinite(s) || s <= 0 || s > 600) throw new InvalidArgumentError(`--timeout must be seconds between 0 and 600 (got '${value}')`);
      return s;
    })
    .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json'] as const, 'text or json').default('text'))
    .option('--root <dir>', 'folder that reported paths are relative to (default: the git top level of the path)')
    .option('--exclude <glob>', 'leave matching files out when looking for model IDs (repeatable)', collect)
    .option('--no-gitignore', 'also look in files that .gitignore excludes')
    .addHelpText('after', '\nExit status: 0 passed, 1 failed, 2 usage error (no key, a base URL that is not TokenHub).\n')
    .showHelpAfterError(`Run '${io.program} smoke-test --help' for usage.`)
    .action(async (paths: string[], flags: SmokeFlags) => setExitCode(await handlers.smokeTest(paths, flags)));

  program.showHelpAfterError(`Run '${io.program} --help' for usage.`);
  return program;
}

const FIX_DESCRIPTION = `Applies the safe fixes in place:
  - legacy OpenAI-compatible base URLs (Hunyuan, LKE DeepSeek) become the TokenHub base URL, keeping the path;
  - model IDs with a replacement confirmed by Tencent's documents (the models shut down on 2026-06-22 become hy3-preview);
  - with --models, your own mapping of legacy model IDs.
Suggested replacements that are not official mappings are listed, not applied. SDK clients, signing code and search
parameters are listed with migration guidance and never edited. Binary and skipped files are never touched; a file
that changes while the fix runs is left as it is.`;

const SMOKE_DESCRIPTION = `Checks a TokenHub API key: lists the models it can see (GET /models), makes one chat completion with
max_tokens 1 per model (at most ${MAX_SMOKE_TEST_MODELS}), and reports code lines that name a TokenHub model the key cannot use.
The key is read from the TOKENHUB_API_KEY environment variable and is never printed.`;
