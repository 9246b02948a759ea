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

/** Why a run could not check anything, by kind: the summary's title and how to fix it. */
export type FailureKind = 'config' | 'input' | 'mode' | 'diff' | 'user' | 'defect';

export const FAILURE_HELP: Record<FailureKind, { title: string; fix: string }> = {
  config: {
    title: 'The config file is invalid',
    fix: 'correct each line named above (the error annotations point at them). The JSON Schema in `schema/tokenhub-migration.schema.json` lets an editor check the file as you type; `config:` names another file.',
  },
  input: { title: 'An input of the action is invalid', fix: 'correct the value under `with:` in the workflow step; the README lists every input and its values.' },
  mode: {
    title: "mode 'diff' needs a pull request or merge group",
    fix: "use `mode: auto` (what a pull request adds on `pull_request` and `merge_group`, the whole tree elsewhere) or `mode: full`, or run this step only on pull-request events (`if: github.event_name == 'pull_request'`).",
  },
  diff: {
    title: 'The diff of this change could not be read',
    fix: 'let actions/checkout fetch history (`fetch-depth: 0`) so git can answer, or pass `github-token` with `contents: read` and `pull-requests: read` so the REST API can; `mode: full` checks the whole tree instead.',
  },
  user: { title: 'The check could not run', fix: 'see the message above.' },
  defect: { title: 'The check stopped unexpectedly', fix: 'this is a defect of the action: please report it with the log of this step.' },
};
