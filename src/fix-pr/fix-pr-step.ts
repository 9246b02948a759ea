import type { GitHubClient } from '../github/client.js';
import type { Region } from '../fix/region.js';
import type { CompiledCatalog } from '../scan/compile.js';
import { FIX_BRANCH } from './branch.js';
import { sdkCounts, sdkCountsLine } from './sdk-section.js';
import type { FixPrOutcome } from './run-fix-pr.js';

/**
 * The migration pull request as a step of a run (input `fix-pr`): only full scans with API writes open it, and the
 * code that does (git worktree, commits, the pull request) is loaded only then. A failure is a warning and a
 * `skipped` outcome, never the scan's verdict.
 */

export interface FixPrStepLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

export interface FixPrStepRequest {
  mode: 'diff' | 'full';
  /** The client for writes; absent when API writes are off (`writesOff` says why). */
  github?: GitHubClient;
  writesOff?: string;
  workspace: string;
  repo: { owner: string; repo: string };
  serverUrl: string;
  /** GITHUB_REF: the branch the run is on becomes the pull request's base. */
  ref?: string;
  labels: string[];
  region: Region;
  /** Also rewrite Tencent Cloud SDK chat clients (input `fix-pr-sdk`). */
  sdk: boolean;
  paths: string[];
  /** The scan's catalog and file selection, as the config file made them: the fix sees what the scan saw. */
  scan: { catalog: CompiledCatalog; include: string[]; exclude: string[] };
  tempDir: string;
  log: FixPrStepLog;
}

/** The branch the run is on (the pull request's base): a branch ref; a tag or detached run has none. */
export function runBranch(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

export async function runFixPrStep(req: FixPrStepRequest): Promise<{ outcome: FixPrOutcome; summary: string }> {
  const outcome = await fixPrOutcome(req);
  return { outcome, summary: fixPrSummary(outcome) };
}

async function fixPrOutcome(req: FixPrStepRequest): Promise<FixPrOutcome> {
  if (req.mode !== 'full') {
    req.log.notice('fix-pr opens the migration pull request from full scans (schedule, push, workflow_dispatch); skipped in this diff-mode run.');
    return { state: 'skipped', reason: 'only full scans open the migration pull request.' };
  }
  if (!req.github) {
    const reason = `fix-pr needs API writes, and ${req.writesOff ?? 'they are off'}.`;
    req.log.warning(`Migration pull request skipped: ${reason}`);
    return { state: 'skipped', reason };
  }
  try {
    const { runFixPr } = await import('./run-fix-pr.js');
    return await runFixPr({
      workspace: req.workspace,
      repo: req.repo,
      serverUrl: req.serverUrl,
      baseBranch: runBranch(req.ref),
      octokit: req.github,
      labels: req.labels,
      region: req.region,
      sdk: req.sdk,
      paths: req.paths,
      exclude: req.scan.exclude,
      ...(req.scan.include.length ? { include: req.scan.include } : {}),
      catalog: req.scan.catalog,
      tempDir: req.tempDir,
      log: req.log,
    });
  } catch (err) {
    req.log.warning(`Migration pull request skipped: ${(err as Error).message}`);
    return { state: 'skipped', reason: (err as Error).message };
  }
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
