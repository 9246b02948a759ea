import { ELEMENT_OF, RESPONSE_SHAPES, type ShapeName } from '../tencent-chat.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';
import { refuse, type ClientPlan } from '../engine/plan.js';
import type { NameIndex } from '../engine/name-index.js';
import { declaration, keyText, same, usesOf } from './flow.js';

type Shape = ShapeName | 'result' | 'event';

/** Follows what ChatCompletions returned (a response, or the stream of SSE events) and rewrites what reads it. */
export class JsResponseFollower {
  private readonly idx: NameIndex;
  private readonly plan: ClientPlan;

  constructor(idx: NameIndex, plan: ClientPlan) {
    this.idx = idx;
    this.plan = plan;
  }

  follow(node: SyntaxNode, shape: Shape = 'result'): void {
    const p = node.parent;
    if (!p) return;
    if (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression') {
      if (shape === 'leaf' || shape === 'nullableLeaf') return;
      return this.follow(p, shape);
    }
    if (shape === 'leaf') return;
    if (shape === 'nullableLeaf') {
      if (p.type === 'binary_expression' && /^(\?\?|\|\||&&)$/.test(p.childForFieldName('operator')?.text ?? '')) return;
      if (p.type === 'unary_expression') return;
      this.plan.edits.insert(node.startIndex, '(');
      this.plan.edits.insert(node.endIndex, ' ?? "")');
      return;
    }

    if (p.type === 'member_expression' && same(p.childForFieldName('object'), node)) {
      const prop = p.childForFieldName('property')!;
      const name = prop.text;
      if (shape === 'result' && (name === 'on' || name === 'then' || name === 'pipe')) refuse(`the response is read with .${name}(), a style the rewrite does not follow`, p);
      if (shape === 'event') {
        if (name !== 'data') refuse(`the stream event's ${name} is read`, p);
        this.plan.usesStream = true;
        const parse = this.jsonParseOf(p);
        if (parse) {
          this.plan.edits.replace(parse.startIndex, node.startIndex, '');
          this.plan.edits.replace(node.endIndex, parse.endIndex, '');
          return this.follow(parse, 'response');
        }
        this.plan.edits.insert(node.startIndex, 'JSON.stringify(');
        this.plan.edits.replace(node.endIndex, p.endIndex, ')');
        return;
      }
      return this.field(p, name, shape, (to) => this.plan.edits.replace(prop.startIndex, prop.endIndex, to));
    }

    if (p.type === 'subscript_expression' && same(p.childForFieldName('object'), node)) {
      const index = p.childForFieldName('index')!;
      if (shape === 'choices') return this.follow(p, ELEMENT_OF.choices!);
      const key = index.type === 'string' ? keyText(index) : undefined;
      if (key === undefined) refuse(`the response is read with [${index.text}]`, p);
      return this.field(p, key, shape, (to) => this.plan.edits.replace(node.endIndex, p!.endIndex, `.${to}`));
    }

    if (p.type === 'for_in_statement' && same(p.childForFieldName('right'), node)) {
      const isOf = p.childrenOfType('of').length > 0;
      if (!isOf) refuse('the response is iterated with for...in', p);
      const element: Shape | undefined = shape === 'result' ? 'event' : shape === 'choices' ? 'choice' : undefined;
      if (!element) refuse(`the loop over the ${shape} cannot be followed`, p);
      if (shape === 'result') {
        if (p.childrenOfType('await').length === 0) refuse('the stream is iterated without for await', p);
        this.plan.usesStream = true;
      }
      const left = p.childForFieldName('left')!;
      if (left.type !== 'identifier') refuse('the loop destructures what it iterates', left);
      for (const use of usesOf(this.idx, left)) this.follow(use, element);
      return;
    }

    const decl = declaration(node);
    if (decl) {
      if (decl.target.type !== 'identifier') refuse('the response is destructured', decl.target);
      for (const use of usesOf(this.idx, decl.target)) this.follow(use, shape);
      return;
    }

    if (p.type === 'arguments') {
      const fn = p.parent?.childForFieldName('function')?.text ?? '';
      if (/^console\.(log|info|warn|error|debug)$/.test(fn) || fn === 'JSON.stringify') return;
    }
    if (shape === 'choices' && p.type === 'member_expression') return;
    refuse(`the ${shape === 'result' ? 'response' : shape} goes where the rewrite cannot follow it (\`${p.text.split('\n')[0]!.slice(0, 60)}\`)`, p);
  }

  private field(access: SyntaxNode, name: string, shape: Shape, rename: (to: string) => void): void {
    if (shape === 'choices' && name === 'length') return;
    const table = RESPONSE_SHAPES[shape === 'result' ? 'response' : (shape as ShapeName)];
    const field = table?.[name];
    if (!field) refuse(`the response field ${name} is not converted`, access);
    if ('refuse' in field) refuse(field.refuse, access);
    rename(field.to);
    this.follow(access, field.shape);
  }

  /** `JSON.parse(<node>)`. */
  private jsonParseOf(node: SyntaxNode): SyntaxNode | undefined {
    const args = node.parent;
    if (args?.type !== 'arguments' || args.namedChildren.length !== 1) return undefined;
    const call = args.parent!;
    return call.childForFieldName('function')?.text === 'JSON.parse' ? call : undefined;
  }
}
