import type { Tree as WasmTree } from 'web-tree-sitter';
import { lineOf, lineStarts } from './edits.js';
import type { WalkCursor } from './tree-cursor.js';
import { walkCursor } from './tree-sitter.js';

/**
 * A parsed file as plain JavaScript data, copied from web-tree-sitter's tree in one walk of a tree cursor.
 *
 * Every property of a web-tree-sitter node is a call into the wasm module, and `parent` searches down from the root
 * each time: the rewrite of a 1 MB file asks hundreds of thousands of such questions (the scope of a name, whether an
 * occurrence is a write, the statement around a call). Copied once, the tree answers them as array reads. The nodes
 * are numbered in source order (a node before its children), so a subtree is one run of numbers and "the descendants
 * of this type" is a scan of that run. A node object is made only for the nodes the rewrite looks at, once each (so
 * `===` is node identity), and keeps the names and meaning of web-tree-sitter's API (`type`, `parent`,
 * `childForFieldName`, `namedChildren` ...), so the rewrite reads like tree-sitter code.
 */
export class SyntaxTree {
  readonly rootNode: SyntaxNode;
  /** Per node, by number: type id, field id in its parent (0: none), range, parent (-1: none), first number after its subtree. */
  typeIds: Uint16Array;
  fieldIds: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  parents: Int32Array;
  afters: Uint32Array;
  readonly count: number;
  private readonly typeNames: readonly string[];
  /** Per type id: 1 named, 2 anonymous, 0 not seen. */
  private readonly namedness = new Uint8Array(0x10000);
  private readonly fieldIdByName = new Map<string, number>();
  private readonly nodes: Array<SyntaxNode | undefined>;
  private readonly masks = new Map<string, Uint8Array>();
  private lines: number[] | undefined;

  /** Copies `wasm` (parsed from `text`); the wasm tree can be deleted afterwards. */
  constructor(
    wasm: WasmTree,
    readonly text: string,
    cursor: (tree: WasmTree) => WalkCursor = walkCursor,
  ) {
    const { types, fields } = wasm.language;
    this.typeNames = Array.from(types, (t) => t || 'ERROR');
    fields.forEach((name, id) => {
      if (name) this.fieldIdByName.set(name, id);
    });
    const capacity = wasm.rootNode.descendantCount + 1;
    this.typeIds = new Uint16Array(capacity);
    this.fieldIds = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.parents = new Int32Array(capacity);
    this.afters = new Uint32Array(capacity);
    this.count = this.copy(cursor(wasm));
    // Filled, not `new Array(count)`: V8 keeps a large array made that way as a slow dictionary.
    this.nodes = [];
    for (let i = 0; i < this.count; i++) this.nodes.push(undefined);
    this.rootNode = this.node(0);
  }

  /** The node numbered `i` (one object per node). */
  node(i: number): SyntaxNode {
    return (this.nodes[i] ??= new SyntaxNode(this, i));
  }

  typeOf(i: number): string {
    return this.typeNames[this.typeIds[i]!] ?? 'ERROR';
  }

  isNamed(i: number): boolean {
    return this.namedness[this.typeIds[i]!] === 1;
  }

  fieldId(name: string): number {
    return this.fieldIdByName.get(name) ?? -1;
  }

  /** Which type ids carry one of these type names (as a lookup table, kept per list of names). */
  mask(types: readonly string[]): Uint8Array {
    const key = types.join('\u0000');
    let mask = this.masks.get(key);
    if (!mask) {
      mask = new Uint8Array(0x10000);
      this.typeNames.forEach((name, id) => {
        if (types.includes(name)) mask![id] = 1;
      });
      if (types.includes('ERROR')) mask[0xffff] = 1;
      this.masks.set(key, mask);
    }
    return mask;
  }

  /** 0-based row of an index, as tree-sitter counts rows (line feeds before it). */
  rowOf(index: number): number {
    this.lines ??= lineStarts(this.text);
    return lineOf(this.lines, index) - 1;
  }

