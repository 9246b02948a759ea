import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { BoardIssueError, findBoardIssue, previousFromIssue, tokenIdentity, writeBoardIssue, type BoardIssue } from './board-issue.js';
import { readBoardStateFromFile, type StateRead } from './board-state.js';
import { buildBoard, type Board, type BoardState } from './board.js';
import { missingReports, parseExpected } from './expected-repos.js';
import { readReports } from './read-reports.js';
import { renderBoardIssue } from './board-markdown.js';
import { REPOSITORY } from './report-schema.js';

/**
 * The organisation board from per-repository JSON reports, in two steps so that a refused token loses nothing: first
 * the board (the board issue is only read, for the previous state), which the face writes as summary, CSV and JSON;
 * then the board issue, updated last.
 */

/** What the command line gave does not do: no report, a bad --issue-repo, a file named that cannot be read. */
export class BoardInputError extends UsageError {}

export interface BoardRequest {
  /** Report files or folders, relative to `cwd`. */
  reports: string[];
  cwd: string;
  maxReportBytes: number;
  /** The previous board's JSON; unset: the board issue's own state. */
  previousFile?: string;
  /** The repositories audited: each without a report gets a note. */
  expectFile?: string;
  /** Keep one board issue in this `owner/name`, with this token. */
  issue?: { repository: string; token: string; apiUrl?: string; author?: string };
  runUrl?: string;
  log(line: string): void;
}

export interface PreparedBoard {
  board: Board;
  files: number;
  /** The board issue to update, when one was asked for; `problem` when it cannot be. */
  issue?: { client: GitHubClient; owner: string; repo: string; found?: BoardIssue; problem?: string };
}

/** What the command line gave, checked before any file is read or request made. */
function checkRequest(req: BoardRequest): void {
  if (req.reports.length === 0) throw new BoardInputError('aggregate needs at least one report file or folder');
  if (!req.issue) return;
  if (!REPOSITORY.test(req.issue.repository)) throw new BoardInputError(`--issue-repo must be owner/name (got '${req.issue.repository}')`);
  if (!req.issue.token) throw new BoardInputError('--issue-repo needs a token in $GITHUB_TOKEN (or $GH_TOKEN)');
}

export async function prepareBoard(req: BoardRequest): Promise<PreparedBoard> {
  checkRequest(req);
  let issue: PreparedBoard['issue'];
  if (req.issue) {
    const log = req.log;
    const client = createGitHubClient({ token: req.issue.token, baseUrl: req.issue.apiUrl, log: { debug: () => {}, info: log, warn: (m) => log(`warning: ${m}`) } });
    const [owner, repo] = req.issue.repository.split('/') as [string, string];
    issue = { client, owner, repo };
    try {
      const author = req.issue.author ?? (await tokenIdentity(client));
      issue.found = await findBoardIssue(client, owner, repo, author);
    } catch (err) {
      if (!(err instanceof BoardIssueError)) throw err;
      issue.problem = err.message;
    }
  }

  let previousRead: StateRead | undefined;
  if (req.previousFile !== undefined) {
    const text = await fs.readFile(path.resolve(req.cwd, req.previousFile), 'utf8').catch(() => undefined);
    previousRead = text === undefined ? { problem: `${req.previousFile} could not be read` } : readBoardStateFromFile(text, req.previousFile);
  } else {
    previousRead = previousFromIssue(issue?.found);
  }
  let previous: BoardState | undefined;
  if (previousRead && 'state' in previousRead) previous = previousRead.state;
  else if (previousRead) req.log(`warning: no trend this time: ${previousRead.problem}.`);

  const read = await readReports(req.reports, { cwd: req.cwd, maxReportBytes: req.maxReportBytes });
  if (req.expectFile !== undefined) {
    const text = await fs.readFile(path.resolve(req.cwd, req.expectFile), 'utf8').catch(() => {
      throw new BoardInputError(`--expect: cannot read ${req.expectFile}`);
    });
    read.notes.push(...missingReports(read.rows, parseExpected(text)));
  }
  for (const n of read.notes) req.log(`note: ${n.source}: ${n.reason}`);
  const board = buildBoard({ rows: read.rows, notes: read.notes, ...(previous ? { previous } : {}), now: new Date(), ...(req.runUrl ? { runUrl: req.runUrl } : {}) });
  req.log(`Read ${read.files} report file(s): ${board.totals.repositories} repositories, ${board.totals.findings} findings, ${read.notes.length} note(s).`);
  return { board, files: read.files, ...(issue ? { issue } : {}) };
}

/** Writes the board issue; the problem when it could not be written. */
export async function publishBoard(prepared: PreparedBoard, serverUrl: string): Promise<{ url: string; action: string } | { problem: string } | undefined> {
  const { issue } = prepared;
  if (!issue) return undefined;
  if (issue.problem) return { problem: issue.problem };
  try {
    const outcome = await writeBoardIssue(issue.client, { owner: issue.owner, repo: issue.repo }, issue.found, renderBoardIssue(prepared.board, { serverUrl }));
    return { url: outcome.url, action: outcome.action };
  } catch (err) {
    if (!(err instanceof BoardIssueError)) throw err;
    return { problem: err.message };
  }
}
