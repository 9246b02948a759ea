import type { Tree as WasmTree, TreeCursor } from 'web-tree-sitter';

/**
 * A cursor over a web-tree-sitter tree, reduced to what the copy into a SyntaxTree asks of each node.
 *
 * web-tree-sitter's TreeCursor copies its four handles into the binding's transfer buffer before every call and back
 * after every move (eight generic `setValue`/`getValue` calls, each a switch on a type name), and the copy of a 1 MB
 * file makes about two million such calls. The binding's own C functions keep the cursor in that same buffer from one
 * call to the next, so `BindingCursor` calls them directly and leaves the cursor there for the whole walk: the same
 * functions, in the same order, with the same answers (test/fix/sdk/syntax-tree.test.ts compares both walks), without
 * the copying. It is used only when the binding exposes every function it needs; `PublicCursor` is the fallback.
 */
export interface WalkCursor {
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  typeId(): number;
  isNamed(): boolean;
  fieldId(): number;
  startIndex(): number;
  endIndex(): number;
  /** Frees the cursor; call once, after the walk. */
  delete(): void;
}

/** web-tree-sitter's own TreeCursor, through its public API. */
export class PublicCursor implements WalkCursor {
  private readonly cursor: TreeCursor;

  constructor(tree: WasmTree) {
    this.cursor = tree.walk();
  }

  gotoFirstChild(): boolean {
    return this.cursor.gotoFirstChild();
  }

  gotoNextSibling(): boolean {
    return this.cursor.gotoNextSibling();
  }

  gotoParent(): boolean {
    return this.cursor.gotoParent();
  }

  typeId(): number {
    return this.cursor.nodeTypeId;
  }

  isNamed(): boolean {
    return this.cursor.nodeIsNamed;
  }

  fieldId(): number {
    return this.cursor.currentFieldId;
  }

  startIndex(): number {
    return this.cursor.startIndex;
  }

  endIndex(): number {
    return this.cursor.endIndex;
  }

  delete(): void {
    this.cursor.delete();
  }
}

/** A function the binding exports: it takes the tree's address and works on the cursor in the transfer buffer. */
type TreeCall = (tree: number) => number;

const CALLS = [
  '_ts_tree_root_node_wasm',
  '_ts_tree_cursor_new_wasm',
  '_ts_tree_cursor_delete_wasm',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_node_is_named_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
] as const;

/** The binding's cursor functions, when the Emscripten module (the object given to `Parser.init`) exports them all. */
export type CursorBinding = Record<(typeof CALLS)[number], TreeCall>;

export function cursorBindingOf(module: object | undefined): CursorBinding | undefined {
  if (!module) return undefined;
  const m = module as Record<string, unknown>;
  const out: Partial<CursorBinding> = {};
  for (const name of CALLS) {
    const f = m[name];
    if (typeof f !== 'function') return undefined;
    out[name] = f as TreeCall;
  }
  return out as CursorBinding;
}

/**
 * The binding's cursor, kept in its transfer buffer from creation to deletion. Nothing else may call into
 * web-tree-sitter while it walks (the walk is synchronous, so nothing can).
 */
export class BindingCursor implements WalkCursor {
  private readonly tree: number;
  private readonly firstChild: TreeCall;
  private readonly nextSibling: TreeCall;
  private readonly parent: TreeCall;
  private readonly type: TreeCall;
  private readonly named: TreeCall;
  private readonly field: TreeCall;
  private readonly start: TreeCall;
  private readonly end: TreeCall;
  private readonly free: TreeCall;

  constructor(binding: CursorBinding, tree: WasmTree) {
    // The tree's address in wasm memory, which web-tree-sitter keeps as the Tree's element 0.
    const address = (tree as unknown as { 0: number })[0];
    if (typeof address !== 'number' || address === 0) throw new Error('web-tree-sitter tree without an address');
    this.tree = address;
    this.firstChild = binding._ts_tree_cursor_goto_first_child_wasm;
    this.nextSibling = binding._ts_tree_cursor_goto_next_sibling_wasm;
    this.parent = binding._ts_tree_cursor_goto_parent_wasm;
    this.type = binding._ts_tree_cursor_current_node_type_id_wasm;
    this.named = binding._ts_tree_cursor_current_node_is_named_wasm;
    this.field = binding._ts_tree_cursor_current_field_id_wasm;
    this.start = binding._ts_tree_cursor_start_index_wasm;
    this.end = binding._ts_tree_cursor_end_index_wasm;
    this.free = binding._ts_tree_cursor_delete_wasm;
    // As Tree.walk() does: the root node into the buffer, then a cursor made from it in its place.
    binding._ts_tree_root_node_wasm(address);
    binding._ts_tree_cursor_new_wasm(address);
  }

  gotoFirstChild(): boolean {
    return this.firstChild(this.tree) === 1;
  }

  gotoNextSibling(): boolean {
    return this.nextSibling(this.tree) === 1;
  }

  gotoParent(): boolean {
    return this.parent(this.tree) === 1;
  }

  typeId(): number {
    return this.type(this.tree);
  }

  isNamed(): boolean {
    return this.named(this.tree) === 1;
  }

  fieldId(): number {
    return this.field(this.tree);
  }

  startIndex(): number {
    return this.start(this.tree);
  }

  endIndex(): number {
    return this.end(this.tree);
  }

  delete(): void {
    this.free(this.tree);
  }
}
