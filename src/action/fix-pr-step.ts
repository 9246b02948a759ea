import * as core from '@actions/core';
import os from 'node:os';
import { FIX_BRANCH, runFixPr, type FixPrOutcome } from '../fix-pr/run-fix-pr.js';
import type { GitHubClient } from '../github/client.js';
import type { CompiledCatalog } from '../scan/compile.js';
import type { ApiSkip } from '../report/run-reporters.js';
import type { EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';

/**
 * The action's face of the migration pull request (input `fix-pr`): in a full scan, with API writes, runs the
 * fix-PR step, and reports it in the outputs and the job summary. A failure is a warning, never the scan's verdict.
 */

/** The branch the run is on (the pull request's base): GITHUB_REF for a branch; a tag or detached run has none. */
export function runBranch(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const ref = env.GITHUB_REF ?? '';
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

export async function runFixPrStep(
  inputs: ActionInputs,
  event: EventContext,
  ctx: { mode: 'diff' | 'full'; github?: GitHubClient },
  skip?: ApiSkip,
  /** The scan's catalog and include globs, as the config file made them: the fix sees what the scan saw. */
  scanSettings?: { catalog?: CompiledCatalog; include?: string[]; exclude?: string[] },
): Promise<FixPrOutcome | undefined> {
  if (!inputs.fixPr) return undefined;
  let outcome: FixPrOutcome;
  if (ctx.mode !== 'full') {
    core.notice('fix-pr opens the migration pull request from full scans (schedule, push, workflow_dispatch); skipped in this diff-mode run.');
    outcome = { state: 'skipped', reason: 'only full scans open the migration pull request.' };
  } else if (!ctx.github) {
    const reason = `fix-pr needs API writes, and ${skip?.reason ?? 'they are off'}.`;
    core.warning(`Migration pull request skipped: ${reason}`);
    outcome = { state: 'skipped', reason };
  } else {
    try {
      outcome = await runFixPr({
        workspace: event.workspace,
        repo: { owner: event.owner, repo: event.repo },
        serverUrl: event.serverUrl,
        baseBranch: runBranch(),
        octokit: ctx.github,
        labels: inputs.fixPrLabels,
        region: inputs.fixRegion,
        paths: inputs.paths,
        exclude: scanSettings?.exclude ?? inputs.exclude,
        ...(scanSettings?.include?.length ? { include: scanSettings.include } : {}),
        ...(scanSettings?.catalog ? { catalog: scanSettings.catalog } : {}),
        tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
        log: core,
      });
    } catch (err) {
      core.warning(`Migration pull request skipped: ${(err as Error).message}`);
      outcome = { state: 'skipped', reason: (err as Error).message };
    }
  }
  core.setOutput('fix-pr', outcome.state);
  if (outcome.number !== undefined) core.setOutput('fix-pr-number', outcome.number);
  if (outcome.url) core.setOutput('fix-pr-url', outcome.url);
  return outcome;
}

/** The job summary's section. */
export function fixPrSummary(outcome: FixPrOutcome): string {
  const link = outcome.url ? `[#${outcome.number}](${outcome.url})` : outcome.number !== undefined ? `#${outcome.number}` : '';
  const text: Record<FixPrOutcome['state'], string> = {
    opened: `Opened ${link} with the safe fixes (branch \`${FIX_BRANCH}\`).`,
    updated: `Updated ${link} with the safe fixes on the current base.`,
    unchanged: `${link} is up to date.`,
    closed: `Closed ${link}: nothing is left for the safe fix.`,
    none: 'Nothing to fix safely: no pull request needed.',
    skipped: `Skipped: ${outcome.reason ?? 'see the warnings'}`,
  };
  return `\n### Migration pull request\n\n${text[outcome.state]}\n`;
}
