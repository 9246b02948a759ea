import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES, TOKENHUB_CHAT_MODEL_IDS, TOKENHUB_MODEL_NOT_ENABLED } from '../../src/catalog/index.js';
import { scan } from '../../src/scan/index.js';
import { findModelReferences, modelReferencesInText } from '../../src/smoke/model-references.js';
import { selectModels } from '../../src/smoke/select-models.js';

describe('modelReferencesInText', () => {
  it('finds TokenHub model IDs with their line and column', () => {
    const text = [
      'const client = new OpenAI({ baseURL: "https://tokenhub-intl.tencentcloudmaas.com/v1" });',
      'const fast = "deepseek-v4-flash";',
      "MODELS = ['glm-5.1', 'kimi-k2.5']  # and hy3-preview",
    ].join('\n');
    expect(modelReferencesInText(text, 'a.ts').map((f) => [f.match, f.line, f.column, f.endColumn])).toEqual([
      ['deepseek-v4-flash', 2, 15, 32],
      ['glm-5.1', 3, 12, 19],
      ['kimi-k2.5', 3, 23, 32],
      ['hy3-preview', 3, 42, 53],
    ]);
  });

  it('takes the longest ID and leaves longer tokens, paths and file names alone', () => {
    const text = 'a = "deepseek-v4-flash-202605"\nb = "glm-5"\nc = "glm-50"\nd = "models/glm-5"\ne = "kimi-k2.5.json"\nf = "glm-5."\n';
    expect(modelReferencesInText(text, 'x.py').map((f) => f.match)).toEqual(['deepseek-v4-flash-202605', 'glm-5', 'glm-5']);
  });

  it('honours ignore comments that name the rule, and leaves other rules\' ignores to them', () => {
    const text = [
      'a = "glm-5"  # tokenhub-migration-ignore tokenhub-model-not-enabled -- another provider',
      'b = "glm-5"  # tokenhub-migration-ignore hunyuan-model',
    ].join('\n');
    expect(modelReferencesInText(text, 'x.py').map((f) => f.line)).toEqual([2]);
  });

  it('knows every chat ID in the catalog data', () => {
    for (const id of TOKENHUB_CHAT_MODEL_IDS) {
      expect(modelReferencesInText(`model: "${id}"`, 'x.yml').map((f) => f.match), id).toEqual([id]);
    }
  });
});

describe('the cross-check rule in the catalog', () => {
  const rule = RULES.find((r) => r.id === TOKENHUB_MODEL_NOT_ENABLED)!;

  it('is a legacy-model rule that only the smoke test reports', () => {
    expect(rule).toMatchObject({ category: 'legacy-model', smokeTestOnly: true });
  });

  it('is never reported by the scan itself', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'thmc-refs-'));
    try {
      await writeFile(path.join(dir, 'app.ts'), 'model: "deepseek-v4-flash"\n');
      const result = await scan({ root: dir });
      expect(result.findings).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('findModelReferences', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'thmc-refs-'));
    await mkdir(path.join(dir, 'src'), { recursive: true });
    await mkdir(path.join(dir, 'node_modules', 'x'), { recursive: true });
    await writeFile(path.join(dir, 'src', 'new.ts'), 'const a = "deepseek-v4-pro";\nconst b = "deepseek-v4-pro";\nconst c = "glm-5";\n');
    // A DeepSeek ID sent to the legacy LKE API: a legacy finding, not a TokenHub reference.
    await writeFile(path.join(dir, 'src', 'old.py'), 'client = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1")\nmodel = "deepseek-v3.2"\n');
    await writeFile(path.join(dir, 'node_modules', 'x', 'index.js'), 'const m = "kimi-k2.5";\n');
    await writeFile(path.join(dir, 'src', 'skip.ts'), 'const m = "minimax-m2.7";\n');
    await writeFile(path.join(dir, '.gitignore'), 'src/skip.ts\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks the tree as the scan does and drops what the scan calls legacy', async () => {
    const legacy = (await scan({ root: dir })).findings;
    expect(legacy.some((f) => f.ruleId === 'lke-deepseek-v3-model')).toBe(true);
    const refs = await findModelReferences({ root: dir }, legacy);
    expect(refs.map((f) => `${f.path}:${f.line}:${f.match}`)).toEqual([
      'src/new.ts:1:deepseek-v4-pro',
      'src/new.ts:2:deepseek-v4-pro',
      'src/new.ts:3:glm-5',
    ]);
    expect(selectModels([], refs)).toEqual({ source: 'code', chat: ['deepseek-v4-pro', 'glm-5'], listOnly: [], overLimit: [] });
  });

  it('scans only the paths it is given', async () => {
    const refs = await findModelReferences({ root: dir, paths: ['src/old.py'] });
    expect(refs.map((f) => f.match)).toEqual(['deepseek-v3.2']);
  });
});

describe('lockfiles', () => {
  let dir: string;
  // Base64 integrity hashes hold short model IDs by chance (`+hy3/`, `hy4=`); a lockfile never sends a model.
  const lock = [
    'lockfileVersion: 9.0',
    'packages:',
    '  left-pad@1.3.0:',
    '    resolution: {integrity: sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQ9+hy3/ExSzyUnTm3jp6mo3+ZlYw4MHn4sMPiHDNVQwYt=}',
    '  right-pad@1.0.1:',
    '    resolution: {integrity: sha512-bYBjgxmkvTAfgIYy328fmkwhp39v8lwVgWhhrzxPV3yHtcSqyYKe9/XOhvW48Hy4=}',
    '  hunyuan-lite@1.0.0:',
    '    resolution: {integrity: sha512-AAAA}',
  ].join('\n') + '\n';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'thmc-lock-'));
    await writeFile(path.join(dir, 'pnpm-lock.yaml'), lock);
    await writeFile(path.join(dir, 'yarn.lock'), lock);
    await writeFile(path.join(dir, 'app.py'), 'model = "hy4"\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('give no model references, whatever their hashes hold', async () => {
    const refs = await findModelReferences({ root: dir });
    expect(refs.map((f) => `${f.path}:${f.match}`)).toEqual(['app.py:hy4']);
  });

  it('give no model findings in the scan either', async () => {
    const { findings } = await scan({ root: dir });
    expect(findings.filter((f) => f.category === 'legacy-model')).toEqual([]);
  });
});
