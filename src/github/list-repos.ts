import { describeApiError, statusOf, type GitHubClient } from './client.js';
import { listAll } from './pages.js';

/** Organisations with 100,000 repositories exist; more pages than that is a list that does not end. */
const MAX_REPO_PAGES = 1_000;

/**
 * The repositories a token can read: an organisation's (GET /orgs/{org}/repos, what a personal token or an app
 * token installed there sees), or, with no organisation, those of the app installation the token belongs to.
 */
export interface ListedRepo {
  full_name: string;
  archived?: boolean;
  disabled?: boolean;
}

export class ListReposError extends Error {}

export async function listRepos(client: GitHubClient, org: string | undefined): Promise<ListedRepo[]> {
  try {
    if (org) {
      const repos = await listAll(client.paginate.iterator(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 }), `the repositories of ${org}`, MAX_REPO_PAGES);
      return repos.map((r) => ({ full_name: r.full_name, archived: r.archived ?? false, disabled: r.disabled ?? false }));
    }
    const repos = await listAll(client.paginate.iterator(client.rest.apps.listReposAccessibleToInstallation, { per_page: 100 }), 'the repositories of the token', MAX_REPO_PAGES);
    return repos.map((r) => ({ full_name: r.full_name, archived: r.archived, disabled: r.disabled }));
  } catch (err) {
    const hint = statusOf(err) === 404 ? ' (is the organisation name right, and can the token see it?)' : '';
    throw new ListReposError(`Could not list the repositories${org ? ` of ${org}` : ' of the token'}: ${describeApiError(err)}${hint}`);
  }
}
