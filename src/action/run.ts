import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { annotationTitle, planAnnotations } from '../report/annotations.js';
import { renderJsonReport } from '../report/json-report.js';
import { type LinkBase } from '../report/summary-markdown.js';
import { renderAuditSummary, type AuditSummaryInput } from '../report/audit-summary.js';
import { scan, ScanTargetError, type Finding, type ScanResult } from '../scan/index.js';
import { BaselineError } from '../triage/baseline.js';
import { atOrAbove, countBySeverity, type FailOn } from '../triage/severity.js';
import type { Settings } from '../config/index.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { readAuditInputs, type AuditInputs } from './audit-inputs.js';
import { ActionConfigError, actionSettings, baselineStep, sarifStep, trackingStep } from './audit.js';

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

function linkBase(): LinkBase | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_SHA) return undefined;
  return { serverUrl: GITHUB_SERVER_URL || 'https://github.com', repository: GITHUB_REPOSITORY, sha: GITHUB_SHA };
}

function emitAnnotations(findings: readonly Finding[]): void {
  const plan = planAnnotations(findings);
  for (const f of plan.shown) {
    const props: core.AnnotationProperties = {
      title: annotationTitle(f),
      file: f.path,
      startLine: f.line,
      endLine: f.endLine,
    };
    // GitHub ignores columns on annotations that span several lines.
    if (f.line === f.endLine) {
      props.startColumn = f.column;
      props.endColumn = f.endColumn;
    }
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
  if (plan.hidden > 0) {
    core.notice(`${plan.hidden} more findings are not annotated (GitHub shows at most 10 per level); see the job summary.`, {
      title: 'More TokenHub migration findings',
    });
  }
}

export async function run(): Promise<void> {
  let inputs: ActionInputs;
  let audit: AuditInputs;
  try {
    inputs = readInputs();
    audit = readAuditInputs();
    const mode = core.getInput('mode').trim().toLowerCase() || 'auto';
    if (mode !== 'auto' && mode !== 'full') throw new InputError(`input 'mode' must be auto or full in this version (got '${mode}')`);
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : String(err));
    return;
  }
  const root = workspace();
  let result: ScanResult | undefined;
  let settings: Settings | undefined;
  let failOn: FailOn = audit.failOn ?? 'error';
  let failed = false;
  const summary: Partial<AuditSummaryInput> = {};
  try {
    const outputFiles = [inputs.jsonFile, audit.sarifFile].filter((f): f is string => Boolean(f));
    settings = await actionSettings(root, audit.config, { failOn: audit.failOn, exclude: inputs.exclude, baseline: audit.baseline }, outputFiles);
    failOn = settings.failOn;
    result = await scan({ root, paths: inputs.paths, include: settings.include, exclude: settings.exclude, catalog: settings.catalog });
    const targets = inputs.paths.map((p) => path.relative(result!.root, path.resolve(result!.root, p)).split(path.sep).join('/'));
    const baseline = await baselineStep(result.root, settings, result, targets);
    // With a baseline, only findings absent from it count: they fail the run and get the annotations.
    const counted = baseline?.counted ?? result.findings;
    if (baseline) summary.baseline = baseline.summary;
    summary.counted = counted;
    const counts = countBySeverity(result.findings);
    const failing = atOrAbove(counted, failOn);
    failed = failing.length > 0;

    if (inputs.annotations) emitAnnotations(counted);
    core.info(`Scanned ${result.stats.files} files: ${result.findings.length} findings (${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices)${baseline ? `, ${counted.length} new against the baseline` : ''}, ${result.skipped.length} skipped.`);
    for (const s of result.skipped) core.debug(`skipped ${s.path}: ${s.reason}`);

    core.setOutput('findings', result.findings.length);
    core.setOutput('errors', counts.errors);
    core.setOutput('warnings', counts.warnings);
    core.setOutput('notices', counts.notices);
    core.setOutput('new-findings', counted.length);
    core.setOutput('result', failed ? 'fail' : 'pass');

    if (inputs.jsonFile) {
      const out = path.resolve(root, inputs.jsonFile);
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, renderJsonReport(result, baseline ? { baseline: baseline.summary, knownFingerprints: baseline.known } : {}));
      core.setOutput('json-file', out);
    }
    if (audit.sarifFile) {
      const links = linkBase();
      const sarif = await sarifStep(root, audit.sarifFile, result, settings, baseline?.known, links ? { repositoryUri: `${links.serverUrl}/${links.repository}`, revisionId: links.sha, ...(process.env.GITHUB_REF ? { branch: process.env.GITHUB_REF } : {}) } : undefined);
      summary.sarif = sarif;
      core.setOutput('sarif-file', sarif.path);
    }
    if (audit.trackingIssue) {
      const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
      const links = linkBase();
      const runUrl = process.env.GITHUB_RUN_ID && links ? `${links.serverUrl}/${links.repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
      summary.tracking = await trackingStep(
        { token: audit.githubToken, apiUrl: process.env.GITHUB_API_URL, owner, repo, sha: process.env.GITHUB_SHA ?? '', ...(runUrl ? { runUrl } : {}), ...(links ? { links } : {}) },
        result.findings,
      );
    }

    if (failed) {
      core.setFailed(
        `${failing.length} ${baseline ? 'new ' : ''}finding(s) at or above '${failOn}' still use the retiring Hunyuan/LKE APIs. ` +
          `Fix them as the annotations and job summary say, mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'.`,
      );
    }
  } catch (err) {
    const message =
      err instanceof ScanTargetError || err instanceof ActionConfigError || err instanceof BaselineError
        ? err.message
        : `scan failed: ${(err as Error).stack ?? String(err)}`;
    core.setFailed(message);
  } finally {
    // The summary is written even when the run fails, so the user sees what was found.
    if (result) {
      try {
        const input: AuditSummaryInput = { result, counted: summary.counted ?? result.findings, failOn, failed, ...summary };
        const links = linkBase();
        if (links) input.links = links;
        await core.summary.addRaw(renderAuditSummary(input)).write();
      } catch (err) {
        core.warning(`Could not write the job summary: ${(err as Error).message}`);
      }
    }
  }
}
