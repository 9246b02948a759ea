import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigError, resolveSettings, type Overrides, type Settings } from '../config/index.js';
import type { BaselineSummary } from '../report/json-report.js';
import { buildSarif } from '../report/sarif.js';
import { syncTrackingIssue, TrackingIssueRefused, type TrackingOutcome } from '../report/tracking-issue.js';
import type { LinkBase } from '../report/summary-markdown.js';
import type { Finding, ScanResult } from '../scan/finding.js';
import { applyBaseline } from '../triage/baseline.js';
import { readBaselineFile } from '../triage/baseline-file.js';
import { scanScope } from '../triage/baseline-scope.js';

/**
 * The action's audit steps, each a function over plain data that the pipeline calls: settings from the config
 * file and inputs, the baseline, the SARIF file and the tracking issue. Failures of the API steps become warnings
 * that say what to change; a bad config file fails the step with an annotation on the offending line.
 */

/** A config error, already reported as annotations; the step fails with this summary. */
export class ActionConfigError extends Error {}

export async function actionSettings(root: string, configPath: string | undefined, overrides: Overrides, outputFiles: string[] = []): Promise<Settings> {
  try {
    return await resolveSettings({ root, configPath, overrides, outputFiles });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const issue of err.issues) {
      core.error(`${issue.key ? `${issue.key}: ` : ''}${issue.message}`, {
        title: 'Invalid tokenhub-migration config',
        file: path.isAbsolute(issue.file) ? undefined : issue.file,
        startLine: issue.line,
        startColumn: issue.column,
      });
    }
    throw new ActionConfigError(`Invalid configuration:\n${err.message}`);
  }
}

export interface BaselineStep {
  /** Findings that count: those the baseline does not know. */
  counted: Finding[];
  summary: BaselineSummary;
  known: Set<string>;
}

/** Splits findings by the baseline file. `targets` are the scanned paths relative to the root (none: the whole tree). */
export async function baselineStep(root: string, settings: Settings, result: ScanResult, targets: readonly string[]): Promise<BaselineStep | undefined> {
  if (!settings.baseline) return undefined;
  const baseline = await readBaselineFile(root, settings.baseline);
  const outcome = applyBaseline(result.findings, baseline, scanScope(targets, settings.include, settings.exclude));
  const rel = path.relative(root, path.resolve(root, settings.baseline)).split(path.sep).join('/');
  if (outcome.stale.length) {
    core.notice(`${outcome.stale.length} baseline entr${outcome.stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} a finding (fixed, or changed); regenerate ${rel} to drop them.`);
  }
  return {
    counted: outcome.fresh,
    summary: { file: rel, new: outcome.fresh.length, known: outcome.known.length, stale: outcome.stale },
    known: new Set(baseline.findings.map((e) => e.fingerprint)),
  };
}

export interface SarifStep {
  file: string;
  path: string;
  included: number;
  omitted: number;
  warnings: string[];
}

export async function sarifStep(
  root: string,
  file: string,
  result: ScanResult,
  settings: Settings,
  known: ReadonlySet<string> | undefined,
  vcs?: { repositoryUri: string; revisionId?: string; branch?: string },
): Promise<SarifStep> {
  const out = buildSarif(result, { rules: settings.rules, catalog: settings.catalog, ...(known ? { knownFingerprints: known } : {}), ...(vcs ? { versionControl: vcs } : {}) });
  const abs = path.resolve(root, file);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  await fs.writeFile(abs, out.text);
  for (const w of out.warnings) core.warning(w, { title: 'SARIF cut to GitHub limits' });
  core.info(`Wrote SARIF (${out.included} results) to ${file}.`);
  return { file, path: abs, included: out.included, omitted: out.omitted, warnings: out.warnings };
}

export interface TrackingContext {
  token?: string;
  apiUrl?: string;
  owner: string;
  repo: string;
  sha: string;
  runUrl?: string;
  links?: LinkBase;
}

/** Keeps the tracking issue; never fails the run: a refusal or an error becomes a warning naming the fix. */
export async function trackingStep(ctx: TrackingContext, findings: readonly Finding[]): Promise<TrackingOutcome | { warning: string }> {
  if (!ctx.token) {
    const warning = "tracking-issue is on but no github-token was given: pass `github-token: ${{ github.token }}` and give the job 'issues: write'.";
    core.warning(warning);
    return { warning };
  }
  try {
    const client = getOctokit(ctx.token, ctx.apiUrl ? { baseUrl: ctx.apiUrl } : {});
    const outcome = await syncTrackingIssue(client, ctx.owner, ctx.repo, { findings, sha: ctx.sha, ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}), ...(ctx.links ? { links: ctx.links } : {}) });
    if (outcome.url) core.info(`Tracking issue #${outcome.number}: ${outcome.action} (${outcome.url}).`);
    else core.info('Tracking issue: nothing to track and no issue open.');
    return outcome;
  } catch (err) {
    const warning = err instanceof TrackingIssueRefused ? err.message : `Could not update the tracking issue: ${(err as Error).message}`;
    core.warning(warning);
    return { warning };
  }
}
