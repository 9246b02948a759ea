import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { annotationTitle, planAnnotations } from '../report/annotations.js';
import { renderJsonReport } from '../report/json-report.js';
import { renderSummary, type LinkBase } from '../report/summary-markdown.js';
import { scan, ScanTargetError, type ScanResult } from '../scan/index.js';
import { atOrAbove, countBySeverity } from '../triage/severity.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { announceSmokeSkip, maskSmokeTestKey, runSmokeStep, withSmokeFindings, type SmokeStepOutcome } from './smoke-step.js';

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

function linkBase(): LinkBase | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_SHA) return undefined;
  return { serverUrl: GITHUB_SERVER_URL || 'https://github.com', repository: GITHUB_REPOSITORY, sha: GITHUB_SHA };
}

function emitAnnotations(result: ScanResult): void {
  const plan = planAnnotations(result.findings);
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
  maskSmokeTestKey();
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : String(err));
    return;
  }
  const root = workspace();
  let result: ScanResult | undefined;
  let failed = false;
  let smoke: SmokeStepOutcome | undefined;
  try {
    result = await scan({ root, paths: inputs.paths, exclude: inputs.exclude });
    smoke = await runSmokeStep({ root, paths: inputs.paths, exclude: inputs.exclude }, result.findings);
    result = withSmokeFindings(result, smoke);
    const counts = countBySeverity(result.findings);
    const failing = atOrAbove(result.findings, inputs.failOn);
    failed = failing.length > 0;

    if (inputs.annotations) emitAnnotations(result);
    announceSmokeSkip(smoke);
    core.info(`Scanned ${result.stats.files} files: ${result.findings.length} findings (${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices), ${result.skipped.length} skipped.`);
    for (const s of result.skipped) core.debug(`skipped ${s.path}: ${s.reason}`);

    core.setOutput('findings', result.findings.length);
    core.setOutput('errors', counts.errors);
    core.setOutput('warnings', counts.warnings);
    core.setOutput('notices', counts.notices);
    core.setOutput('new-findings', result.findings.length);
    core.setOutput('result', failed ? 'fail' : 'pass');

    if (inputs.jsonFile) {
      const out = path.resolve(root, inputs.jsonFile);
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, renderJsonReport(result));
      core.setOutput('json-file', out);
    }

    if (failed) {
      core.setFailed(
        `${failing.length} finding(s) at or above '${inputs.failOn}' still use the retiring Hunyuan/LKE APIs. ` +
          `Fix them as the annotations and job summary say, mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'.`,
      );
    }
  } catch (err) {
    const message = err instanceof ScanTargetError ? err.message : `scan failed: ${(err as Error).stack ?? String(err)}`;
    core.setFailed(message);
  } finally {
    // The summary is written even when the run fails, so the user sees what was found.
    if (result) {
      try {
        await core.summary.addRaw(renderSummary({ result, failOn: inputs.failOn, failed, links: linkBase() }) + (smoke?.summary ?? '')).write();
      } catch (err) {
        core.warning(`Could not write the job summary: ${(err as Error).message}`);
      }
    }
  }
}
