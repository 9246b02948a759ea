import { tokenIdentity, writtenBy } from '../github/identity.js';
import { boundedPages } from '../github/pages.js';
import { hasMarker } from './comment-body.js';
import type { GitHubClient } from '../github/client.js';
import { apiRefused } from '../github/permissions.js';
import { fitsChars, fitToSize, halvings } from './fit.js';
import { statusOf } from '../github/errors.js';
import type { Finding } from '../finding/finding.js';
import { CATEGORIES, compareAudits, countAudit, SEVERITIES, topFiles, type AuditCounts } from './audit-stats.js';
import { MIGRATION_STEPS, type LinkBase } from './summary-markdown.js';
import { blobUrl, codeSpan } from './markdown.js';

/**
 * One tracking issue for a repository's migration, kept up to date by scheduled audits: found by its label and a
 * hidden marker, created when there is usage and no issue, updated while usage remains, closed when nothing is
 * left, reopened when usage comes back. The previous run's counts ride along in a hidden comment in the body, so
 * each update can say what changed.
 */

export const TRACKING_LABEL = 'tokenhub-migration';
export const TRACKING_MARKER = '<!-- tokenhub-migration-check:tracking-issue -->';
const STATE_OPEN = '<!-- tokenhub-migration-check:state ';
const STATE_CLOSE = ' -->';
/** GitHub refuses issue bodies over 65,536 characters; stay well below. */
const MAX_BODY_CHARS = 60_000;
const TOP_FILES = 10;

export interface TrackingState extends AuditCounts {
  v: 1;
  sha?: string;
  /** False when the per-file counts were cut to fit the body. */
  filesComplete: boolean;
}

export interface TrackingInput {
  /** Everything left to migrate (a full scan's findings). */
  findings: readonly Finding[];
  /** The audited commit. */
  sha: string;
  /** Link to the workflow run that made this update. */
  runUrl?: string;
  links?: LinkBase;
  /** Who the token writes as (input comment-author); unset: found from the token. */
  author?: string;
}

export interface RenderedIssue {
  title: string;
  body: string;
  state: TrackingState;
}

export function readTrackingState(body: string | null | undefined): TrackingState | undefined {
  if (!body) return undefined;
  const start = body.lastIndexOf(STATE_OPEN);
  if (start === -1) return undefined;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  if (end === -1) return undefined;
  try {
    const state = JSON.parse(body.slice(start + STATE_OPEN.length, end)) as TrackingState;
    return state && state.v === 1 && typeof state.total === 'number' && typeof state.files === 'object' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** JSON that cannot end the HTML comment it sits in. */
function embedState(state: TrackingState): string {
  return STATE_OPEN + JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/-/g, '\\u002d') + STATE_CLOSE;
}

function fileLink(path: string, links?: LinkBase): string {
  if (!links) return `${codeSpan(path)}`;
  return `[${codeSpan(path)}](${blobUrl(links, path)})`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

export function renderTrackingIssue(input: TrackingInput, previous?: TrackingState): RenderedIssue {
  const counts = countAudit(input.findings);
  const short = input.sha.slice(0, 7);
  const title = counts.total === 0 ? 'TokenHub migration: nothing left to migrate' : `TokenHub migration: ${counts.total} finding${counts.total === 1 ? '' : 's'} left`;
  const head: string[] = [TRACKING_MARKER, ''];
  const audited = `Last audit: commit \`${short}\`${input.runUrl ? ` ([workflow run](${input.runUrl}))` : ''}.`;
  if (counts.total === 0) {
    head.push('✅ **No usage of the retiring Hunyuan or LKE DeepSeek APIs is left.** This issue was closed by the audit; it reopens if usage comes back.', '', audited, '');
  } else {
    head.push(
      `**${counts.total}** usage${counts.total === 1 ? '' : 's'} of the retiring Hunyuan and LKE DeepSeek APIs left in ${Object.keys(counts.files).length} file(s): ` +
        `${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings, ${counts.bySeverity.notice} notices.`,
      '',
      audited,
      '',
    );
  }

  const changes: string[] = ['### Since the last audit', ''];
  if (!previous) {
    changes.push('First audit.', '');
  } else {
    const change = compareAudits(previous, counts);
    changes.push(`- Findings: ${change.totalBefore} → ${change.totalAfter} (${signed(change.totalAfter - change.totalBefore)})${previous.sha ? ` since \`${previous.sha.slice(0, 7)}\`` : ''}`);
    for (const c of CATEGORIES) {
      const before = previous.byCategory?.[c] ?? 0;
      if (before !== counts.byCategory[c]) changes.push(`- ${c}: ${before} → ${counts.byCategory[c]}`);
    }
    const list = (paths: string[]) => paths.slice(0, 10).map((p) => fileLink(p, input.links)).join(', ') + (paths.length > 10 ? ` and ${paths.length - 10} more` : '');
    if (change.newFiles.length) changes.push(`- New files with usage: ${list(change.newFiles)}`);
    if (change.cleanedFiles.length) changes.push(`- Files now clean: ${list(change.cleanedFiles)}`);
    if (!change.filesComplete) changes.push('- (The last audit kept per-file counts only for its largest files.)');
    changes.push('');
  }

  const details: string[] = [];
  if (counts.total > 0) {
    details.push('### By category and severity', '', '| Category | error | warning | notice |', '|---|---:|---:|---:|');
    for (const c of CATEGORIES) {
      const row = SEVERITIES.map((s) => input.findings.filter((f) => f.category === c && f.severity === s).length);
      if (row.some((n) => n > 0)) details.push(`| ${c} | ${row.join(' | ')} |`);
    }
    details.push('', `### Top files`, '', '| File | Findings |', '|---|---:|');
    for (const f of topFiles(input.findings, TOP_FILES)) details.push(`| ${fileLink(f.path, input.links)} | ${f.findings} |`);
    details.push('', '### Migration checklist', '');
    for (const step of MIGRATION_STEPS) details.push(`- [ ] ${step}`);
    details.push('', 'The job summary of the workflow run lists every finding with its fix; the SARIF upload shows them under Security → Code scanning.', '');
  }

  // Per-file counts make the next run's "what changed"; in a huge repository keep only the largest files.
  const text = [...head, ...changes, ...details].join('\n');
  const state: TrackingState = { v: 1, sha: input.sha, ...counts, filesComplete: true };
  const ranked = Object.entries(counts.files).sort((a, b) => b[1] - a[1]);
  const body = fitToSize(
    halvings(ranked.length),
    (keep) => {
      if (keep < ranked.length) {
        state.files = Object.fromEntries(ranked.slice(0, keep));
        state.filesComplete = false;
      }
      return `${text}\n${embedState(state)}\n`;
    },
    fitsChars(MAX_BODY_CHARS),
  );
  return { title, body, state };
}

export type TrackingAction = 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged' | 'none';

export interface TrackingOutcome {
  action: TrackingAction;
  number?: number;
  url?: string;
}

interface IssueLike {
  number: number;
  state: string;
  body?: string | null;
  title: string;
  html_url: string;
  pull_request?: unknown;
  user?: { login?: string } | null;
}

async function step<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw apiRefused(what, 'issues: write', err, { offSwitch: 'set tracking-issue: false' });
  }
}

