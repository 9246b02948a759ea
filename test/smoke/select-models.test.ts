import { describe, expect, it } from 'vitest';
import { ModelListError, selectModels, validateModelIds } from '../../src/smoke/select-models.js';

describe('selectModels', () => {
  it('prefers the configured list, keeping its order and dropping repeats', () => {
    expect(selectModels(['glm-5', 'deepseek-v4-flash', 'glm-5'], [])).toEqual({
      source: 'input',
      chat: ['glm-5', 'deepseek-v4-flash'],
      listOnly: [],
      overLimit: [],
    });
  });

  it('falls back to deepseek-v4-flash', () => {
    expect(selectModels([], []).chat).toEqual(['deepseek-v4-flash']);
  });

  it('sends unknown IDs (user endpoints ep-...) to the chat test, and catalog image models to the list check', () => {
    expect(selectModels(['ep-abc123', 'HY-Video-1.5'], [])).toMatchObject({ chat: ['ep-abc123'], listOnly: ['HY-Video-1.5'] });
  });

  it('bounds the chat calls', () => {
    const s = selectModels(['a1', 'a2', 'a3'], [], 2);
    expect(s.chat).toEqual(['a1', 'a2']);
    expect(s.overLimit).toEqual(['a3']);
  });
});

describe('validateModelIds', () => {
  it('accepts model IDs and refuses anything else, quoting it', () => {
    expect(validateModelIds(['glm-5', 'deepseek-v4-flash', 'ep-1a2b3c', 'org/model:v1.2'], 'smoke-test-models')).toHaveLength(4);
    expect(() => validateModelIds(['glm 5'], 'smoke-test-models')).toThrow(ModelListError);
    expect(() => validateModelIds(['$(id)'], 'smoke-test-models')).toThrow(/smoke-test-models: not a model ID: "\$\(id\)"/);
  });
});
