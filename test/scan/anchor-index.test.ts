import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { anchorIndexOf, minimalAnchors } from '../../src/scan/anchor-index.js';
import { compileCatalog } from '../../src/scan/compile.js';

/** The one anchor index: the prefilter, the context pass's test and the rule gate come from the same anchors. */
describe('anchorIndexOf', () => {
  const catalog = compileCatalog(RULES);
  const index = anchorIndexOf(catalog);

  it('is built once per compiled catalog', () => {
    expect(anchorIndexOf(catalog)).toBe(index);
    expect(anchorIndexOf(compileCatalog(RULES))).not.toBe(index);
  });

  it('keeps the minimal anchors: none contains another', () => {
    expect(minimalAnchors(['Hunyuan-', 'hunyuan', 'LKEAP', 'lkeap.cloud', ''])).toEqual(['hunyuan', 'lkeap']);
  });

  it('leaves the anchors of rules outside the prefilter to the context test', () => {
    // `deepseek-r1` is a legacy model only where the file ties it to LKE: alone it must not make a file worth decoding.
    expect(RULES.find((r) => r.id === 'lke-deepseek-r1-model')?.prefilter).toBe(false);
    expect(index.prefilterAnchors).not.toContain('deepseek-r1');
    expect(index.prefilter.test('model = "DeepSeek-R1"')).toBe(false);
    expect(index.anyRule.test('model = "DeepSeek-R1"')).toBe(true);
    expect(index.prefilter.test('base_url = "https://API.Hunyuan.cloud.tencent.com/v1"')).toBe(true);
  });

  it('gates the rules: only those with an anchor in the text run, in catalog order', () => {
    const ids = (text: string) => index.rulesFor(text).map((c) => c.rule.id);
    const host = ids('base_url = "https://api.lkeap.cloud.tencent.com/v1"');
    expect(host).toContain('lke-openai-endpoint');
    expect(host).not.toContain('lke-deepseek-r1-model');
    const both = ids('base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1"');
    expect(both).toContain('lke-deepseek-r1-model');
    expect(both).toEqual(catalog.rules.map((c) => c.rule.id).filter((id) => both.includes(id)));
    expect(ids('nothing legacy here').every((id) => catalog.rules.find((c) => c.rule.id === id)!.rule.anchors.length === 0)).toBe(true);
  });

  it('gives the anchors a file needs for context of each tag, without those the prefilter already tests', () => {
    expect(index.contextAnchors('lke')).toEqual(expect.arrayContaining(['deepseek-r1', 'enable_search']));
    expect(index.contextAnchors('lke')).not.toContain('citation');
    expect(index.contextAnchors('hunyuan')).toContain('citation');
    for (const a of index.contextAnchors()) expect(index.prefilterAnchors.some((p) => a.includes(p)), a).toBe(false);
  });

  it('leaves model rules out of the lockfile prefilter', () => {
    const models = anchorIndexOf(compileCatalog(RULES.filter((r) => r.category === 'legacy-model')));
    expect(models.prefilter.test('hunyuan-lite')).toBe(true);
    expect(models.lockfilePrefilter.test('hunyuan-lite')).toBe(false);
    expect(models.lockfilesSharePrefilter).toBe(false);
    // The full catalog: SDK rules match lockfiles too, with the same anchors.
    expect(index.lockfilesSharePrefilter).toBe(true);
  });
});
