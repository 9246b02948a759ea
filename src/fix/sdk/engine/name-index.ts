import type { SyntaxNode } from './syntax-tree.js';

/**
 * Every identifier of a file by name, in source order, built once per file: the rewrite asks "where else is this
 * name used in this scope" for every client, request and response, and a 1 MB file holds thousands of them.
 */
export class NameIndex {
  private readonly byName = new Map<string, SyntaxNode[]>();

  constructor(root: SyntaxNode, types: readonly string[]) {
    for (const node of root.descendantsOfType([...types])) {
      if (!node) continue;
      const list = this.byName.get(node.text);
      if (list) list.push(node);
      else this.byName.set(node.text, [node]);
    }
  }

  all(name: string): readonly SyntaxNode[] {
    return this.byName.get(name) ?? [];
  }

  /** The identifiers called `name` inside [start, end), by binary search. */
  within(name: string, start: number, end: number): SyntaxNode[] {
    const list = this.byName.get(name);
    if (!list) return [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.startIndex < start) lo = mid + 1;
      else hi = mid;
    }
    const out: SyntaxNode[] = [];
    for (let i = lo; i < list.length && list[i]!.startIndex < end; i++) out.push(list[i]!);
    return out;
  }
}
