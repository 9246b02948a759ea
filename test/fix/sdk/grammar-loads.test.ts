import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFix } from '../../../src/fix/run-fix.js';
import { grammarsLoaded } from '../../../src/fix/sdk/engine/tree-sitter.js';

/**
 * `fix --sdk` loads a grammar only when a file in its language may hold a Tencent chat client, counted by the
 * engine's own loader (this file has its own module instance, so the count starts at zero).
 */
const SDK = path.resolve(import.meta.dirname, '../../fixtures/sdk');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sdk-grammars-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('grammars are loaded as the run needs them', () => {
  it('files without a Tencent SDK load no grammar, not even once the fix points them at TokenHub', async () => {
    const root = tree('none', {
      'llm.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n',
      'llm.ts': 'const url = "https://api.hunyuan.cloud.tencent.com/v1";\n',
    });
    const result = await runFix({ root, region: 'intl', sdk: true, dryRun: true });
    expect(result.changes.map((c) => c.path)).toEqual(['llm.py', 'llm.ts']);
    expect(grammarsLoaded()).toEqual([]);
  });

  it('a Python run loads the Python grammar only, however many JavaScript and TypeScript files sit beside it', async () => {
    const root = tree('py', {
      'svc/chat.py': readFileSync(path.join(SDK, 'python/hunyuan_async.py'), 'utf8'),
      'svc/other.py': readFileSync(path.join(SDK, 'python/app_service.py'), 'utf8'),
      // Legacy usage, but no Tencent SDK: the string fixes handle them, no parse is needed.
      'web/app.ts': 'const url = "https://api.hunyuan.cloud.tencent.com/v1";\n',
      'web/ui.tsx': 'export const model = "hunyuan-turbo";\n',
      'web/util.js': 'module.exports = { base: "https://api.lkeap.cloud.tencent.com/v1" };\n',
    });
    const result = await runFix({ root, region: 'intl', sdk: true, dryRun: true });
    expect(result.sdk?.flatMap((r) => r.clients).filter((c) => c.converted)).toHaveLength(2);
    expect(result.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['web/app.ts', 'web/util.js']));
    expect(grammarsLoaded()).toEqual(['python']);
  });

  it('a TypeScript file with a Tencent client then loads the TypeScript grammar, once, and nothing else', async () => {
    const root = tree('ts', {
      'a/chat_service.ts': readFileSync(path.join(SDK, 'js/chat_service.ts'), 'utf8'),
      'b/chat_service.ts': readFileSync(path.join(SDK, 'js/chat_service.ts'), 'utf8'),
      'c/app.py': readFileSync(path.join(SDK, 'python/hunyuan_async.py'), 'utf8'),
    });
    const result = await runFix({ root, region: 'intl', sdk: true, dryRun: true });
    expect(result.sdk?.flatMap((r) => r.clients).filter((c) => c.converted)).toHaveLength(3);
    expect(grammarsLoaded()).toEqual(['python', 'typescript']);
  });
});
