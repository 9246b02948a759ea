import { RULES, type Rule } from '../catalog/index.js';
import { ApiRefused, apiRefused, apiStep } from '../github/permissions.js';
import { statusOf } from '../github/errors.js';
import type { Finding } from '../finding/finding.js';
import { rankFindings } from '../finding/severity.js';
import type { Reporter, ReportInput } from './context.js';
import { fingerprintsOf as fingerprints } from '../finding/fingerprint.js';
import { lineFix, suggestionBlock } from './suggestion.js';
import { SEVERITY_ICON } from './markdown.js';

/**
 * Review comments on the lines a PR adds, with a suggestion block where a one-line fix exists. Each comment carries
 * a hidden fingerprint (rule, file, matched text, occurrence: not the line number), so a re-run finds its own
 * comments: it leaves them, updates their text, or marks them resolved when the finding is gone. Only lines inside
 * the diff's hunks take comments (anything else makes GitHub refuse the whole review with 422), and we only
 * comment on added lines, which always are. Needs `pull-requests: write`.
 */

export const MAX_NEW_REVIEW_COMMENTS = 30;
const MARKER = /<!-- tokenhub-migration-check:review fp=([0-9a-f]{8,64}) state=(open|resolved) -->/;

export function reviewMarker(fingerprint: string, state: 'open' | 'resolved'): string {
  return `<!-- tokenhub-migration-check:review fp=${fingerprint} state=${state} -->`;
}

export function parseReviewMarker(body: string): { fingerprint: string; state: 'open' | 'resolved' } | undefined {
  const m = MARKER.exec(body);
  return m ? { fingerprint: m[1]!, state: m[2] as 'open' | 'resolved' } : undefined;
}

export interface ExistingComment {
  id: number;
  path: string;
  /** Null when GitHub shows the comment as outdated (its line changed since). */
  line: number | null;
  body: string;
}

export interface WantedComment {
  fingerprint: string;
  path: string;
  line: number;
  body: string;
}

export interface ReviewPlan {
  create: WantedComment[];
  update: { id: number; body: string }[];
  resolve: { id: number; body: string }[];
  /** Wanted comments left out by the per-run cap. */
  overCap: number;
}

export function commentBody(f: Finding, rule: Rule | undefined, fingerprint: string, suggestion?: string): string {
  const parts = [`${SEVERITY_ICON[f.severity]} **${rule?.title ?? f.ruleId}** (\`${f.ruleId}\`, ${f.severity})`, '', f.message];
  if (suggestion) parts.push('', suggestion);
  if (f.docsUrl) parts.push('', `[How to fix](${f.docsUrl}) (guidance per language, and sources)`);
  parts.push('', reviewMarker(fingerprint, 'open'));
  return parts.join('\n');
}

export function resolvedBody(previous: string, headSha: string): string {
  const original = previous.replace(MARKER, '').trim();
  const fp = parseReviewMarker(previous)?.fingerprint ?? '';
  return [
    `✅ **Resolved**: this finding is no longer on a line this pull request adds (as of ${headSha.slice(0, 7)}).`,
    '',
    '<details><summary>Original finding</summary>',
    '',
    original,
    '',
    '</details>',
    '',
    reviewMarker(fp, 'resolved'),
  ].join('\n');
}

export function planReviewComments(wanted: readonly WantedComment[], existing: readonly ExistingComment[], headSha: string, cap = MAX_NEW_REVIEW_COMMENTS): ReviewPlan {
  const ours = existing
    .map((c) => ({ c, marker: parseReviewMarker(c.body) }))
    .filter((x): x is { c: ExistingComment; marker: NonNullable<ReturnType<typeof parseReviewMarker>> } => x.marker !== undefined);
  const plan: ReviewPlan = { create: [], update: [], resolve: [], overCap: 0 };
  const kept = new Set<number>();
  for (const w of wanted) {
    const same = ours.find((o) => o.marker.fingerprint === w.fingerprint && o.c.path === w.path && o.c.line === w.line && !kept.has(o.c.id));
    if (same) {
      kept.add(same.c.id);
      if (same.c.body !== w.body) plan.update.push({ id: same.c.id, body: w.body });
      continue;
    }
    if (plan.create.length < cap) plan.create.push(w);
    else plan.overCap++;
  }
  // Our open comments that no current finding keeps: the finding was fixed, or moved (then it has a new comment).
  for (const o of ours) {
    if (kept.has(o.c.id) || o.marker.state === 'resolved') continue;
    plan.resolve.push({ id: o.c.id, body: resolvedBody(o.c.body, headSha) });
  }
  return plan;
}

const rulesById = new Map(RULES.map((r) => [r.id, r]));

/** Every finding on the finding's line, new or not: a suggestion rewrites the whole line. */
function findingsOnLine(ctx: ReportInput, f: Finding): Finding[] {
  return ctx.result.findings.filter((g) => g.path === f.path && g.line === f.line);
}

