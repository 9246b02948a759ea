import { z } from 'zod';
import { REPOSITORY } from '../../github/repository-name.js';
import type { BoardState } from './board.js';

/**
 * The previous board's state, read back from the board's JSON file or from the hidden comment in the board issue.
 * Both can be edited by people: everything is checked, and a state that fails the check is ignored (the board then
 * says it has no previous board) rather than believed.
 */

const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const IsoTime = z.iso.datetime();
const ByCategory = z.object({ 'legacy-endpoint': Count, 'legacy-sdk': Count, 'legacy-model': Count, 'legacy-search': Count });

export const BoardStateSchema = z.object({
  v: z.literal(1),
  at: IsoTime,
  history: z.array(z.object({ at: IsoTime, repositories: Count, findings: Count, byCategory: ByCategory })).max(1_000),
  repos: z.record(z.string().regex(REPOSITORY), Count),
  reposComplete: z.boolean(),
});

const STATE_OPEN = '<!-- tokenhub-migration-check:board-state ';
const STATE_CLOSE = ' -->';

/** JSON that cannot end the HTML comment it sits in. */
export function embedBoardState(state: BoardState): string {
  return STATE_OPEN + JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/-/g, '\\u002d') + STATE_CLOSE;
}

export type StateRead = { state: BoardState } | { problem: string };

export function readBoardStateFromBody(body: string | null | undefined): StateRead {
  if (!body) return { problem: 'the board issue has no body' };
  const start = body.lastIndexOf(STATE_OPEN);
  const end = start === -1 ? -1 : body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  if (end === -1) return { problem: 'the board issue carries no state' };
  return checkState(body.slice(start + STATE_OPEN.length, end), 'the board issue');
}

/** From the board JSON file a previous run wrote (`--json`). */
export function readBoardStateFromFile(text: string, name: string): StateRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `${name} is not JSON` };
  }
  const state = (json as { state?: unknown } | null)?.state;
  if (state === undefined) return { problem: `${name} is not a board JSON file (no state)` };
  return checkState(JSON.stringify(state), name);
}

function checkState(text: string, where: string): StateRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `the state in ${where} is not JSON` };
  }
  const parsed = BoardStateSchema.safeParse(json);
  if (!parsed.success) return { problem: `the state in ${where} is not valid (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})` };
  const state = parsed.data;
  state.history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { state };
}
