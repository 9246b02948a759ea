import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { InputSchema, INPUT_NAMES, type ActionInputs, type InputName } from '../config/action-inputs.js';

export type { ActionInputs, SmokeSettings } from '../config/action-inputs.js';

/** One or more inputs are invalid; the message has one line per problem. */
export class InputError extends UserError {}

/** Every input as the runner passes it (action.yml defaults already filled in by the runner). */
export function rawInputs(get: (name: string) => string = (name) => core.getInput(name)): Record<InputName, string> {
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, get(name)])) as Record<InputName, string>;
}

/** The inputs through the one schema: every problem at once, each naming the input and what it accepts. */
export function parseInputs(raw: Record<InputName, string>): ActionInputs {
  const parsed = InputSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => i.message).join('\n'));
  return parsed.data;
}
