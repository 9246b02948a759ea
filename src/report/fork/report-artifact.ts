import type { FailOn } from '../../finding/severity.js';
import type { Region } from '../../fix/region.js';
import { describeApiError, type GitHubClient } from '../../github/client.js';
import { listPullFiles } from '../../github/diff-files.js';
import { triage } from '../../triage/triage.js';
import { reportInput, type ReportInput, type ReportLog, type RepoTarget } from '../context.js';
import { runReporters } from '../report-run.js';
import { checkArtifact } from './check-artifact.js';
import { pullLinesOf } from './pull-lines.js';
import { readArtifact } from './read-artifact.js';

/**
 * The fork pattern's second half (`mode: report`): the report artifact a fork's `pull_request` run uploaded, held
 * against the pull request as GitHub's API shows it, then posted through the same reporters as a same-repository
 * run. An artifact that fails any check is refused (the reason comes back) and nothing is posted.
 */

export interface ArtifactReportRequest {
  client: GitHubClient;
  repo: RepoTarget;
  /** The artifact's JSON file, absolute. */
  file: string;
  /** The head commit of the workflow run that uploaded it, from the event GitHub wrote (the fork cannot touch it). */
  runHeadSha: string;
  workspace: string;
  failOn: FailOn;
  fixRegion: Region;
  runUrl?: string;
  reporters: { checkRun: boolean; reviewComments: boolean; comment: boolean };
  log: ReportLog;
}

export async function reportArtifact(req: ArtifactReportRequest): Promise<{ refused: string } | { report: ReportInput; number: number }> {
  const artifact = readArtifact(req.file);
  if ('refused' in artifact) return artifact;
  const number = artifact.report.run.pullRequest.number;
  const repo = { owner: req.repo.owner, repo: req.repo.repo };
  let pull;
  let files;
  try {
    pull = (await req.client.rest.pulls.get({ ...repo, pull_number: number })).data;
    files = await listPullFiles(req.client, repo, number);
  } catch (err) {
    return { refused: `pull request #${number} could not be read from this repository (${describeApiError(err)})` };
  }
  const lines = pullLinesOf(files);
  const checked = checkArtifact(artifact.report, { runHeadSha: req.runHeadSha, number, headSha: pull.head.sha, lines });
  if ('refused' in checked) return checked;

  const addedLines = new Map([...lines].map(([p, l]) => [p, [...l.keys()].sort((a, b) => a - b)]));
  const outcome = triage({ findings: checked.findings, failOn: req.failOn, diff: { addedLines, scope: 'added-lines' } });
  const report = reportInput({
    repo: req.repo,
    headSha: pull.head.sha,
    pullNumber: number,
    mode: 'diff',
    result: { root: req.workspace, findings: checked.findings, skipped: [], stats: { files: files.length, bytes: 0, durationMs: 0 } },
    outcome,
    diff: { source: 'rest-pull-files', baseSha: pull.base.sha, notes: [], changedFiles: files.length, scannedFiles: files.length, scope: 'added-lines', addedLines },
    github: req.client,
    readLine: async (p, l) => lines.get(p)?.get(l),
    log: req.log,
    fixRegion: req.fixRegion,
    ...(req.runUrl ? { runUrl: req.runUrl } : {}),
  });
  req.log.info(`Report artifact for pull request #${number} at ${pull.head.sha.slice(0, 7)}: ${checked.findings.length} finding(s), each on a line the pull request adds.`);
  await runReporters(report, { ...req.reporters, annotations: false, trackingIssue: false });
  return { report, number };
}
