import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS, INPUT_NAMES, InputSchema } from '../../src/config/action-inputs.js';
import { InputError, parseInputs } from '../../src/action/inputs.js';
import { actionDefaults } from '../support/run-action.js';

/** The one input schema: its defaults are action.yml's, and a bad value is an error that says what the input takes. */

const none = Object.fromEntries(INPUT_NAMES.map((n) => [n, ''])) as Record<(typeof INPUT_NAMES)[number], string>;

describe('the action input schema', () => {
  it('knows exactly the inputs action.yml declares, with the same defaults', () => {
    const yml = actionDefaults();
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yml).sort());
    for (const name of INPUT_NAMES) {
      // action.yml gives the workflow's token; run outside a runner the expression stays unexpanded: no token.
      if (name === 'github-token') expect(yml[name]).toBe('${{ github.token }}');
      else expect(INPUT_DEFAULTS[name], name).toBe(yml[name]);
    }
  });

  it('gives the same settings for empty inputs as for the defaults the runner fills in', () => {
    expect(parseInputs(none)).toEqual(parseInputs({ ...none, ...actionDefaults() }));
    expect(parseInputs(none)).toMatchObject({ mode: 'auto', scope: 'added-lines', checkRun: true, annotations: true, comment: false, failOn: undefined, githubToken: '' });
  });

  it('reads lists, booleans and choices as the README says', () => {
    const inputs = parseInputs({ ...none, paths: 'src\n# a comment\n lib , docs', 'check-run': 'No', mode: 'FULL', 'smoke-test-timeout': '2.5', 'fail-on': 'warning' });
    expect(inputs).toMatchObject({ paths: ['src', 'lib', 'docs'], checkRun: false, mode: 'full', failOn: 'warning', smoke: { timeoutMs: 2500 } });
  });

  it('reports every bad input at once, each with what it accepts', () => {
    const bad = () => parseInputs({ ...none, mode: 'sometimes', comment: 'maybe', 'smoke-test-timeout': '900', 'fix-region': 'moon' });
    expect(bad).toThrow(InputError);
    expect(bad).toThrow(
      [
        "input 'mode' must be one of auto, diff, full, report (got 'sometimes')",
        "input 'comment' must be true or false (got 'maybe')",
        "input 'smoke-test-timeout' must be a number of seconds between 0 and 600 (got '900')",
        "input 'fix-region' must be intl or mainland (got 'moon')",
      ].join('\n'),
    );
    expect(InputSchema.safeParse({ ...none, scope: 'everything' }).success).toBe(false);
  });
});
