import type { Command } from 'commander';
import { DEFAULT_MAX_REPORT_BYTES } from '../report/board/report-limits.js';
import { MATRIX_JOBS } from '../org/select-repos.js';
import type { AggregateFlags } from './aggregate-command.js';
import type { CliIO } from './cli-io.js';
import type { OrgReposFlags } from './org-repos-command.js';
import { collect, wholeNumber } from './program.js';

/**
 * The organisation audit's commands (`aggregate`, `org-repos`), added to the CLI's commander program. Their code
 * (the GitHub client and its HTTP stack) loads when one of them runs, not at every start of the CLI.
 */

export function addOrgCommands(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  const name = io.program ?? program.name();
  program
    .command('aggregate')
    .usage('REPORTS... [options]')
    .summary('merge per-repository JSON reports into one board (see aggregate --help)')
    .description(
      'Merges per-repository JSON reports (the action\'s json-file: files, or folders walked for *.json) into one board: the job\n' +
        'summary, a CSV, a JSON, and one board issue kept up to date. Reports that are missing, too large, truncated or not\n' +
        "this tool's are listed as notes on the board; they never stop it.",
    )
    .argument('<reports...>', 'report files or folders')
    .option('--summary <file>', 'append the board (Markdown) here (default: $GITHUB_STEP_SUMMARY; else stdout)')
    .option('--csv <file>', 'write one CSV line per repository')
    .option('--json <file>', 'write the board as JSON (its state is what --previous reads next time)')
    .option('--previous <file>', "the previous board's JSON, for the trend (default: the board issue's own state)")
    .option('--expect <file>', 'the repositories audited (JSON array or one per line): each without a report gets a note')
    .option('--issue-repo <owner/name>', 'keep one board issue in this repository (token from $GITHUB_TOKEN or $GH_TOKEN)')
    .option('--author <login>', "the account the token writes as, when it cannot say (a GitHub App: '<slug>[bot]')")
    .option('--max-report-size <bytes>', `skip reports larger than this (default: ${DEFAULT_MAX_REPORT_BYTES})`, wholeNumber('--max-report-size', 1, Number.MAX_SAFE_INTEGER, 'a positive number of bytes'))
    .addHelpText('after', '\nExit status: 0 board written, 1 files written but the board issue not, 2 usage error.\n')
    .showHelpAfterError(`Run '${name} aggregate --help' for usage.`)
    .action(async (reports: string[], flags: AggregateFlags) => setExitCode(await (await import('./aggregate-command.js')).runAggregateCommand(reports, flags, io)));

  program
    .command('org-repos')
    .usage('[--org ORG | --repositories LIST] [options]')
    .summary("list an organisation's repositories for the org audit (see org-repos --help)")
    .description(
      'Lists the repositories to audit: those given, or every repository of ORG the token ($GITHUB_TOKEN) can read, or, with\n' +
        "neither, every repository of the token's app installation. Archived and disabled repositories are left out. Prints JSON;\n" +
        `on a runner ($GITHUB_OUTPUT set) also writes the outputs count, repositories and chunk-1 to chunk-${MATRIX_JOBS}.`,
    )
    .option('--org <org>', 'the organisation to list')
    .option('--repositories <list>', 'owner/name (or name, with --org) items, comma- or newline-separated; no listing call')
    .option('--include <glob>', "keep only matching names (repeatable; a glob with '/' matches owner/name)", collect)
    .option('--exclude <glob>', 'leave matching names out (repeatable)', collect)
    .showHelpAfterError(`Run '${name} org-repos --help' for usage.`)
    .action(async (flags: OrgReposFlags) => setExitCode(await (await import('./org-repos-command.js')).runOrgReposCommand(flags, io)));
}
