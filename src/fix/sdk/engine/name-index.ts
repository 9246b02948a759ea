import type { SyntaxNode, SyntaxTree } from './syntax-tree.js';

/**
 * Every identifier of a file by name, in source order, built once per file in one scan of the tree: the rewrite asks
 * "where else is this name used in this scope" for every client, request and response, and a 1 MB file holds tens of
 * thousands of identifiers. It keeps node numbers, so a node object is made only for an occurrence a question returns.
 */
export class NameIndex {
  private readonly byName = new Map<string, number[]>();
  private readonly tree: SyntaxTree;

  constructor(root: SyntaxNode, types: readonly string[]) {
    const tree = (this.tree = root.tree);
    const mask = tree.mask(types);
    const { typeIds, starts, ends, text } = tree;
    for (let i = root.index, end = tree.afters[root.index]!; i < end; i++) {
      if (mask[typeIds[i]!] !== 1) continue;
      const name = text.slice(starts[i]!, ends[i]!);
      const list = this.byName.get(name);
      if (list) list.push(i);
      else this.byName.set(name, [i]);
    }
  }

  all(name: string): readonly SyntaxNode[] {
    return (this.byName.get(name) ?? []).map((i) => this.tree.node(i));
  }

  /** The identifiers called `name` inside [start, end), by binary search (identifiers do not nest: sorted by start). */
  within(name: string, start: number, end: number): SyntaxNode[] {
    const list = this.byName.get(name);
    if (!list) return [];
    const { starts } = this.tree;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[list[mid]!]! < start) lo = mid + 1;
      else hi = mid;
    }
    const out: SyntaxNode[] = [];
    for (let i = lo; i < list.length && starts[list[i]!]! < end; i++) out.push(this.tree.node(list[i]!));
    return out;
  }
}
