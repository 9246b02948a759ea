/**
 * The release workflow's shell steps, run in bash as the runner would: against this repository's package.json and
 * CHANGELOG, and against a temporary repository with a bare "origin" for the major-tag move.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-action.js';
import { runShell, workflowJob } from '../support/workflow-steps.js';

const steps = workflowJob('release.yml', 'release');
const step = (name: string) => steps.find((s) => s.name === name)!.run!;
const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'tmc-release-'));
  temps.push(d);
  return d;
};
const gitEnv = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' }).trim();

describe('release workflow', () => {
  it('is triggered by version tags only', () => {
    const doc = readFileSync(path.join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(doc).toContain("tags: ['v[0-9]+.[0-9]+.[0-9]+']");
  });

  it("accepts the tag of package.json's version, which CHANGELOG.md has a section for, and refuses another", async () => {
    const ok = await runShell(step('Check the tag against package.json and CHANGELOG.md'), { TAG: `v${version}` }, REPO_ROOT);
    expect(ok.exitCode, ok.stdout + ok.stderr).toBe(0);
    const bad = await runShell(step('Check the tag against package.json and CHANGELOG.md'), { TAG: 'v9.9.9' }, REPO_ROOT);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain(`::error::tag v9.9.9 does not match package.json version ${version}`);
  });

  it('moves the major tag to the released commit on the remote', async () => {
    const remote = tmp();
    git(remote, 'init', '--bare', '-q');
    const work = tmp();
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'remote', 'add', 'origin', remote);
    writeFileSync(path.join(work, 'a.txt'), '1\n');
    git(work, 'add', '.');
    git(work, 'commit', '-qm', 'one');
    git(work, 'tag', 'v1.0.0');
    git(work, 'tag', 'v1');
    writeFileSync(path.join(work, 'a.txt'), '2\n');
    git(work, 'commit', '-qam', 'two');
    git(work, 'tag', '-a', 'v1.1.0', '-m', 'v1.1.0'); // an annotated tag: v1 must point at its commit, not the tag object
    git(work, 'push', '-q', 'origin', 'main', '--tags');
    const released = git(work, 'rev-parse', 'HEAD');
    expect(git(remote, 'rev-parse', 'v1^{commit}')).not.toBe(released);

    const res = await runShell(step('Move the major tag'), { ...gitEnv, TAG: 'v1.1.0' }, work);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(git(remote, 'rev-parse', 'v1')).toBe(released);
    expect(git(remote, 'rev-parse', 'v1.0.0^{commit}')).not.toBe(released);
  });

  it("creates the GitHub release with that version's CHANGELOG section as its notes", async () => {
    const work = tmp();
    writeFileSync(
      path.join(work, 'CHANGELOG.md'),
      '# Changelog\n\n## [Unreleased]\n- next\n\n## [1.1.0] - 2026-12-01\n### Fixed\n- the thing\n\n## [1.0.0] - 2026-11-01\n- first\n',
    );
    // A stand-in `gh` on PATH that records its arguments and the notes file.
    const bin = tmp();
    writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${work}/gh-args"\ncp release-notes.md "${work}/notes-seen"\n`);
    chmodSync(path.join(bin, 'gh'), 0o755);
    const res = await runShell(step('Create the GitHub release'), { TAG: 'v1.1.0', GH_TOKEN: 'ghs_x', PATH: `${bin}:${process.env.PATH}` }, work);
    expect(res.exitCode, res.stderr).toBe(0);
    expect(readFileSync(path.join(work, 'gh-args'), 'utf8').split('\n')).toEqual(['release', 'create', 'v1.1.0', '--title', 'v1.1.0', '--notes-file', 'release-notes.md', '--verify-tag', '']);
    expect(readFileSync(path.join(work, 'notes-seen'), 'utf8')).toBe('### Fixed\n- the thing\n\n');
  });
});
