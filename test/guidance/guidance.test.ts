import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { fixabilityOf } from '../../src/fix/index.js';
import { languageOfPath } from '../../src/guidance/languages.js';
import { planGuidance } from '../../src/guidance/plan.js';
import { RULE_GUIDANCE } from '../../src/guidance/rule-guidance.js';
import { documentedRules, rewriteExamples, RULE_MODEL_IDS } from '../../src/guidance/rule-page.js';
import { GUIDANCE } from '../../src/guidance/snippets.js';
import { renderGuidanceSection } from '../../src/report/guidance-markdown.js';
import { renderSummary } from '../../src/report/summary-markdown.js';
import { renderAuditSummary } from '../../src/report/audit-summary.js';
import { renderText } from '../../src/report/text-format.js';
import { compileCatalog, matchText, type ScanResult } from '../../src/scan/index.js';
import { ruleDocsUrl } from '../../src/tool.js';

const catalog = compileCatalog(RULES);

function findingsOf(files: Record<string, string>) {
  return Object.entries(files).flatMap(([p, text]) => matchText(text, p, catalog));
}

describe('guidance data', () => {
  it('covers every rule the scan reports, and nothing else', () => {
    const scanned = documentedRules(RULES).filter((r) => !r.smokeTestOnly);
    expect(Object.keys(RULE_GUIDANCE).sort()).toEqual(scanned.map((r) => r.id).sort());
  });

  it('has the four SDK languages and curl for every topic with code', () => {
    for (const topic of ['openai-endpoint', 'cloud-api', 'search'] as const) {
      expect(Object.keys(GUIDANCE[topic].snippets).sort()).toEqual(['go', 'http', 'java', 'python', 'typescript']);
    }
  });

  it('shows search through web_search_options and the web_search tool in every language', () => {
    for (const [lang, snippet] of Object.entries(GUIDANCE.search.snippets)) {
      expect(snippet, lang).toMatch(/web_search_options|webSearchOptions/);
    }
    expect(GUIDANCE.search.snippets.python).toContain('tools=[{"type": "web_search"}]');
    expect(GUIDANCE.search.snippets.typescript).toContain("tools: [{ type: 'web_search' }]");
  });

  it('lists model IDs that the rule really reports', () => {
    for (const [id, models] of Object.entries(RULE_MODEL_IDS)) {
      const rule = RULES.find((r) => r.id === id)!;
      const re = new RegExp(`^(?:${rule.pattern})$`, rule.caseSensitive ? '' : 'i');
      for (const m of models) expect(re.test(m), `${id} ${m}`).toBe(true);
    }
  });

  it('has rewrite examples for every safe endpoint rule', () => {
    for (const rule of RULES.filter((r) => fixabilityOf(r) === 'safe' && r.category === 'legacy-endpoint')) {
      expect(rewriteExamples(rule).length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe('planGuidance', () => {
  it('picks the snippet language from the file and groups by topic, heaviest work first', () => {
    const findings = findingsOf({
      'svc/chat.go': 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nreq := hunyuan.NewChatCompletionsRequest()\n',
      'app/client.py': 'OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\nextra_body={"enable_enhancement": True}\n',
      'deploy/values.yaml': 'url: https://api.lkeap.cloud.tencent.com/v1\nenable_search: true\n',
    });
    const plan = planGuidance(findings);
    expect(plan.map((s) => [s.topic, s.languages, s.ruleIds])).toEqual([
      ['cloud-api', ['go'], ['hunyuan-sdk', 'hunyuan-sdk-llm-call']],
      ['search', ['python', 'http'], ['hunyuan-search-param', 'lke-openai-search-param']],
      ['openai-endpoint', ['python', 'http'], ['hunyuan-openai-endpoint', 'lke-openai-endpoint']],
    ]);
  });

  it('maps file extensions to snippet languages', () => {
    expect(['a.py', 'b.tsx', 'c.mjs', 'd.go', 'e.kt', 'f.yaml', 'Dockerfile', '.env'].map(languageOfPath)).toEqual([
      'python', 'typescript', 'typescript', 'go', 'java', 'http', 'http', 'http',
    ]);
  });
});

describe('guidance in reports', () => {
  const findings = findingsOf({ 'src/search.ts': 'const u = "https://api.lkeap.cloud.tencent.com/v1";\nconst body = { enable_search: true };\n' });
  const result: ScanResult = { root: '/r', findings, skipped: [], stats: { files: 1, bytes: 10, durationMs: 1 } };

  it('puts the snippets for the files\' language in the job summary, with rule page links', () => {
    const md = renderSummary({ result, failOn: 'error', failed: true });
    expect(md).toContain('### How to migrate');
    expect(md).toContain('#### Legacy online-search parameter');
    expect(md).toContain('<details><summary>TypeScript / JavaScript</summary>');
    expect(md).toContain("web_search_options: {},");
    expect(md).toContain("model: 'deepseek-v4-flash'");
    expect(md).not.toContain('<summary>Python</summary>');
    expect(md).toContain(`[\`lke-openai-search-param\`](${ruleDocsUrl('lke-openai-search-param')})`);
  });

  it('puts the same guidance in the audit (full scan) summary', () => {
    const md = renderAuditSummary({ result, counted: findings, failOn: 'error', failed: true });
    expect(md).toContain('#### Legacy online-search parameter');
    expect(md).toContain('<details><summary>TypeScript / JavaScript</summary>');
  });

  it('renders nothing when nothing needs guidance', () => {
    expect(renderGuidanceSection([])).toEqual([]);
  });

  it('shows the guidance in the CLI text output', () => {
    const text = renderText(result, false, { verbose: true });
    expect(text).toContain('How to migrate what needs a person');
    expect(text).toContain('TypeScript / JavaScript:');
    expect(text).toContain(ruleDocsUrl('lke-openai-search-param'));
  });

  it('links every finding to its rule page', () => {
    expect(findings.map((f) => f.docsUrl)).toEqual(findings.map((f) => ruleDocsUrl(f.ruleId)));
  });
});
