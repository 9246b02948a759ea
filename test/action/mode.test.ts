import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventContextFrom, EventError, headCommit, readEventContext } from '../../src/action/event.js';
import { ModeError, selectMode } from '../../src/action/mode.js';

const env = { GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: 'm'.repeat(40), GITHUB_WORKSPACE: '/w' };
const pr = (headRepo: string | null = 'octo/app') => ({
  pull_request: { number: 7, base: { sha: 'b'.repeat(40), repo: { full_name: 'octo/app' } }, head: { sha: 'h'.repeat(40), repo: headRepo ? { full_name: headRepo } : null } },
});

describe('event context', () => {
  it('reads a pull request and points findings at its head, not the merge commit', () => {
    const ctx = eventContextFrom({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, pr());
    expect(ctx.pullRequest).toEqual({ number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), fromFork: false });
    expect(headCommit(ctx)).toBe('h'.repeat(40));
  });

  it('marks fork PRs, including a deleted fork', () => {
    expect(eventContextFrom(env, pr('someone/app')).pullRequest?.fromFork).toBe(true);
    expect(eventContextFrom(env, pr(null)).pullRequest?.fromFork).toBe(true);
  });

  it('reads a merge group', () => {
    const ctx = eventContextFrom({ ...env, GITHUB_EVENT_NAME: 'merge_group' }, { merge_group: { base_sha: '1'.repeat(40), head_sha: '2'.repeat(40) } });
    expect(ctx.mergeGroup).toEqual({ baseSha: '1'.repeat(40), headSha: '2'.repeat(40) });
    expect(headCommit(ctx)).toBe('2'.repeat(40));
  });

  it('names the payload file it cannot read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'event-'));
    const file = path.join(dir, 'event.json');
    writeFileSync(file, '{not json');
    expect(() => readEventContext({ ...env, GITHUB_EVENT_PATH: file })).toThrow(EventError);
    expect(() => readEventContext({ ...env, GITHUB_EVENT_PATH: file })).toThrow(file);
  });
});

describe('selectMode', () => {
  const on = (name: string, payload: Record<string, unknown> = {}) => eventContextFrom({ ...env, GITHUB_EVENT_NAME: name }, payload);

  it('auto: diff on pull_request, pull_request_target and merge_group; full otherwise', () => {
    expect(selectMode('auto', on('pull_request', pr())).mode).toBe('diff');
    expect(selectMode('auto', on('pull_request_target', pr())).mode).toBe('diff');
    expect(selectMode('auto', on('merge_group', { merge_group: { base_sha: 'a', head_sha: 'b' } })).mode).toBe('diff');
    expect(selectMode('auto', on('push')).mode).toBe('full');
    expect(selectMode('auto', on('schedule')).mode).toBe('full');
  });

  it('full always scans the tree; diff refuses an event without commits to compare', () => {
    expect(selectMode('full', on('pull_request', pr())).mode).toBe('full');
    expect(() => selectMode('diff', on('push'))).toThrow(ModeError);
    expect(() => selectMode('diff', on('push'))).toThrow(/needs a pull_request.*'push'/);
  });
});
