import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { catalogFor, parseConfig } from '../../src/config/index.js';
import { buildSarif, GITHUB_MAX_GZIP_BYTES, GITHUB_MAX_RESULTS } from '../../src/report/sarif.js';
import { scan, type Finding, type ScanResult } from '../../src/scan/index.js';
import { FINGERPRINT_KEY } from '../../src/finding/fingerprint.js';
import { MULTITOOL, multitoolFindings, schemaErrors } from '../support/sarif-validate.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/legacy-repo');

type Log = { runs: { tool: { driver: { rules: { id: string; helpUri?: string; help: { text: string }; defaultConfiguration: object }[] } }; results: Record<string, unknown>[]; invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[] };

describe('SARIF from the fixture repository', () => {
  let repo: string;
  let result: ScanResult;
  let log: Log;

  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'sarif-fx-'));
    await cp(FIXTURE, repo, { recursive: true });
    // A file name that needs escaping in a URI.
    await writeFile(path.join(repo, 'docs', 'notes #1 (old).md'), 'Endpoint: https://api.lkeap.cloud.tencent.com/v1\n');
    result = await scan({ root: repo });
    log = buildSarif(result, { versionControl: { repositoryUri: 'https://github.com/octo/app', revisionId: 'f'.repeat(40), branch: 'refs/heads/main' } }).log as unknown as Log;
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    expect(result.findings.length).toBeGreaterThanOrEqual(10);
    expect(schemaErrors(log)).toEqual([]);
    // Control: the schema does reject what is not SARIF.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('has one run with a rule entry per reportable catalog rule, each with help text and a valid source link', () => {
    expect(log.runs).toHaveLength(1);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.filter((r) => !r.signalOnly).map((r) => r.id));
    for (const r of rules) {
      expect(r.help.text.length).toBeGreaterThan(20);
      if (r.helpUri) expect(() => new URL(r.helpUri!)).not.toThrow();
      if (r.helpUri) expect(r.helpUri).not.toMatch(/\s/);
    }
    expect(rules.filter((r) => r.helpUri).length).toBeGreaterThan(rules.length / 2);
  });

  it('gives results relative, escaped URIs under %SRCROOT%, regions, levels and fingerprints', () => {
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(result.findings.length);
    const byUri = (uri: string) => results.filter((r) => JSON.stringify(r).includes(`"uri":"${uri}"`));
    expect(byUri('docs/notes%20%231%20(old).md')).toHaveLength(1);
    const chat = results.find((r) => (r.locations as { physicalLocation: { artifactLocation: { uri: string } } }[])[0]!.physicalLocation.artifactLocation.uri === 'src/chat.py')!;
    expect(chat).toMatchObject({
      ruleId: 'hunyuan-openai-endpoint',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 15, endLine: 5, snippet: { text: 'https://api.hunyuan.cloud.tencent.com/v1' } } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    expect(results.some((r) => r.level === 'warning')).toBe(true);
  });

  it('keeps partialFingerprints when lines are inserted above a finding', async () => {
    const file = path.join(repo, 'src', 'chat.py');
    const before = await readFile(file, 'utf8');
    await writeFile(file, '# header\n# another\n\n' + before);
    try {
      const moved = buildSarif(await scan({ root: repo })).log as unknown as Log;
      const prints = (l: Log) => l.runs[0]!.results.map((r) => (r.partialFingerprints as Record<string, string>)[FINGERPRINT_KEY]).sort();
      const lines = (l: Log) => l.runs[0]!.results.map((r) => JSON.stringify(r.locations)).sort();
      expect(prints(moved)).toEqual(prints(log));
      expect(lines(moved)).not.toEqual(lines(log));
    } finally {
      await writeFile(file, before);
    }
  });

  it('marks baseline state and carries severity overrides into rule levels', () => {
    const config = parseConfig('rules:\n  hunyuan-model: off\n  legacy-search: notice\n', 'c.yml').config;
    const { catalog, rules } = catalogFor(config);
    const known = new Set([result.findings[0]!.fingerprint!]);
    const l = buildSarif(result, { rules, catalog, knownFingerprints: known }).log as unknown as Log;
    const driverRules = l.runs[0]!.tool.driver.rules;
    expect(driverRules.find((r) => r.id === 'hunyuan-model')!.defaultConfiguration).toEqual({ enabled: false, level: 'warning' });
    expect(driverRules.find((r) => r.id === 'lke-search-param')!.defaultConfiguration).toEqual({ level: 'note' });
    expect(l.runs[0]!.results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(1);
    expect(l.runs[0]!.results.filter((r) => r.baselineState === 'new')).toHaveLength(result.findings.length - 1);
    expect(schemaErrors(l)).toEqual([]);
  });

  it.skipIf(!MULTITOOL)('passes Microsoft SARIF multitool validation with the SARIF and GitHub rules', async () => {
    const reported = await multitoolFindings(log);
    expect(reported.filter((r) => r.level === 'error' || r.level === 'warning')).toEqual([]);
    // The tool really ran: its style notes are there.
    expect(reported.length).toBeGreaterThan(0);
  });

  it.skipIf(!MULTITOOL)('multitool flags a log GitHub would refuse (control)', async () => {
    const broken = structuredClone(log);
    delete broken.runs[0]!.results[0]!.locations;
    const reported = await multitoolFindings(broken);
    expect(reported.some((r) => r.level === 'error' && r.ruleId.startsWith('GH'))).toBe(true);
  });
});

