import type { Finding } from '../finding/finding.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import type { SmokeReport } from './report.js';

/** The smoke test's report as JSON (`smoke-test --format json`): the report and the cross-check findings. */
export function renderSmokeJson(report: SmokeReport, findings: readonly Finding[]): string {
  return JSON.stringify({ version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, smokeTest: report, findings }, null, 2) + '\n';
}
