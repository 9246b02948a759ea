import { lineOf, lineStarts } from './edits.js';
import type { ClientPlan } from './plan.js';
import type { ClientOutcome, Leftover } from './types.js';

/** One client's edits must not touch another's: two plans over the same code cannot both be right. */
export function acceptDisjoint<T extends { plan: ClientPlan; outcome: ClientOutcome }>(plans: T[]): T[] {
  const ranges: Array<{ start: number; end: number; i: number }> = [];
  plans.forEach(({ plan }, i) => {
    for (const r of plan.edits.replacedRanges()) ranges.push({ ...r, i });
    for (const d of plan.deletes) ranges.push({ start: d.startIndex, end: d.endIndex, i });
  });
  ranges.sort((a, b) => a.start - b.start);
  const clash = new Set<number>();
  let last: { end: number; i: number } | undefined;
  for (const r of ranges) {
    if (last && r.start < last.end && r.i !== last.i) {
      clash.add(r.i);
      clash.add(last.i);
    }
    if (!last || r.end > last.end) last = r;
  }
  for (const i of clash) {
    const other = plans.find((_, j) => j !== i && clash.has(j));
    plans[i]!.outcome.reason = `its code is shared with the client at line ${other?.outcome.line ?? '?'}; convert them by hand`;
  }
  return plans.filter((_, i) => !clash.has(i));
}


const LEFTOVER = /\bTENCENTCLOUD_SECRET_(?:ID|KEY)\b|\bcredential\.Credential\b|\bTENCENTCLOUD_REGION\b/g;

/** Lines of the rewritten file that still check or build Tencent Cloud credentials. */
export function leftovers(text: string): Leftover[] {
  const starts = lineStarts(text);
  const out: Leftover[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(LEFTOVER)) {
    const line = lineOf(starts, m.index);
    if (seen.has(line)) continue;
    seen.add(line);
    out.push({ line, message: `\`${m[0]}\` is still used here; the converted code authenticates with TOKENHUB_API_KEY, so this check or credential now fails or is dead` });
  }
  return out;
}
