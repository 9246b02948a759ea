/**
 * The prefilter over raw bytes: does a file contain one of the catalog's anchors, in any ASCII case?
 * Same answer as the case-insensitive anchor regex over the bytes read as Latin-1, without building a string
 * per file: a few lines of WebAssembly SIMD look 16 bytes at a time for three rare consecutive bytes of each anchor
 * (case folded by OR-ing 0x20, which can only add candidates), and each candidate is checked in full here.
 * The module is assembled below from the anchors themselves, so it follows the catalog.
 * Where WebAssembly SIMD is missing, create() returns undefined and the caller keeps the regex.
 */

/**
 * Bytes looked for at once: pairs are too common in base64 (source maps, lockfile hashes), triples are not; four
 * where every anchor of a set has them and the set has more anchors than buckets, since a set of many anchors of
 * common letters (`citation`, `enable_search`) shares each bucket among several, whose mixtures three bytes let
 * through every few dozen bytes of code. A set with a bucket per anchor (the prefilter's six) has no mixtures, and
 * each byte searched by three costs a quarter fewer operations: measured in process over the bench corpora's text
 * files, the prefilter went from 1.3-1.9 to 2.0-3.0 GB/s (plugin monorepo) and from 2.2-2.7 to 3.1-3.6 GB/s
 * (generated monorepo), copies into the search's memory included.
 */
const WIDTH = 3;
const WIDE = 4;

/** How many bytes a set's anchors are searched by. */
function widthOf(anchors: readonly string[]): number {
  return anchors.length > BUCKETS && anchors.every((a) => a.length >= WIDE) ? WIDE : WIDTH;
}
/** Bytes after the data that the 16-byte loads may touch; kept zero. */
const PAD = 96;

/**
 * Rough byte frequency in source and data files, most common first (digits high: numbers, dates, versions and
 * hashes are everywhere): triples are picked from the rare end.
 */
const COMMON = ' \n\t0123456789etaoinsrlcdhupmf.(),;=_"\'gbyw-/:vk[]{}xjqz';

function rarity(byte: number): number {
  const i = COMMON.indexOf(String.fromCharCode(byte | 0x20));
  return i === -1 ? COMMON.length + 1 : i;
}

interface Anchor {
  /** The anchor, lower-case. */
  text: string;
  bytes: Uint8Array;
  /** Offset of its rare triple inside it. */
  at: number;
}

/** Most anchors in one set: each adds a few SIMD operations per 16 bytes, for every byte searched. */
const MAX_ANCHORS = 48;

/**
 * One or more anchor sets over one memory: a file read into it once can be searched for each set in turn (the
 * catalog's anchors, then those of the rules that report only with context from other files), in place.
 */
export class AnchorSearch {
  private memory: WebAssembly.Memory;
  private view: Buffer;
  private readonly finders: ((start: number, end: number) => number)[];
  /** Per set, anchors by their triple, folded (see key()). */
  private readonly byKey: Map<number, Anchor[]>[] = [];

