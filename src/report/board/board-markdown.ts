import { CATEGORIES } from '../audit-stats.js';
import { escapeText, SEVERITY_ICON } from '../markdown.js';
import { categoryPie, fenced, trendChart } from './board-mermaid.js';
import { embedBoardState } from './board-state.js';
import { stateOf, type Board } from './board.js';
import type { RepoRow } from './repo-row.js';

/**
 * The board as Markdown: for the job summary (GitHub allows 1 MiB per step) and for the organisation's tracking
 * issue (65,536 characters, with the state for the next board hidden at the end). Rows are cut, most findings
 * kept, until the text fits; what was cut is said.
 */

export const BOARD_MARKER = '<!-- tokenhub-migration-check:org-board -->';
export const ISSUE_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_000_000;
/** Room kept for the state of the next board in the issue body. */
const STATE_BUDGET = 20_000;
const LIST_LIMIT = 20;

export interface BoardMarkdownOptions {
  /** Base of repository links (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** Most repository rows. */
  maxRows?: number;
  /** Most notes listed. */
  maxNotes?: number;
}

const CATEGORY_LABEL: Record<string, string> = { 'legacy-endpoint': 'Endpoint', 'legacy-sdk': 'SDK', 'legacy-model': 'Model', 'legacy-search': 'Search' };

