import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';
import { applyBaseline, BaselineError, createBaseline, parseBaseline, serializeBaseline } from '../../src/triage/baseline.js';

const catalog = compileCatalog(RULES);
const scanText = (text: string, path = 'src/app.py') => matchText(text, path, catalog);

const ORIGINAL = [
  'from openai import OpenAI',
  'client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")',
  'backup = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")',
  'resp = client.chat.completions.create(model="hunyuan-turbos-latest")',
].join('\n');

describe('content fingerprints', () => {
  it('stay the same when lines are inserted above or the code is re-indented', () => {
    const before = scanText(ORIGINAL);
    const moved = scanText('# a new header\n\n\n' + ORIGINAL.split('\n').map((l) => '    ' + l.replace(/ = /, '  =  ')).join('\n'));
    expect(before.map((f) => f.line)).not.toEqual(moved.map((f) => f.line));
    expect(moved.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(new Set(before.map((f) => f.fingerprint)).size).toBe(before.length);
  });

  it('tell identical lines apart by occurrence, and change with the rule, path, match or its line', () => {
    const twice = scanText('u = "https://api.hunyuan.cloud.tencent.com/v1"\nu = "https://api.hunyuan.cloud.tencent.com/v1"\n');
    expect(twice).toHaveLength(2);
    expect(twice[0]!.fingerprint).not.toBe(twice[1]!.fingerprint);
    const base = scanText(ORIGINAL)[0]!.fingerprint;
    expect(scanText(ORIGINAL, 'src/other.py')[0]!.fingerprint).not.toBe(base);
    expect(scanText(ORIGINAL.replace('client = ', 'primary = '))[0]!.fingerprint).not.toBe(base);
    expect(scanText(ORIGINAL.replace('tencent.com/v1")\nbackup', 'tencent.com")\nbackup'))[0]!.fingerprint).not.toBe(base);
  });
});

describe('baseline', () => {
  const baseline = createBaseline(scanText(ORIGINAL), 'tokenhub-migration-check');

  it('round-trips through its file format, sorted and without line-dependent keys', () => {
    const text = serializeBaseline(baseline);
    expect(parseBaseline(text, 'b.json')).toEqual(baseline);
    expect(baseline.findings.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(Object.keys(baseline.findings[0]!)).toEqual(['fingerprint', 'contentFingerprint', 'ruleId', 'path', 'line', 'match']);
  });

  it('makes moved findings known and a new one fresh; reports stale entries in scope', () => {
    const later = scanText('# moved\n' + ORIGINAL.replace('backup = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\n', '') + '\nm = "hunyuan-lite"\n');
    const outcome = applyBaseline(later, baseline);
    expect(outcome.known.map((f) => f.line)).toEqual([3, 4]);
    expect(outcome.fresh.map((f) => [f.ruleId, f.match])).toEqual([['hunyuan-model-not-on-tokenhub', 'hunyuan-lite']]);
    expect(outcome.stale.map((e) => e.line)).toEqual([3]);
    expect(applyBaseline(later, baseline, (p) => p !== 'src/app.py').stale).toEqual([]);
  });

  it('refuses a file that is not a baseline, saying where', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"version":1,"tool":"x","fingerprintVersion":1,"findings":[{"fingerprint":"zz"}]}', 'b.json')).toThrow(
      /b\.json: invalid baseline at findings\.0\.fingerprint/,
    );
    expect(() => parseBaseline('{"version":1,"tool":"x","fingerprintVersion":9,"findings":[]}', 'b.json')).toThrow(/regenerate it/);
  });
});

describe('fingerprint neighbourhood on long lines', () => {
  it('gives the same text as collapsing the whole line, whatever the line length', async () => {
    const { neighbourhood } = await import('../../src/finding/fingerprint.js');
    const naive = (line: string, col: number, end: number) => {
      const c = (s: string) => s.replace(/\s+/g, ' ');
      return { before: c(line.slice(0, col - 1)).trimStart().slice(-48), after: c(line.slice(end - 1)).trimEnd().slice(0, 48) };
    };
    const pieces = ['a', ' ', '   ', '\t', 'bc', 'x'.repeat(300), ' '.repeat(700)];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      let line = '';
      while (line.length < 3000 * rnd()) line += pieces[Math.floor(rnd() * pieces.length)];
      const col = 1 + Math.floor(rnd() * (line.length + 1));
      const end = col + Math.floor(rnd() * Math.max(1, line.length + 1 - col + 1));
      expect(neighbourhood(line, col, end)).toEqual(naive(line, col, end));
    }
  });
});
