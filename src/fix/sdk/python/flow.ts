import type { NameIndex } from '../engine/name-index.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';

/**
 * Python names within one scope, by position: the uses that belong to one assignment are those after it and
 * before the next assignment to the same name in the same scope. Straight-line code is what Tencent's examples
 * and most application code look like; anything the rewrite cannot place (a use in a nested function, a name
 * bound twice in different branches) ends up as a use in a context the caller does not accept, so it refuses.
 */

const SCOPES = new Set(['function_definition', 'lambda', 'class_definition', 'module']);

export function scopeOf(node: SyntaxNode): SyntaxNode {
  let n: SyntaxNode | null = node.parent;
  while (n && !SCOPES.has(n.type)) n = n.parent;
  return n ?? node.tree.rootNode;
}

/** The function or module scope (a class body does not hold local variables across its methods). */
export function functionScopeOf(node: SyntaxNode): SyntaxNode {
  let n: SyntaxNode = scopeOf(node);
  while (n.type === 'class_definition') n = scopeOf(n);
  return n;
}

export function same(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  // Node identity, without a call into the wasm module (endIndex is one, per node).
  return !!a && !!b && a.equals(b);
}

/** An identifier that names a variable (not an attribute name, a keyword argument's name or an imported name). */
export function isVariable(id: SyntaxNode): boolean {
  const p = id.parent;
  if (!p) return false;
  if (p.type === 'attribute' && same(p.childForFieldName('attribute'), id)) return false;
  if (p.type === 'keyword_argument' && same(p.childForFieldName('name'), id)) return false;
  if (p.type === 'aliased_import' || p.type === 'dotted_name') return false;
  return true;
}

/** The identifier is assigned here (plain or augmented assignment, a loop or with target, a parameter, a def). */
export function isWrite(id: SyntaxNode): boolean {
  let child = id;
  let p = id.parent;
  while (p && (p.type === 'pattern_list' || p.type === 'tuple_pattern' || p.type === 'list_pattern')) {
    child = p;
    p = p.parent;
  }
  if (!p) return false;
  switch (p.type) {
    case 'assignment':
    case 'augmented_assignment':
      return same(p.childForFieldName('left'), child);
    case 'for_statement':
    case 'for_in_clause':
      return same(p.childForFieldName('left'), child);
    case 'as_pattern_target':
    case 'parameters':
    case 'default_parameter':
    case 'typed_parameter':
    case 'typed_default_parameter':
    case 'global_statement':
    case 'nonlocal_statement':
      return true;
    case 'function_definition':
    case 'class_definition':
      return same(p.childForFieldName('name'), id);
    default:
      return false;
  }
}

/** The variable occurrences of `name` in `scope`, in source order. */
export function variablesIn(idx: NameIndex, name: string, scope: SyntaxNode): SyntaxNode[] {
  return idx.within(name, scope.startIndex, scope.endIndex).filter(isVariable);
}

/**
 * The uses of the value `def` (a written identifier) gets: later occurrences up to the next write of the name in
 * the same scope. A loop variable's uses end with its loop body.
 */
export function usesOf(idx: NameIndex, def: SyntaxNode, scope: SyntaxNode = functionScopeOf(def)): SyntaxNode[] {
  const all = variablesIn(idx, def.text, scope);
  let end = scope.endIndex;
  const loop = def.parent?.type === 'for_statement' || def.parent?.type === 'for_in_clause' ? def.parent : undefined;
  if (loop) end = loop.type === 'for_in_clause' ? loop.parent!.endIndex : loop.endIndex;
  const out: SyntaxNode[] = [];
  for (const n of all) {
    if (n.startIndex <= def.startIndex || n.startIndex >= end) continue;
    if (isWrite(n)) break;
    out.push(n);
  }
  return out;
}

/** Writes of `name` in the scope other than `def`: a name written only once is the simplest case to trust. */
export function otherWrites(idx: NameIndex, def: SyntaxNode, scope: SyntaxNode = functionScopeOf(def)): SyntaxNode[] {
  return variablesIn(idx, def.text, scope).filter((n) => isWrite(n) && !same(n, def));
}

/** The statement that holds a node (the nearest ancestor whose parent is a block or the module). */
export function statementOf(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n;
}

/** `x = <value>` as a whole statement: the assignment node, else undefined. */
export function assignmentStatement(value: SyntaxNode): SyntaxNode | undefined {
  const p = value.parent;
  if (p?.type !== 'assignment' || !same(p.childForFieldName('right'), value)) return undefined;
  if (p.parent?.type !== 'expression_statement') return undefined;
  return p;
}

export function isStringLiteral(node: SyntaxNode): boolean {
  return node.type === 'string' && node.childrenOfType('interpolation').length === 0 && !/^[A-Za-z]*[fF]/.test(node.text);
}

/** The value of a plain string literal (no escapes in the part that matters: field names and keys). */
export function stringValue(node: SyntaxNode): string | undefined {
  if (!isStringLiteral(node)) return undefined;
  const content = node.childrenOfType('string_content');
  if (content.length > 1) return undefined;
  return content[0]?.text ?? '';
}

export function lineNo(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}
