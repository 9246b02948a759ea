import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { documentedRules, renderRuleIndex, renderRulePage, RULE_PAGES_DIR } from '../../src/guidance/rule-page.js';

/**
 * docs/rules/ is generated from the catalog. These comparisons fail when a page differs from what the catalog
 * renders; `npm run docs:rules` (vitest -u on this file) rewrites the pages.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const pagesDir = path.join(repo, RULE_PAGES_DIR);

describe('docs/rules', () => {
  for (const rule of documentedRules(RULES)) {
    it(`${rule.id}.md matches the catalog`, async () => {
      await expect(renderRulePage(rule)).toMatchFileSnapshot(path.join(pagesDir, `${rule.id}.md`));
    });
  }

  it('README.md lists every rule', async () => {
    await expect(renderRuleIndex(RULES)).toMatchFileSnapshot(path.join(pagesDir, 'README.md'));
  });

  it('has no page for a rule that is gone or never reported', () => {
    const expected = new Set(['README.md', ...documentedRules(RULES).map((r) => `${r.id}.md`)]);
    const present = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith('.md')) : [];
    expect(present.filter((f) => !expected.has(f))).toEqual([]);
  });
});
