import { setOutput } from './redacted-output.js';
import type { FixPrOutcome } from '../fix-pr/run-fix-pr.js';
import type { RunInfo } from '../report/run-info.js';
import { countBySeverity } from '../finding/severity.js';
import type { ReportInput } from '../report/context.js';
import { jsonReportOptions, renderJsonReport } from '../report/json-report.js';
import { actionReportRoots, writeReportFile } from '../safe-fs/report-path.js';

/**
 * Step outputs. `findings` and the per-severity counts describe what the run judges: in diff mode the findings on
 * lines the PR adds (also `new-findings`), in a full scan every finding. `pre-existing-findings` counts the rest of
 * the changed files' findings in diff mode, and those the baseline knows.
 */
export function setOutputs(ctx: ReportInput): void {
  const counts = countBySeverity(ctx.findings);
  setOutput('findings', ctx.findings.length);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  setOutput('notices', counts.notices);
  setOutput('new-findings', ctx.findings.length);
  setOutput('pre-existing-findings', ctx.preExisting.length);
  setOutput('mode', ctx.mode);
  setOutput('result', ctx.failed ? 'fail' : 'pass');
}

/**
 * The JSON report (input json-file), of every reported finding; its path becomes the `json-file` output. Written
 * only inside the workspace (or RUNNER_TEMP) and never through a link: an unusable path throws ReportPathError.
 */
export async function writeJsonReport(file: string | undefined, ctx: ReportInput, run?: RunInfo): Promise<void> {
  if (!file) return;
  const text = renderJsonReport(ctx.result, { ...jsonReportOptions(ctx.outcome), ...(run ? { run } : {}) });
  const out = await writeReportFile(file, actionReportRoots(ctx.result.root), text, 'the JSON report (json-file)');
  setOutput('json-file', out);
}

/** Outputs `fix-pr`, `fix-pr-number` and `fix-pr-url`: what the migration pull request step did. */
export function setFixPrOutputs(outcome: FixPrOutcome): void {
  setOutput('fix-pr', outcome.state);
  if (outcome.number !== undefined) setOutput('fix-pr-number', outcome.number);
  if (outcome.url) setOutput('fix-pr-url', outcome.url);
}