  private constructor(instance: WebAssembly.Instance, sets: Anchor[][]) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.finders = sets.map((_, i) => instance.exports[`find${i}`] as (start: number, end: number) => number);
    this.view = Buffer.from(this.memory.buffer);
    for (const anchors of sets) {
      const byKey = new Map<number, Anchor[]>();
      for (const a of anchors) {
        const k = key(a.bytes, a.at);
        const list = byKey.get(k) ?? [];
        list.push(a);
        byKey.set(k, list);
      }
      this.byKey.push(byKey);
    }
  }

  /** Undefined when an anchor is not plain ASCII of WIDTH bytes or more, or the runtime has no WebAssembly SIMD. */
  static create(anchors: readonly string[]): AnchorSearch | undefined {
    return AnchorSearch.createSets([anchors]);
  }

  /** A search with several anchor sets (tested with testIn(set, ...)); undefined as for create(), or if any set is empty. */
  static createSets(sets: readonly (readonly string[])[]): AnchorSearch | undefined {
    const plan = planOf(sets);
    if (!plan) return undefined;
    try {
      return new AnchorSearch(new WebAssembly.Instance(plan.module, {}), plan.lists);
    } catch {
      return undefined;
    }
  }

  /** Whether a set of anchors can be searched: not empty, not too many, plain ASCII of WIDTH bytes or more. */
  static accepts(anchors: readonly string[]): boolean {
    return anchors.length > 0 && anchors.length <= MAX_ANCHORS && anchors.every((a) => a.length >= WIDTH && /^[\x20-\x7e]+$/.test(a));
  }

  /** A buffer of at least `size` bytes to read a file into; valid until the next call. What it held stays. */
  buffer(size: number): Buffer {
    const need = size + PAD;
    if (this.view.length < need) {
      const pages = Math.ceil((need - this.memory.buffer.byteLength) / 65536);
      this.memory.grow(pages);
      this.view = Buffer.from(this.memory.buffer);
    }
    return this.view;
  }

  /** Whether the first `size` bytes of the buffer hold an anchor of the first set. */
  test(size: number): boolean {
    return this.testIn(0, 0, size);
  }

  /**
   * Whether bytes [start, end) of the buffer hold an anchor of the given set. The PAD bytes after `end` are zeroed
   * (the 16-byte loads may read them), so whatever is stored there is lost.
   */
  testIn(set: number, start: number, end: number): boolean {
    return this.findIn(set, start, end) !== -1;
  }

  /**
   * Where the first anchor of the given set starts in bytes [start, end) of the buffer, or -1; the PAD bytes after
   * `end` are zeroed as for testIn().
   */
  findIn(set: number, start: number, end: number): number {
    const bytes = this.view;
    // The typed array's own fill: Buffer's checks its arguments first, which a scan of many small files notices.
    Uint8Array.prototype.fill.call(bytes, 0, end, end + PAD);
    const find = this.finders[set]!;
    const byKey = this.byKey[set]!;
    let from = start;
    for (;;) {
      const p = find(from, end);
      if (p < 0 || p >= end) return -1;
      for (const a of byKey.get(key(bytes, p)) ?? []) {
        if (matchesAt(bytes, start, end, p - a.at, a.bytes)) return p - a.at;
      }
      from = p + 1;
    }
  }
  /**
   * Which anchors of the given set bytes [start, end) of the buffer hold (lower-case), found in one pass; the PAD
   * bytes after `end` are zeroed as for testIn().
   */
  presentIn(set: number, start: number, end: number): Set<string> {
    const bytes = this.view;
    Uint8Array.prototype.fill.call(bytes, 0, end, end + PAD);
    const find = this.finders[set]!;
    const byKey = this.byKey[set]!;
    const found = new Set<string>();
    for (let from = start; ; ) {
      const p = find(from, end);
      if (p < 0 || p >= end) return found;
      for (const a of byKey.get(key(bytes, p)) ?? []) {
        if (!found.has(a.text) && matchesAt(bytes, start, end, p - a.at, a.bytes)) found.add(a.text);
      }
      from = p + 1;
    }
  }

}

/** Bytes kept free after a region searched in place (see testIn). */
export const SEARCH_PAD = PAD;

/** What a search of some anchor sets is made of: each anchor's gram, and the compiled module that looks for them. */
export interface SearchPlan {
  lists: Anchor[][];
  module: WebAssembly.Module;
}

/**
 * Plans by their anchor sets: each reader of a thread (the walk's, the context pass's) searches the same sets, and
 * choosing grams and compiling the module once is most of the cost of a reader.
 */
const plans = new Map<string, SearchPlan | undefined>();

/** The plans made on this thread, to hand to a worker (a compiled module and plain data cross threads as they are). */
export type SearchPlans = [string, SearchPlan][];

export function searchPlans(): SearchPlans {
  return [...plans].filter((entry): entry is [string, SearchPlan] => entry[1] !== undefined);
}

/** Takes plans made on another thread, so that this one does not choose grams and compile again. */
export function adoptSearchPlans(given: SearchPlans): void {
  for (const [key, plan] of given) if (!plans.has(key)) plans.set(key, plan);
}

