import type { RestDiffEntry } from '../target/rest-diff.js';
import { REST_COMPARE_FILES_CAP, REST_PULL_FILES_CAP } from '../target/rest-diff.js';
import type { RestDiffSource } from '../target/resolve-diff.js';
import type { GitHubClient } from './client.js';
import { listAll } from './pages.js';

/** The REST API's view of what a PR (or a merge-group entry) changes, for when git cannot answer. */

export interface RepoRef {
  owner: string;
  repo: string;
}

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, every page (GitHub stops at 3,000 files). */
export async function listPullFiles(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<RestDiffEntry[]> {
  const files = await listAll(client.paginate.iterator(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 }), 'the pull request\'s files');
  return files.slice(0, REST_PULL_FILES_CAP) as RestDiffEntry[];
}

/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: files of a merge-group entry (GitHub lists at most 300). */
export async function listCompareFiles(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<{ files: RestDiffEntry[]; mergeBase: string }> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 100 });
  return { files: (data.files ?? []).slice(0, REST_COMPARE_FILES_CAP) as RestDiffEntry[], mergeBase: data.merge_base_commit.sha };
}

/** The REST file lists as the target's fallback source. */
export function restDiffSource(client: GitHubClient, repo: RepoRef): RestDiffSource {
  return {
    pullFiles: (pullNumber) => listPullFiles(client, repo, pullNumber),
    compareFiles: (base, head) => listCompareFiles(client, repo, base, head),
  };
}
