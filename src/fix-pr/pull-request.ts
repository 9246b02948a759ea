import type { getOctokit } from '@actions/github';
import { listAll } from '../github/pages.js';
import { FIX_PR_MARKER } from './description.js';

/** The REST calls of the migration pull request: find it, open it, update it, label it, close it. */

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
  /** The branch it merges into. */
  base: string;
}

/**
 * The open pull request from our branch, whatever its base, if any (only ours: a pull request whose body lacks the
 * marker is left alone).
 */
export async function findOpenPull(octokit: Octokit, ref: RepoRef, branch: string): Promise<OpenPull | undefined> {
  const pulls = await listAll(
    octokit.paginate.iterator(octokit.rest.pulls.list, { ...ref, state: 'open', head: `${ref.owner}:${branch}`, per_page: 100 }),
    'open pull requests',
  );
  const pull = pulls.find((p) => p.head.ref === branch && (p.body ?? '').includes(FIX_PR_MARKER));
  if (!pull) return undefined;
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    body: pull.body ?? '',
    labels: pull.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    base: pull.base.ref,
  };
}

export async function openPull(
  octokit: Octokit,
  ref: RepoRef,
  spec: { branch: string; baseBranch: string; title: string; body: string },
): Promise<OpenPull> {
  const { data } = await octokit.rest.pulls.create({
    ...ref,
    head: spec.branch,
    base: spec.baseBranch,
    title: spec.title,
    body: spec.body,
    maintainer_can_modify: true,
  });
  return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '', labels: [], base: data.base.ref };
}

export async function updatePull(octokit: Octokit, ref: RepoRef, number: number, spec: { title: string; body: string }): Promise<void> {
  await octokit.rest.pulls.update({ ...ref, pull_number: number, title: spec.title, body: spec.body });
}

/** Adds the labels the pull request lacks (GitHub creates a label that does not exist yet). */
export async function ensureLabels(octokit: Octokit, ref: RepoRef, pull: OpenPull, labels: string[]): Promise<void> {
  const have = new Set(pull.labels.map((l) => l.toLowerCase()));
  const missing = labels.filter((l) => !have.has(l.toLowerCase()));
  if (missing.length === 0) return;
  await octokit.rest.issues.addLabels({ ...ref, issue_number: pull.number, labels: missing });
}

export async function closePull(octokit: Octokit, ref: RepoRef, number: number, comment: string): Promise<void> {
  await octokit.rest.issues.createComment({ ...ref, issue_number: number, body: comment });
  await octokit.rest.pulls.update({ ...ref, pull_number: number, state: 'closed' });
}
