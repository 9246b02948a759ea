import * as core from '@actions/core';
import { FAIL_ON_VALUES, isFailOn, type FailOn } from '../finding/severity.js';
import { InputError } from './inputs.js';

/** The inputs of the audit features: config file, baseline, SARIF file, tracking issue. */
export interface AuditInputs {
  /** Config file path; unset: `.github/tokenhub-migration.yml` when present. */
  config?: string;
  /** `fail-on` when given explicitly (it then wins over the config file). */
  failOn?: FailOn;
  baseline?: string;
  sarifFile?: string;
  trackingIssue: boolean;
}

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

export function readAuditInputs(): AuditInputs {
  const failOn = optional('fail-on');
  if (failOn !== undefined && !isFailOn(failOn)) {
    throw new InputError(`input 'fail-on' must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOn}')`);
  }
  const tracking = (optional('tracking-issue') ?? 'false').toLowerCase();
  if (!['true', 'false', 'yes', 'no', 'on', 'off', '1', '0'].includes(tracking)) {
    throw new InputError(`input 'tracking-issue' must be true or false (got '${tracking}')`);
  }
  const out: AuditInputs = { trackingIssue: ['true', 'yes', 'on', '1'].includes(tracking) };
  const config = optional('config');
  const baseline = optional('baseline');
  const sarifFile = optional('sarif-file');
  if (config) out.config = config;
  if (failOn) out.failOn = failOn as FailOn;
  if (baseline) out.baseline = baseline;
  if (sarifFile) out.sarifFile = sarifFile;
  return out;
}
