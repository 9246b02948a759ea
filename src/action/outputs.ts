import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReportContext } from '../report/context.js';
import { renderJsonReport, type JsonReportOptions } from '../report/json-report.js';
import type { ScanResult } from '../scan/index.js';
import { countBySeverity } from '../finding/severity.js';
import type { ActionInputs } from './inputs.js';

/**
 * Step outputs. `findings` and the per-severity counts describe what the run judges: in diff mode the findings on
 * lines the PR adds (also `new-findings`), in a full scan every finding. `pre-existing-findings` counts the rest of
 * the changed files' findings in diff mode.
 */
export function setOutputs(ctx: ReportContext): void {
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

export async function writeJsonReport(inputs: ActionInputs, result: ScanResult, opts: JsonReportOptions = {}): Promise<void> {
  if (!inputs.jsonFile) return;
  const out = path.resolve(result.root, inputs.jsonFile);
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, renderJsonReport(result, opts));
  core.setOutput('json-file', out);
}