/** Our issue: labelled and marked. An open one wins over closed ones; the newest among equals (GitHub lists newest first). */
export async function findTrackingIssue(client: GitHubClient, owner: string, repo: string, author?: string): Promise<IssueLike | undefined> {
  // Only an issue this token opened: anyone can open an issue with the label and the marker.
  const me = await tokenIdentity(client, author);
  let closed: IssueLike | undefined;
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, labels: TRACKING_LABEL, state: 'all', per_page: 100 });
  for await (const { data } of boundedPages(pages, 'issues with the tracking label')) {
    for (const issue of data as IssueLike[]) {
      if (issue.pull_request || !writtenBy(issue, me) || !hasMarker(issue.body, TRACKING_MARKER)) continue;
      if (issue.state === 'open') return issue;
      closed ??= issue;
    }
  }
  return closed;
}

async function ensureLabel(client: GitHubClient, owner: string, repo: string): Promise<void> {
  try {
    await client.rest.issues.createLabel({
      owner,
      repo,
      name: TRACKING_LABEL,
      color: '1d76db',
      description: 'Tracks the move from the retiring Hunyuan/LKE DeepSeek APIs to TokenHub',
    });
  } catch (err) {
    // 422: the label exists already, which is what we want.
    if (statusOf(err) !== 422) throw err;
  }
}

function sameAudit(previous: TrackingState | undefined, input: TrackingInput): boolean {
  if (!previous || previous.sha !== input.sha || !previous.filesComplete) return false;
  const now = countAudit(input.findings);
  const key = (files: Record<string, number>) => JSON.stringify(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return previous.total === now.total && key(previous.files) === key(now.files);
}

export async function syncTrackingIssue(client: GitHubClient, owner: string, repo: string, input: TrackingInput): Promise<TrackingOutcome> {
  const existing = await step('look for the tracking issue', () => findTrackingIssue(client, owner, repo, input.author));
  const rendered = renderTrackingIssue(input, readTrackingState(existing?.body));
  const left = input.findings.length;

  if (!existing) {
    if (left === 0) return { action: 'none' };
    await step('create the tracking issue label', () => ensureLabel(client, owner, repo));
    const { data } = await step('create the tracking issue', () =>
      client.rest.issues.create({ owner, repo, title: rendered.title, body: rendered.body, labels: [TRACKING_LABEL] }),
    );
    return { action: 'created', number: data.number, url: data.html_url };
  }

  const ref = { owner, repo, issue_number: existing.number };
  if (existing.state === 'closed') {
    if (left === 0) return { action: 'unchanged', number: existing.number, url: existing.html_url };
    await step('reopen the tracking issue', () => client.rest.issues.update({ ...ref, title: rendered.title, body: rendered.body, state: 'open' }));
    return { action: 'reopened', number: existing.number, url: existing.html_url };
  }
  if (left === 0) {
    await step('close the tracking issue', () =>
      client.rest.issues.update({ ...ref, title: rendered.title, body: rendered.body, state: 'closed', state_reason: 'completed' }),
    );
    return { action: 'closed', number: existing.number, url: existing.html_url };
  }
  // A re-run on the same commit with the same findings has nothing new to say.
  if (sameAudit(readTrackingState(existing.body), input)) return { action: 'unchanged', number: existing.number, url: existing.html_url };
  await step('update the tracking issue', () => client.rest.issues.update({ ...ref, title: rendered.title, body: rendered.body }));
  return { action: 'updated', number: existing.number, url: existing.html_url };
}