/** The comments this run wants: one per new finding on an added line, most severe first. */
export async function wantedComments(ctx: ReportInput): Promise<{ wanted: WantedComment[]; outsideDiff: number }> {
  const prints = fingerprints(ctx.result.findings);
  const printOf = new Map(ctx.result.findings.map((f, i) => [f, prints[i]!]));
  const wanted: WantedComment[] = [];
  let outsideDiff = 0;
  for (const f of rankFindings(ctx.findings)) {
    const added = ctx.diff?.addedLines.get(f.path);
    if (!Array.isArray(added) || !added.includes(f.line)) {
      outsideDiff++;
      continue;
    }
    const rule = rulesById.get(f.ruleId);
    const text = await ctx.readLine(f.path, f.line);
    const fix = text === undefined ? undefined : lineFix(f, findingsOnLine(ctx, f), text, ctx.fixRegion);
    const fingerprint = printOf.get(f) ?? fingerprints([f])[0]!;
    wanted.push({ fingerprint, path: f.path, line: f.line, body: commentBody(f, rule, fingerprint, fix ? suggestionBlock(fix) : undefined) });
  }
  return { wanted, outsideDiff };
}

/** What the review-comments reporter did on the pull request. */
export interface ReviewCommentsProduct {
  created: number;
  updated: number;
  resolved: number;
}

export const reviewCommentsReporter: Reporter<ReviewCommentsProduct | undefined> = {
  name: 'review comments',
  needsApi: true,
  async run(ctx) {
    if (ctx.pullNumber === undefined || !ctx.diff) {
      ctx.log.debug('review comments: not a pull request');
      return undefined;
    }
    const github = ctx.github!;
    const { owner, repo } = ctx.repo;
    const pull_number = ctx.pullNumber;
    const { wanted, outsideDiff } = await wantedComments(ctx);
    const existing = await apiStep('list the review comments', 'pull-requests: write', () =>
      github.paginate(github.rest.pulls.listReviewComments, { owner, repo, pull_number, per_page: 100 }),
    );
    const plan = planReviewComments(
      wanted,
      existing.map((c) => ({ id: c.id, path: c.path, line: c.line ?? null, body: c.body })),
      ctx.headSha,
    );
    let created = 0;
    if (plan.create.length) created = await postComments(ctx, pull_number, plan.create);
    // One comment that cannot be edited (deleted meanwhile, say) must not stop the others.
    const failedEdits: string[] = [];
    for (const u of [...plan.update, ...plan.resolve]) {
      try {
        await apiStep('update a review comment', 'pull-requests: write', () =>
          github.rest.pulls.updateReviewComment({ owner, repo, comment_id: u.id, body: u.body }),
        );
      } catch (err) {
        if ((err as ApiRefused).permissionDenied) throw err;
        failedEdits.push((err as Error).message);
      }
    }
    if (failedEdits.length) ctx.log.warning(`${failedEdits.length} review comment(s) could not be updated: ${failedEdits[0]}`);
    const notes = [];
    if (plan.overCap) notes.push(`${plan.overCap} more left out (at most ${MAX_NEW_REVIEW_COMMENTS} new per run)`);
    if (outsideDiff) notes.push(`${outsideDiff} finding(s) not on an added line get no comment`);
    ctx.log.info(
      `Review comments: ${created} new, ${plan.update.length} updated, ${plan.resolve.length} resolved, ${wanted.length - plan.create.length - plan.overCap} unchanged` +
        (notes.length ? ` (${notes.join('; ')})` : '') +
        '.',
    );
    return { created, updated: plan.update.length, resolved: plan.resolve.length };
  },
};

/** One review with every new comment; if GitHub refuses it (422), the comments one by one, skipping refused ones. */
async function postComments(ctx: ReportInput, pull_number: number, comments: WantedComment[]): Promise<number> {
  const github = ctx.github!;
  const { owner, repo } = ctx.repo;
  try {
    await apiStep('post the review', 'pull-requests: write', () =>
      github.rest.pulls.createReview({
        owner,
        repo,
        pull_number,
        commit_id: ctx.headSha,
        event: 'COMMENT',
        body: `**TokenHub migration check**: ${comments.length} finding(s) on lines this pull request adds still use the retiring Hunyuan or LKE DeepSeek APIs.`,
        comments: comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT' as const, body: c.body })),
      }),
    );
    return comments.length;
  } catch (err) {
    if (!(err instanceof ApiRefused) || err.permissionDenied) throw err;
    ctx.log.info(`${err.message}; posting the comments one by one.`);
  }
  let posted = 0;
  const refused: string[] = [];
  for (const c of comments) {
    try {
      await github.rest.pulls.createReviewComment({ owner, repo, pull_number, commit_id: ctx.headSha, path: c.path, line: c.line, side: 'RIGHT', body: c.body });
      posted++;
    } catch (err) {
      if (statusOf(err) === 422) refused.push(`${c.path}:${c.line}`);
      else throw apiRefused('post a review comment', 'pull-requests: write', err);
    }
  }
  if (refused.length) {
    ctx.log.warning(`GitHub refused ${refused.length} review comment(s) (422, line not in the diff): ${refused.slice(0, 5).join(', ')}${refused.length > 5 ? ', …' : ''}. The annotations and the job summary still list them.`);
  }
  return posted;
}
