import type { Rule } from '../rule.js';
import { SOURCES as S } from '../sources.js';
import { modelIdPattern } from '../patterns.js';
import { TOKENHUB_CHAT_MODEL_IDS } from '../tokenhub-models.js';

/** The rule of the key smoke test's cross-check; its findings exist only when a smoke test ran. */
export const TOKENHUB_MODEL_NOT_ENABLED = 'tokenhub-model-not-enabled';

export const SMOKE_RULES: readonly Rule[] = [
  {
    id: TOKENHUB_MODEL_NOT_ENABLED,
    category: 'legacy-model',
    // A warning, not an error: glm-5, kimi-k2.5 and the DeepSeek IDs also name models of other providers.
    severity: 'warning',
    title: 'TokenHub model the API key cannot use',
    anchors: ['deepseek-', 'glm-', 'kimi-', 'minimax-', 'hunyuan-', 'hy3', 'hy4', 'hy-mt2'],
    pattern: modelIdPattern(TOKENHUB_CHAT_MODEL_IDS),
    caseSensitive: true,
    smokeTestOnly: true,
    message: 'Model `{match}` is not among the models the TokenHub API key can use.',
    replacement: {
      hint: 'Enable the model for pay-as-you-go in the TokenHub console, include it in the key\'s Accessible Range, ' +
        'or change the code to a model the key lists.',
      evidence: 'confirmed',
    },
    sources: [S.tokenHubGettingStarted, S.tokenHubModelsIntl, S.tokenHubModelsMainland, S.tokenHubModelList],
  },
];
