import * as core from '@actions/core';
import { isFailOn, FAIL_ON_VALUES, type FailOn } from '../finding/severity.js';
import { SCOPE_VALUES, type Scope } from '../triage/diff-scope.js';
import { MODE_VALUES, type ModeInput } from './mode.js';
import { isRegion, REGIONS, type Region } from '../fix/region.js';
import { UserError } from '../errors.js';

export interface ActionInputs {
  paths: string[];
  exclude: string[];
  failOn: FailOn;
  annotations: boolean;
  jsonFile?: string;
  mode: ModeInput;
  scope: Scope;
  /** Empty when no token is given: API outputs are then skipped. */
  githubToken: string;
  checkRun: boolean;
  reviewComments: boolean;
  comment: boolean;
  /** Open or update the migration pull request in a full scan. */
  fixPr: boolean;
  fixPrLabels: string[];
  /** Which TokenHub site fixed base URLs point at (migration pull request and review suggestions). */
  fixRegion: Region;
}

export class InputError extends UserError {}

/** A multi-value input: one item per line or comma, blanks and `#` comments dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new InputError(`input '${name}' must be true or false (got '${raw}')`);
}

function choiceInput<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim().toLowerCase() || fallback;
  if (!(values as readonly string[]).includes(raw)) throw new InputError(`input '${name}' must be one of ${values.join(', ')} (got '${raw}')`);
  return raw as T;
}

/** The token, or '' for none. An unexpanded `${{ … }}` (the action run outside a runner) is no token. */
function tokenInput(): string {
  const raw = core.getInput('github-token').trim();
  return raw.startsWith('${{') ? '' : raw;
}

function regionInput(): Region {
  const raw = core.getInput('fix-region').trim().toLowerCase() || 'intl';
  if (!isRegion(raw)) throw new InputError(`input 'fix-region' must be ${REGIONS.join(' or ')} (got '${raw}')`);
  return raw;
}

export function readInputs(): ActionInputs {
  const failOn = core.getInput('fail-on').trim() || 'error';
  if (!isFailOn(failOn)) throw new InputError(`input 'fail-on' must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOn}')`);
  const jsonFile = core.getInput('json-file').trim();
  return {
    paths: listInput('paths'),
    exclude: listInput('exclude'),
    failOn,
    annotations: booleanInput('annotations', true),
    ...(jsonFile ? { jsonFile } : {}),
    mode: choiceInput('mode', MODE_VALUES, 'auto'),
    scope: choiceInput('scope', SCOPE_VALUES, 'added-lines'),
    githubToken: tokenInput(),
    checkRun: booleanInput('check-run', true),
    reviewComments: booleanInput('review-comments', false),
    comment: booleanInput('comment', false),
    fixPr: booleanInput('fix-pr', false),
    fixPrLabels: listInput('fix-pr-labels'),
    fixRegion: regionInput(),
  };
}