describe('SARIF from every fixture tree', () => {
  for (const name of ['legacy', 'traps', 'legacy-repo']) {
    it(`validates for test/fixtures/${name}`, async () => {
      const result = await scan({ root: path.resolve(import.meta.dirname, '../fixtures', name) });
      const out = buildSarif(result);
      expect(schemaErrors(out.log)).toEqual([]);
      expect(out.included).toBe(result.findings.length);
      if (MULTITOOL && name === 'legacy') {
        expect((await multitoolFindings(out.log)).filter((r) => r.level === 'error' || r.level === 'warning')).toEqual([]);
      }
    });
  }
});

describe('GitHub upload limits', () => {
  function synthetic(n: number): ScanResult {
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const severity = i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice';
      findings.push({
        ruleId: 'hunyuan-model',
        category: 'legacy-model',
        severity,
        path: `src/f${i % 50}.py`,
        line: i + 1,
        column: 1,
        endLine: i + 1,
        endColumn: 12,
        message: `Model hunyuan-x${i} is a legacy Hunyuan platform ID ${'x'.repeat(i % 97)}`,
        match: `hunyuan-x${i}`,
        fingerprint: (i.toString(16) + '0'.repeat(32)).slice(0, 32),
      });
    }
    return { root: '/repo', findings, skipped: [], stats: { files: 50, bytes: 1, durationMs: 1 } };
  }

  it('uses GitHub\'s published limits by default', () => {
    expect(GITHUB_MAX_RESULTS).toBe(25_000);
    expect(GITHUB_MAX_GZIP_BYTES).toBe(10 * 1024 * 1024);
  });

  it('keeps the most severe results up to the result limit, and says so', () => {
    const out = buildSarif(synthetic(30), { maxResults: 10 });
    const results = (out.log as unknown as Log).runs[0]!.results;
    expect(results).toHaveLength(10);
    expect(results.every((r) => r.level === 'error')).toBe(true);
    expect(out.omitted).toBe(20);
    expect(out.warnings[0]).toMatch(/30 findings exceed GitHub's limit of 10 results per run/);
    const notes = (out.log as unknown as Log).runs[0]!.invocations[0]!.toolExecutionNotifications!;
    expect(notes[0]!.message.text).toBe(out.warnings[0]);
    expect(schemaErrors(out.log)).toEqual([]);
  });

  it('cuts to the gzipped size limit, and says so', () => {
    const big = synthetic(3000);
    const full = buildSarif(big);
    const limit = Math.floor(gzipSync(full.text).length / 3);
    const out = buildSarif(big, { maxGzipBytes: limit });
    expect(gzipSync(out.text).length).toBeLessThanOrEqual(limit);
    expect(out.included).toBeGreaterThan(0);
    expect(out.included).toBeLessThan(3000);
    expect(out.warnings.join('\n')).toMatch(/exceed GitHub's limit of .* MB gzipped; the \d+ most severe of 3000/);
    expect(gunzipSync(gzipSync(out.text)).toString()).toBe(out.text);
    expect(full.warnings).toEqual([]);
  });
});
