import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { localCheck, type LocalCheckRequest } from '../../src/pipeline/local-check.js';
import { localFix } from '../../src/pipeline/local-fix.js';
import { git } from '../support/git-fixture.js';

/** The pipeline run from a folder: root, settings, target (paths, standard input or a change), scan, triage. */

const LEGACY = 'https://api.hunyuan.cloud.tencent.com/v1';

let repo: string;
beforeEach(async () => {
  repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'th-local-check-')));
  await git(repo, ['init', '-q', '-b', 'main']);
  await mkdir(path.join(repo, 'src'));
  await writeFile(path.join(repo, 'src/app.py'), `import os\nBASE = "${LEGACY}"\n`);
  await writeFile(path.join(repo, 'README.md'), 'nothing here\n');
});
afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

function request(over: Partial<LocalCheckRequest>): LocalCheckRequest {
  return { cwd: repo, paths: [], overrides: {}, scope: 'added-lines', gitignore: true, threads: 1, ...over };
}

describe('localCheck', () => {
  it('roots the run at the git top level of the paths, so the results do not depend on the folder it runs from', async () => {
    const fromTop = await localCheck(request({ paths: ['src'] }));
    const fromSrc = await localCheck(request({ cwd: path.join(repo, 'src'), paths: ['.'] }));
    expect(fromTop.root).toBe(repo);
    expect(fromSrc.root).toBe(repo);
    expect(fromSrc.outcome.reported.map((f) => `${f.path}:${f.line}`)).toEqual(['src/app.py:2']);
    expect(fromSrc.outcome.reported).toEqual(fromTop.outcome.reported);
    expect(fromTop.outcome.verdict).toBe('fail');
  });

  it('scans standard input under the name given, rooted at the command folder', async () => {
    const stream = new PassThrough();
    stream.end(`client = OpenAI(base_url="${LEGACY}")\n`);
    const checked = await localCheck(request({ paths: ['-'], stdin: { stream, filename: 'svc/client.py', program: 'tool' } }));
    expect(checked.root).toBe(repo);
    expect(checked.targets).toEqual([path.join(repo, 'svc/client.py')]);
    expect(checked.outcome.reported.map((f) => f.path)).toEqual(['svc/client.py']);
  });

  it('refuses standard input with a change, before reading anything', async () => {
    const stream = new PassThrough();
    const run = localCheck(request({ paths: ['-'], change: { kind: 'index' }, stdin: { stream, program: 'tool' } }));
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow("'-' (standard input) cannot be combined with --diff or --staged");
  });

  it('says which selection found nothing instead of passing', async () => {
    await expect(localCheck(request({ overrides: { include: ['*.go'] } }))).rejects.toThrow("--include '*.go' matches no file");
  });

  it('judges only what the index adds with a change', async () => {
    await git(repo, ['add', '-A']);
    await git(repo, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base']);
    await writeFile(path.join(repo, 'src/new.py'), `URL = "${LEGACY}/chat"\n`);
    await git(repo, ['add', 'src/new.py']);
    const checked = await localCheck(request({ change: { kind: 'index' } }));
    expect(checked.outcome.judged.map((f) => f.path)).toEqual(['src/new.py']);
  });
});

describe('localFix', () => {
  it('fixes from the root of the paths and fails only on what is left at or above fail-on', async () => {
    const dry = await localFix({ cwd: path.join(repo, 'src'), paths: ['.'], overrides: {}, gitignore: true, region: 'intl', models: [], dryRun: true, sdk: false });
    expect(dry.result.root).toBe(repo);
    expect(dry.result.changes.map((c) => c.path)).toEqual(['src/app.py']);
    expect(dry.failed).toBe(false);
    expect(await readFile(path.join(repo, 'src/app.py'), 'utf8')).toContain(LEGACY);
  });

  it('checks the model map against the run rules, as a usage error', async () => {
    const run = localFix({ cwd: repo, paths: [], overrides: {}, gitignore: true, region: 'intl', models: ['gpt-4o=hy3-preview'], dryRun: true, sdk: false });
    await expect(run).rejects.toBeInstanceOf(UsageError);
  });
});
