import * as core from '@actions/core';
import { actionLog } from './log.js';
import { setOutput } from './redacted-output.js';
import type { Finding } from '../finding/finding.js';
import type { ReferenceScope } from '../smoke/index.js';
import { runSmokeStep, type SmokeStepOutcome } from '../smoke/smoke-step.js';
import type { SmokeSettings } from '../config/action-inputs.js';

/** The action's face of the TokenHub key smoke test (src/smoke/smoke-step.ts): the key masked, the output, the verdict. */

/** First thing the action does: from here on the runner replaces the key with *** in every log line. */
export function maskSmokeTestKey(key: string): void {
  if (!key) return;
  core.setSecret(key);
  // The runner masks line by line; a pasted key with a line break inside must not slip through in halves.
  for (const line of key.split(/\r?\n/)) if (line.trim() && line.trim() !== key) core.setSecret(line.trim());
}

/** Runs the smoke test when the inputs ask for it; sets `smoke-test` and fails the step when it fails. Never throws. */
export async function smokeStep(settings: SmokeSettings, fork: boolean, scope: ReferenceScope, scanFindings: readonly Finding[]): Promise<SmokeStepOutcome> {
  const outcome = await runSmokeStep(settings, fork, scope, scanFindings, actionLog);
  setOutput('smoke-test', outcome.status);
  if (outcome.failure) core.setFailed(outcome.failure);
  return outcome;
}

/**
 * The skip notice, emitted after the scan's own annotations: GitHub shows only 10 notices per step, and the scan
 * plans its notices (including its "N more findings" note) within that budget. Should the budget be full, this one
 * is the notice to lose; it is in the log either way.
 */
export function announceSmokeSkip(smoke: SmokeStepOutcome): void {
  if (smoke.notice) core.notice(smoke.notice, { title: 'TokenHub smoke test skipped' });
}
