import type { ContextTag, Rule } from '../catalog/rule.js';
import {
  HUNYUAN_NOT_ON_TOKENHUB,
  HUNYUAN_SHUTDOWN_2026_06_22,
  HUNYUAN_TRANSLATION,
  LKE_DEEPSEEK_CHAT,
  LKE_DEEPSEEK_REASONING,
} from '../catalog/models.js';
import { fixabilityOf } from '../fix/fixability.js';
import { baseUrlFor, forRegion } from '../fix/region.js';
import { TOOL_NAME, ruleDocsUrl } from '../tool.js';
import { SNIPPET_LANGUAGES } from './languages.js';
import { topicMarkdown } from './markdown.js';
import { guidanceForRule } from './rule-guidance.js';
import { GUIDANCE } from './snippets.js';

/**
 * The page of one rule, docs/rules/<rule-id>.md, rendered from the catalog and the guidance data so that it
 * cannot drift from them (a test compares every page with this rendering; `npm run docs:rules` rewrites them).
 */

export const RULE_PAGES_DIR = 'docs/rules';

const CONTEXT_TEXT: Record<ContextTag, string> = {
  hunyuan: 'the file also talks to the legacy Hunyuan platform (its endpoint, SDK, LangChain class or a Hunyuan-only model)',
  lke: 'the file also uses the legacy LKE DeepSeek API (its endpoint, or the lkeap SDK for chat)',
  'lke-sdk': 'the file imports the lkeap v20240522 SDK',
  'hunyuan-cloudapi': 'the file imports the Hunyuan v20230901 SDK or names its Cloud API host',
  'llm-use': 'the file calls a Hunyuan LLM action (`ChatCompletions`, `ChatStd`, ...) or names a Hunyuan LLM model',
  'chat-completions': 'the file names the `ChatCompletions` action',
  'deepseek-model': 'the file names an LKE DeepSeek model ID',
  'token-plan': 'the file uses TokenHub\'s Token Plan or Coding Plan routes',
  'hunyuan-image': 'the file runs a Hunyuan image, video or 3D job or names the image service host',
  tokenhub: 'the file names a TokenHub model-call host (a client already moved that still sends the old fields)',
};

/** The model IDs a model rule lists, for the page (a test checks that the rule matches each of them). */
export const RULE_MODEL_IDS: Readonly<Record<string, readonly string[]>> = {
  'hunyuan-translation-model': HUNYUAN_TRANSLATION,
  'hunyuan-model-shutdown': HUNYUAN_SHUTDOWN_2026_06_22,
  'hunyuan-model-not-on-tokenhub': HUNYUAN_NOT_ON_TOKENHUB,
  'hunyuan-embedding-model': ['hunyuan-embedding'],
  'lke-deepseek-r1-model': LKE_DEEPSEEK_REASONING,
  'lke-deepseek-v3-model': LKE_DEEPSEEK_CHAT,
};

export function rulePagePath(ruleId: string): string {
  return `${RULE_PAGES_DIR}/${ruleId}.md`;
}

/** Rules that get a page: every rule that can be reported (context-only signals cannot). */
export function documentedRules(rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => !r.signalOnly);
}

function where(rule: Rule): string {
  if (rule.smokeTestOnly) {
    return `At \`${rule.severity}\`, only by the key smoke test (the action's \`tokenhub-api-key\`, or \`${TOOL_NAME} smoke-test\`): never by a scan on its own.`;
  }
  const ctx = rule.context;
  const parts: string[] = [];
  if (ctx?.anyOf?.length) {
    const tags = ctx.anyOf.map((t) => CONTEXT_TEXT[t]).join('; or ');
    parts.push(`At \`${rule.severity}\` only where ${tags}.`);
    parts.push(ctx.otherwise ? `Elsewhere at \`${ctx.otherwise}\`.` : 'Elsewhere it is not reported: on its own the text is used by other platforms too.');
  } else {
    parts.push(`At \`${rule.severity}\` wherever it appears.`);
  }
  if (ctx?.noneOf?.length) parts.push(`Never where ${ctx.noneOf.map((t) => CONTEXT_TEXT[t]).join('; or ')}.`);
  return parts.join(' ');
}

/** Example rewrites of an endpoint rule: its anchors as URLs, where the rule matches them whole. */
export function rewriteExamples(rule: Rule): Array<{ from: string; intl: string; mainland: string }> {
  const rewrite = rule.replacement.rewrite;
  if (!rewrite) return [];
  const whole = new RegExp(`^(?:${rule.pattern})$`, rule.caseSensitive ? '' : 'i');
  const from = new RegExp(rewrite.from, 'i');
  const out: Array<{ from: string; intl: string; mainland: string }> = [];
  for (const anchor of rule.anchors) {
    for (const candidate of [`https://${anchor}/v1`, `https://${anchor}`]) {
      if (!whole.test(candidate) || !from.test(candidate)) continue;
      const rewritten = candidate.replace(from, rewrite.to);
      out.push({ from: candidate, intl: forRegion(rewritten, 'intl'), mainland: forRegion(rewritten, 'mainland') });
    }
  }
  return out;
}

