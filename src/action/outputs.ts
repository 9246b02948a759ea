import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { countBySeverity } from '../finding/severity.js';
import type { ReportInput } from '../report/context.js';
import { jsonReportOptions, renderJsonReport } from '../report/json-report.js';

/**
 * Step outputs. `findings` and the per-severity counts describe what the run judges: in diff mode the findings on
 * lines the PR adds (also `new-findings`), in a full scan every finding. `pre-existing-findings` counts the rest of
 * the changed files' findings in diff mode, and those the baseline knows.
 */
export function setOutputs(ctx: ReportInput): void {
  const counts = countBySeverity(ctx.findings);
  core.setOutput('findings', ctx.findings.length);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notices', counts.notices);
  core.setOutput('new-findings', ctx.findings.length);
  core.setOutput('pre-existing-findings', ctx.preExisting.length);
  core.setOutput('mode', ctx.mode);
  core.setOutput('result', ctx.failed ? 'fail' : 'pass');
}

/** The JSON report (input json-file), of every reported finding; its path becomes the `json-file` output. */
export async function writeJsonReport(file: string | undefined, ctx: ReportInput): Promise<void> {
  if (!file) return;
  const out = path.resolve(ctx.result.root, file);
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, renderJsonReport(ctx.result, jsonReportOptions(ctx.outcome)));
  core.setOutput('json-file', out);
}
