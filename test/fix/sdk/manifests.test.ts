import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFix } from '../../../src/fix/run-fix.js';

/**
 * `fix --sdk` edits the dependency manifests of the language whose code it converted, in the folders above that
 * code: each language module names its manifests and its source files (engine/types.ts), and the run pairs them.
 */
const SDK = path.resolve(import.meta.dirname, '../../fixtures/sdk');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sdk-manifests-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample = (rel: string) => readFileSync(path.join(SDK, rel), 'utf8');
const PACKAGE = (deps: Record<string, string>) => `${JSON.stringify({ name: 'x', version: '1.0.0', dependencies: deps }, null, 2)}\n`;

function tree(files: Record<string, string>): string {
  const root = path.join(tmp, String(Math.random()).slice(2));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('manifests follow the language of the converted code', () => {
  it('edits Python manifests for converted Python and package.json for converted JavaScript, each in its own folders', async () => {
    const root = tree({
      'svc/chat.py': sample('python/lkeap_deepseek.py'),
      'svc/requirements.txt': 'requests==2.32.3\ntencentcloud-sdk-python==3.0.1250\n',
      'svc/pyproject.toml': '[project]\nname = "svc"\ndependencies = [\n    "tencentcloud-sdk-python>=3.0",\n]\n',
      // Only JavaScript was converted under web/: its requirements file is not the Python code's.
      'web/chat.mjs': sample('js/lkeap_nonstream.mjs'),
      'web/package.json': PACKAGE({ express: '^4.21.0', 'tencentcloud-sdk-nodejs': '^4.0.0' }),
      'web/requirements.txt': 'tencentcloud-sdk-python==3.0.1250\n',
      // Refused Python code keeps the Tencent SDK in the manifest above it, which still gets openai.
      'jobs/convert.py': sample('python/hunyuan_sync_stream.py'),
      'jobs/refused.py': sample('python/refused/tools.py'),
      'jobs/requirements.txt': 'tencentcloud-sdk-python==3.0.1250\n',
      // No converted code below: left alone.
      'idle/requirements.txt': 'tencentcloud-sdk-python==3.0.1250\n',
    });
    const result = await runFix({ root, region: 'intl', sdk: true, dryRun: true });
    const manifests = Object.fromEntries(result.changes.filter((c) => c.manifest).map((c) => [c.path, c.manifest]));
    expect(manifests).toEqual({
      'jobs/requirements.txt': ['added openai'],
      'svc/pyproject.toml': ['added openai', 'removed tencentcloud-sdk-python'],
      'svc/requirements.txt': ['added openai', 'removed tencentcloud-sdk-python'],
      'web/package.json': ['added openai', 'removed tencentcloud-sdk-nodejs'],
    });
    const clients = (result.sdk ?? []).map((f) => [f.path, f.clients.map((c) => c.converted)]);
    expect(clients).toEqual([
      ['jobs/convert.py', [true]],
      ['jobs/refused.py', [false]],
      ['svc/chat.py', [true]],
      ['web/chat.mjs', [true]],
    ]);
  });
});
