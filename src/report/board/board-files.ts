import { writeUserFile } from '../../safe-fs/report-path.js';
import type { Board } from './board.js';
import { renderBoardCsv } from './board-csv.js';
import { renderBoardJson } from './board-json.js';
import { renderBoardSummary } from './board-markdown.js';

/** Where the board goes as files, each named by the user (relative to `cwd`); unset: not written. */
export interface BoardFiles {
  /** The job summary (Markdown), appended to. */
  summary?: string;
  csv?: string;
  json?: string;
}

/**
 * Writes the board to the files asked for, before the board issue is touched (a refused token then loses nothing).
 * Returns the summary's Markdown when no summary file was named, for the face to print instead.
 */
export async function writeBoardFiles(board: Board, files: BoardFiles, opts: { cwd: string; serverUrl: string }): Promise<string | undefined> {
  const summary = renderBoardSummary(board, { serverUrl: opts.serverUrl });
  if (files.summary) await writeUserFile(files.summary, opts.cwd, summary + '\n', 'the job summary', { append: true });
  if (files.csv) await writeUserFile(files.csv, opts.cwd, renderBoardCsv(board), 'the board');
  if (files.json) await writeUserFile(files.json, opts.cwd, renderBoardJson(board), 'the board');
  return files.summary ? undefined : summary;
}
