import type { EventContext } from './event.js';
import { UserError } from '../errors.js';

import type { ModeInput } from '../config/action-inputs.js';

export type { ModeInput };
export type Mode = 'diff' | 'full';

/** Events that carry a base and a head to diff. */
export const DIFF_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const;

export interface ModeDecision {
  mode: Mode;
  /** Why, in a sentence for the log. */
  reason: string;
}

export function selectMode(input: ModeInput, ctx: EventContext): ModeDecision {
  const hasRange = Boolean(ctx.pullRequest || ctx.mergeGroup);
  if (input === 'full') return { mode: 'full', reason: "mode 'full': scanning the whole tree" };
  if (input === 'diff') {
    if (hasRange) return { mode: 'diff', reason: `mode 'diff': checking what ${describe(ctx)} adds` };
    throw new ModeError(
      `mode 'diff' needs a pull_request, pull_request_target or merge_group event with base and head commits; this run is '${ctx.name || 'unknown'}'. Use mode 'auto' or 'full'.`,
    );
  }
  if ((DIFF_EVENTS as readonly string[]).includes(ctx.name) && hasRange) {
    return { mode: 'diff', reason: `mode 'auto' on ${ctx.name}: checking what ${describe(ctx)} adds` };
  }
  return { mode: 'full', reason: `mode 'auto' on ${ctx.name || 'an unknown event'}: scanning the whole tree` };
}

export class ModeError extends UserError {}

function describe(ctx: EventContext): string {
  if (ctx.pullRequest) return `pull request #${ctx.pullRequest.number}`;
  return 'the merge-group entry';
}
