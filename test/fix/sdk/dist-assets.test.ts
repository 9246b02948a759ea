import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ASSETS from '../../../src/fix/sdk/engine/assets.json' with { type: 'json' };

/**
 * The bundles load web-tree-sitter and the grammars from dist/tree-sitter/, one copy for dist/ and dist/cli/.
 * Proven on a copy of dist/ alone, in a folder with no node_modules anywhere above it, on Node 20 and Node 24.
 */
const repo = path.resolve(import.meta.dirname, '../../..');
const node24 = path.join(repo, 'node_modules/node/bin/node');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sdk-dist-'));
const copy = path.join(tmp, 'dist');
cpSync(path.join(repo, 'dist'), copy, { recursive: true });
const work = path.join(tmp, 'work');
mkdirSync(work);
writeFileSync(
  path.join(work, 'chat.py'),
  [
    'from tencentcloud.common import credential',
    'from tencentcloud.hunyuan.v20230901 import hunyuan_client, models',
    '',
    'client = hunyuan_client.HunyuanClient(credential.Credential("id", "key"), "ap-guangzhou")',
    'req = models.ChatCompletionsRequest()',
    'req.Model = "hunyuan-turbo"',
    'req.Messages = [{"Role": "user", "Content": "hi"}]',
    'print(client.ChatCompletions(req).Choices[0].Message.Content)',
    '',
  ].join('\n'),
);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dist/ ships the tree-sitter runtime and grammars', () => {
  it('holds every asset once, beside the bundles', () => {
    expect(readdirSync(path.join(copy, 'tree-sitter')).sort()).toEqual(Object.keys(ASSETS).sort());
    expect(readdirSync(path.join(copy, 'cli')).some((f) => f.endsWith('.wasm'))).toBe(false);
    const bytes = Object.keys(ASSETS).reduce((n, f) => n + statSync(path.join(copy, 'tree-sitter', f)).size, 0);
    expect(bytes).toBeLessThan(6 * 1024 * 1024);
  });

  for (const [label, node] of [
    ['Node 20', process.execPath],
    ['Node 24', node24],
  ] as const) {
    it(`the CLI bundle rewrites with the grammars on ${label}, from a copy of dist/ with no node_modules`, () => {
      const r = spawnSync(node, [path.join(copy, 'cli/index.js'), 'fix', '--sdk', '--dry-run', '--no-color', work], { encoding: 'utf8', cwd: work });
      expect(r.stderr).toContain('1 converted, 0 refused');
      expect(r.stdout).toContain('+client = OpenAI(api_key=os.environ["TOKENHUB_API_KEY"], base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")');
      expect(r.stdout).toContain('+print((client.chat.completions.create(');
      expect(r.stdout).toContain('+).choices[0].message.content or ""))');
    });
  }
});
