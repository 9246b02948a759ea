import type { NameIndex } from '../engine/name-index.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';

/**
 * JavaScript/TypeScript names by position within a function (the same straight-line model as the Python module):
 * the uses of one binding are the later occurrences up to the next write of the name in the same function.
 */

const SCOPES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function', 'program']);

export function functionScopeOf(node: SyntaxNode): SyntaxNode {
  let n: SyntaxNode | null = node.parent;
  while (n && !SCOPES.has(n.type)) n = n.parent;
  return n ?? node.tree.rootNode;
}

export function same(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  // Node identity, without a call into the wasm module (endIndex is one, per node).
  return !!a && !!b && a.equals(b);
}

const NOT_VARIABLE = new Set(['import_specifier', 'namespace_import', 'import_clause', 'export_specifier', 'labeled_statement', 'break_statement', 'continue_statement']);

export function isVariable(id: SyntaxNode): boolean {
  return !!id.parent && !NOT_VARIABLE.has(id.parent.type);
}

export function isWrite(id: SyntaxNode): boolean {
  const p = id.parent;
  if (!p) return false;
  switch (p.type) {
    case 'variable_declarator':
      return same(p.childForFieldName('name'), id);
    case 'assignment_expression':
    case 'augmented_assignment_expression':
      return same(p.childForFieldName('left'), id);
    case 'for_in_statement':
      return same(p.childForFieldName('left'), id);
    case 'formal_parameters':
    case 'required_parameter':
    case 'optional_parameter':
    case 'catch_clause':
    case 'shorthand_property_identifier_pattern':
    case 'object_pattern':
    case 'array_pattern':
      return true;
    case 'function_declaration':
    case 'class_declaration':
    case 'arrow_function':
      return same(p.childForFieldName('name') ?? p.childForFieldName('parameter'), id);
    default:
      return false;
  }
}

export function variablesIn(idx: NameIndex, name: string, scope: SyntaxNode): SyntaxNode[] {
  return idx.within(name, scope.startIndex, scope.endIndex).filter(isVariable);
}

export function usesOf(idx: NameIndex, def: SyntaxNode, scope: SyntaxNode = functionScopeOf(def)): SyntaxNode[] {
  let end = scope.endIndex;
  const loop = def.parent?.type === 'for_in_statement' ? def.parent : undefined;
  if (loop) end = loop.endIndex;
  const out: SyntaxNode[] = [];
  for (const n of variablesIn(idx, def.text, scope)) {
    if (n.startIndex <= def.startIndex || n.startIndex >= end) continue;
    if (isWrite(n)) break;
    out.push(n);
  }
  return out;
}

/** The statement holding a node: the nearest ancestor whose parent is a block or the program. */
export function statementOf(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent && n.parent.type !== 'statement_block' && n.parent.type !== 'program' && n.parent.type !== 'class_body') n = n.parent;
  return n;
}

/** `const x = <value>` (one declarator) as a whole statement. */
export function declaration(value: SyntaxNode): { target: SyntaxNode; statement: SyntaxNode } | undefined {
  const d = value.parent;
  if (d?.type !== 'variable_declarator' || !same(d.childForFieldName('value'), value)) return undefined;
  const decl = d.parent;
  if ((decl?.type !== 'lexical_declaration' && decl?.type !== 'variable_declaration') || decl.namedChildren.filter((c) => c?.type === 'variable_declarator').length !== 1) {
    return undefined;
  }
  const name = d.childForFieldName('name')!;
  return { target: name, statement: decl };
}

/** The text of a plain string literal, or of a property name. */
export function keyText(node: SyntaxNode): string | undefined {
  if (node.type === 'property_identifier' || node.type === 'identifier') return node.text;
  if (node.type === 'string') {
    const parts = node.namedChildren.filter((c) => c?.type === 'string_fragment');
    if (node.namedChildren.some((c) => c?.type === 'escape_sequence') || parts.length > 1) return undefined;
    return parts[0]?.text ?? '';
  }
  return undefined;
}

export function lineNo(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}