function planOf(sets: readonly (readonly string[])[]): SearchPlan | undefined {
  const cacheKey = JSON.stringify(sets);
  if (plans.has(cacheKey)) return plans.get(cacheKey);
  let plan: SearchPlan | undefined;
  if (sets.length > 0 && sets.every((anchors) => AnchorSearch.accepts(anchors))) {
    const widths = sets.map(widthOf);
    const lists: Anchor[][] = sets.map((anchors, i) => chooseTriples(anchors, widths[i]!));
    const grams = lists.map((list, i) => [...new Map(list.map((a) => [gramKey(a.bytes, a.at, widths[i]!), [...a.bytes.subarray(a.at, a.at + widths[i]!)].map((b) => b | 0x20)])).values()]);
    try {
      plan = { lists, module: new WebAssembly.Module(assemble(grams)) };
    } catch {
      // No WebAssembly SIMD here: the callers keep their regular expressions.
      plan = undefined;
    }
  }
  plans.set(cacheKey, plan);
  return plan;
}

/** Rarity of the `width` bytes at `at` (higher: rarer). */
function score(bytes: Uint8Array, at: number, width: number): number {
  let sum = 0;
  for (let j = 0; j < width; j++) sum += rarity(bytes[at + j]!);
  return sum;
}

/** The folded bytes at `at`, as one number (see key()). */
function gramKey(bytes: Uint8Array, at: number, width: number): number {
  let k = 0;
  for (let j = 0; j < width; j++) k = k * 256 + (bytes[at + j]! | 0x20);
  return k;
}

/** How much less rare than an anchor's rarest triple a triple it shares with other anchors may be. */
const SHARE_SLACK = 6;

/**
 * Which triple each anchor is searched by: its rarest, unless a triple nearly as rare also stands for other
 * anchors of the set (the spellings of one field: `enable_search`, `enablesearch`), since each distinct triple
 * costs the search of every byte a few more operations. Greedy: the triple that stands for the most anchors first.
 */
function chooseTriples(anchors: readonly string[], width: number): Anchor[] {
  const items = anchors.map((a) => {
    const bytes = Buffer.from(a.toLowerCase(), 'latin1');
    let best = -1;
    for (let i = 0; i + width <= bytes.length; i++) best = Math.max(best, score(bytes, i, width));
    return { text: a.toLowerCase(), bytes, best };
  });
  const chosen = new Map<number, Anchor>();
  const left = new Set(items.keys());
  while (left.size > 0) {
    // Per candidate triple: the anchors it may stand for, and its rarity.
    const candidates = new Map<number, { members: number[]; score: number }>();
    for (const i of left) {
      const { bytes, best } = items[i]!;
      const seen = new Set<number>();
      for (let at = 0; at + width <= bytes.length; at++) {
        const sc = score(bytes, at, width);
        const k = gramKey(bytes, at, width);
        if (sc < best - SHARE_SLACK || seen.has(k)) continue;
        seen.add(k);
        const c = candidates.get(k) ?? { members: [], score: sc };
        c.members.push(i);
        candidates.set(k, c);
      }
    }
    let pick: [number, { members: number[]; score: number }] | undefined;
    for (const entry of candidates) {
      const [, c] = entry;
      if (!pick || c.members.length > pick[1].members.length || (c.members.length === pick[1].members.length && c.score > pick[1].score)) pick = entry;
    }
    const [k, c] = pick!;
    for (const i of c.members) {
      const { text, bytes } = items[i]!;
      let at = 0;
      while (gramKey(bytes, at, width) !== k) at++;
      chosen.set(i, { text, bytes, at });
      left.delete(i);
    }
  }
  return items.map((_, i) => chosen.get(i)!);
}

function key(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! | 0x20) << 16) | ((bytes[at + 1]! | 0x20) << 8) | (bytes[at + 2]! | 0x20);
}

