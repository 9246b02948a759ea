import { RULES } from '../catalog/index.js';
import { apiStep } from '../github/permissions.js';
import type { Finding } from '../finding/finding.js';
import { countBySeverity, rankFindings } from '../finding/severity.js';
import type { Reporter, ReportInput } from './context.js';

/**
 * A check run on the head commit that carries every finding as an annotation: the workflow-command annotations
 * stop at 10 per level, a check run takes 50 per request and appends the rest with updates. Needs `checks: write`.
 */

export const CHECK_RUN_NAME = 'TokenHub migration check';
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub caps a check run's output text fields at 65,535 characters. */
export const CHECK_TEXT_LIMIT = 65_535;
/** Most annotations sent in one run (each 50 is one request, spaced by the write throttle). */
export const MAX_CHECK_ANNOTATIONS = 1000;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;
const titles = new Map(RULES.map((r) => [r.id, r.title]));

export function toCheckAnnotation(f: Finding): CheckAnnotation {
  const a: CheckAnnotation = {
    path: f.path,
    start_line: f.line,
    end_line: f.endLine,
    annotation_level: LEVEL[f.severity],
    message: clip(f.message, 64 * 1024),
    title: clip(`${titles.get(f.ruleId) ?? f.ruleId} (${f.ruleId})`, 255),
  };
  // GitHub accepts columns only on single-line annotations.
  if (f.line === f.endLine) {
    a.start_column = f.column;
    a.end_column = f.endColumn;
  }
  if (f.docsUrl) a.raw_details = `How to fix, with per-language guidance and sources: ${f.docsUrl}`;
  return a;
}

/** Batches of at most 50, most severe first, capped at `max`. */
export function annotationBatches(findings: readonly Finding[], max = MAX_CHECK_ANNOTATIONS): { batches: CheckAnnotation[][]; omitted: number } {
  const ranked = rankFindings(findings);
  const sent = ranked.slice(0, max).map(toCheckAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST) batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return { batches, omitted: ranked.length - sent.length };
}

export function checkRunOutput(ctx: Pick<ReportInput, 'findings' | 'preExisting' | 'failOn' | 'failed' | 'mode'>, omitted: number) {
  const c = countBySeverity(ctx.findings);
  const what = ctx.mode === 'diff' ? 'new finding(s) on lines this pull request adds' : 'finding(s)';
  const title =
    ctx.findings.length === 0
      ? 'No usage of the retiring Hunyuan or LKE DeepSeek APIs'
      : `${ctx.findings.length} ${what}`;
  const lines = [
    ctx.findings.length
      ? `${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices (fail-on: \`${ctx.failOn}\`: ${ctx.failed ? 'failing' : 'not failing'}).`
      : 'Nothing to migrate here.',
  ];
  if (ctx.preExisting.length) lines.push(`${ctx.preExisting.length} pre-existing finding(s) elsewhere in the changed files are not counted.`);
  if (omitted) lines.push(`${omitted} more finding(s) are not annotated here (at most ${MAX_CHECK_ANNOTATIONS}); the job summary and the JSON report list them.`);
  lines.push('', 'Each annotation says what to change; the job summary has the migration steps.');
  return { title: clip(title, 255), summary: clip(lines.join('\n'), CHECK_TEXT_LIMIT) };
}

export function checkConclusion(ctx: Pick<ReportInput, 'findings' | 'failed'>): 'failure' | 'neutral' | 'success' {
  if (ctx.failed) return 'failure';
  return ctx.findings.length ? 'neutral' : 'success';
}

/** What the check-run reporter made: the run's page (for links from later messages) and the annotations it carries. */
export interface CheckRunProduct {
  url?: string;
  annotations: number;
}

export const checkRunReporter: Reporter<CheckRunProduct | undefined> = {
  name: 'check run',
  needsApi: true,
  async run(ctx) {
    const github = ctx.github!;
    if (ctx.findings.length === 0) {
      ctx.log.debug('check run: nothing to annotate');
      return undefined;
    }
    const { batches, omitted } = annotationBatches(ctx.findings);
    const output = checkRunOutput(ctx, omitted);
    const conclusion = checkConclusion(ctx);
    const { owner, repo } = ctx.repo;
    const created = await apiStep('create the check run', 'checks: write', () =>
      github.rest.checks.create({
        owner,
        repo,
        name: CHECK_RUN_NAME,
        head_sha: ctx.headSha,
        status: 'completed',
        conclusion,
        completed_at: new Date().toISOString(),
        output: { ...output, annotations: batches[0] ?? [] },
      }),
    );
    const id = created.data.id;
    const url = created.data.html_url ?? undefined;
    let sent = batches[0]?.length ?? 0;
    for (const batch of batches.slice(1)) {
      try {
        // Each update appends its annotations to the run's output.
        await apiStep('add annotations to the check run', 'checks: write', () =>
          github.rest.checks.update({ owner, repo, check_run_id: id, output: { ...output, annotations: batch } }),
        );
        sent += batch.length;
      } catch (err) {
        const total = batches.reduce((n, b) => n + b.length, 0);
        ctx.log.warning(`${(err as Error).message} (${sent} of ${total} annotations are on the check run).`);
        break;
      }
    }
    ctx.log.info(`Check run '${CHECK_RUN_NAME}' created with ${sent} annotation(s)${url ? `: ${url}` : ''}.`);
    return { ...(url ? { url } : {}), annotations: sent };
  },
};

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
