import { BoardInputError, prepareBoard, publishBoard } from '../report/board/aggregate.js';
import { renderBoardCsv } from '../report/board/board-csv.js';
import { renderBoardJson } from '../report/board/board-json.js';
import { renderBoardSummary } from '../report/board/board-markdown.js';
import { DEFAULT_MAX_REPORT_BYTES } from '../report/board/read-reports.js';
import { REPOSITORY } from '../report/board/report-schema.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { UsageError, type CliIO } from './cli-io.js';
import { writeUserFile } from '../safe-fs/report-path.js';
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
  if (positionals.length === 0) throw new UsageError('aggregate needs at least one report file or folder');
  const issueRepo = values.issueRepo;
  if (issueRepo !== undefined && !REPOSITORY.test(issueRepo)) throw new UsageError(`--issue-repo must be owner/name (got '${issueRepo}')`);
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
  if (issueRepo && !token) throw new UsageError('--issue-repo needs a token in $GITHUB_TOKEN (or $GH_TOKEN)');
  // Report files, repository names and API messages come from elsewhere: no control character reaches the terminal.
  const log = (line: string) => io.stderr.write(`${terminalSafeLines(line)}\n`);
  const serverUrl = io.env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl = io.env.GITHUB_RUN_ID && io.env.GITHUB_REPOSITORY ? `${serverUrl}/${io.env.GITHUB_REPOSITORY}/actions/runs/${io.env.GITHUB_RUN_ID}` : undefined;

  let prepared;
  try {
    prepared = await prepareBoard({
      reports: positionals,
      cwd: io.cwd,
      maxReportBytes: values.maxReportSize ?? DEFAULT_MAX_REPORT_BYTES,
      ...(values.previous !== undefined ? { previousFile: values.previous } : {}),
      ...(values.expect !== undefined ? { expectFile: values.expect } : {}),
      ...(issueRepo ? { issue: { repository: issueRepo, token, apiUrl: io.env.GITHUB_API_URL || undefined, ...(values.author ? { author: values.author } : {}) } } : {}),
      ...(runUrl ? { runUrl } : {}),
      log,
    });
  } catch (err) {
    if (err instanceof BoardInputError) throw new UsageError(err.message);
    throw err;
  }

  const write = async (file: string, text: string, append = false) => {
    await writeUserFile(file, io.cwd, text, append ? 'the job summary' : 'the board', { append });
  };
  const summary = renderBoardSummary(prepared.board, { serverUrl });
  const summaryFile = values.summary ?? io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await write(summaryFile, summary + '\n', true);
  else io.stdout.write(terminalSafeLines(summary) + '\n');
  if (values.csv) await write(values.csv, renderBoardCsv(prepared.board));
  if (values.json) await write(values.json, renderBoardJson(prepared.board));

  const published = await publishBoard(prepared, serverUrl);
  if (!published) return EXIT_OK;
  if ('problem' in published) {
    log(`error: the board issue was not updated: ${published.problem}`);
    return EXIT_FINDINGS;
  }
  log(`Board issue ${published.action}: ${published.url}`);
  return EXIT_OK;
}
