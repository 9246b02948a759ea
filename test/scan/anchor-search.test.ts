import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { AnchorSearch } from '../../src/scan/anchor-search.js';
import { compileCatalog } from '../../src/scan/compile.js';
import { anchorIndexOf } from '../../src/scan/anchor-index.js';

/** A seeded generator, so that a failure names an input that can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
}

function test(search: AnchorSearch, text: string | Buffer): boolean {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
  const buf = search.buffer(bytes.length);
  // Stale bytes past the end must not count: fill the buffer with an anchor first.
  buf.fill('hunyuan');
  bytes.copy(buf);
  return search.test(bytes.length);
}

describe('AnchorSearch (WebAssembly SIMD prefilter)', () => {
  const catalog = compileCatalog(RULES);
  const { prefilterAnchors: anchors, prefilter: regex } = anchorIndexOf(catalog);
  const search = AnchorSearch.create(anchors)!;

  it('is available on this Node and reduces the catalog to its minimal anchors', () => {
    expect(search).toBeDefined();
    expect(anchors).toEqual([
      'aiart', 'hunyuan', 'lkeap', 'tokenhub', 'v20230901', 'v20240522',
    ]);
  });

  it('finds anchors in any case, at the edges, across 16-byte blocks, and nothing else', () => {
    expect(test(search, 'HunYuan')).toBe(true);
    expect(test(search, 'x'.repeat(15) + 'LKEAP')).toBe(true);
    expect(test(search, 'x'.repeat(31) + 'v20230901')).toBe(true);
    expect(test(search, 'hunyua')).toBe(false);
    expect(test(search, 'lkea')).toBe(false);
    expect(test(search, '')).toBe(false);
    expect(test(search, 'h\u00fcnyuan v2023-09-01 lke ap')).toBe(false);
    // Case folding by OR 0x20 also folds some punctuation: candidates, never findings.
    expect(test(search, '\u0015NY\u00f5AN')).toBe(false);
  });

  it('agrees with the case-insensitive anchor regex on random text', () => {
    const next = lcg(42);
    const alphabet = 'hunyaLKEPv0123459 .HUNYuan-_\u00ff\u0000lkeap';
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      const n = Math.floor(next() * 80);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.3) {
        const a = anchors[Math.floor(next() * anchors.length)]!;
        const cased = [...a].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
        const at = Math.floor(next() * (s.length + 1));
        s = s.slice(0, at) + cased + s.slice(at);
      }
      expect(test(search, s), JSON.stringify(s)).toBe(regex.test(s));
    }
  });

  it('agrees with the regex for a set of more triples than buckets (every rule\'s anchors), where buckets share tables', () => {
    const all = anchorIndexOf(catalog).contextAnchors();
    expect(all.length).toBeGreaterThan(8);
    const wide = AnchorSearch.create(all)!;
    const re = new RegExp(all.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');
    const next = lcg(7);
    // Pieces of the anchors themselves: mixtures of two triples of one bucket are the candidates to reject.
    const pieces = all.flatMap((a) => [a.slice(0, 3), a.slice(-3), a.slice(1, 4), a]);
    const seen = { true: 0, false: 0 };
    for (let t = 0; t < 5_000; t++) {
      let s = '';
      const n = Math.floor(next() * 12);
      for (let i = 0; i < n; i++) {
        const piece = pieces[Math.floor(next() * pieces.length)]!;
        s += next() < 0.1 ? piece : piece.slice(Math.floor(next() * piece.length));
        if (next() < 0.3) s += ' _-.'[Math.floor(next() * 4)];
      }
      if (next() < 0.5) s = [...s].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
      const expected = re.test(s);
      seen[`${expected}`]++;
      expect(test(wide, s), JSON.stringify(s)).toBe(expected);
    }
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(500);
  });

  it('searches the rule anchors the prefilter does not stand for as one set (the context pass), with anyRule\'s answers', () => {
    const index = anchorIndexOf(catalog);
    const rest = index.ruleAnchors.filter((a) => !anchors.some((f) => a.includes(f)));
    // If the catalog outgrows one set, the context pass falls back to the regex: slower, not wrong. Say so here.
    expect(AnchorSearch.accepts(rest)).toBe(true);
    const restSearch = AnchorSearch.create(rest)!;
    const next = lcg(99);
    const pieces = [...index.ruleAnchors, ...index.ruleAnchors.map((a) => a.slice(1)), ' ', '_', 'x'];
    for (let t = 0; t < 3_000; t++) {
      let s = '';
      for (let i = Math.floor(next() * 6); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)]!;
      if (next() < 0.5) s = s.toUpperCase();
      expect(test(search, s) || test(restSearch, s), JSON.stringify(s)).toBe(index.anyRule.test(s));
    }
  });

  it('searches by three bytes when an anchor of the set is that short, with the same answers', () => {
    const short = ['hy3', 'lkeap', 'v20230901'];
    const three = AnchorSearch.create(short)!;
    const re = new RegExp(short.join('|'), 'i');
    const next = lcg(3);
    const alphabet = 'hyY3lkeapLKEAPv20231 _';
    for (let t = 0; t < 5_000; t++) {
      let s = '';
      for (let i = Math.floor(next() * 60); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.3) s += short[Math.floor(next() * short.length)]!.toUpperCase();
      expect(test(three, s), JSON.stringify(s)).toBe(re.test(s));
    }
  });

  it('tells which of every rule\'s anchors a text holds, as the rule gate\'s regex pass does', () => {
    const index = anchorIndexOf(catalog);
    expect(AnchorSearch.accepts(index.ruleAnchors)).toBe(true);
    const all = AnchorSearch.create(index.ruleAnchors)!;
    const finder = new RegExp(index.anyRule.source, 'gi');
    const next = lcg(1234);
    const pieces = [...index.ruleAnchors, ...index.ruleAnchors.map((a) => a.slice(0, -1)), ' ', '.', 'é'];
    for (let t = 0; t < 2_000; t++) {
      let s = '';
      for (let i = Math.floor(next() * 8); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)]!;
      if (next() < 0.5) s = [...s].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
      const expected = new Set<string>();
      finder.lastIndex = 0;
      for (let m = finder.exec(s); m; m = finder.exec(s)) {
        expected.add(m[0].toLowerCase());
        finder.lastIndex = m.index + 1;
      }
      const bytes = Buffer.from(s, 'utf8');
      const buf = all.buffer(bytes.length);
      bytes.copy(buf);
      expect([...all.presentIn(0, 0, bytes.length)].sort(), JSON.stringify(s)).toEqual([...expected].sort());
    }
  });

  it('grows its memory for big inputs', () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 'a');
    big.write('Hunyuan', big.length - 7, 'latin1');
    expect(test(search, big)).toBe(true);
    expect(test(search, big.subarray(0, big.length - 1))).toBe(false);
  });

  it('declines anchors it cannot search byte-wise', () => {
    expect(AnchorSearch.create(['ab'])).toBeUndefined();
    expect(AnchorSearch.create(['caf\u00e9'])).toBeUndefined();
    expect(AnchorSearch.create([])).toBeUndefined();
  });
});
