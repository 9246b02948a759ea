import { stringify } from 'csv-stringify/sync';
import { CATEGORIES, SEVERITIES } from '../audit-stats.js';
import type { Board } from './board.js';

/**
 * The board as CSV, one line per repository, for spreadsheets and other tools. csv-stringify does the quoting;
 * a text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe, as OWASP advises against CSV injection.
 */

const COLUMNS = [
  'repository',
  'findings',
  ...SEVERITIES,
  ...CATEGORIES,
  'safe_fixes',
  'files',
  'skipped_files',
  'migration_pr_state',
  'migration_pr_number',
  'migration_pr_url',
  'smoke_test',
  'tracking_issue_number',
  'tracking_issue_url',
  'sha',
  'run_url',
  'report',
];

function text(v: string | undefined): string {
  if (v === undefined) return '';
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function renderBoardCsv(board: Board): string {
  const records = board.repositories.map((r) => [
    text(r.repository),
    r.total,
    ...SEVERITIES.map((s) => r.bySeverity[s]),
    ...CATEGORIES.map((c) => r.byCategory[c]),
    r.safeFixes,
    r.files,
    r.skippedFiles,
    text(r.fixPr?.state),
    r.fixPr?.number ?? '',
    text(r.fixPr?.url),
    text(r.smokeTest),
    r.trackingIssue?.number ?? '',
    text(r.trackingIssue?.url),
    text(r.sha),
    text(r.runUrl),
    text(r.source),
  ]);
  return stringify(records, { header: true, columns: COLUMNS, record_delimiter: '\n' });
}
