import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';
import { parseIgnoreDirectives } from '../../src/scan/ignore-directives.js';
import { triage } from '../../src/triage/triage.js';

const catalog = compileCatalog(RULES);
// What counts after triage: the scanner marks what an ignore comment covers, triage sets it aside.
const ids = (text: string) => triage({ findings: matchText(text, 'f', catalog), failOn: 'error' }).reported.map((f) => `${f.line}:${f.ruleId}`);
const URL = 'https://api.hunyuan.cloud.tencent.com/v1';

describe('inline ignore comments', () => {
  it('ignore the line they are on, in any comment syntax', () => {
    expect(ids(`base = "${URL}"  # tokenhub-migration-ignore`)).toEqual([]);
    expect(ids(`const base = '${URL}'; // tokenhub-migration-ignore -- kept for the rollback script`)).toEqual([]);
    expect(ids(`<!-- tokenhub-migration-ignore --> ${URL}`)).toEqual([]);
  });

  it('ignore the next line only with -next-line', () => {
    const text = `# tokenhub-migration-ignore-next-line\nbase = "${URL}"\nother = "${URL}"`;
    expect(ids(text)).toEqual(['3:hunyuan-openai-endpoint']);
  });

  it('can name rule ids or categories, and then ignore only those', () => {
    const line = `x = {"model": "hunyuan-lite", "url": "${URL}"}`;
    expect(ids(`${line} # tokenhub-migration-ignore hunyuan-model-not-on-tokenhub`)).toEqual(['1:hunyuan-openai-endpoint']);
    expect(ids(`${line} # tokenhub-migration-ignore legacy-endpoint, legacy-model -- test data`)).toEqual([]);
    expect(ids(`${line} # tokenhub-migration-ignore lke-search-param`)).toEqual(['1:hunyuan-model-not-on-tokenhub', '1:hunyuan-openai-endpoint']);
  });

  it('reads unknown words as the reason', () => {
    const known = new Set(RULES.map((r) => r.id));
    expect(parseIgnoreDirectives('# tokenhub-migration-ignore fixture for the docs', known)).toEqual([
      { scope: 'line', targets: [], reason: 'fixture for the docs', unknown: [] },
    ]);
    expect(parseIgnoreDirectives('/* tokenhub-migration-ignore-next-line hunyuan-sdk -- legacy shim */', known)).toEqual([
      { scope: 'next-line', targets: ['hunyuan-sdk'], reason: 'legacy shim', unknown: [] },
    ]);
    expect(parseIgnoreDirectives('tokenhub-migration-ignored', known)).toEqual([]);
  });
});
