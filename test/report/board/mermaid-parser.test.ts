import { describe, expect, it } from 'vitest';
import { parseMermaid } from '../../support/mermaid.js';

// The board's charts are checked with this parser; first make sure it can tell a broken chart from a good one.
describe('the Mermaid parser the board tests rely on', () => {
  it('accepts good pie and xychart diagrams and rejects broken ones', async () => {
    const results = await parseMermaid([
      'pie showData title T\n    "legacy-endpoint" : 3\n    "legacy-model" : 1',
      'xychart-beta\n    title "T"\n    x-axis ["2026-11-01", "2026-12-01"]\n    y-axis "Findings" 0 --> 5\n    line [4, 2]',
      'pie title T\n    "legacy-endpoint" 3',
      'xychart-beta\n    x-axis ["a", "b"\n    line [1, 2]',
      'xychart-beta\n    title "a"b"\n    line [1, 2]',
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, false, false]);
    expect(results.slice(0, 2)).toEqual([
      { ok: true, type: 'pie' },
      { ok: true, type: 'xychart' },
    ]);
  }, 60_000);
});