function matchesAt(bytes: Buffer, from: number, end: number, start: number, anchor: Uint8Array): boolean {
  if (start < from || start + anchor.length > end) return false;
  for (let i = 0; i < anchor.length; i++) {
    const b = bytes[start + i]!;
    const lower = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
    if (lower !== anchor[i]) return false;
  }
  return true;
}

// ───────────── A tiny WebAssembly assembler, one function per anchor set ─────────────
//
// The search is Teddy's (Hyperscan; the Rust aho-corasick crate's packed searcher): each rare triple gets one of
// 8 buckets, and for each of the triple's three positions two 16-byte tables say, for a byte's low and high nibble,
// which buckets a byte with that nibble may stand for there. Looking up both nibbles of 16 bytes at once
// (i8x16.swizzle) and AND-ing the answers of the three positions leaves, per byte, the buckets whose triple may
// start there. The cost per 16 bytes is the same whatever the number of triples (up to MAX_ANCHORS), where comparing
// with each triple in turn grew with every anchor. Upper and lower case of a letter differ only in the high nibble:
// both get the bucket. With more than 8 triples a bucket holds several, and its nibble tables also accept mixtures
// of them: candidates, checked in full by testIn() like any other.
//
// (func (export "findN") (param $p i32) (param $end i32) (result i32)
//   (local $t v128) (local $m v128)
//   loop
//     if (p >= end) return -1
//     m = AND over positions j of swizzle(LO_j, load(p + j) & 0x0f) & swizzle(HI_j, load(p + j) >>u 4)
//     if any_true(m) return p + ctz(bitmask(m != 0))
//     p += 16
//   end)

const SIMD = 0xfd;
const BUCKETS = 8;
/** Bytes searched per turn of the loop. */
const STEP = 64;

/** Signed LEB128 of a non-negative number (i32.const's immediate). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>>= 7;
    // Done when what is left is zero and the sign bit of this byte is clear.
    if (n === 0 && (byte & 0x40) === 0) return [...out, byte];
    out.push(byte | 0x80);
  }
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function constant(bytes: readonly number[]): number[] {
  return [SIMD, 0x0c, ...bytes];
}

function assemble(sets: readonly (readonly number[][])[]): Uint8Array {
  const [I32, V128] = [0x7f, 0x7b];
  const bodies = sets.map((grams) => {
    const width = grams[0]!.length;
    const code = findBody(grams);
    const body = [0x02, 0x01, I32, ...uleb(2 * width + 2 + STEP / 16), V128, ...code]; // locals: one i32, then v128s (tables, mask, t, blocks)
    return [...uleb(body.length), ...body];
  });
  const exports: number[] = [...uleb(sets.length + 1), 0x06, ...Buffer.from('memory'), 0x02, 0x00];
  sets.forEach((_, i) => {
    const name = Buffer.from(`find${i}`);
    exports.push(...uleb(name.length), ...name, 0x00, ...uleb(i));
  });
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x02, I32, I32, 0x01, I32]),
    ...section(3, [...uleb(sets.length), ...sets.map(() => 0x00)]),
    ...section(5, [0x01, 0x00, 0x01]),
    ...section(7, exports),
    ...section(10, [...uleb(sets.length), ...bodies.flat()]),
  ]);
}

/**
 * The bucket of each gram. With more grams than buckets, neighbours in sorted order share one: they tend to share
 * bytes, so that fewer mixtures of them pass the bucket's tables.
 */
function bucketsOf(grams: readonly number[][]): number[] {
  const order = grams.map((_, i) => i).sort((a, b) => compareBytes(grams[a]!, grams[b]!));
  const bucket = new Array<number>(grams.length);
  order.forEach((g, rank) => (bucket[g] = Math.floor((rank * BUCKETS) / grams.length)));
  return bucket;
}

