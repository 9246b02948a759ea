/**
 * The action's face of the TokenHub key smoke test: its inputs, the fork/secret rules, logs, outputs and the
 * job-summary section. The check itself is in src/smoke.
 */
import * as core from '@actions/core';
import { setOutput } from './redacted-output.js';
import { byLocation } from '../finding/finding.js';
import type { Finding, ScanResult } from '../finding/finding.js';
import {
  apiKeyProblem,
  BaseUrlError,
  ModelListError,
  findModelReferences,
  parseTokenHubBaseUrl,
  redact,
  runSmokeTest,
  validateModelIds,
  type ReferenceScope,
  type SmokeReport,
} from '../smoke/index.js';
import { formatDuration, modelCount, renderSmokeSummary, smokeVerdict } from '../smoke/summary-markdown.js';
import type { SmokeSettings } from './input-schema.js';

export type SmokeStatus = 'passed' | 'failed' | 'skipped';

export interface SmokeStepOutcome {
  status: SmokeStatus;
  /** Cross-check findings, for the scan's reporters. */
  findings: Finding[];
  /** Job-summary section, when a test ran. */
  summary?: string;
  /** Why the test was skipped: one notice, emitted by announceSmokeSkip after the findings' annotations. */
  notice?: string;
}

/** First thing the action does: from here on the runner replaces the key with *** in every log line. */
export function maskSmokeTestKey(key: string): void {
  if (!key) return;
  core.setSecret(key);
  // The runner masks line by line; a pasted key with a line break inside must not slip through in halves.
  for (const line of key.split(/\r?\n/)) if (line.trim() && line.trim() !== key) core.setSecret(line.trim());
}

const SECRET_HOWTO =
  "Store the key as a repository secret (for example TOKENHUB_API_KEY) and pass it as `tokenhub-api-key: ${{ secrets.TOKENHUB_API_KEY }}`.";

function skip(notice: string | undefined): SmokeStepOutcome {
  setOutput('smoke-test', 'skipped');
  return { status: 'skipped', findings: [], ...(notice ? { notice } : {}) };
}

/**
 * The skip notice, emitted after the scan's own annotations: GitHub shows only 10 notices per step, and the
 * scan plans its notices (including its "N more findings" note) within that budget. Should the budget be full,
 * this one is the notice to lose; it is in the log either way.
 */
export function announceSmokeSkip(smoke: SmokeStepOutcome | undefined): void {
  if (smoke?.notice) core.notice(smoke.notice, { title: 'TokenHub smoke test skipped' });
}

function fail(key: string, message: string, extra: Partial<SmokeStepOutcome> = {}): SmokeStepOutcome {
  core.setFailed(redact(message, [key]));
  setOutput('smoke-test', 'failed');
  return { status: 'failed', findings: [], ...extra };
}

/**
 * Runs the smoke test when the inputs ask for it. Never throws: whatever happens ends in the `smoke-test`
 * output, and a failure fails the step with a message that says what to do.
 */
export async function runSmokeStep(
  settings: SmokeSettings,
  fork: boolean,
  scope: ReferenceScope,
  scanFindings: readonly Finding[],
): Promise<SmokeStepOutcome> {
  const { mode, apiKey: key, timeoutMs } = settings;
  if (mode === 'never') {
    core.info('TokenHub smoke test: off (smoke-test: never).');
    return skip(undefined);
  }
  if (!key) {
    const why = fork
      ? 'this pull request comes from a fork, and GitHub gives no secrets to workflow runs for fork pull requests. It runs on pushes and on pull requests from branches of this repository.'
      : `no tokenhub-api-key was given. ${SECRET_HOWTO} Dependabot pull requests get only Dependabot secrets. Set smoke-test: never to turn the test off.`;
    if (mode === 'always') return fail(key, `TokenHub smoke test cannot run (smoke-test: always): ${why}`);
    return skip(`TokenHub smoke test skipped: ${why}`);
  }
  if (fork && mode === 'auto') {
    return skip('TokenHub smoke test skipped: this pull request comes from a fork. Set smoke-test: always to test the key anyway.');
  }

  const keyIssue = apiKeyProblem(key);
  if (keyIssue) return fail(key, `TokenHub smoke test not run: ${keyIssue}.`);

  let models: string[];
  try {
    models = validateModelIds(settings.models, "input 'smoke-test-models'");
  } catch (err) {
    if (err instanceof ModelListError) return fail(key, err.message);
    throw err;
  }
  let endpoint;
  try {
    endpoint = parseTokenHubBaseUrl(settings.baseUrl);
  } catch (err) {
    if (err instanceof BaseUrlError) return fail(key, `TokenHub smoke test not run: ${err.message}`);
    throw err;
  }
  if (endpoint.kind === 'loopback') core.info(`TokenHub smoke test: using a server on this machine (${endpoint.host}), not TokenHub itself.`);

  let references: Finding[] = [];
  try {
    references = await findModelReferences(scope, scanFindings);
  } catch (err) {
    core.warning(`TokenHub smoke test: could not look for model IDs in the code (${(err as Error).message}); testing the configured or default models.`);
  }

  try {
    const { report, findings, selection } = await runSmokeTest({ apiKey: key, endpoint, models, references, timeoutMs });
    logReport(report, selection.source);
    const summary = redact(renderSmokeSummary(report, findings), [key]);
    setOutput('smoke-test', report.outcome);
    if (report.outcome === 'failed') {
      core.setFailed(redact(smokeVerdict(report), [key]));
      return { status: 'failed', findings, summary };
    }
    return { status: 'passed', findings, summary };
  } catch (err) {
    return fail(key, `TokenHub smoke test stopped unexpectedly: ${(err as Error).message}`);
  }
}

function logReport(report: SmokeReport, source: SmokeReport['modelSource']): void {
  const ml = report.modelList;
  core.info(`TokenHub smoke test at ${report.endpoint.url} (models: ${source === 'input' ? 'smoke-test-models' : source === 'code' ? 'referenced in the code' : 'default'})`);
  if (ml.ok) core.info(`  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key, ${formatDuration(ml.durationMs, ml.attempts)}`);
  else if (ml.problem && !ml.problem.fatal) core.warning(ml.problem.message, { title: 'TokenHub model list' });
  else if (ml.problem) core.info(`  GET /models: ${ml.problem.message}`);
  for (const m of report.models) {
    const detail = m.problem?.message ?? m.note ?? '';
    core.info(`  ${m.model}: ${m.status}${m.durationMs !== undefined ? `, ${formatDuration(m.durationMs, m.attempts)}` : ''}${detail ? ` (${detail})` : ''}`);
  }
}

/** The scan result with the cross-check findings added, in the scan's order. */
export function withSmokeFindings(result: ScanResult, smoke: SmokeStepOutcome): ScanResult {
  if (smoke.findings.length === 0) return result;
  return { ...result, findings: [...result.findings, ...smoke.findings].sort(byLocation) };
}
