import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGlobFlags, commandSettings } from '../../src/config/command-settings.js';
import { ConfigError } from '../../src/config/issues.js';
import { UsageError } from '../../src/errors.js';

/** The settings of a command: the config file at the root under the values given, paths relative to the command's folder. */

let root: string;
beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'th-command-settings-')));
  await mkdir(path.join(root, '.github'));
  await mkdir(path.join(root, 'sub'));
  await writeFile(path.join(root, 'sub', 'app.py'), 'x = 1\n');
  await writeFile(path.join(root, '.github', 'tokenhub-migration.yml'), 'fail-on: warning\nexclude: ["sub/"]\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('commandSettings', () => {
  it('reads the config file at the root, whatever folder the command runs from', async () => {
    const fromRoot = await commandSettings(root, root, {});
    const fromSub = await commandSettings(path.join(root, 'sub'), root, {});
    expect(fromRoot.failOn).toBe('warning');
    expect(fromSub.failOn).toBe('warning');
    expect(fromSub.exclude).toEqual(fromRoot.exclude);
  });

  it('puts the values given over the file, and resolves files given from the command folder', async () => {
    const sub = path.join(root, 'sub');
    const s = await commandSettings(sub, root, { failOn: 'none', exclude: ['tests/'], baseline: 'base.json', output: 'report.json' });
    expect(s.failOn).toBe('none');
    expect(s.exclude[0]).toBe('tests/');
    expect(s.baseline).toBe(path.join(sub, 'base.json'));
    // The report this run writes is never scanned.
    await writeFile(path.join(sub, 'report.json'), '{}');
    const again = await commandSettings(sub, root, { output: 'report.json' });
    expect(again.exclude).toContain('/sub/report.json');
  });

  it('reads a config file named relative to the command folder, and says what is wrong with it', async () => {
    await writeFile(path.join(root, 'sub', 'own.yml'), 'fail-on: sometimes\n');
    await expect(commandSettings(path.join(root, 'sub'), root, { config: 'own.yml' })).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('checkGlobFlags', () => {
  it('gives --include and --exclude the config file syntax checks, named by flag, as usage errors', () => {
    expect(() => checkGlobFlags('--include', ['src/**/*.py', '*.ts'])).not.toThrow();
    expect(() => checkGlobFlags('--exclude', ['src\\app.py'])).toThrow(UsageError);
    expect(() => checkGlobFlags('--exclude', ['src\\app.py'])).toThrow(/^--exclude 'src\\app\.py': /);
  });
});
