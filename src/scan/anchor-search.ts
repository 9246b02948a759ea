/**
 * The prefilter over raw bytes: does a file contain one of the catalog's anchors, in any ASCII case?
 * Same answer as the case-insensitive anchor regex over the bytes read as Latin-1, without building a string
 * per file: a few lines of WebAssembly SIMD look 16 bytes at a time for three rare consecutive bytes of each anchor
 * (case folded by OR-ing 0x20, which can only add candidates), and each candidate is checked in full here.
 * The module is assembled below from the anchors themselves, so it follows the catalog.
 * Where WebAssembly SIMD is missing, create() returns undefined and the caller keeps the regex.
 */

/** Bytes looked for at once: pairs are too common in base64 (source maps, lockfile hashes), triples are not. */
const WIDTH = 3;
/** Bytes after the data that the 16-byte loads may touch; kept zero. */
const PAD = 32;

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
  bytes: Uint8Array;
  /** Offset of its rare triple inside it. */
  at: number;
}

export class AnchorSearch {
  private memory: WebAssembly.Memory;
  private view: Buffer;
  private readonly find: (start: number, end: number) => number;
  /** Anchors by their triple, folded (see key()). */
  private readonly byKey = new Map<number, Anchor[]>();

  private constructor(instance: WebAssembly.Instance, anchors: Anchor[]) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.find = instance.exports.find as (start: number, end: number) => number;
    this.view = Buffer.from(this.memory.buffer);
    for (const a of anchors) {
      const k = key(a.bytes, a.at);
      const list = this.byKey.get(k) ?? [];
      list.push(a);
      this.byKey.set(k, list);
    }
  }

  /** Undefined when an anchor is not plain ASCII of WIDTH bytes or more, or the runtime has no WebAssembly SIMD. */
  static create(anchors: readonly string[]): AnchorSearch | undefined {
    if (anchors.length === 0 || anchors.length > 16) return undefined;
    if (anchors.some((a) => a.length < WIDTH || !/^[\x20-\x7e]+$/.test(a))) return undefined;
    const list: Anchor[] = anchors.map((a) => {
      const bytes = Buffer.from(a.toLowerCase(), 'latin1');
      let at = 0;
      let best = -1;
      for (let i = 0; i + WIDTH <= bytes.length; i++) {
        let score = 0;
        for (let j = 0; j < WIDTH; j++) score += rarity(bytes[i + j]!);
        if (score > best) [best, at] = [score, i];
      }
      return { bytes, at };
    });
    const triples = [...new Map(list.map((a) => [key(a.bytes, a.at), [...a.bytes.subarray(a.at, a.at + WIDTH)].map((b) => b | 0x20)])).values()];
    try {
      const module = new WebAssembly.Module(assemble(triples));
      return new AnchorSearch(new WebAssembly.Instance(module, {}), list);
    } catch {
      return undefined;
    }
  }

  /** A buffer of at least `size` bytes to read a file into; valid until the next call. */
  buffer(size: number): Buffer {
    const need = size + PAD;
    if (this.view.length < need) {
      const pages = Math.ceil((need - this.memory.buffer.byteLength) / 65536);
      this.memory.grow(pages);
      this.view = Buffer.from(this.memory.buffer);
    }
    return this.view;
  }

  /** Whether the first `size` bytes of the buffer hold an anchor. */
  test(size: number): boolean {
    const bytes = this.view;
    bytes.fill(0, size, size + PAD);
    let from = 0;
    for (;;) {
      const p = this.find(from, size);
      if (p < 0 || p >= size) return false;
      for (const a of this.byKey.get(key(bytes, p)) ?? []) {
        if (matchesAt(bytes, size, p - a.at, a.bytes)) return true;
      }
      from = p + 1;
    }
  }
}

function key(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! | 0x20) << 16) | ((bytes[at + 1]! | 0x20) << 8) | (bytes[at + 2]! | 0x20);
}

function matchesAt(bytes: Buffer, size: number, start: number, anchor: Uint8Array): boolean {
  if (start < 0 || start + anchor.length > size) return false;
  for (let i = 0; i < anchor.length; i++) {
    const b = bytes[start + i]!;
    const lower = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
    if (lower !== anchor[i]) return false;
  }
  return true;
}

// ───────────── A tiny WebAssembly assembler for one function ─────────────
//
// (func (export "find") (param $p i32) (param $end i32) (result i32)
//   (local $a v128) (local $b v128) (local $c v128) (local $m v128)
//   loop
//     if (p >= end) return -1
//     a = load(p) | 0x20..; b = load(p + 1) | 0x20..; c = load(p + 2) | 0x20..
//     m = OR over triples of (a == first) & (b == second) & (c == third)
//     if any_true(m) return p + ctz(bitmask(m))
//     p += 16
//   end)

const SIMD = 0xfd;

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

function splat(byte: number): number[] {
  return [SIMD, 0x0c, ...new Array<number>(16).fill(byte)];
}

function assemble(triples: readonly number[][]): Uint8Array {
  const [I32, V128] = [0x7f, 0x7b];
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const load = (offset: number) => [SIMD, 0x00, 0x00, ...uleb(offset)];
  const code: number[] = [
    0x03, 0x40, // loop (no result)
    ...get(0), ...get(1), 0x4f, // i32.ge_u
    0x04, 0x40, 0x41, 0x7f, 0x0f, 0x0b, // if: i32.const -1, return, end
    ...get(0), ...load(0), ...splat(0x20), SIMD, 0x50, ...set(2),
    ...get(0), ...load(1), ...splat(0x20), SIMD, 0x50, ...set(3),
    ...get(0), ...load(2), ...splat(0x20), SIMD, 0x50, ...set(4),
  ];
  triples.forEach(([first, second, third], k) => {
    code.push(...get(2), ...splat(first!), SIMD, 0x23, ...get(3), ...splat(second!), SIMD, 0x23, SIMD, 0x4e);
    code.push(...get(4), ...splat(third!), SIMD, 0x23, SIMD, 0x4e);
    if (k > 0) code.push(SIMD, 0x50);
  });
  code.push(
    0x22, 5, // local.tee $m
    SIMD, 0x53, // v128.any_true
    0x04, 0x40, ...get(0), ...get(5), SIMD, 0x64, 0x68, 0x6a, 0x0f, 0x0b, // if: p + ctz(bitmask(m)), return, end
    ...get(0), 0x41, 16, 0x6a, ...set(0), // p += 16
    0x0c, 0x00, // br 0 (loop)
    0x0b, // end loop
    0x41, 0x7f, // i32.const -1
    0x0b, // end function
  );
  const body = [0x01, 0x04, V128, ...code]; // one local group: 4 × v128
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x02, I32, I32, 0x01, I32]),
    ...section(3, [0x01, 0x00]),
    ...section(5, [0x01, 0x00, 0x01]),
    ...section(7, [0x02, 0x06, ...Buffer.from('memory'), 0x02, 0x00, 0x04, ...Buffer.from('find'), 0x00, 0x00]),
    ...section(10, [0x01, ...uleb(body.length), ...body]),
  ]);
}
