/**
 * The job summary of a run that could not check anything (a bad input or config file, an event without a diff):
 * what went wrong and how to fix it, so the summary is never empty. Messages may quote user text (a config
 * value, a ref), so they are shown as preformatted, HTML-escaped text.
 */

export interface FailureReport {
  /** One line: what kind of problem. */
  title: string;
  /** What went wrong, one problem per line. */
  problems: readonly string[];
  /** How to fix it (Markdown written by us). */
  fix: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function failureSummaryMarkdown(report: FailureReport): string {
  return [
    '## TokenHub migration check: not run',
    '',
    `❌ **${escapeHtml(report.title)}**`,
    '',
    `<pre>${report.problems.map(escapeHtml).join('\n')}</pre>`,
    '',
    `**How to fix it:** ${report.fix}`,
    '',
  ].join('\n');
}
