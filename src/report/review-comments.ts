import { RULES, type Rule } from '../catalog/index.js';
import { ApiRefused, apiRefused, apiStep } from '../github/permissions.js';
import { describeApiError, statusOf } from '../github/errors.js';
import { tokenIdentity, writtenBy } from '../github/identity.js';
import { listAll } from '../github/pages.js';
import type { Finding } from '../finding/finding.js';
import { rankFindings } from '../finding/severity.js';
import type { Reporter, ReportInput } from './context.js';
import { fingerprintsOf as fingerprints } from '../finding/fingerprint.js';
import { lineFix, suggestionBlock } from './suggestion.js';
import { SEVERITY_ICON } from './markdown.js';
import { suggestionRefusal, withinBodyLimit } from './comment-body.js';
import { fixabilityOf } from '../fix/fixability.js';

/**
 * Review comments on the lines a PR adds, with a suggestion block where a one-line fix exists. Each comment carries
 * a hidden fingerprint (rule, file, matched text, occurrence: not the line number), so a re-run finds its own
 * comments: it leaves them, updates their text, or marks them resolved when the finding is gone. Only lines inside
 * the diff's hunks take comments (anything else makes GitHub refuse the whole review with 422), and we only
 * comment on added lines, which always are. Needs `pull-requests: write`.
 */

export const MAX_NEW_REVIEW_COMMENTS = 30;
// Our marker ends the body: a marker pasted into an added line (quoted in a suggestion) is not ours.
const MARKER = /<!-- tokenhub-migration-check:review fp=([0-9a-f]{8,64}) state=(open|resolved) -->\s*$/;

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

/** Where a comment goes and how it is recognised on the next run: enough to plan, before any body is written. */
export interface PlacedComment {
  fingerprint: string;
  path: string;
  line: number;
}

export interface WantedComment extends PlacedComment {
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
  return withinBodyLimit(parts.join('\n'), '\n\n' + reviewMarker(fingerprint, 'open'));
}

export function resolvedBody(previous: string, headSha: string): string {
  const original = previous.replace(MARKER, '').trim();
  const fp = parseReviewMarker(previous)?.fingerprint ?? '';
  const head = [
    `✅ **Resolved**: this finding is no longer on a line this pull request adds (as of ${headSha.slice(0, 7)}).`,
    '',
    '<details><summary>Original finding</summary>',
    '',
    original,
  ].join('\n');
  return withinBodyLimit(head, ['', '', '</details>', '', reviewMarker(fp, 'resolved')].join('\n'));
}

/** How this run's comments meet the last run's: which stay (same fingerprint and place), which are new, which are stale. */
export interface CommentMatch<W extends PlacedComment> {
  kept: { wanted: W; existing: ExistingComment }[];
  create: W[];
  overCap: number;
  /** Our open comments no current finding keeps. */
  stale: ExistingComment[];
}

/**
 * Match before writing any body: the cap on new comments applies here, so a PR with thousands of findings costs
 * at most `cap` new bodies (a body may carry a rewritten line).
 */
export function matchComments<W extends PlacedComment>(wanted: readonly W[], existing: readonly ExistingComment[], cap = MAX_NEW_REVIEW_COMMENTS): CommentMatch<W> {
  const ours = existing
    .map((c) => ({ c, marker: parseReviewMarker(c.body) }))
    .filter((x): x is { c: ExistingComment; marker: NonNullable<ReturnType<typeof parseReviewMarker>> } => x.marker !== undefined);
  const match: CommentMatch<W> = { kept: [], create: [], overCap: 0, stale: [] };
  const kept = new Set<number>();
  for (const w of wanted) {
    const same = ours.find((o) => o.marker.fingerprint === w.fingerprint && o.c.path === w.path && o.c.line === w.line && !kept.has(o.c.id));
    if (same) {
      kept.add(same.c.id);
      match.kept.push({ wanted: w, existing: same.c });
      continue;
    }
    if (match.create.length < cap) match.create.push(w);
    else match.overCap++;
  }
  // Our open comments that no current finding keeps: the finding was fixed, or moved (then it has a new comment).
  for (const o of ours) if (!kept.has(o.c.id) && o.marker.state !== 'resolved') match.stale.push(o.c);
  return match;
}

/** The plan once bodies are written: unchanged comments are left alone. */
export function planFromMatch(match: CommentMatch<WantedComment>, headSha: string): ReviewPlan {
  return {
    create: match.create,
    update: match.kept.filter((k) => k.existing.body !== k.wanted.body).map((k) => ({ id: k.existing.id, body: k.wanted.body })),
    resolve: match.stale.map((c) => ({ id: c.id, body: resolvedBody(c.body, headSha) })),
    overCap: match.overCap,
  };
}

