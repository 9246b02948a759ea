import type { Tree as WasmTree } from 'web-tree-sitter';
import { lineOf, lineStarts } from './edits.js';

/**
 * A parsed file as plain JavaScript objects, copied from web-tree-sitter's tree in one walk of a tree cursor.
 *
 * Every property of a web-tree-sitter node is a call into the wasm module, and `parent` searches down from the root
 * each time: the rewrite of a 1 MB file asks hundreds of thousands of such questions (the scope of a name, whether an
 * occurrence is a write, the statement around a call). Copied once, the tree answers them as field reads, and the
 * identifiers come out of the same walk for the name index. The nodes keep the names and meaning of web-tree-sitter's
 * API (`type`, `parent`, `childForFieldName`, `namedChildren` ...), so the rewrite reads like tree-sitter code.
 */
export class SyntaxTree {
  readonly rootNode: SyntaxNode;
  private starts: number[] | undefined;

  /** Copies `wasm` (parsed from `text`); the wasm tree can be deleted afterwards. */
  constructor(
    wasm: WasmTree,
    readonly text: string,
  ) {
    this.rootNode = copy(this, wasm);
  }

  /** 0-based row of an index, as tree-sitter counts rows (line feeds before it). */
  rowOf(index: number): number {
    this.starts ??= lineStarts(this.text);
    return lineOf(this.starts, index) - 1;
  }
}

const NO_CHILDREN: readonly SyntaxNode[] = Object.freeze([]);

export class SyntaxNode {
  parent: SyntaxNode | null = null;
  children: readonly SyntaxNode[] = NO_CHILDREN;
  private named: SyntaxNode[] | undefined;

  constructor(
    readonly tree: SyntaxTree,
    readonly type: string,
    readonly isNamed: boolean,
    /** The field this node fills in its parent (`left`, `function` ...), or undefined. */
    readonly fieldName: string | undefined,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {}

  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): { row: number } {
    return { row: this.tree.rowOf(this.startIndex) };
  }

  get namedChildren(): readonly SyntaxNode[] {
    return (this.named ??= this.children.filter((c) => c.isNamed));
  }

  childForFieldName(name: string): SyntaxNode | null {
    for (const c of this.children) if (c.fieldName === name) return c;
    return null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((c) => c.fieldName === name);
  }

  /** This node and its descendants of the given types, in source order (as web-tree-sitter's, which counts the node itself). */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const wanted = typeof types === 'string' ? [types] : types;
    const out: SyntaxNode[] = [];
    const stack: SyntaxNode[] = [this];
    while (stack.length) {
      const n = stack.pop()!;
      if (wanted.includes(n.type)) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    return out;
  }

  equals(other: SyntaxNode): boolean {
    return this === other;
  }
}

/** One walk of a cursor over the whole tree, anonymous nodes and comments included. */
function copy(tree: SyntaxTree, wasm: WasmTree): SyntaxNode {
  const { types, fields } = wasm.language;
  const namedById = new Map<number, boolean>();
  const cursor = wasm.walk();
  try {
    const node = (parent: SyntaxNode | null): SyntaxNode => {
      const typeId = cursor.nodeTypeId;
      let named = namedById.get(typeId);
      if (named === undefined) namedById.set(typeId, (named = cursor.nodeIsNamed));
      const fieldId = parent ? cursor.currentFieldId : 0;
      const n = new SyntaxNode(tree, types[typeId] || 'ERROR', named, fieldId ? (fields[fieldId] ?? undefined) : undefined, cursor.startIndex, cursor.endIndex);
      n.parent = parent;
      return n;
    };
    const root = node(null);
    // Iterative, with the open nodes' children on a stack: a deeply nested file must not overflow the JS stack.
    const open: Array<{ node: SyntaxNode; children: SyntaxNode[] }> = [];
    let current = root;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const children: SyntaxNode[] = [];
        open.push({ node: current, children });
        current = node(open.at(-1)!.node);
        children.push(current);
        continue;
      }
      for (;;) {
        const top = open.at(-1);
        if (!top) return root;
        if (cursor.gotoNextSibling()) {
          current = node(top.node);
          top.children.push(current);
          break;
        }
        top.node.children = top.children;
        open.pop();
        cursor.gotoParent();
      }
    }
  } finally {
    cursor.delete();
  }
}