/** A link target that cannot end the link or open HTML, from a URL the schema already held to http(s). */
function safeUrl(url: string): string {
  return url.replace(/[()<>\s|"'`\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

function repoCell(row: RepoRow, serverUrl: string): string {
  // A name from the report's `run` passed the schema's owner/name pattern; a file name is only text.
  return row.sha !== undefined
    ? `[${escapeText(row.repository)}](${safeUrl(`${serverUrl}/${row.repository}`)})`
    : escapeText(row.repository);
}

function linkOr(text: string, url: string | undefined): string {
  return url ? `[${text}](${safeUrl(url)})` : text;
}

function prCell(row: RepoRow): string {
  const pr = row.fixPr;
  if (!pr) return '—';
  if (pr.number === undefined) return pr.state;
  return `${linkOr(`#${pr.number}`, pr.url)} ${pr.state}`;
}

function smokeCell(row: RepoRow): string {
  return row.smokeTest === 'passed' ? '✅ passed' : row.smokeTest === 'failed' ? '❌ failed' : row.smokeTest === 'skipped' ? 'skipped' : '—';
}

function trackingCell(row: RepoRow): string {
  const t = row.trackingIssue;
  return t?.number !== undefined ? linkOr(`#${t.number}`, t.url) : '—';
}

function repoList(names: readonly string[]): string {
  const shown = names.slice(0, LIST_LIMIT).map(escapeText).join(', ');
  return names.length > LIST_LIMIT ? `${shown} and ${names.length - LIST_LIMIT} more` : shown;
}

export function renderBoard(board: Board, opts: BoardMarkdownOptions): string {
  const { totals } = board;
  const maxRows = opts.maxRows ?? 500;
  const maxNotes = opts.maxNotes ?? 50;
  const out: string[] = ['## TokenHub migration board', ''];
  const when = `${board.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
  const run = board.runUrl ? ` ([workflow run](${safeUrl(board.runUrl)}))` : '';
  if (totals.findings === 0) {
    out.push(`✅ **No usage of the retiring Hunyuan or LKE DeepSeek APIs is left** in the ${totals.repositories} repositories audited.`);
  } else {
    out.push(
      `**${totals.findings}** usage${totals.findings === 1 ? '' : 's'} of the retiring Hunyuan and LKE DeepSeek APIs left in ` +
        `**${totals.withFindings}** of ${totals.repositories} repositories: ${totals.bySeverity.error} errors, ${totals.bySeverity.warning} warnings, ` +
        `${totals.bySeverity.notice} notices. **${totals.safeFixes}** can be fixed automatically (\`fix\`, or the action's \`fix-pr\`).`,
    );
  }
  out.push('', `As of ${when}${run}.`, '');

  out.push('### Since the last board', '');
  const trend = board.trend;
  if (!trend) {
    out.push('First board.', '');
  } else {
    out.push(`- Findings: ${trend.findingsBefore} → ${trend.findingsAfter} (${signed(trend.findingsAfter - trend.findingsBefore)}) since ${trend.previousAt.slice(0, 16).replace('T', ' ')} UTC`);
    for (const c of CATEGORIES) {
      const { before, after } = trend.byCategory[c];
      if (before !== after) out.push(`- ${c}: ${before} → ${after}`);
    }
    if (trend.nowClean.length) out.push(`- Now clean: ${repoList(trend.nowClean)}`);
    if (trend.newUsage.length) out.push(`- New usage: ${repoList(trend.newUsage)}`);
    if (!trend.complete) out.push('- (The last board kept per-repository counts only for its largest repositories.)');
    out.push('');
  }

  const pie = categoryPie(board);
  if (pie) out.push('### Findings by category', '', fenced(pie), '');
  const line = trendChart(board.history);
  if (line) out.push('### Trend', '', fenced(line), '');

  const withFindings = board.repositories.filter((r) => r.total > 0);
  const clean = board.repositories.filter((r) => r.total === 0);
  if (withFindings.length) {
    const cats = CATEGORIES.map((c) => CATEGORY_LABEL[c]);
    out.push(
      '### Repositories',
      '',
      `| Repository | Findings | ${SEVERITY_ICON.error} | ${SEVERITY_ICON.warning} | ${SEVERITY_ICON.notice} | ${cats.join(' | ')} | Safe to fix | Migration PR | Smoke test | Tracking issue |`,
      `|---|---:|---:|---:|---:|${CATEGORIES.map(() => '---:').join('|')}|---:|---|---|---|`,
    );
    for (const r of withFindings.slice(0, maxRows)) {
      out.push(
        `| ${repoCell(r, opts.serverUrl)} | ${r.total} | ${r.bySeverity.error} | ${r.bySeverity.warning} | ${r.bySeverity.notice} | ` +
          `${CATEGORIES.map((c) => r.byCategory[c]).join(' | ')} | ${r.safeFixes} | ${prCell(r)} | ${smokeCell(r)} | ${trackingCell(r)} |`,
      );
    }
    if (withFindings.length > maxRows) out.push('', `_${withFindings.length - maxRows} more repositories with findings are in the board's CSV and JSON files._`);
    out.push('');
  }
  if (clean.length) {
    const shown = clean.slice(0, maxRows).map((r) => repoCell(r, opts.serverUrl));
    const more = clean.length > maxRows ? ` and ${clean.length - maxRows} more` : '';
    out.push(`<details><summary>${clean.length} clean repositor${clean.length === 1 ? 'y' : 'ies'}</summary>`, '', shown.join(', ') + more, '', '</details>', '');
  }
  if (board.notes.length) {
    out.push(`### Reports left out or noted (${board.notes.length})`, '');
    for (const n of board.notes.slice(0, maxNotes)) out.push(`- ${escapeText(n.source)}: ${escapeText(n.reason)}`);
    if (board.notes.length > maxNotes) out.push(`- … and ${board.notes.length - maxNotes} more (see the board's JSON file)`);
    out.push('');
  }
  return out.join('\n');
}

/** The job summary: the board with as many rows as fit in GitHub's 1 MiB. */
export function renderBoardSummary(board: Board, opts: BoardMarkdownOptions): string {
  return fit((rows) => renderBoard(board, { ...opts, maxRows: rows }), SUMMARY_LIMIT, board.repositories.length);
}

/** The issue body: marker, board, and the state for the next board, within GitHub's 65,536 characters. */
export function renderBoardIssue(board: Board, opts: BoardMarkdownOptions): { title: string; body: string } {
  let maxRepos = board.repositories.length;
  let state = embedBoardState(stateOf(board, maxRepos));
  while (state.length > STATE_BUDGET && maxRepos > 0) {
    maxRepos = Math.floor(maxRepos / 2);
    state = embedBoardState(stateOf(board, maxRepos));
  }
  const room = ISSUE_LIMIT - state.length - BOARD_MARKER.length - 10;
  const text = fit((rows) => renderBoard(board, { ...opts, maxRows: rows, maxNotes: 20 }), room, board.repositories.length);
  const t = board.totals;
  const title = t.findings === 0 ? 'TokenHub migration board: nothing left to migrate' : `TokenHub migration board: ${t.findings} finding${t.findings === 1 ? '' : 's'} in ${t.withFindings} repositor${t.withFindings === 1 ? 'y' : 'ies'}`;
  return { title, body: `${BOARD_MARKER}\n${text}\n${state}\n` };
}

/** Halves the rows until the text fits; the last resort cuts the text. */
function fit(render: (rows: number) => string, limit: number, total: number): string {
  let rows = Math.min(total, 500);
  for (;;) {
    const text = render(rows);
    if (text.length <= limit) return text;
    if (rows === 0) return text.slice(0, limit - 100) + '\n\n_Cut to fit GitHub\'s size limit._\n';
    rows = Math.floor(rows / 2);
  }
}
