import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import type { Rule, RuleExample } from '../../src/catalog/rule.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';
import { ContextIndex } from '../../src/scan/context.js';
import { scanBytes } from '../../src/scan/scan-file.js';

/**
 * The one generic rule test (like semgrep's `# ruleid:` / `# ok:` files or gitleaks' per-rule true and false
 * positives): every reported rule carries its own examples, at least three hits and three misses in each syntactic
 * form or language it claims, and each is matched here as a file of its form. An example with `packageText` is
 * matched with the context that text lends from a sibling file of the same package.
 */
const catalog = compileCatalog(RULES);

const EXT: Record<string, string> = {
  go: 'go', java: 'java', kotlin: 'kt', python: 'py', ts: 'ts', js: 'js', csharp: 'cs', php: 'php', ruby: 'rb', rust: 'rs',
  yaml: 'yaml', json: 'json', toml: 'toml', env: 'env', shell: 'sh', markdown: 'md', text: 'txt', ini: 'ini',
};

function pathOf(ex: RuleExample): string {
  if (ex.path) return ex.path;
  // A form that is no language ('any', 'model position', ...) is matched as Python source.
  return `pkg/example.${EXT[ex.form] ?? 'py'}`;
}

function ruleIdsFound(ex: RuleExample): string[] {
  const path = pathOf(ex);
  let external;
  if (ex.packageText !== undefined) {
    const index = new ContextIndex();
    const dot = path.lastIndexOf('.');
    const sibling = `${path.slice(0, path.lastIndexOf('/') + 1)}sibling-of-example${dot > path.lastIndexOf('/') ? path.slice(dot) : ''}`;
    const outcome = scanBytes(Buffer.from(ex.packageText), sibling, catalog);
    if ('findings' in outcome) index.add(sibling, outcome.shared ?? []);
    external = index.contextFor(path);
  }
  return matchText(ex.text, path, catalog, external).map((f) => f.ruleId);
}

const reported = RULES.filter((r) => !r.signalOnly && !r.smokeTestOnly);

describe('every rule against its own examples', () => {
  it.each(reported.map((r) => [r.id, r] as [string, Rule]))('%s', (_id, rule) => {
    const ex = rule.examples;
    expect(ex, `${rule.id} has no examples`).toBeDefined();
    const forms = new Set([...ex!.hits, ...ex!.misses].map((e) => e.form));
    for (const form of forms) {
      expect(ex!.hits.filter((e) => e.form === form).length, `${rule.id}: hits in ${form}`).toBeGreaterThanOrEqual(3);
      expect(ex!.misses.filter((e) => e.form === form).length, `${rule.id}: misses in ${form}`).toBeGreaterThanOrEqual(3);
    }
    for (const hit of ex!.hits) expect(ruleIdsFound(hit), `${rule.id} should report (${hit.form}): ${hit.text}`).toContain(rule.id);
    for (const miss of ex!.misses) expect(ruleIdsFound(miss), `${rule.id} should stay quiet (${miss.form}): ${miss.text}`).not.toContain(rule.id);
  });
});
