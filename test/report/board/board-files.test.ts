import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoardInputError, prepareBoard } from '../../../src/report/board/aggregate.js';
import { writeBoardFiles } from '../../../src/report/board/board-files.js';
import { buildBoard } from '../../../src/report/board/board.js';
import { UsageError } from '../../../src/errors.js';

/** The board's files (job summary, CSV, JSON), and the checks of what the command line gave before anything is read. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'th-board-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const board = () => buildBoard({ rows: [], notes: [], now: new Date('2026-12-01T00:00:00Z') });

describe('writeBoardFiles', () => {
  it('appends the summary and writes the CSV and JSON asked for, returning nothing to print', async () => {
    await writeFile(path.join(dir, 'summary.md'), 'before\n');
    const left = await writeBoardFiles(board(), { summary: 'summary.md', csv: 'board.csv', json: 'board.json' }, { cwd: dir, serverUrl: 'https://github.com' });
    expect(left).toBeUndefined();
    expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toMatch(/^before\n.+/s);
    expect((await readFile(path.join(dir, 'board.csv'), 'utf8')).split('\n')[0]).toContain('repository');
    expect(JSON.parse(await readFile(path.join(dir, 'board.json'), 'utf8'))).toBeTypeOf('object');
  });

  it('returns the summary for the face to print when no summary file is named, and writes nothing', async () => {
    const left = await writeBoardFiles(board(), {}, { cwd: dir, serverUrl: 'https://github.com' });
    expect(left).toBeTypeOf('string');
    expect(left!.length).toBeGreaterThan(0);
  });
});

describe('prepareBoard checks what it is given', () => {
  const base = { cwd: '/nonexistent', maxReportBytes: 1024, log: () => undefined };

  it('refuses no report, a board issue repository that is not owner/name, and a board issue without a token', async () => {
    await expect(prepareBoard({ ...base, reports: [] })).rejects.toThrow('aggregate needs at least one report file or folder');
    await expect(prepareBoard({ ...base, reports: ['r.json'], issue: { repository: 'just-a-name', token: 't' } })).rejects.toThrow(
      "--issue-repo must be owner/name (got 'just-a-name')",
    );
    const noToken = prepareBoard({ ...base, reports: ['r.json'], issue: { repository: 'octo/board', token: '' } });
    await expect(noToken).rejects.toThrow('--issue-repo needs a token in $GITHUB_TOKEN (or $GH_TOKEN)');
    await expect(noToken).rejects.toBeInstanceOf(BoardInputError);
  });

  it('makes them usage errors, so the CLI points at --help', async () => {
    await expect(prepareBoard({ ...base, reports: [] })).rejects.toBeInstanceOf(UsageError);
  });
});
