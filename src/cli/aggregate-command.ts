import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { renderBoardCsv } from '../report/board/board-csv.js';
import { BoardIssueError, findBoardIssue, previousFromIssue, tokenIdentity, writeBoardIssue, type BoardIssue } from '../report/board/board-issue.js';
import { renderBoardJson } from '../report/board/board-json.js';
import { renderBoardIssue, renderBoardSummary } from '../report/board/board-markdown.js';
import { readBoardStateFromFile, type StateRead } from '../report/board/board-state.js';
import { buildBoard, type BoardState } from '../report/board/board.js';
import { DEFAULT_MAX_REPORT_BYTES, readReports } from '../report/board/read-reports.js';
import { REPOSITORY } from '../report/board/report-schema.js';
import { missingReports, parseExpected } from '../report/board/expected-repos.js';
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
  const maxReportBytes = values.maxReportSize ?? DEFAULT_MAX_REPORT_BYTES;
  // Report files, repository names and API messages come from elsewhere: no control character reaches the terminal.
  const log = (line: string) => io.stderr.write(`${terminalSafeLines(line)}\n`);

  // The board issue first, read only: its state is the previous board unless a file says otherwise.
  let client;
  let issue: BoardIssue | undefined;
  let author: string | undefined;
  let issueProblem: string | undefined;
  if (issueRepo) {
    client = createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log: { debug: () => {}, info: log, warn: (m) => log(`warning: ${m}`) } });
    const [owner, repo] = issueRepo.split('/') as [string, string];
    try {
      author = values.author ?? (await tokenIdentity(client));
      issue = await findBoardIssue(client, owner, repo, author);
    } catch (err) {
      if (!(err instanceof BoardIssueError)) throw err;
      issueProblem = err.message;
    }
  }

  let previousRead: StateRead | undefined;
  if (values.previous !== undefined) {
    const file = path.resolve(io.cwd, values.previous);
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    previousRead = text === undefined ? { problem: `${values.previous} could not be read` } : readBoardStateFromFile(text, values.previous);
  } else {
    previousRead = previousFromIssue(issue);
  }
  let previous: BoardState | undefined;
  if (previousRead && 'state' in previousRead) previous = previousRead.state;
  else if (previousRead) log(`warning: no trend this time: ${previousRead.problem}.`);

  const read = await readReports(positionals, { cwd: io.cwd, maxReportBytes });
  if (values.expect !== undefined) {
    const text = await fs.readFile(path.resolve(io.cwd, values.expect), 'utf8').catch(() => {
      throw new UsageError(`--expect: cannot read ${values.expect}`);
    });
    read.notes.push(...missingReports(read.rows, parseExpected(text)));
  }
  for (const n of read.notes) log(`note: ${n.source}: ${n.reason}`);
  const serverUrl = io.env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl = io.env.GITHUB_RUN_ID && io.env.GITHUB_REPOSITORY ? `${serverUrl}/${io.env.GITHUB_REPOSITORY}/actions/runs/${io.env.GITHUB_RUN_ID}` : undefined;
  const board = buildBoard({ rows: read.rows, notes: read.notes, ...(previous ? { previous } : {}), now: new Date(), ...(runUrl ? { runUrl } : {}) });
  log(`Read ${read.files} report file(s): ${board.totals.repositories} repositories, ${board.totals.findings} findings, ${read.notes.length} note(s).`);

  const write = async (file: string, text: string, append = false) => {
    await writeUserFile(file, io.cwd, text, append ? 'the job summary' : 'the board', { append });
  };
  const summary = renderBoardSummary(board, { serverUrl });
  const summaryFile = values.summary ?? io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await write(summaryFile, summary + '\n', true);
  else io.stdout.write(terminalSafeLines(summary) + '\n');
  if (values.csv) await write(values.csv, renderBoardCsv(board));
  if (values.json) await write(values.json, renderBoardJson(board));

  if (!issueRepo || !client) return EXIT_OK;
  if (issueProblem) {
    log(`error: the board issue was not updated: ${issueProblem}`);
    return EXIT_FINDINGS;
  }
  const [owner, repo] = issueRepo.split('/') as [string, string];
  try {
    const outcome = await writeBoardIssue(client, { owner, repo }, issue, renderBoardIssue(board, { serverUrl }));
    log(`Board issue ${outcome.action}: ${outcome.url}`);
    return EXIT_OK;
  } catch (err) {
    if (!(err instanceof BoardIssueError)) throw err;
    log(`error: the board issue was not updated: ${err.message}`);
    return EXIT_FINDINGS;
  }
}
