import { createTwoFilesPatch, diffArrays, FILE_HEADERS_ONLY, parsePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { regionChanges, unifiedDiffOfEdits } from '../../src/fix/edits-diff.js';
import { diffLines } from '../../src/fix/line-diff.js';
import { applyEdits, composeEdits, normalizeEdits, PositionMap, type TextEdit } from '../../src/fix/text-edits.js';

/** A small deterministic generator (mulberry32), so that a failure names a seed that reproduces it. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['a', 'bb', 'x = 1', 'def f():', '    return x', '', '# c', 'client', 'x\r'];

function randomText(r: () => number): string {
  const lines = Array.from({ length: Math.floor(r() * 30) }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  return lines.join('\n') + (r() < 0.5 ? '\n' : '');
}

function randomEdits(r: () => number, text: string): TextEdit[] {
  const points = Array.from({ length: Math.floor(r() * 8) * 2 }, () => Math.floor(r() * (text.length + 1))).sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const end = r() < 0.3 ? points[i]! : points[i + 1]!;
    edits.push({ start: points[i]!, end, text: r() < 0.3 ? '' : randomText(r).slice(0, Math.floor(r() * 20)) });
  }
  // Disjoint: drop edits that overlap the one before.
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1]!.end);
}

/**
 * Applies a one-file unified diff strictly (every context and removed line must be where the hunk says), as
 * `git apply` does without fuzz. (diff's own applyPatch mislays a hunk that starts by adding an empty line.)
 */
function applyStrict(text: string, patch: string): string {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  let at = 0;
  for (const h of parsePatch(patch)[0]!.hunks) {
    const start = h.oldLines === 0 ? h.oldStart : h.oldStart - 1;
    out.push(...lines.slice(at, start));
    at = start;
    h.lines.forEach((l, i) => {
      if (l.startsWith('\\')) return;
      const eol = h.lines[i + 1]?.startsWith('\\') ? '' : '\n';
      if (l[0] === '+') out.push(l.slice(1) + eol);
      else {
        expect(lines[at]).toBe(l.slice(1) + eol);
        if (l[0] === ' ') out.push(lines[at]!);
        at++;
      }
    });
  }
  out.push(...lines.slice(at));
  return out.join('');
}

describe('text edits', () => {
  it('the diff from the edits applies exactly', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const r = rng(seed);
      const before = randomText(r);
      const edits = normalizeEdits(randomEdits(r, before), before);
      const after = applyEdits(before, edits);
      const patch = unifiedDiffOfEdits('f.py', before, after, edits);
      expect(applyStrict(before, patch), `seed ${seed}`).toBe(after);
    }
  });

  it("gives diffArrays' own answer for a region, whether or not its two sides share a line", () => {
    let disjoint = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const r = rng(seed);
      // Two alphabets that overlap in about a third of the cases, sides of 0 to 24 lines (repeats included).
      const shared = r() < 0.35;
      const side = (prefix: string) => Array.from({ length: Math.floor(r() * 25) }, () => `${shared && r() < 0.3 ? 's' : prefix}${Math.floor(r() * 6)}\n`);
      const oldLines = side('o');
      const newLines = side('n');
      if (!newLines.some((l) => oldLines.includes(l))) disjoint++;
      const strip = (cs: Array<{ value: string[]; added?: boolean; removed?: boolean }>) => cs.map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
      expect(strip(regionChanges([...oldLines], [...newLines])), `seed ${seed}`).toEqual(strip(diffArrays(oldLines, newLines)));
    }
    expect(disjoint).toBeGreaterThan(1000);
  });

  it("line-diff.ts's search gives diffArrays' answer, with counts, on sides up to 120 lines that share many lines", () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const r = rng(seed);
      const alphabet = 1 + Math.floor(r() * 12);
      const max = r() < 0.2 ? 120 : 30;
      const side = () => Array.from({ length: Math.floor(r() * max) }, () => `l${Math.floor(r() * alphabet)}\n`);
      const oldLines = side();
      const newLines = r() < 0.2 ? [...oldLines] : r() < 0.3 ? [...oldLines.slice(0, 3), ...side(), ...oldLines.slice(-3)] : side();
      const strip = (cs: Array<{ value: string[]; count?: number; added?: boolean; removed?: boolean }>) => cs.map((c) => ({ value: c.value, count: c.count, added: !!c.added, removed: !!c.removed }));
      expect(strip(diffLines(oldLines, newLines)), `seed ${seed}`).toEqual(strip(diffArrays(oldLines, newLines)));
    }
  });

  it('writes the diff that diff writes for a change to code (where lines repeat less than in random text)', () => {
    const before = 'import os\n\ndef ask(q):\n    client = Client(cred, "ap-guangzhou")\n    resp = client.Chat(q)\n    return resp.Text\n\n\ndef other():\n    pass\n';
    const edits = normalizeEdits(
      [
        { start: before.indexOf('import os\n') + 10, end: before.indexOf('import os\n') + 10, text: 'from openai import OpenAI\n' },
        { start: before.indexOf('Client(cred'), end: before.indexOf('"ap-guangzhou")') + 15, text: 'OpenAI()' },
        { start: before.indexOf('client.Chat(q)'), end: before.indexOf('client.Chat(q)') + 14, text: 'client.chat.completions.create(\n        messages=q,\n    )' },
        { start: before.indexOf('resp.Text'), end: before.indexOf('resp.Text') + 9, text: 'resp.choices[0].message.content' },
      ],
      before,
    );
    const after = applyEdits(before, edits);
    expect(unifiedDiffOfEdits('f.py', before, after, edits)).toBe(createTwoFilesPatch('a/f.py', 'b/f.py', before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
  });

  it('composes two rounds of edits into one over the first text', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const r = rng(seed);
      const a = randomText(r);
      const first = normalizeEdits(randomEdits(r, a), a);
      const b = applyEdits(a, first);
      const second = normalizeEdits(randomEdits(r, b), b);
      const c = applyEdits(b, second);
      const both = composeEdits(a, first, second, c);
      expect(applyEdits(a, both), `seed ${seed}`).toBe(c);
      for (let i = 1; i < both.length; i++) expect(both[i]!.start).toBeGreaterThan(both[i - 1]!.end - 1);
    }
  });

  it('maps a range through the edits: shifted when untouched, widened to what replaced it when touched', () => {
    const before = 'alpha beta gamma delta';
    const edits = normalizeEdits([{ start: 0, end: 5, text: 'A' }, { start: 11, end: 16, text: 'GAMMA!!' }], before);
    const after = applyEdits(before, edits);
    const map = new PositionMap(edits);
    const beta = map.map(6, 10);
    expect(after.slice(beta.start, beta.end)).toBe('beta');
    expect(beta.edited).toBe(false);
    const gamma = map.map(12, 14);
    expect(after.slice(gamma.start, gamma.end)).toBe('GAMMA!!');
    expect(gamma.edited).toBe(true);
    const delta = map.map(17, 22);
    expect(after.slice(delta.start, delta.end)).toBe('delta');
  });
});
