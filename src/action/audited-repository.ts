import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';
import { REPOSITORY } from '../github/repository-name.js';
import type { EventContext } from './event.js';

/**
 * Input `repository`: the organisation audit runs in the organisation's `.github` repository and checks out each
 * audited repository in turn, so GITHUB_REPOSITORY and GITHUB_SHA name the wrong one. With this input the run is
 * about the repository given, at the commit the workspace has checked out: links, the tracking issue, the migration
 * pull request and the JSON report's `run` section all name it.
 */

export class RepositoryInputError extends UserError {}

export async function retargetEvent(event: EventContext, input: string): Promise<EventContext> {
  const wanted = input.trim();
  if (!wanted || wanted.toLowerCase() === `${event.owner}/${event.repo}`.toLowerCase()) return event;
  if (!REPOSITORY.test(wanted)) throw new RepositoryInputError(`input 'repository' must be owner/name (got '${wanted}')`);
  if (event.pullRequest || event.mergeGroup) {
    throw new RepositoryInputError(`input 'repository' is for full scans of another repository; this '${event.name}' run is about ${event.owner}/${event.repo}. Leave it empty.`);
  }
  let sha: string;
  try {
    sha = (await promisify(execFile)('git', ['rev-parse', '--verify', 'HEAD^{commit}'], { cwd: event.workspace })).stdout.trim();
  } catch {
    throw new RepositoryInputError(`input 'repository' names ${wanted}, but the workspace is not a git checkout to read its commit from (check it out with actions/checkout and 'repository: ${wanted}').`);
  }
  const [owner, repo] = wanted.split('/') as [string, string];
  // Only the name and commit change: the event stays what triggered the run.
  return { ...event, owner, repo, sha };
}
