import type { Rule } from '../rule.js';
import { SOURCES as S } from '../sources.js';
import { SEARCH_HINT } from './hints.js';

/** Hunyuan's own search switches: the names exist in no other vendor's API. */
const HUNYUAN_ONLY_PASCAL = 'EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo';
const HUNYUAN_ONLY_CAMEL = 'enableEnhancement|forceSearchEnhancement|enableSpeedSearch|enableMultimedia|enableDeepSearch|enableRecommendedQuestions|enableDeepRead';
const HUNYUAN_ONLY_SNAKE = 'enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|enable_deep_read';

/**
 * A field name written the ways code writes one: a quoted key or tag (`"citation": true`, `json:"Citation,omitempty"`,
 * `@JsonProperty("citation")`, `[JsonPropertyName("Citation")]`, `rename = "citation"`, `req["citation"]`), a key,
 * keyword argument or field declaration (`citation: true`, `citation=True`, `citation?: boolean`, `pub citation:`),
 * a member or setter (`req.Citation = true`, `setCitation(`, `withCitation(`, `->Citation`), or a Go struct field
 * (`Citation *bool`).
 */
function fieldName(names: string): string {
  return (
    `(?<=["'\`])(?:${names})(?=\\\\?["'\`]\\s*(?:[:=,)\\]]|=>)|,omitempty|,string)` +
    `|(?<![\\w.$-])(?:${names})(?=\\??\\s*[:=](?![=:]))` +
    `|(?<=\\.|->|\\bset|\\bwith)(?:${names})(?=\\s*(?:[:=(](?!=)|=>))` +
    `|(?<=(?:^|\\n)[ \\t]*)(?:${names})(?=[ \\t]+\\*?(?:bool|string|int64|\\[\\])\\b)`
  );
}

/** Online-search parameters of the retiring APIs, which TokenHub does not take. */
export const SEARCH_RULES: readonly Rule[] = [
  {
    id: 'hunyuan-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'Hunyuan online-search parameter',
    anchors: [
      'enableenhancement', 'enable_enhancement', 'forcesearchenhancement', 'force_search_enhancement', 'enablespeedsearch',
      'enable_speed_search', 'enablemultimedia', 'enable_multimedia', 'enabledeepsearch', 'enable_deep_search',
      'enablerecommendedquestions', 'enable_recommended_questions', 'enabledeepread', 'enable_deep_read', 'searchinfo',
    ],
    // Names only Hunyuan's API has, in every spelling (PascalCase fields and setters, lowerCamel JSON/YAML keys,
    // snake_case OpenAI-compatible fields, UPPER_SNAKE constants): the Hunyuan SDK or a TokenHub client anywhere in
    // the project is context enough.
    pattern:
      `(?:${HUNYUAN_ONLY_PASCAL})\\b` +
      `|(?<![\\w$-])(?:${HUNYUAN_ONLY_CAMEL})\\b` +
      `|(?<![\\w-])(?:${HUNYUAN_ONLY_SNAKE}|${HUNYUAN_ONLY_SNAKE.toUpperCase()})\\b`,
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan', 'hunyuan-cloudapi', 'tokenhub'], reach: 'project' },
    message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuanSearch, S.hunyuanOpenAiDoc, S.lobeChatHunyuan, S.tokenHubSearchDoc, S.migrationGuideIntl, S.lobeHubHalfMigrated],
  },
  {
    id: 'hunyuan-shared-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'Search parameter Hunyuan shares with other vendors',
    anchors: ['citation', 'search_info', 'search_scene'],
    // `citation` and `search_info` belong to other vendors and to bibliographies too: only as a field, and only
    // where the file or its package talks to the legacy Hunyuan API, or the file's client points at TokenHub.
    pattern: fieldName('Citation|citation|search_info|search_scene|SearchScene'),
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan', 'tokenhub'], reach: 'package' },
    message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuanSearch, S.hunyuanOpenAiDoc, S.lobeChatHunyuan, S.tokenHubSearchDoc, S.lobeHubHalfMigrated],
  },
  {
    id: 'lke-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'LKE DeepSeek online-search parameter (Cloud API)',
    anchors: ['enablesearch'],
    pattern: '(?:(?<![A-Za-z0-9])|(?<=set))EnableSearch\\b',
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke'] },
    message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaLkeapSearch, S.tokenHubSearchDoc, S.migrationGuideIntl],
  },
  {
    id: 'lke-openai-search-param',
    category: 'legacy-search',
    severity: 'error',
    title: 'LKE DeepSeek online-search parameter (OpenAI-compatible API)',
    anchors: ['enable_search', 'search_enabled'],
    pattern: fieldName('enable_search|search_enabled'),
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke', 'tokenhub'] },
    message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
    replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
    sources: [S.lkeSearchThirdParty, S.tokenHubSearchDoc, S.migrationGuideIntl],
  },
];