function fixSection(rule: Rule): string[] {
  const out: string[] = [];
  const kind = fixabilityOf(rule);
  const value = rule.replacement.value;
  const legacyId = RULE_MODEL_IDS[rule.id]?.[0] ?? '<legacy-id>';
  if (kind === 'safe') {
    out.push(
      `**Safe fix.** \`${TOOL_NAME} fix\` rewrites it in place (and the same replacement is offered as a review suggestion and in the migration pull request): ` +
        'the replacement is the one Tencent\'s documentation gives, derived from the matched text alone.',
      '',
    );
    const examples = rewriteExamples(rule);
    if (examples.length) {
      out.push('| Found | Rewritten to (default, `--region intl`) | With `--region mainland` |', '|---|---|---|');
      for (const e of examples) out.push(`| \`${e.from}\` | \`${e.intl}\` | \`${e.mainland}\` |`);
      out.push('', 'The scheme and any path after the base URL are kept (a plain `http://` URL becomes `https://`).', '');
    } else if (value) {
      out.push(`Every model ID this rule reports becomes \`${value}\`.`, '');
    }
  } else if (kind === 'suggested' && value) {
    out.push(
      `**Suggested replacement, not applied by default.** \`${value}\` is our suggestion, not an official mapping (evidence: ${rule.replacement.evidence}). ` +
        `Check that it suits the task and is enabled for your key, then apply it with \`${TOOL_NAME} fix --models ${legacyId}=${value}\`.`,
      '',
    );
  } else if (rule.smokeTestOnly) {
    out.push('**Needs a person.** Nothing to rewrite: the model is right for TokenHub, but the key cannot use it yet.', '');
  } else if (rule.category === 'legacy-model') {
    out.push(
      `**Needs a person.** There is no replacement to apply by default. Once you have chosen a TokenHub model, \`${TOOL_NAME} fix --models ${legacyId}=<new-id>\` writes it.`,
      '',
    );
  } else {
    out.push(`**Needs a person.** No rewrite of the matched text makes the code work, so \`${TOOL_NAME} fix\` lists it with the guidance below and never edits it.`, '');
  }
  if (rule.replacement.hint) out.push(rule.replacement.hint, '');
  return out;
}

function sourceLine(ref: string, evidence: string): string {
  const link = ref.startsWith('https://') ? `<${ref.split(' ')[0]}>${ref.includes(' ') ? ref.slice(ref.indexOf(' ')) : ''}` : ref;
  return `- ${link} (${evidence})`;
}

export function renderRulePage(rule: Rule): string {
  const out: string[] = [];
  out.push(
    '<!-- Generated from src/catalog/ and src/guidance/ by `npm run docs:rules`. Do not edit by hand: a test fails when this page and the catalog differ. -->',
    '',
    `# \`${rule.id}\`: ${rule.title}`,
    '',
    '| | |',
    '|---|---|',
    `| Category | \`${rule.category}\` |`,
    `| Default severity | \`${rule.severity}\` |`,
    `| Reported | ${where(rule)} |`,
    `| Fix | ${{ safe: 'safe fix, applied by `fix`', suggested: 'suggested replacement, applied only with `--models`', manual: 'needs a person' }[fixabilityOf(rule)]} |`,
    '',
    '## What it reports',
    '',
    `> ${rule.message.replace('{match}', '…')}`,
    '',
  );
  const ids = RULE_MODEL_IDS[rule.id];
  if (ids) out.push(`Model IDs: ${ids.map((id) => `\`${id}\``).join(', ')}.`, '');
  out.push('## How to fix it', '', ...fixSection(rule));
  const rg = guidanceForRule(rule.id);
  if (rg) {
    const guidance = GUIDANCE[rg.topic];
    const languages = SNIPPET_LANGUAGES.filter((l) => guidance.snippets[l]);
    out.push(...topicMarkdown(guidance, languages, rg.model, { baseUrl: baseUrlFor('intl'), heading: `### ${guidance.title}` }));
    if (languages.length) out.push(`The snippets use the international base URL; on the mainland site it is \`${baseUrlFor('mainland')}\`.`, '');
  }
  out.push(
    '## Ignoring a finding',
    '',
    'Where the usage is intended (a test fixture, a note about the migration), say so on the line or the line before:',
    '',
    '```',
    `# tokenhub-migration-ignore ${rule.id} -- why`,
    `// tokenhub-migration-ignore-next-line ${rule.id} -- why`,
    '```',
    '',
    '## Sources',
    '',
    ...rule.sources.map((s) => sourceLine(s.ref, s.evidence)),
    '',
  );
  return out.join('\n');
}

/** The index page, docs/rules/README.md. */
export function renderRuleIndex(rules: readonly Rule[]): string {
  const out: string[] = [
    '<!-- Generated from src/catalog/ by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    '# Rules',
    '',
    `What \`${TOOL_NAME}\` reports, and how each finding is fixed. **Safe** fixes are applied by \`${TOOL_NAME} fix\`: only replacements that ` +
      'Tencent\'s documentation confirms and that follow from the matched text. **Suggested** replacements are ours, not official mappings: ' +
      'they are applied only when you confirm them with `--models legacy=new`. The rest **needs a person**, and each page shows how.',
    '',
    '| Rule | Category | Severity | Fix |',
    '|---|---|---|---|',
  ];
  for (const r of documentedRules(rules)) {
    out.push(`| [\`${r.id}\`](${r.id}.md): ${r.title} | \`${r.category}\` | \`${r.severity}\` | ${{ safe: 'safe', suggested: 'suggested', manual: 'needs a person' }[fixabilityOf(r)]} |`);
  }
  out.push('', `Links in reports point at ${ruleDocsUrl('<rule-id>')}.`, '');
  return out.join('\n');
}
