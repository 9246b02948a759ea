import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { checkSmokeTestArguments } from '../../src/smoke/command-request.js';

/** The smoke test's command-line values, checked before any request. */

const KEY = 'sk-' + 'a'.repeat(40);
const BASE = 'https://tokenhub-intl.tencentcloudmaas.com/v1';

describe('checkSmokeTestArguments', () => {
  it('asks for the key in TOKENHUB_API_KEY when there is none', () => {
    for (const key of [undefined, '', '  ']) {
      expect(() => checkSmokeTestArguments({ key, models: [], baseUrl: BASE })).toThrow('set TOKENHUB_API_KEY to the TokenHub API key to test');
    }
  });

  it('trims the key, converts the timeout to milliseconds and keeps the default without one', () => {
    const checked = checkSmokeTestArguments({ key: ` ${KEY}\n`, models: ['hy3-preview'], baseUrl: BASE, timeoutSeconds: 2.5 });
    expect(checked.apiKey).toBe(KEY);
    expect(checked.models).toEqual(['hy3-preview']);
    expect(checked.timeoutMs).toBe(2500);
    expect(checked.endpoint.url).toBe(BASE);
    expect(checkSmokeTestArguments({ key: KEY, models: [], baseUrl: BASE }).timeoutMs).toBe(30_000);
  });

  it('names the flag, not the action input, when the base URL or a model is wrong', () => {
    expect(() => checkSmokeTestArguments({ key: KEY, models: [], baseUrl: 'not a url' })).toThrow(/^--base-url is not a URL/);
    expect(() => checkSmokeTestArguments({ key: KEY, models: ['bad model'], baseUrl: BASE })).toThrow(/^--model: not a model ID/);
    expect(() => checkSmokeTestArguments({ key: KEY, models: [], baseUrl: 'not a url' })).toThrow(UsageError);
  });
});
