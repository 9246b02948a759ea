import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigError, resolveSettings, type Overrides, type Settings } from '../config/index.js';
import { renderAuditSummary, type AuditState } from '../report/audit-summary.js';
import type { ReportContext, Reporter } from '../report/context.js';
import { JOB_SUMMARY_LIMIT } from '../report/job-summary.js';
import { SUMMARY_MAX_ROWS } from '../report/summary-markdown.js';
import { buildSarif } from '../report/sarif.js';
import { syncTrackingIssue, TrackingIssueRefused } from '../report/tracking-issue.js';
import { applyBaseline } from '../triage/baseline.js';
import { readBaselineFile } from '../triage/baseline-file.js';
import { scanScope } from '../triage/baseline-scope.js';
import { atOrAbove } from '../triage/severity.js';

/**
 * The action's audit steps, each a plain function or reporter the pipeline calls: settings from the config file
 * and the inputs, the baseline (triage), the SARIF file, the tracking issue and the audit job summary. API
 * failures become warnings that say what to change; a bad config file fails the step with an annotation on the
 * offending line.
 */

/** A config error, already reported as annotations; the step fails with this message. */
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

/**
 * Triage by the baseline: findings it knows move from `findings` (judged) to `preExisting`, and the verdict is
 * taken again. `targets` are the scanned paths relative to the root (none: the whole tree); in diff mode only
 * the changed files count for stale entries.
 */
export async function applyBaselineStep(ctx: ReportContext, settings: Settings, targets: readonly string[]): Promise<void> {
  if (!settings.baseline) return;
  const root = ctx.result.root;
  const baseline = await readBaselineFile(root, settings.baseline);
  const scanned = ctx.mode === 'diff' ? new Set(ctx.diff ? [...ctx.diff.addedLines.keys()] : []) : undefined;
  const relTargets = targets.map((t) => path.relative(root, path.resolve(root, t)).split(path.sep).join('/'));
  const baseScope = scanScope(relTargets, settings.include, settings.exclude);
  const outcome = applyBaseline(ctx.findings, baseline, (p) => baseScope(p) && (!scanned || scanned.has(p)));
  const rel = path.relative(root, path.resolve(root, settings.baseline)).split(path.sep).join('/');
  if (outcome.stale.length) {
    core.notice(
      `${outcome.stale.length} baseline entr${outcome.stale.length === 1 ? 'y no longer matches' : 'ies no longer match'} a finding (fixed, or changed); regenerate ${rel} to drop them.`,
    );
  }
  ctx.preExisting = [...ctx.preExisting, ...outcome.known];
  ctx.findings = outcome.fresh;
  ctx.failed = atOrAbove(ctx.findings, ctx.failOn).length > 0;
  const audit: AuditState = ctx.audit ?? {};
  audit.baseline = { file: rel, new: outcome.fresh.length, known: outcome.known.length, stale: outcome.stale };
  audit.known = new Set(baseline.findings.map((e) => e.fingerprint));
  ctx.audit = audit;
}

function runUrl(ctx: ReportContext): string | undefined {
  const id = process.env.GITHUB_RUN_ID;
  return id ? `${ctx.repo.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${id}` : undefined;
}

/** Writes SARIF 2.1.0 of every finding (known ones marked `unchanged`), cut to GitHub's limits with a warning. */
export function sarifReporter(file: string, settings: Settings): Reporter {
  return {
    name: 'SARIF file',
    needsApi: false,
    async run(ctx) {
      const ref = process.env.GITHUB_REF;
      const out = buildSarif(ctx.result, {
        rules: settings.rules,
        catalog: settings.catalog,
        ...(ctx.audit?.known ? { knownFingerprints: ctx.audit.known } : {}),
        versionControl: { repositoryUri: `${ctx.repo.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`, revisionId: ctx.headSha, ...(ref ? { branch: ref } : {}) },
      });
      const abs = path.resolve(ctx.result.root, file);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.writeFile(abs, out.text);
      for (const w of out.warnings) ctx.log.warning(w);
      if (ctx.mode === 'diff') {
        ctx.log.notice('The SARIF file of a diff-mode run holds the changed files only; upload SARIF from full scans (schedule, push) to code scanning.');
      }
      ctx.log.info(`Wrote SARIF (${out.included} results) to ${file}.`);
      core.setOutput('sarif-file', abs);
      ctx.audit = { ...ctx.audit, sarif: { file, included: out.included, omitted: out.omitted, warnings: out.warnings } };
    },
  };
}

/** Keeps the tracking issue of a full scan. A refusal is a warning that names the permission; it never fails the run. */
export const trackingIssueReporter: Reporter = {
  name: 'tracking issue',
  needsApi: true,
  async run(ctx) {
    if (ctx.mode !== 'full') {
      ctx.log.notice('tracking-issue applies to full scans (schedule, workflow_dispatch, push); skipped in diff mode.');
      return;
    }
    try {
      const url = runUrl(ctx);
      const outcome = await syncTrackingIssue(ctx.github!, ctx.repo.owner, ctx.repo.repo, {
        // The issue tracks everything left to migrate, baseline or not.
        findings: ctx.result.findings,
        sha: ctx.headSha,
        ...(url ? { runUrl: url } : {}),
        links: { serverUrl: ctx.repo.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, sha: ctx.headSha },
      });
      ctx.log.info(outcome.url ? `Tracking issue #${outcome.number}: ${outcome.action} (${outcome.url}).` : 'Tracking issue: nothing to track and no issue open.');
      ctx.audit = { ...ctx.audit, tracking: outcome };
    } catch (err) {
      const warning = err instanceof TrackingIssueRefused ? err.message : `Could not update the tracking issue: ${(err as Error).message}`;
      ctx.log.warning(warning);
      ctx.audit = { ...ctx.audit, tracking: { warning } };
    }
  },
};

/** The job summary of a full scan: counts by category and severity, top files, baseline, checklist, outputs. */
export const auditSummaryReporter: Reporter = {
  name: 'job summary',
  needsApi: false,
  async run(ctx) {
    const appendix = ctx.summaryAppendix ?? '';
    const render = (maxRows: number) =>
      renderAuditSummary({
        result: ctx.result,
        counted: ctx.findings,
        failOn: ctx.failOn,
        failed: ctx.failed,
        links: { serverUrl: ctx.repo.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, sha: ctx.headSha },
        ...(ctx.audit?.baseline ? { baseline: ctx.audit.baseline } : {}),
        ...(ctx.audit?.sarif ? { sarif: ctx.audit.sarif } : {}),
        ...(ctx.audit?.tracking ? { tracking: ctx.audit.tracking } : {}),
        maxRows,
      }) + appendix;
    let rows = SUMMARY_MAX_ROWS;
    let text = render(rows);
    while (Buffer.byteLength(text) > JOB_SUMMARY_LIMIT && rows > 0) {
      rows = Math.floor(rows / 2);
      text = render(rows);
    }
    await core.summary.addRaw(text).write();
  },
};