export function planReviewComments(wanted: readonly WantedComment[], existing: readonly ExistingComment[], headSha: string, cap = MAX_NEW_REVIEW_COMMENTS): ReviewPlan {
  return planFromMatch(matchComments(wanted, existing, cap), headSha);
}

const rulesById = new Map(RULES.map((r) => [r.id, r]));

/** Every finding on the finding's line, new or not: a suggestion rewrites the whole line. */
function findingsOnLine(ctx: ReportInput, f: Finding): Finding[] {
  return ctx.result.findings.filter((g) => g.path === f.path && g.line === f.line);
}

interface PlacedFinding extends PlacedComment {
  finding: Finding;
}

/** Where this run wants comments: one per new finding on an added line, most severe first. No body yet. */
export function placedComments(ctx: ReportInput): { placed: PlacedFinding[]; outsideDiff: number } {
  const prints = fingerprints(ctx.result.findings);
  const printOf = new Map(ctx.result.findings.map((f, i) => [f, prints[i]!]));
  const placed: PlacedFinding[] = [];
  let outsideDiff = 0;
  for (const f of rankFindings(ctx.findings)) {
    const added = ctx.diff?.addedLines.get(f.path);
    if (!Array.isArray(added) || !added.includes(f.line)) {
      outsideDiff++;
      continue;
    }
    placed.push({ fingerprint: printOf.get(f) ?? fingerprints([f])[0]!, path: f.path, line: f.line, finding: f });
  }
  return { placed, outsideDiff };
}

/** The comment's text: the finding, and a suggestion block when the line is short enough to review and fixable. */
async function renderComment(ctx: ReportInput, p: PlacedFinding): Promise<WantedComment> {
  const f = p.finding;
  const rule = rulesById.get(f.ruleId);
  const text = await ctx.readLine(f.path, f.line);
  let suggestion: string | undefined;
  if (text !== undefined) {
    const refusal = suggestionRefusal(text);
    if (refusal === undefined) {
      const fix = lineFix(f, findingsOnLine(ctx, f), text, ctx.fixRegion);
      if (fix) suggestion = suggestionBlock(fix);
    } else if (rule && fixabilityOf(rule) === 'safe') {
      // Said only where a suggestion could have been offered; the line itself is never rewritten here.
      suggestion = refusal;
    }
  }
  return { fingerprint: p.fingerprint, path: p.path, line: p.line, body: commentBody(f, rule, p.fingerprint, suggestion) };
}

async function renderMatch(ctx: ReportInput, m: CommentMatch<PlacedFinding>): Promise<CommentMatch<WantedComment>> {
  const kept = [];
  for (const k of m.kept) kept.push({ wanted: await renderComment(ctx, k.wanted), existing: k.existing });
  const create = [];
  for (const c of m.create) create.push(await renderComment(ctx, c));
  return { kept, create, overCap: m.overCap, stale: m.stale };
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
    const { placed, outsideDiff } = placedComments(ctx);
    const existing = await apiStep('list the review comments', 'pull-requests: write', () =>
      listAll(github.paginate.iterator(github.rest.pulls.listReviewComments, { owner, repo, pull_number, per_page: 100 }), 'the review comments'),
    );
    // Only comments this token wrote are ever updated or resolved; a marker anyone pasted makes nothing ours.
    const me = await tokenIdentity(github, ctx.commentAuthor);
    const match = matchComments(
      placed,
      existing.filter((c) => writtenBy(c, me)).map((c) => ({ id: c.id, path: c.path, line: c.line ?? null, body: c.body })),
    );
    const plan = planFromMatch(await renderMatch(ctx, match), ctx.headSha);
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
      `Review comments: ${created} new, ${plan.update.length} updated, ${plan.resolve.length} resolved, ${match.kept.length - plan.update.length} unchanged` +
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
      if (statusOf(err) === 422) refused.push(`${c.path}:${c.line} (${describeApiError(err).slice(0, 200)})`);
      else throw apiRefused('post a review comment', 'pull-requests: write', err);
    }
  }
  if (refused.length) {
    ctx.log.warning(`GitHub refused ${refused.length} review comment(s): ${refused.slice(0, 5).join(', ')}${refused.length > 5 ? ', …' : ''}. The annotations and the job summary still list them.`);
  }
  return posted;
}
