import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invocationOf } from '../../src/cli/invocation.js';
import { REPO_ROOT } from '../support/run-action.js';

describe('how the CLI names itself in hints', () => {
  it('follows the way it was run', () => {
    expect(invocationOf({ npm_command: 'exec' }, '/p/node_modules/.bin/tokenhub-migration-check', '/p')).toBe('npx tokenhub-migration-check');
    expect(invocationOf({}, '/usr/local/bin/tokenhub-migration-check', '/p')).toBe('tokenhub-migration-check');
    expect(invocationOf({ npm_command: 'run-script' }, '/repo/dist/cli/index.js', '/repo')).toBe('node dist/cli/index.js');
    expect(invocationOf({}, '/opt/my tools/dist/cli/index.js', '/work')).toBe("node '/opt/my tools/dist/cli/index.js'");
    expect(invocationOf({}, undefined, '/p')).toBe('tokenhub-migration-check');
  });

  it('the bundle run as `node dist/cli/index.js` prints a fix hint that runs as printed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tmc-invocation-'));
    try {
      writeFileSync(path.join(dir, 'app.py'), 'resp = client.chat.completions.create(model="hunyuan-translation", base_url="https://api.hunyuan.cloud.tencent.com/v1")\n');
      const out = await new Promise<string>((resolve) =>
        execFile(process.execPath, ['dist/cli/index.js', 'fix', '--dry-run', dir], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1', npm_command: '' } }, (_e, so, se) =>
          resolve(so + se),
        ),
      );
      expect(out).toContain('    node dist/cli/index.js fix --models hunyuan-translation=hy-mt2-plus\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
