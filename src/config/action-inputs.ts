import * as z from 'zod/mini';
import { FAIL_ON_VALUES, type FailOn } from '../finding/severity.js';
import { REGIONS, type Region } from '../fix/region.js';
import { SCOPE_VALUES, type Scope } from '../triage/diff-scope.js';

/**
 * Every input of the action, read once and parsed by one schema (as dependency-review-action does). The schema holds
 * the defaults; a test holds them against action.yml. An input left empty takes its default, as on the runner.
 * It sits beside the config file's schema: the inputs given explicitly win over the file (resolve.ts). It is written
 * with zod/mini, whose functions tree-shake: every run parses its inputs, and loading zod's full API costs 15 to 20
 * CPU-ms more (docs/performance.md, "Cold start").
 */

/** `mode` input: `diff` checks what a PR adds, `full` the whole tree, `auto` picks by event. */
export type ModeInput = 'auto' | 'diff' | 'full';
export const MODE_VALUES: readonly ModeInput[] = ['auto', 'diff', 'full'];

/** The defaults, by action.yml name. `github-token` defaults to the workflow's token in action.yml; here: none. */
export const INPUT_DEFAULTS = {
  mode: 'auto',
  scope: 'added-lines',
  'report-file': '',
  repository: '',
  'github-token': '',
  'check-run': 'true',
  'review-comments': 'false',
  comment: 'false',
  paths: '',
  exclude: '',
  'fail-on': '',
  annotations: 'true',
  'json-file': '',
  'tokenhub-api-key': '',
  'tokenhub-base-url': 'https://tokenhub-intl.tencentcloudmaas.com/v1',
  'smoke-test': 'auto',
  'smoke-test-models': '',
  'smoke-test-timeout': '30',
  config: '',
  'sarif-file': '',
  baseline: '',
  'tracking-issue': 'false',
  'fix-pr': 'false',
  'fix-pr-labels': 'tokenhub-migration',
  'fix-pr-sdk': 'false',
  'fix-region': 'intl',
  'comment-author': '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[];

/** A raw input: empty (or whitespace) takes the default. */
function raw(name: InputName) {
  return z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : INPUT_DEFAULTS[name])),
    z.string(),
  );
}

/** The input's value through `fn`, which reports a bad value with `problem` (and returns z.NEVER). */
function parsed<T>(name: InputName, fn: (v: string, problem: (message: string) => typeof z.NEVER) => T) {
  return z.pipe(
    raw(name),
    z.transform((v: string, ctx) =>
      fn(v, (message) => {
        ctx.issues.push({ code: 'custom', message, input: v });
        return z.NEVER;
      }),
    ),
  );
}

function choice<T extends string>(name: InputName, values: readonly T[], expected = `one of ${values.join(', ')}`) {
  return parsed(name, (v, problem): T => {
    const lower = v.toLowerCase();
    if ((values as readonly string[]).includes(lower)) return lower as T;
    return problem(`input '${name}' must be ${expected} (got '${lower}')`);
  });
}

const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];

function bool(name: InputName) {
  return parsed(name, (v, problem): boolean => {
    const lower = v.toLowerCase();
    if (TRUE.includes(lower)) return true;
    if (FALSE.includes(lower)) return false;
    return problem(`input '${name}' must be true or false (got '${lower}')`);
  });
}

/** One item per line or comma; blanks and `#` comments dropped. */
function list(name: InputName) {
  return parsed(name, (v) =>
    v
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('#')),
  );
}

function optionalText(name: InputName) {
  return parsed(name, (v) => v || undefined);
}

export const InputSchema = z.pipe(
  z.object({
    // report: the fork pattern's second half (src/action/report-mode.ts), which scans nothing.
    mode: choice<ModeInput | 'report'>('mode', [...MODE_VALUES, 'report'] as const),
    'report-file': optionalText('report-file'),
    repository: optionalText('repository'),
    scope: choice<Scope>('scope', SCOPE_VALUES),
    // An unexpanded `${{ … }}` (the action run outside a runner) is no token.
    'github-token': parsed('github-token', (v) => (v.startsWith('${{') ? '' : v)),
    'check-run': bool('check-run'),
    'review-comments': bool('review-comments'),
    comment: bool('comment'),
    paths: list('paths'),
    exclude: list('exclude'),
    // Empty: the config file decides (default error).
    'fail-on': parsed('fail-on', (v, problem): FailOn | undefined => {
      if (v === '') return undefined;
      if ((FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn;
      return problem(`input 'fail-on' must be one of ${FAIL_ON_VALUES.join(', ')} (got '${v}')`);
    }),
    annotations: bool('annotations'),
    'json-file': optionalText('json-file'),
    'tokenhub-api-key': raw('tokenhub-api-key'),
    'tokenhub-base-url': raw('tokenhub-base-url'),
    'smoke-test': choice('smoke-test', ['auto', 'always', 'never'] as const, 'auto, always or never'),
    'smoke-test-models': list('smoke-test-models'),
    'smoke-test-timeout': parsed('smoke-test-timeout', (v, problem): number => {
      const seconds = Number(v);
      if (Number.isFinite(seconds) && seconds > 0 && seconds <= 600) return Math.round(seconds * 1000);
      return problem(`input 'smoke-test-timeout' must be a number of seconds between 0 and 600 (got '${v}')`);
    }),
    config: optionalText('config'),
    'sarif-file': optionalText('sarif-file'),
    baseline: optionalText('baseline'),
    'tracking-issue': bool('tracking-issue'),
    'fix-pr': bool('fix-pr'),
    'fix-pr-labels': list('fix-pr-labels'),
    'fix-pr-sdk': bool('fix-pr-sdk'),
    'fix-region': choice<Region>('fix-region', REGIONS, REGIONS.join(' or ')),
    // Who the token writes as; empty: found from the token.
    'comment-author': optionalText('comment-author'),
  }),
  z.transform((i) => ({
    mode: i.mode,
    reportFile: i['report-file'],
    repository: i.repository,
    scope: i.scope,
    githubToken: i['github-token'],
    checkRun: i['check-run'],
    reviewComments: i['review-comments'],
    comment: i.comment,
    annotations: i.annotations,
    paths: i.paths,
    exclude: i.exclude,
    failOn: i['fail-on'],
    jsonFile: i['json-file'],
    config: i.config,
    sarifFile: i['sarif-file'],
    baseline: i.baseline,
    trackingIssue: i['tracking-issue'],
    fixPr: i['fix-pr'],
    fixPrLabels: i['fix-pr-labels'],
    fixPrSdk: i['fix-pr-sdk'],
    fixRegion: i['fix-region'],
    commentAuthor: i['comment-author'],
    smoke: {
      mode: i['smoke-test'],
      apiKey: i['tokenhub-api-key'],
      baseUrl: i['tokenhub-base-url'],
      models: i['smoke-test-models'],
      timeoutMs: i['smoke-test-timeout'],
    },
  })),
);

export type ActionInputs = z.output<typeof InputSchema>;
export type SmokeSettings = ActionInputs['smoke'];
