import { CATEGORIES } from '../audit-stats.js';
import type { Board, TrendPoint } from './board.js';

/**
 * Mermaid charts for the board (GitHub renders ```mermaid blocks in issues and job summaries). Only the fixed
 * category names, numbers and dates the board made go into them, never text from a report.
 */

/** A pie of the findings left, by category; undefined when nothing is left (an empty pie draws nothing useful). */
export function categoryPie(board: Board): string | undefined {
  const slices = CATEGORIES.filter((c) => board.totals.byCategory[c] > 0);
  if (slices.length === 0) return undefined;
  const lines = ['pie showData title Findings left by category', ...slices.map((c) => `    "${c}" : ${board.totals.byCategory[c]}`)];
  return lines.join('\n');
}

/** A line of the findings left, board after board; undefined before there are two boards to connect. */
export function trendChart(history: readonly TrendPoint[]): string | undefined {
  if (history.length < 2) return undefined;
  const days = history.map((p) => p.at.slice(0, 10));
  const sameDay = new Set(days).size < days.length;
  const labels = history.map((p) => (sameDay ? `${p.at.slice(5, 10)} ${p.at.slice(11, 16)}` : p.at.slice(0, 10)));
  const values = history.map((p) => p.findings);
  const top = Math.max(1, Math.ceil(Math.max(...values) * 1.1));
  return [
    'xychart-beta',
    '    title "Findings left, board by board"',
    `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "Findings" 0 --> ${top}`,
    `    line [${values.join(', ')}]`,
  ].join('\n');
}

export function fenced(chart: string): string {
  return '```mermaid\n' + chart + '\n```';
}
