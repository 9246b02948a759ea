import { byLocation, type Finding, type ScanResult } from '../finding/finding.js';
import type { ReferenceScope, SmokeReport } from './index.js';
import { redact } from './redact.js';

/**
 * The smoke test as a step of a run beside the scan: the fork and secret rules, what to log, the job-summary
 * section and the verdict. It never throws and never touches the runner: the face sets the `smoke-test` output to
 * `status` and fails the step with `failure` when there is one (already redacted).
 */

export type SmokeStatus = 'passed' | 'failed' | 'skipped';

export interface SmokeStepSettings {
  mode: 'auto' | 'always' | 'never';
  apiKey: string;
  baseUrl: string;
  models: readonly string[];
  timeoutMs: number;
}

export interface SmokeStepLog {
  info(message: string): void;
  warning(message: string, properties?: { title?: string }): void;
}

export interface SmokeStepOutcome {
  status: SmokeStatus;
  /** Cross-check findings, for the scan's reporters. */
  findings: Finding[];
  /** Job-summary section, when a test ran. */
  summary?: string;
  /** Why the test was skipped: one notice, for after the findings' own annotations. */
  notice?: string;
  /** Why the step fails, with the key redacted. */
  failure?: string;
}

const SECRET_HOWTO =
  "Store the key as a repository secret (for example TOKENHUB_API_KEY) and pass it as `tokenhub-api-key: ${{ secrets.TOKENHUB_API_KEY }}`.";

const skip = (notice?: string): SmokeStepOutcome => ({ status: 'skipped', findings: [], ...(notice ? { notice } : {}) });
const fail = (key: string, message: string, extra: Partial<SmokeStepOutcome> = {}): SmokeStepOutcome => ({ status: 'failed', findings: [], failure: redact(message, [key]), ...extra });

export async function runSmokeStep(settings: SmokeStepSettings, fork: boolean, scope: ReferenceScope, scanFindings: readonly Finding[], log: SmokeStepLog): Promise<SmokeStepOutcome> {
  const { mode, apiKey: key, timeoutMs } = settings;
  if (mode === 'never') {
    log.info('TokenHub smoke test: off (smoke-test: never).');
    return skip();
  }
  if (!key) {
    const why = fork
      ? 'this pull request comes from a fork, and GitHub gives no secrets to workflow runs for fork pull requests. It runs on pushes and on pull requests from branches of this repository.'
      : `no tokenhub-api-key was given. ${SECRET_HOWTO} Dependabot pull requests get only Dependabot secrets. Set smoke-test: never to turn the test off.`;
    if (mode === 'always') return fail(key, `TokenHub smoke test cannot run (smoke-test: always): ${why}`);
    return skip(`TokenHub smoke test skipped: ${why}`);
  }
  if (fork && mode === 'auto') return skip('TokenHub smoke test skipped: this pull request comes from a fork. Set smoke-test: always to test the key anyway.');

  // The test itself (and the openai SDK under it) is loaded only when it runs.
  const { apiKeyProblem, BaseUrlError, findModelReferences, ModelListError, parseTokenHubBaseUrl, runSmokeTest, validateModelIds } = await import('./index.js');
  const { renderSmokeSummary, smokeVerdict } = await import('./summary-markdown.js');
  const keyIssue = apiKeyProblem(key);
  if (keyIssue) return fail(key, `TokenHub smoke test not run: ${keyIssue}.`);
  let models: string[];
  let endpoint;
  try {
    models = validateModelIds(settings.models, "input 'smoke-test-models'");
    endpoint = parseTokenHubBaseUrl(settings.baseUrl);
  } catch (err) {
    if (err instanceof ModelListError) return fail(key, err.message);
    if (err instanceof BaseUrlError) return fail(key, `TokenHub smoke test not run: ${err.message}`);
    throw err;
  }
  if (endpoint.kind === 'loopback') log.info(`TokenHub smoke test: using a server on this machine (${endpoint.host}), not TokenHub itself.`);

  let references: Finding[] = [];
  try {
    references = await findModelReferences(scope, scanFindings);
  } catch (err) {
    log.warning(`TokenHub smoke test: could not look for model IDs in the code (${(err as Error).message}); testing the configured or default models.`);
  }

  try {
    const { report, findings, selection } = await runSmokeTest({ apiKey: key, endpoint, models, references, timeoutMs });
    logReport(report, selection.source, log, await import('./summary-markdown.js'));
    const summary = redact(renderSmokeSummary(report, findings), [key]);
    if (report.outcome === 'failed') return { status: 'failed', findings, summary, failure: redact(smokeVerdict(report), [key]) };
    return { status: 'passed', findings, summary };
  } catch (err) {
    return fail(key, `TokenHub smoke test stopped unexpectedly: ${(err as Error).message}`);
  }
}

function logReport(
  report: SmokeReport,
  source: SmokeReport['modelSource'],
  log: SmokeStepLog,
  { formatDuration, modelCount }: typeof import('./summary-markdown.js'),
): void {
  const ml = report.modelList;
  log.info(`TokenHub smoke test at ${report.endpoint.url} (models: ${source === 'input' ? 'smoke-test-models' : source === 'code' ? 'referenced in the code' : 'default'})`);
  if (ml.ok) log.info(`  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key, ${formatDuration(ml.durationMs, ml.attempts)}`);
  else if (ml.problem && !ml.problem.fatal) log.warning(ml.problem.message, { title: 'TokenHub model list' });
  else if (ml.problem) log.info(`  GET /models: ${ml.problem.message}`);
  for (const m of report.models) {
    const detail = m.problem?.message ?? m.note ?? '';
    log.info(`  ${m.model}: ${m.status}${m.durationMs !== undefined ? `, ${formatDuration(m.durationMs, m.attempts)}` : ''}${detail ? ` (${detail})` : ''}`);
  }
}

/** The scan result with the cross-check findings added, in the scan's order. */
export function withSmokeFindings(result: ScanResult, smoke: SmokeStepOutcome): ScanResult {
  if (smoke.findings.length === 0) return result;
  return { ...result, findings: [...result.findings, ...smoke.findings].sort(byLocation) };
}
