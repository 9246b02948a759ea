import * as core from '@actions/core';
import { setOutput } from './redacted-output.js';
import os from 'node:os';
import { FIX_BRANCH } from '../fix-pr/branch.js';
import type { FixPrOutcome } from '../fix-pr/run-fix-pr.js';
import { sdkCounts, sdkCountsLine } from '../fix-pr/sdk-section.js';
import type { GitHubClient } from '../github/client.js';
import type { ApiSkip } from '../report/run-reporters.js';
import type { CompiledCatalog } from '../scan/compile.js';
import type { EventContext } from './event.js';
import type { ActionInputs } from './inputs.js';

/**
 * The action's face of the migration pull request (input `fix-pr`): in a full scan, with API writes, runs the
 * fix-PR step (loaded only then), and reports it in the outputs and the job summary. A failure is a warning,
 * never the scan's verdict.
 */

/** The branch the run is on (the pull request's base): a branch ref; a tag or detached run has none. */
export function runBranch(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

export async function runFixPrStep(
  inputs: ActionInputs,
  event: EventContext,
  ctx: { mode: 'diff' | 'full'; github?: GitHubClient },
  skip: ApiSkip | undefined,
  /** The scan's catalog and file selection, as the config file made them: the fix sees what the scan saw. */
  scan: { catalog: CompiledCatalog; include: string[]; exclude: string[] },
): Promise<{ outcome: FixPrOutcome; summary: string } | undefined> {
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
      const { runFixPr } = await import('../fix-pr/run-fix-pr.js');
      outcome = await runFixPr({
        workspace: event.workspace,
        repo: { owner: event.owner, repo: event.repo },
        serverUrl: event.serverUrl,
        baseBranch: runBranch(event.ref),
        octokit: ctx.github,
        labels: inputs.fixPrLabels,
        region: inputs.fixRegion,
        sdk: inputs.fixPrSdk,
        paths: inputs.paths,
        exclude: scan.exclude,
        ...(scan.include.length ? { include: scan.include } : {}),
        catalog: scan.catalog,
        tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
        log: core,
      });
    } catch (err) {
      core.warning(`Migration pull request skipped: ${(err as Error).message}`);
      outcome = { state: 'skipped', reason: (err as Error).message };
    }
  }
  setOutput('fix-pr', outcome.state);
  if (outcome.number !== undefined) setOutput('fix-pr-number', outcome.number);
  if (outcome.url) setOutput('fix-pr-url', outcome.url);
  return { outcome, summary: fixPrSummary(outcome) };
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
  const sdk = outcome.result?.sdk ? `\n\nTencent Cloud SDK rewrite (\`fix-pr-sdk\`): ${sdkCountsLine(sdkCounts(outcome.result))}.` : '';
  return `\n### Migration pull request\n\n${text[outcome.state]}${sdk}\n`;
}
