import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { fixabilityOf, runFix } from '../../src/fix/index.js';
import { scan } from '../../src/scan/index.js';
import { triage } from '../../src/triage/triage.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/fix');
const SAFE_RULES = RULES.filter((r) => fixabilityOf(r) === 'safe').map((r) => r.id).sort();

async function listTree(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTree(abs, base)));
    else out.push(path.relative(base, abs).split(path.sep).join('/'));
  }
  return out.sort();
}

let work: string;

beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'thfix-tree-'));
  await fs.cp(path.join(fixtures, 'before'), work, { recursive: true });
  // Modes as a checkout has them, whatever the umask of this clone.
  await fs.chmod(path.join(work, 'scripts/call.sh'), 0o755);
  await fs.chmod(path.join(work, 'python/client.py'), 0o640);
});

afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('fix on the fixture tree', () => {
  it('has a finding of every safe rule before the fix (so the clean scan below means something)', async () => {
    const before = await scan({ root: work });
    expect([...new Set(before.findings.map((f) => f.ruleId))].filter((id) => SAFE_RULES.includes(id)).sort()).toEqual(SAFE_RULES);
  });

  it('rewrites exactly the safe fixes, file by file', async () => {
    const result = await runFix({ root: work, region: 'intl' });
    expect(result.refused).toEqual([]);
    expect(result.changes.map((c) => c.path)).toEqual([
      'config/app.yaml',
      'config/glm.yaml',
      'docs/notes.md',
      'java/Client.java',
      'node/lke.ts',
      'python/client.py',
      'scripts/call.sh',
    ]);
    expect(result.changes.every((c) => c.written)).toBe(true);
    const expectedDir = path.join(fixtures, 'after');
    const files = await listTree(expectedDir);
    expect(await listTree(work)).toEqual(files);
    for (const rel of files) {
      const actual = await fs.readFile(path.join(work, rel), 'utf8');
      expect(actual, rel).toBe(await fs.readFile(path.join(expectedDir, rel), 'utf8'));
    }
    // Every replacement came from the catalog, and each is one of the safe rules.
    const applied = result.changes.flatMap((c) => c.applied);
    expect(applied.every((a) => a.origin === 'catalog' && SAFE_RULES.includes(a.finding.ruleId))).toBe(true);
    expect(applied).toHaveLength(10);
  });

  it('lists what it did not rewrite: suggestions apart from manual work', async () => {
    const result = await runFix({ root: work, region: 'intl' });
    const suggested = result.remaining.filter((r) => r.fixability === 'suggested').map((r) => `${r.finding.path}:${r.finding.match}→${r.suggestion}`);
    expect(suggested).toEqual([
      'node/lke.ts:deepseek-r1→deepseek-v4-pro',
      'python/client.py:hunyuan-translation→hy-mt2-plus',
      'scripts/call.sh:deepseek-v3→deepseek-v4-flash',
    ]);
    const manual = result.remaining.filter((r) => r.fixability === 'manual').map((r) => `${r.finding.path}:${r.finding.ruleId}`);
    expect(manual).toEqual([
      'go/chat.go:hunyuan-sdk',
      'go/chat.go:hunyuan-sdk-llm-call',
      'go/chat.go:hunyuan-sdk-llm-call',
      'go/chat.go:hunyuan-model-not-on-tokenhub', // in an SDK call: not even a suggestion until the call moves
      'go/chat.go:hunyuan-sdk-llm-call',
      'node/lke.ts:lke-openai-search-param',
      'python/client.py:hunyuan-search-param',
    ]);
    // What the fix leaves is still seen by a later scan once the base URL points at TokenHub (half-migrated code):
    // the LKE key variable keeps node/lke.ts in LKE context, the TokenHub host flags the search field and the
    // DeepSeek ID TokenHub does not list.
    expect(result.remaining.filter((r) => r.hiddenByFix).map((r) => `${r.finding.path}:${r.finding.match}`)).toEqual([]);
    // The SDK file is never edited.
    expect(await fs.readFile(path.join(work, 'go/chat.go'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'before/go/chat.go'), 'utf8'));
  });

  it('is idempotent: a second run changes nothing', async () => {
    await runFix({ root: work, region: 'intl' });
    const snapshot = new Map<string, Buffer>();
    for (const rel of await listTree(work)) snapshot.set(rel, await fs.readFile(path.join(work, rel)));
    const second = await runFix({ root: work, region: 'intl' });
    expect(second.changes).toEqual([]);
    for (const [rel, bytes] of snapshot) expect((await fs.readFile(path.join(work, rel))).equals(bytes), rel).toBe(true);
  });

  it('keeps file modes', async () => {
    await runFix({ root: work, region: 'intl' });
    expect((await fs.stat(path.join(work, 'scripts/call.sh'))).mode & 0o777).toBe(0o755);
    expect((await fs.stat(path.join(work, 'python/client.py'))).mode & 0o777).toBe(0o640);
    // No temporary file is left behind.
    expect((await listTree(work)).filter((f) => f.includes('tokenhub-fix'))).toEqual([]);
  });

  it('leaves a tree that scans clean for every rule with a safe fix', async () => {
    await runFix({ root: work, region: 'intl' });
    const after = await scan({ root: work });
    expect(triage({ findings: after.findings, failOn: 'error' }).reported.filter((f) => SAFE_RULES.includes(f.ruleId))).toEqual([]);
    // The ignored line in docs/notes.md is still there, untouched.
    expect(await fs.readFile(path.join(work, 'docs/notes.md'), 'utf8')).toContain('https://api.hunyuan.cloud.tencent.com/v1 <!-- tokenhub-migration-ignore');
  });

  it('points base URLs at the mainland site with region mainland', async () => {
    const result = await runFix({ root: work, region: 'mainland' });
    const endpoints = result.changes.flatMap((c) => c.applied).filter((a) => a.finding.category === 'legacy-endpoint');
    expect(endpoints.map((a) => a.to).sort()).toEqual([
      'https://tokenhub.tencentmaas.com/v1',
      'https://tokenhub.tencentmaas.com/v1',
      'https://tokenhub.tencentmaas.com/v1',
      'https://tokenhub.tencentmaas.com/v1',
      'https://tokenhub.tencentmaas.com/v1',
      'https://tokenhub.tencentmaas.com/v1',
    ]);
    expect(await fs.readFile(path.join(work, 'config/app.yaml'), 'utf8')).toContain('url: https://tokenhub.tencentmaas.com/v1/chat/completions\n');
  });

  it('applies the user mapping for suggested models, and only with it', async () => {
    const models = new Map([['hunyuan-translation', 'hy-mt2-plus'], ['deepseek-r1', 'deepseek-v4-pro']]);
    const result = await runFix({ root: work, region: 'intl', models });
    const mapped = result.changes.flatMap((c) => c.applied).filter((a) => a.origin === 'mapping');
    expect(mapped.map((a) => `${a.finding.path}:${a.from}→${a.to}`)).toEqual([
      'node/lke.ts:deepseek-r1→deepseek-v4-pro',
      'python/client.py:hunyuan-translation→hy-mt2-plus',
    ]);
    expect(await fs.readFile(path.join(work, 'python/client.py'), 'utf8')).toContain('model="hy-mt2-plus"');
    expect(result.remaining.filter((r) => r.fixability === 'suggested').map((r) => r.finding.match)).toEqual(['deepseek-v3']);
  });

  it('writes nothing in a dry run, and its diff, applied by git, gives the fixed tree', async () => {
    const dry = await runFix({ root: work, region: 'intl', dryRun: true });
    expect(dry.changes.every((c) => !c.written)).toBe(true);
    for (const rel of await listTree(work)) {
      expect((await fs.readFile(path.join(work, rel))).equals(await fs.readFile(path.join(fixtures, 'before', rel))), rel).toBe(true);
    }
    const patch = dry.changes.map((c) => c.diff).join('');
    expect(patch).toContain('\n-    static final String MODEL = "hunyuan-standard-256K";\n');
    expect(patch).toContain('\n+    static final String MODEL = "hy3-preview";\n');
    // `git apply` reads the patch as it is and turns the untouched tree into the expected one.
    await fs.writeFile(path.join(os.tmpdir(), `${path.basename(work)}.patch`), patch);
    execFileSync('git', ['apply', '--whitespace=nowarn', path.join(os.tmpdir(), `${path.basename(work)}.patch`)], { cwd: work });
    await fs.rm(path.join(os.tmpdir(), `${path.basename(work)}.patch`));
    for (const rel of await listTree(path.join(fixtures, 'after'))) {
      expect(await fs.readFile(path.join(work, rel), 'utf8'), rel).toBe(await fs.readFile(path.join(fixtures, 'after', rel), 'utf8'));
    }
  });
});