  /** One walk of a cursor over the whole tree (anonymous nodes and comments included); returns the node count. */
  private copy(cursor: WalkCursor): number {
    let n = 0;
    const visit = (parent: number): number => {
      if (n === this.typeIds.length) this.grow();
      const typeId = cursor.typeId();
      if (this.namedness[typeId] === 0) this.namedness[typeId] = cursor.isNamed() ? 1 : 2;
      this.typeIds[n] = typeId;
      this.fieldIds[n] = parent < 0 ? 0 : cursor.fieldId();
      this.starts[n] = cursor.startIndex();
      this.ends[n] = cursor.endIndex();
      this.parents[n] = parent;
      return n++;
    };
    try {
      // Iterative, with the open nodes on a stack: a deeply nested file must not overflow the JS stack.
      const open: number[] = [];
      let current = visit(-1);
      for (;;) {
        if (cursor.gotoFirstChild()) {
          open.push(current);
          current = visit(current);
          continue;
        }
        this.afters[current] = n;
        for (;;) {
          if (open.length === 0) return n;
          if (cursor.gotoNextSibling()) {
            current = visit(open[open.length - 1]!);
            break;
          }
          this.afters[open.pop()!] = n;
          cursor.gotoParent();
        }
      }
    } finally {
      cursor.delete();
    }
  }

  private grow(): void {
    const size = this.typeIds.length * 2 + 16;
    const bigger = <T extends Uint16Array | Uint32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.typeIds = bigger(this.typeIds, (k) => new Uint16Array(k));
    this.fieldIds = bigger(this.fieldIds, (k) => new Uint16Array(k));
    this.starts = bigger(this.starts, (k) => new Uint32Array(k));
    this.ends = bigger(this.ends, (k) => new Uint32Array(k));
    this.parents = bigger(this.parents, (k) => new Int32Array(k));
    this.afters = bigger(this.afters, (k) => new Uint32Array(k));
  }
}

export class SyntaxNode {
  private kids: SyntaxNode[] | undefined;
  private namedKids: SyntaxNode[] | undefined;

  constructor(
    readonly tree: SyntaxTree,
    /** The node's number in the tree (source order, a node before its children). */
    readonly index: number,
  ) {}

  get type(): string {
    return this.tree.typeOf(this.index);
  }

  get isNamed(): boolean {
    return this.tree.isNamed(this.index);
  }

  get startIndex(): number {
    return this.tree.starts[this.index]!;
  }

  get endIndex(): number {
    return this.tree.ends[this.index]!;
  }

  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): { row: number } {
    return { row: this.tree.rowOf(this.startIndex) };
  }

  get parent(): SyntaxNode | null {
    const p = this.tree.parents[this.index]!;
    return p < 0 ? null : this.tree.node(p);
  }

  get children(): readonly SyntaxNode[] {
    if (!this.kids) {
      const { tree } = this;
      this.kids = [];
      for (let c = this.index + 1, end = tree.afters[this.index]!; c < end; c = tree.afters[c]!) this.kids.push(tree.node(c));
    }
    return this.kids;
  }

  get namedChildren(): readonly SyntaxNode[] {
    if (!this.namedKids) {
      // From the numbers, so that no object is made for the punctuation in between.
      const { tree } = this;
      this.namedKids = [];
      for (let c = this.index + 1, end = tree.afters[this.index]!; c < end; c = tree.afters[c]!) if (tree.isNamed(c)) this.namedKids.push(tree.node(c));
    }
    return this.namedKids;
  }

  /** The children of one type, in order: `children.filter((c) => c.type === type)`, making objects for those only. */
  childrenOfType(type: string): SyntaxNode[] {
    const { tree } = this;
    const out: SyntaxNode[] = [];
    for (let c = this.index + 1, end = tree.afters[this.index]!; c < end; c = tree.afters[c]!) if (tree.typeOf(c) === type) out.push(tree.node(c));
    return out;
  }

  childForFieldName(name: string): SyntaxNode | null {
    const { tree } = this;
    const id = tree.fieldId(name);
    for (let c = this.index + 1, end = tree.afters[this.index]!; c < end; c = tree.afters[c]!) if (tree.fieldIds[c] === id) return tree.node(c);
    return null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    const { tree } = this;
    const id = tree.fieldId(name);
    const out: SyntaxNode[] = [];
    for (let c = this.index + 1, end = tree.afters[this.index]!; c < end; c = tree.afters[c]!) if (tree.fieldIds[c] === id) out.push(tree.node(c));
    return out;
  }

  /** This node and its descendants of the given types, in source order (as web-tree-sitter's, which counts the node itself). */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const { tree } = this;
    const mask = tree.mask(typeof types === 'string' ? [types] : types);
    const out: SyntaxNode[] = [];
    for (let i = this.index, end = tree.afters[this.index]!; i < end; i++) if (mask[tree.typeIds[i]!] === 1) out.push(tree.node(i));
    return out;
  }

  equals(other: SyntaxNode): boolean {
    return this === other;
  }
}
