/**
 * `diff`'s diffArrays over lines (strings compared with `===`), giving the same change list: the same Myers search
 * with the same choices (base.js in `diff` 9: a diagonal extends the path that is furthest along the old text,
 * removal before addition on a tie, and the same pruning at the edges of the edit graph), kept in typed arrays.
 *
 * diffArrays makes two objects per step of its search and keeps its paths in an array indexed by negative numbers;
 * for the regions of an SDK rewrite (a few dozen lines of which some repeat, such as blank lines and closing
 * brackets, thousands of regions in a large file) that search is most of the diff's cost and much of its garbage.
 * test/fix/text-edits.test.ts compares both on random inputs.
 */

export interface LineChange {
  value: string[];
  count: number;
  added: boolean;
  removed: boolean;
}

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;

/** The change list diffArrays(oldLines, newLines) returns (value, count, added, removed of each change, in order). */
export function diffLines(oldLines: readonly string[], newLines: readonly string[]): LineChange[] {
  const oldLen = oldLines.length;
  const newLen = newLines.length;
  // Components of the paths (a linked list from each path's last one back), as diffArrays builds them.
  let size = 64;
  let counts = new Int32Array(size);
  let kinds = new Uint8Array(size);
  let previous = new Int32Array(size);
  let made = 0;
  const component = (count: number, kind: number, prev: number): number => {
    if (made === size) {
      size *= 2;
      const c = new Int32Array(size);
      c.set(counts);
      counts = c;
      const k = new Uint8Array(size);
      k.set(kinds);
      kinds = k;
      const p = new Int32Array(size);
      p.set(previous);
      previous = p;
    }
    counts[made] = count;
    kinds[made] = kind;
    previous[made] = prev;
    return made++;
  };

  // The best path per diagonal k (stored at k + offset): how far it is along the old text, its last component (-1:
  // none), and whether there is one.
  const offset = oldLen + newLen + 1;
  const oldPos = new Int32Array(2 * offset + 1);
  const last = new Int32Array(2 * offset + 1);
  const present = new Uint8Array(2 * offset + 1);

  /** Follows the diagonal of the path at `k` while lines are equal; returns its position in the new text. */
  const extractCommon = (k: number): number => {
    let o = oldPos[k + offset]!;
    let n = o - k;
    let common = 0;
    while (n + 1 < newLen && o + 1 < oldLen && oldLines[o + 1] === newLines[n + 1]) {
      n++;
      o++;
      common++;
    }
    if (common) last[k + offset] = component(common, COMMON, last[k + offset]!);
    oldPos[k + offset] = o;
    return n;
  };

  const build = (lastComponent: number): LineChange[] => {
    const order: number[] = [];
    for (let c = lastComponent; c !== -1; c = previous[c]!) order.push(c);
    order.reverse();
    const out: LineChange[] = [];
    let n = 0;
    let o = 0;
    for (const c of order) {
      const count = counts[c]!;
      const kind = kinds[c]!;
      if (kind === REMOVED) {
        out.push({ count, added: false, removed: true, value: oldLines.slice(o, o + count) });
        o += count;
      } else {
        out.push({ count, added: kind === ADDED, removed: false, value: newLines.slice(n, n + count) });
        n += count;
        if (kind === COMMON) o += count;
      }
    }
    return out;
  };

  oldPos[offset] = -1;
  last[offset] = -1;
  present[offset] = 1;
  let newPos = extractCommon(0);
  if (oldPos[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return build(last[offset]!);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= oldLen + newLen; editLength++) {
    for (let k = Math.max(minDiagonal, -editLength); k <= Math.min(maxDiagonal, editLength); k += 2) {
      const hasRemove = present[k - 1 + offset] === 1;
      const hasAdd = present[k + 1 + offset] === 1;
      const removeOld = oldPos[k - 1 + offset]!;
      const removeLast = last[k - 1 + offset]!;
      const addOld = oldPos[k + 1 + offset]!;
      const addLast = last[k + 1 + offset]!;
      if (hasRemove) present[k - 1 + offset] = 0;
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = addOld - k;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        present[k + offset] = 0;
        continue;
      }
      // addToPath: one more line in the path's last component when it is of the same kind, else a new component.
      let base: number;
      let baseLast: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        base = addOld;
        baseLast = addLast !== -1 && kinds[addLast] === ADDED ? component(counts[addLast]! + 1, ADDED, previous[addLast]!) : component(1, ADDED, addLast);
      } else {
        base = removeOld + 1;
        baseLast = removeLast !== -1 && kinds[removeLast] === REMOVED ? component(counts[removeLast]! + 1, REMOVED, previous[removeLast]!) : component(1, REMOVED, removeLast);
      }
      oldPos[k + offset] = base;
      last[k + offset] = baseLast;
      newPos = extractCommon(k);
      if (oldPos[k + offset]! + 1 >= oldLen && newPos + 1 >= newLen) return build(last[k + offset]!);
      present[k + offset] = 1;
      if (oldPos[k + offset]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  // Unreachable: a path reaches the end within oldLen + newLen edits.
  throw new Error('line diff did not finish');
}
