import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { fixabilityOf, runFix, type FixRunResult } from '../../src/fix/index.js';
import { scan } from '../../src/scan/index.js';

/**
 * The fix over the shared fixture tree (test/fixtures/legacy, the one the scanner's tests use): every replacement
 * listed here, byte for byte, and nothing else. A file not listed must come out identical.
 */
const source = path.resolve(import.meta.dirname, '../fixtures/legacy');
const TOKENHUB = 'https://tokenhub-intl.tencentcloudmaas.com/v1';
const SAFE_RULES = new Set(RULES.filter((r) => fixabilityOf(r) === 'safe').map((r) => r.id));

// Files that call a Tencent SDK (csharp, go, java, ruby, scripts/call.sh, ts/hunyuan.ts) are not edited at all: a model
// ID or endpoint there is an argument of the SDK call, and changing it alone breaks the call.
const EDITS: Record<string, Array<[string, string]>> = {
  'config/.env': [['OPENAI_BASE_URL=https://api.hunyuan.cloud.tencent.com/v1\r\n', `OPENAI_BASE_URL=${TOKENHUB}\r\n`]],
  'config/app.yaml': [
    ['base_url: https://api.hunyuan.cloud.tencent.com/v1\n', `base_url: ${TOKENHUB}\n`],
    ['model: hunyuan-large\n', 'model: hy3-preview\n'],
  ],
  'config/models.json': [['"baseURL": "https://api.lkeap.tencentcloud.com/v1"', `"baseURL": "${TOKENHUB}"`]],
  'docs/setup.md': [
    ['curl https://api.hunyuan.cloud.tencent.com/v1/chat/completions', `curl ${TOKENHUB}/chat/completions`],
    ['"model": "hunyuan-turbos-latest"', '"model": "hy3-preview"'],
  ],
  'notebooks/demo.ipynb': [['base_url=\\"https://api.lkeap.cloud.tencent.com/v1\\"', `base_url=\\"${TOKENHUB}\\"`]],
  'python/hunyuan_openai.py': [
    ['base_url="https://api.hunyuan.cloud.tencent.com/v1"', `base_url="${TOKENHUB}"`],
    ['model="hunyuan-turbos-latest"', 'model="hy3-preview"'],
  ],
  'ts/lke.js': [['fetch("https://api.lkeap.cloud.tencent.com/v1/chat/completions"', `fetch("${TOKENHUB}/chat/completions"`]],
};

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
let result: FixRunResult;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'thfix-legacy-'));
  await fs.cp(source, work, { recursive: true });
  result = await runFix({ root: work, region: 'intl' });
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('fix on test/fixtures/legacy', () => {
  it('changes exactly the listed files', () => {
    expect(result.refused).toEqual([]);
    expect(result.changes.map((c) => c.path)).toEqual(Object.keys(EDITS).sort());
  });

  it('produces exactly the expected bytes in every file', async () => {
    for (const rel of await listTree(source)) {
      let expected = await fs.readFile(path.join(source, rel), 'latin1');
      for (const [from, to] of EDITS[rel] ?? []) {
        expect(expected.split(from).length - 1, `${rel}: '${from}' occurs once`).toBe(1);
        expected = expected.replace(from, to);
      }
      expect((await fs.readFile(path.join(work, rel))).equals(Buffer.from(expected, 'latin1')), rel).toBe(true);
    }
  });

  it('applies only catalog fixes of safe rules, one per listed edit', () => {
    const applied = result.changes.flatMap((c) => c.applied);
    expect(applied.length).toBe(Object.values(EDITS).flat().length);
    expect(applied.every((a) => a.origin === 'catalog' && SAFE_RULES.has(a.finding.ruleId))).toBe(true);
  });

  it('scans clean afterwards for every rule with a safe fix, and still reports the rest', async () => {
    const after = await scan({ root: work });
    const sdkFiles = new Set(after.findings.filter((f) => f.category === 'legacy-sdk').map((f) => f.path));
    expect(after.findings.filter((f) => SAFE_RULES.has(f.ruleId) && !sdkFiles.has(f.path))).toEqual([]);
    expect(sdkFiles.has('java/HunyuanDemo.java')).toBe(true);
    // SDK code, signing and search parameters stay for a person.
    const left = new Set(after.findings.map((f) => f.ruleId));
    for (const id of ['hunyuan-sdk', 'hunyuan-sdk-llm-call', 'lke-sdk-chat', 'hunyuan-cloudapi-endpoint', 'hunyuan-hyllm-endpoint', 'hunyuan-search-param']) {
      expect(left.has(id), id).toBe(true);
    }
  });

  it('changes nothing on a second run', async () => {
    const before = new Map<string, Buffer>();
    for (const rel of await listTree(work)) before.set(rel, await fs.readFile(path.join(work, rel)));
    const second = await runFix({ root: work, region: 'intl' });
    expect(second.changes).toEqual([]);
    for (const [rel, bytes] of before) expect((await fs.readFile(path.join(work, rel))).equals(bytes), rel).toBe(true);
  });
});
