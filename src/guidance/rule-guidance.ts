import type { GuidanceTopic } from './snippets.js';

/**
 * Which guidance each reported rule gets, and the TokenHub model its snippets use (a Hunyuan rule shows
 * `hy3-preview`, an LKE DeepSeek rule `deepseek-v4-flash`, the models Tencent's notices and guide use).
 * A test keeps this table and the catalog's reported rules in step.
 */
export interface RuleGuidance {
  topic: GuidanceTopic;
  model: string;
}

const HUNYUAN = 'hy3-preview';
const LKE = 'deepseek-v4-flash';

export const RULE_GUIDANCE: Readonly<Record<string, RuleGuidance>> = {
  'hunyuan-hyllm-endpoint': { topic: 'cloud-api', model: HUNYUAN },
  'hunyuan-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
  'hunyuan-intl-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
  'hunyuan-cloudapi-endpoint': { topic: 'cloud-api', model: HUNYUAN },
  'hunyuan-image-endpoint': { topic: 'image', model: 'HY-Image-V3.0' },
  'lke-v3-endpoint': { topic: 'openai-endpoint', model: LKE },
  'lke-anthropic-endpoint': { topic: 'openai-endpoint', model: LKE },
  'lke-openai-endpoint': { topic: 'openai-endpoint', model: LKE },
  'lke-cloudapi-endpoint': { topic: 'cloud-api', model: LKE },
  'hunyuan-sdk-dependency': { topic: 'cloud-api', model: HUNYUAN },
  'lke-sdk-dependency': { topic: 'cloud-api', model: LKE },
  'hunyuan-sdk': { topic: 'cloud-api', model: HUNYUAN },
  'hunyuan-image-job': { topic: 'image', model: 'HY-Image-V3.0' },
  'hunyuan-sdk-llm-call': { topic: 'cloud-api', model: HUNYUAN },
  'lke-sdk-chat': { topic: 'cloud-api', model: LKE },
  'lke-sdk-chat-call': { topic: 'cloud-api', model: LKE },
  'langchain-hunyuan': { topic: 'langchain', model: HUNYUAN },
  'hunyuan-translation-model': { topic: 'model', model: 'hy-mt2-plus' },
  'hunyuan-model-shutdown': { topic: 'model', model: HUNYUAN },
  'hunyuan-model-not-on-tokenhub': { topic: 'model', model: HUNYUAN },
  'hunyuan-vision-model': { topic: 'model', model: HUNYUAN },
  'hunyuan-embedding-model': { topic: 'model', model: HUNYUAN },
  'hunyuan-model': { topic: 'model', model: HUNYUAN },
  'lke-deepseek-r1-model': { topic: 'model', model: 'deepseek-v4-pro' },
  'lke-deepseek-v3-model': { topic: 'model', model: LKE },
  'tokenhub-unlisted-deepseek-model': { topic: 'model', model: LKE },
  'hunyuan-search-param': { topic: 'search', model: HUNYUAN },
  'hunyuan-shared-search-param': { topic: 'search', model: HUNYUAN },
  'lke-search-param': { topic: 'search', model: LKE },
  'lke-openai-search-param': { topic: 'search', model: LKE },
};

export function guidanceForRule(ruleId: string): RuleGuidance | undefined {
  return RULE_GUIDANCE[ruleId];
}
