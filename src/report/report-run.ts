import { atOrAbove } from '../finding/severity.js';
import type { AuditProducts } from './audit-summary.js';
import type { Reporter, ReportInput } from './context.js';
import { announceApiSkips, runReporter, type ApiSkip } from './run-reporters.js';
import type { SarifFileProduct, SarifFileRefused } from './sarif-file.js';
import { workflowAnnotationsReporter } from './workflow-annotations.js';

/**
 * The reporters of a run, in one place and in their order: the check run first (the workflow-command annotations'
 * "N more" notice links to it), then annotations, review comments, sticky comment, SARIF and the tracking issue.
 * Each degrades on its own (a warning) and never fails the run; what they made comes back as plain data. A reporter
 * that writes through the API is loaded only when chosen, so a run that posts nothing starts without them.
 */

export interface ReporterChoice {
  checkRun: boolean;
  annotations: boolean;
  reviewComments: boolean;
  comment: boolean;
  /** The SARIF file reporter, when a file is asked for. */
  sarif?: Reporter<SarifFileProduct | SarifFileRefused>;
  trackingIssue: boolean;
}

export interface ReportProducts extends AuditProducts {
  sarif?: SarifFileProduct;
  /** The SARIF path that could not be used: the step fails with this once every output is written. */
  sarifRefused?: string;
}

/** `writesOff`: why API writes are off, when they are (said once for the reporters that need them). */
export async function runReporters(report: ReportInput, choice: ReporterChoice, writesOff?: ApiSkip): Promise<ReportProducts> {
  const [checkRunReporter, reviewCommentsReporter, stickyCommentReporter, trackingIssueReporter] = await Promise.all([
    choice.checkRun ? import('./check-run.js').then((m) => m.checkRunReporter) : undefined,
    choice.reviewComments ? import('./review-comments.js').then((m) => m.reviewCommentsReporter) : undefined,
    choice.comment ? import('./sticky-comment.js').then((m) => m.stickyCommentReporter) : undefined,
    choice.trackingIssue ? import('./tracking-issue-reporter.js').then((m) => m.trackingIssueReporter) : undefined,
  ]);
  const planned: Reporter[] = [
    ...(checkRunReporter ? [checkRunReporter] : []),
    ...(choice.annotations ? [workflowAnnotationsReporter] : []),
    ...(reviewCommentsReporter ? [reviewCommentsReporter] : []),
    ...(stickyCommentReporter ? [stickyCommentReporter] : []),
    ...(choice.sarif ? [choice.sarif] : []),
    ...(trackingIssueReporter ? [trackingIssueReporter] : []),
  ];
  if (writesOff) announceApiSkips(planned, report, writesOff);
  const products: ReportProducts = {};
  const checkRun = checkRunReporter ? await runReporter(checkRunReporter, report) : undefined;
  if (choice.annotations) await runReporter(workflowAnnotationsReporter, checkRun?.url ? Object.freeze({ ...report, checkRunUrl: checkRun.url }) : report);
  if (reviewCommentsReporter) await runReporter(reviewCommentsReporter, report);
  if (stickyCommentReporter) await runReporter(stickyCommentReporter, report);
  if (choice.sarif) {
    const written = await runReporter(choice.sarif, report);
    if (written && 'refused' in written) products.sarifRefused = written.refused;
    else if (written) products.sarif = written;
  }
  if (trackingIssueReporter) {
    const tracking = await runReporter(trackingIssueReporter, report);
    if (tracking) products.tracking = tracking;
  }
  return products;
}

/** The step's failure message when findings at or above `fail-on` remain: what to do about them. */
export function verdictMessage(report: Pick<ReportInput, 'findings' | 'failOn' | 'mode'>): string {
  const failing = atOrAbove(report.findings, report.failOn).length;
  const where = report.mode === 'diff' ? 'on lines this pull request adds ' : '';
  return (
    `${failing} finding(s) ${where}at or above '${report.failOn}' still use the retiring Hunyuan/LKE DeepSeek APIs. ` +
    'Move them to TokenHub as the annotations and the job summary say (base URL https://tokenhub-intl.tencentcloudmaas.com/v1, ' +
    "a TokenHub API key, a model enabled for pay-as-you-go), mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'."
  );
}