function compareBytes(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The nibble tables of one position of the grams (folded bytes, see key()): per nibble value, the buckets of the
 * grams whose byte at that position has it, in either case for a letter.
 */
function nibbleTables(grams: readonly number[][], buckets: readonly number[], position: number): { lo: number[]; hi: number[] } {
  const lo = new Array<number>(16).fill(0);
  const hi = new Array<number>(16).fill(0);
  grams.forEach((gram, i) => {
    const bit = 1 << buckets[i]!;
    const byte = gram[position]!;
    // Folded by OR 0x20 (key()): a letter stands for both cases; other bytes only for themselves, and for the
    // byte 0x20 below them, which folds the same way (`_` is 0x5f folded to 0x7f).
    for (const b of new Set([byte, byte & ~0x20])) {
      if ((b | 0x20) !== byte) continue;
      lo[b & 0x0f]! |= bit;
      hi[b >> 4]! |= bit;
    }
  });
  return { lo, hi };
}

function findBody(grams: readonly number[][]): number[] {
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const width = grams[0]!.length;
  const buckets = bucketsOf(grams);
  // Locals: the parameters, then two nibble tables per position and the 0x0f mask (set once, before the loop), then work.
  const [P, END, BITS, TABLES] = [0, 1, 2, 3];
  const [MASK, T, M] = [TABLES + 2 * width, TABLES + 2 * width + 1, TABLES + 2 * width + 2];
  const code: number[] = [];
  for (let j = 0; j < width; j++) {
    const { lo, hi } = nibbleTables(grams, buckets, j);
    code.push(...constant(lo), ...set(TABLES + 2 * j), ...constant(hi), ...set(TABLES + 2 * j + 1));
  }
  code.push(...constant(new Array<number>(16).fill(0x0f)), ...set(MASK));
  const zero = constant(new Array<number>(16).fill(0));
  // The buckets whose gram may start at each of the 16 bytes at p + offset, on the stack.
  const block = (offset: number): number[] => {
    const out: number[] = [];
    for (let j = 0; j < width; j++) {
      out.push(...get(P), SIMD, 0x00, 0x00, ...uleb(offset + j), ...set(T)); // t = v128.load offset=offset+j
      out.push(...get(TABLES + 2 * j), ...get(T), ...get(MASK), SIMD, 0x4e, SIMD, 0x0e); // swizzle(LO_j, t & 0x0f)
      out.push(...get(TABLES + 2 * j + 1), ...get(T), 0x41, 4, SIMD, 0x6d, SIMD, 0x0e, SIMD, 0x4e); // & swizzle(HI_j, t >>u 4)
      if (j > 0) out.push(SIMD, 0x4e); // & what the earlier positions left
    }
    return out;
  };
  // STEP bytes a turn, one block of 16 in each of the locals from M on; any candidate in them ends the turn.
  const blocks = STEP / 16;
  code.push(
    0x03, 0x40, // loop (no result)
    ...get(P), ...get(END), 0x4f, // i32.ge_u
    0x04, 0x40, 0x41, 0x7f, 0x0f, 0x0b, // if: i32.const -1, return, end
  );
  for (let b = 0; b < blocks; b++) code.push(...block(16 * b), ...set(M + b));
  code.push(...get(M));
  for (let b = 1; b < blocks; b++) code.push(...get(M + b), SIMD, 0x50); // v128.or
  code.push(SIMD, 0x53, 0x04, 0x40); // if v128.any_true(m0 | m1 | ...)
  // The first candidate: p + 16 * b + ctz(bitmask(m_b != 0)) for the first block b that has one.
  for (let b = 0; b < blocks; b++) {
    code.push(...get(M + b), ...zero, SIMD, 0x24, SIMD, 0x64, 0x22, BITS); // local.tee $bits (i32) = bitmask(m_b != 0)
    code.push(0x04, 0x40, ...get(P), 0x41, ...sleb(16 * b), 0x6a, ...get(BITS), 0x68, 0x6a, 0x0f, 0x0b); // if bits: return p + 16b + ctz(bits)
  }
  code.push(
    0x0b, // end if
    ...get(P), 0x41, ...sleb(STEP), 0x6a, ...set(P), // p += STEP
    0x0c, 0x00, // br 0 (loop)
    0x0b, // end loop
    0x41, 0x7f, // i32.const -1
    0x0b, // end function
  );
  return code;
}
