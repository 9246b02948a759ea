import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/catalog/index.js';
import { fixBytes, type FileFixOutcome } from '../../../src/fix/fix-bytes.js';
import { loadSdkRewriter, type SdkRewriter } from '../../../src/fix/sdk/index.js';
import { compileCatalog } from '../../../src/scan/compile.js';

/**
 * Golden tests of `fix --sdk` on JavaScript and TypeScript: samples shaped like Tencent's Node SDK examples
 * (CommonJS and ESM, streaming with for await) and a TypeScript service class, with exact expected output and
 * report under expected/. Every TypeScript output passes `tsc --noEmit` (strict) against the real `openai` types;
 * every JavaScript output passes `node --check`. UPDATE_GOLDEN=1 rewrites the expected files.
 */
const repo = path.resolve(import.meta.dirname, '../../..');
const dir = path.join(repo, 'test/fixtures/sdk/js');
const expectedDir = path.join(dir, 'expected');
const catalog = compileCatalog(RULES);
let rewriter: SdkRewriter;

beforeAll(async () => {
  rewriter = await loadSdkRewriter({ baseUrl: 'https://tokenhub-intl.tencentcloudmaas.com/v1' }, ['javascript', 'typescript', 'tsx']);
});

function fix(name: string, bytes: Buffer): FileFixOutcome {
  return fixBytes(bytes, name, catalog, { region: 'intl' }, rewriter);
}

function golden(file: string, actual: string): void {
  const at = path.join(expectedDir, file);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(expectedDir, { recursive: true });
    writeFileSync(at, actual);
  }
  expect(actual).toBe(readFileSync(at, 'utf8'));
}

const converted = readdirSync(dir).filter((f) => /\.(?:[cm]?js|ts)$/.test(f)).sort();

describe('fix --sdk, JavaScript/TypeScript: converted samples', () => {
  const outputs: Record<string, string> = {};
  for (const name of converted) {
    it(`${name}: exact output and report; a second run changes nothing`, () => {
      const outcome = fix(name, readFileSync(path.join(dir, name)));
      expect(outcome.kind).toBe('fixed');
      if (outcome.kind !== 'fixed') return;
      outputs[name] = outcome.after;
      golden(name, outcome.after);
      const report = {
        clients: outcome.sdk?.clients,
        leftovers: outcome.sdk?.leftovers,
        applied: outcome.applied.map((a) => `${a.finding.line}: ${a.from} -> ${a.to} (${a.origin})`),
        remaining: outcome.remaining.map((r) => `${r.finding.line}: ${r.finding.ruleId} ${r.finding.match} [${r.fixability}${r.suggestion ? ` -> ${r.suggestion}` : ''}]`),
      };
      golden(`${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
      // A finding left after the rewrite points at its own text in the rewritten file (the line a person opens).
      const lines = outcome.after.split('\n');
      for (const { finding: f } of outcome.remaining) expect(lines[f.line - 1]?.slice(f.column - 1, f.endColumn - 1), `${f.ruleId} at ${f.line}`).toBe(f.match);
      const again = fix(name, Buffer.from(outcome.after));
      if (again.kind === 'fixed' || again.kind === 'unchanged') {
        expect(again.after).toBe(outcome.after);
        expect(again.sdk?.clients.filter((c) => c.converted) ?? []).toEqual([]);
      }
    });
  }

  it('TypeScript outputs pass tsc --noEmit (strict, real openai types); JavaScript outputs pass node --check', () => {
    expect(Object.keys(outputs).sort()).toEqual(converted);
    // Inside the repository, so that `openai` and @types/node resolve from its node_modules.
    const cache = path.join(repo, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const tmp = mkdtempSync(path.join(cache, 'sdk-tsc-'));
    try {
      const ts: string[] = [];
      for (const [name, text] of Object.entries(outputs)) {
        const file = path.join(tmp, name);
        writeFileSync(file, text);
        if (name.endsWith('.ts')) ts.push(name);
        else execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
      }
      writeFileSync(
        path.join(tmp, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], skipLibCheck: true }, files: ts }),
      );
      const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
      try {
        execFileSync(process.execPath, [tsc, '-p', path.join(tmp, 'tsconfig.json')], { stdio: 'pipe', encoding: 'utf8' });
      } catch (err) {
        throw new Error(`tsc --noEmit failed:\n${(err as { stdout?: string }).stdout ?? ''}`);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

const REFUSED: Record<string, string[]> = {
  'then_style.js': ['the call is handled with .then(), a style the rewrite does not follow (line 4)'],
  'on_message.js': ['the response is read with .on(), a style the rewrite does not follow (line 7)'],
  'error_code.ts': ['Tencent error details (err.code) are read from the exception (line 10)'],
};

describe('fix --sdk, JavaScript/TypeScript: refused samples', () => {
  for (const [name, reasons] of Object.entries(REFUSED)) {
    it(`${name}: refused with the exact reason, file byte-identical`, () => {
      const bytes = readFileSync(path.join(dir, 'refused', name));
      const outcome = fix(name, bytes);
      expect(outcome.kind).toBe('unchanged');
      if (outcome.kind !== 'unchanged') return;
      expect(outcome.bytes.equals(bytes)).toBe(true);
      expect(outcome.sdk?.clients.map((c) => c.reason)).toEqual(reasons);
    });
  }
  it('covers every sample in refused/', () => {
    expect(readdirSync(path.join(dir, 'refused')).sort()).toEqual(Object.keys(REFUSED).sort());
  });
});
