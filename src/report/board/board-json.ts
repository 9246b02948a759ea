import { stateOf, type Board } from './board.js';

/** The board as JSON for other tools, with the state the next board reads back (`aggregate --previous FILE`). */
export function renderBoardJson(board: Board): string {
  return JSON.stringify({ ...board, state: stateOf(board) }, null, 2) + '\n';
}
