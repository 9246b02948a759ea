import { prepareBoard, publishBoard } from '../report/board/aggregate.js';
import { writeBoardFiles } from '../report/board/board-files.js';
import { DEFAULT_MAX_REPORT_BYTES } from '../report/board/read-reports.js';
import { commandEnvironment } from '../github/command-environment.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { CliIO } from './cli-io.js';
import { terminalSafeLines } from '../report/terminal-text.js';

/**
 * `aggregate REPORTS...`: the organisation board from per-repository JSON reports (files, or folders walked for
 * *.json). Writes the job summary, CSV and JSON where asked, and keeps one board issue up to date with --issue-repo.
 * The files are written before the issue is touched, so a refused token loses nothing. Exit 0, or 1 when the board
 * issue could not be written, 2 on a usage error.
 */

export interface AggregateFlags {
  summary?: string;
  csv?: string;
  json?: string;
  previous?: string;
  expect?: string;
  issueRepo?: string;
  author?: string;
  maxReportSize?: number;
}

export async function runAggregateCommand(positionals: string[], values: AggregateFlags, io: CliIO): Promise<number> {
  const { token, apiUrl, serverUrl, runUrl } = commandEnvironment(io.env);
  // Report files, repository names and API messages come from elsewhere: no control character reaches the terminal.
  const log = (line: string) => io.stderr.write(`${terminalSafeLines(line)}\n`);
  const prepared = await prepareBoard({
    reports: positionals,
    cwd: io.cwd,
    maxReportBytes: values.maxReportSize ?? DEFAULT_MAX_REPORT_BYTES,
    previousFile: values.previous,
    expectFile: values.expect,
    ...(values.issueRepo !== undefined ? { issue: { repository: values.issueRepo, token, apiUrl, author: values.author || undefined } } : {}),
    runUrl,
    log,
  });

  const files = { summary: values.summary ?? io.env.GITHUB_STEP_SUMMARY, csv: values.csv, json: values.json };
  const unwritten = await writeBoardFiles(prepared.board, files, { cwd: io.cwd, serverUrl });
  if (unwritten !== undefined) io.stdout.write(terminalSafeLines(unwritten) + '\n');

  const published = await publishBoard(prepared, serverUrl);
  if (!published) return EXIT_OK;
  if ('problem' in published) {
    log(`error: the board issue was not updated: ${published.problem}`);
    return EXIT_FINDINGS;
  }
  log(`Board issue ${published.action}: ${published.url}`);
  return EXIT_OK;
}
