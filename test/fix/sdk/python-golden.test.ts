import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/catalog/index.js';
import { fixBytes, type FileFixOutcome } from '../../../src/fix/fix-bytes.js';
import { parseModelMap } from '../../../src/fix/model-map.js';
import { loadSdkRewriter, type SdkRewriter } from '../../../src/fix/sdk/index.js';
import { compileCatalog } from '../../../src/scan/compile.js';

/**
 * Golden tests of `fix --sdk` on Python: samples shaped like Tencent's official examples (sync, async, streaming,
 * API Explorer output, LKE DeepSeek) and small application code, each with its exact expected output and report
 * under expected/. UPDATE_GOLDEN=1 rewrites the expected files (review the diff before committing).
 */
const dir = path.resolve(import.meta.dirname, '../../fixtures/sdk/python');
const expectedDir = path.join(dir, 'expected');
const catalog = compileCatalog(RULES);
const BASE_URL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';
let rewriter: SdkRewriter;

beforeAll(async () => {
  rewriter = await loadSdkRewriter({ baseUrl: BASE_URL }, ['python']);
});

function fix(name: string, text: string, models?: string[]): FileFixOutcome {
  const opts = { region: 'intl' as const, ...(models ? { models: parseModelMap(models, RULES) } : {}) };
  return fixBytes(Buffer.from(text, 'utf8'), name, catalog, opts, rewriter);
}

function report(outcome: FileFixOutcome) {
  if (outcome.kind !== 'fixed' && outcome.kind !== 'unchanged') return { kind: outcome.kind };
  return {
    kind: outcome.kind,
    clients: outcome.sdk?.clients ?? [],
    leftovers: outcome.sdk?.leftovers ?? [],
    applied: outcome.applied.map((a) => `${a.finding.line}: ${a.from} -> ${a.to} (${a.origin})`),
    remaining: outcome.remaining.map((r) => `${r.finding.line}: ${r.finding.ruleId} ${r.finding.match} [${r.fixability}${r.suggestion ? ` -> ${r.suggestion}` : ''}]`),
  };
}

function golden(file: string, actual: string): void {
  const at = path.join(expectedDir, file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(at, actual);
  expect(actual).toBe(readFileSync(at, 'utf8'));
}

function pyCompile(files: Record<string, string>): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sdk-pycompile-'));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const p = path.join(tmp, name.replace(/[/\\]/g, '_'));
      writeFileSync(p, text);
      return p;
    });
    // Raises (non-zero exit, the file named in stderr) on the first file that does not compile.
    execFileSync('python3', ['-c', 'import py_compile, sys\nfor f in sys.argv[1:]: py_compile.compile(f, doraise=True)', ...paths], { stdio: 'pipe' });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A finding left after the rewrite points at its own text in the rewritten file (the line a person opens). */
function expectAtTheirText(outcome: FileFixOutcome): void {
  if (outcome.kind !== 'fixed') return;
  const lines = outcome.after.split('\n');
  for (const r of outcome.remaining) {
    const f = r.finding;
    expect(lines[f.line - 1]?.slice(f.column - 1, f.endColumn - 1), `${f.ruleId} at ${f.line}:${f.column}`).toBe(f.match);
  }
}

const converted = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('fix --sdk, Python: converted samples', () => {
  const outputs: Record<string, string> = {};
  for (const name of converted) {
    it(`${name}: exact output and report; a second run changes nothing`, () => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const outcome = fix(name, text);
      expect(outcome.kind).toBe('fixed');
      if (outcome.kind !== 'fixed') return;
      outputs[name] = outcome.after;
      golden(name, outcome.after);
      golden(name.replace(/\.py$/, '.json'), `${JSON.stringify(report(outcome), null, 2)}\n`);
      expectAtTheirText(outcome);
      const again = fix(name, outcome.after);
      if (again.kind === 'fixed' || again.kind === 'unchanged') {
        expect(again.after).toBe(outcome.after);
        expect(again.sdk?.clients.filter((c) => c.converted) ?? []).toEqual([]);
      }
    });
  }
  it('every output compiles (python3 -m py_compile)', () => {
    expect(Object.keys(outputs).sort()).toEqual(converted);
    pyCompile(outputs);
  });
});

/** Each refused sample: the exact reason, and the file left byte for byte as it was. */
const REFUSED: Record<string, string[]> = {
  'factory.py': ['the client is made in a factory and returned: the calls made on it cannot be followed (line 10)'],
  'conditional.py': ['the request is changed conditionally (line 10)'],
  'tools.py': ['tools (function calling) are not converted (line 11)'],
  'vision.py': ['vision contents (Contents) are not converted (line 7)'],
  'enhancement.py': ['EnableEnhancement turns on the legacy online search, which TokenHub does not have (line 8)'],
  'error_code.py': ['Tencent error details (err.code) are read from the exception (line 12)'],
  'request_id.py': [
    "the response's RequestId is a Tencent Cloud API field (OpenAI clients expose the x-request-id header instead) (line 9)",
  ],
  'embeddings.py': ['the client is also used for GetEmbedding, which is not converted (line 17)'],
  'history_param.py': [
    'the messages come from history, which is not a list made in this function: their Role and Content keys cannot be converted here (line 10)',
  ],
};

describe('fix --sdk, Python: refused samples', () => {
  for (const [name, reasons] of Object.entries(REFUSED)) {
    it(`${name}: refused with the exact reason, file byte-identical`, () => {
      const bytes = readFileSync(path.join(dir, 'refused', name));
      const outcome = fixBytes(bytes, name, catalog, { region: 'intl' }, rewriter);
      expect(outcome.kind).toBe('unchanged');
      if (outcome.kind !== 'unchanged') return;
      expect(outcome.bytes.equals(bytes)).toBe(true);
      expect(outcome.sdk?.clients.map((c) => c.reason)).toEqual(reasons);
      expect(outcome.sdk?.clients.every((c) => !c.converted && c.guidance === 'docs/rules/hunyuan-sdk.md')).toBe(true);
    });
  }
  it('covers every sample in refused/', () => {
    expect(readdirSync(path.join(dir, 'refused')).sort()).toEqual(Object.keys(REFUSED).sort());
  });
});

describe('fix --sdk, Python: model IDs', () => {
  it('applies a suggested replacement only with --models', () => {
    const text = readFileSync(path.join(dir, 'lkeap_deepseek.py'), 'utf8');
    const plain = fix('lkeap_deepseek.py', text);
    expect(plain.kind === 'fixed' && plain.after).toContain('model="deepseek-v3"');
    expect(report(plain)).toMatchObject({ remaining: expect.arrayContaining([expect.stringMatching(/lke-deepseek-v3-model deepseek-v3 \[suggested -> deepseek-v4-flash\]/)]) });
    const mapped = fix('lkeap_deepseek.py', text, ['deepseek-v3=deepseek-v4-flash']);
    expect(mapped.kind === 'fixed' && mapped.after).toContain('model="deepseek-v4-flash"');
  });
});
