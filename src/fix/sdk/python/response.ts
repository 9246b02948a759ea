import { ELEMENT_OF, RESPONSE_SHAPES, type ShapeName } from '../tencent-chat.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';
import { assignmentStatement, functionScopeOf, same, stringValue, usesOf } from './flow.js';
import { refuse, type ClientPlan, type PyFile } from './plan.js';

/**
 * What a value that comes out of ChatCompletions is: the call's result (a response, or a stream of SSE events),
 * one event, or a part of the response or of one chunk. `dict` marks values that came through json.loads, which
 * the code reads with subscripts; OpenAI's objects are read with attributes either way.
 */
type Shape = ShapeName | 'result' | 'event';

interface Value {
  shape: Shape;
  dict: boolean;
}

/** The stream flag as the request sets it: a literal, or an expression the rewrite passes on. */
export type StreamFlag = { literal: boolean } | { expression: string } | undefined;

export class ResponseFollower {
  private readonly file: PyFile;
  private readonly plan: ClientPlan;
  private readonly stream: StreamFlag;

  constructor(file: PyFile, plan: ClientPlan, stream: StreamFlag) {
    this.file = file;
    this.plan = plan;
    this.stream = stream;
  }

  /** Follows every use of the value of `node` (an expression) and rewrites what reads it. */
  follow(node: SyntaxNode, value: Value = { shape: 'result', dict: false }): void {
    const { text } = this.file;
    const p = node.parent;
    if (!p) return;
    if (value.shape === 'leaf') return;
    if (value.shape === 'nullableLeaf') {
      if (p.type === 'if_statement' || p.type === 'while_statement' || p.type === 'boolean_operator' || p.type === 'not_operator') return;
      this.plan.edits.insert(node.startIndex, '(');
      this.plan.edits.insert(node.endIndex, ' or "")');
      return;
    }

    // json.loads(resp.to_json_string()) / json.loads(str(resp)): the same response, read as a dict.
    const loads = this.jsonLoadsOf(node);
    if (loads && (value.shape === 'result' || value.shape === 'response')) {
      this.plan.edits.replace(loads.startIndex, node.startIndex, '');
      this.plan.edits.replace(node.endIndex, loads.endIndex, '');
      return this.follow(loads, { shape: 'response', dict: true });
    }

    if (p.type === 'attribute' && same(p.childForFieldName('object'), node)) {
      const nameNode = p.childForFieldName('attribute')!;
      const name = nameNode.text;
      const call = p.parent?.type === 'call' && same(p.parent.childForFieldName('function'), p) ? p.parent : undefined;
      if (call && name === 'to_json_string' && (value.shape === 'result' || value.shape === 'response')) {
        const loadsCall = this.jsonLoadsOf(call);
        if (loadsCall) {
          this.plan.edits.replace(loadsCall.startIndex, node.startIndex, '');
          this.plan.edits.replace(node.endIndex, loadsCall.endIndex, '');
          return this.follow(loadsCall, { shape: 'response', dict: true });
        }
        const args = call.childForFieldName('arguments')!;
        for (const a of args.namedChildren) {
          if (!a || a.type === 'comment') continue;
          const key = a.type === 'keyword_argument' ? a.childForFieldName('name')!.text : '';
          if (key === 'ensure_ascii') {
            this.plan.note('to_json_string(ensure_ascii=...) became model_dump_json() (which writes UTF-8 as is)');
            this.removeArgument(a);
          } else if (key !== 'indent') {
            refuse(`to_json_string(${a.text}) has no model_dump_json() equivalent`, a);
          }
        }
        this.plan.edits.replace(nameNode.startIndex, nameNode.endIndex, 'model_dump_json');
        return;
      }
      if (value.dict) refuse(`the JSON-decoded response is read with .${name}`, p);
      return this.field(node, p, name, value, (to) => this.plan.edits.replace(nameNode.startIndex, nameNode.endIndex, to));
    }

    if (p.type === 'subscript' && same(p.childForFieldName('value'), node)) {
      const key = p.childForFieldName('subscript');
      if (value.shape === 'choices') return this.follow(p, { shape: ELEMENT_OF.choices!, dict: value.dict });
      if (value.shape === 'event') {
        if (key && stringValue(key) === 'data') return this.eventData(node, p);
        refuse(`the stream event is read with [${key?.text ?? ''}]`, p);
      }
      const field = key ? stringValue(key) : undefined;
      if (!value.dict || field === undefined) refuse(`the response is read with [${key?.text ?? ''}]`, p);
      return this.field(node, p, field, value, (to) => this.plan.edits.replace(node.endIndex, p.endIndex, `.${to}`));
    }

    if ((p.type === 'for_statement' || p.type === 'for_in_clause') && same(p.childForFieldName('right'), node)) {
      const element: Value | undefined =
        value.shape === 'result' ? { shape: 'event', dict: false } : value.shape === 'choices' ? { shape: 'choice', dict: value.dict } : undefined;
      if (!element) refuse(`the loop over the ${value.shape} cannot be followed`, p);
      const target = p.childForFieldName('left')!;
      if (target.type !== 'identifier') refuse('the loop unpacks what it iterates', target);
      if (value.shape === 'result') this.plan.usesStream = true;
      for (const use of usesOf(this.file.idx, target)) this.follow(use, element);
      return;
    }

    const assignment = assignmentStatement(node);
    if (assignment) {
      const target = assignment.childForFieldName('left')!;
      if (target.type !== 'identifier') refuse(`the ${describe(value)} is stored in ${target.text}`, assignment);
      for (const use of usesOf(this.file.idx, target, functionScopeOf(target))) this.follow(use, value);
      return;
    }

    // isinstance(resp, types.GeneratorType): Tencent's way to tell a stream; the request says which it is.
    if (p.type === 'argument_list' && value.shape === 'result') {
      const call = p.parent!;
      const fn = call.childForFieldName('function')?.text;
      const args = p.namedChildren.filter((c) => c && c.type !== 'comment');
      if (fn === 'isinstance' && args.length === 2 && /^(types\.)?GeneratorType$/.test(args[1]!.text)) {
        if (!this.stream || !('literal' in this.stream)) refuse('the code tests for a stream while the request decides it at run time', call);
        this.plan.edits.replace(call.startIndex, call.endIndex, this.stream.literal ? 'True' : 'False');
        this.plan.note('isinstance(resp, GeneratorType) became a constant: the request says whether it streams');
        return;
      }
    }

    if (this.isDisplay(p)) return;
    if (value.shape === 'choices' && (p.type === 'if_statement' || p.type === 'not_operator' || p.type === 'boolean_operator')) return;
    if (value.shape === 'choices' && p.type === 'argument_list' && p.parent?.childForFieldName('function')?.text === 'len') return;
    refuse(`the ${describe(value)} goes where the rewrite cannot follow it (\`${snippet(text, p)}\`)`, p);
  }

  private field(node: SyntaxNode, access: SyntaxNode, name: string, value: Value, rename: (to: string) => void): void {
    const shape: ShapeName = value.shape === 'result' ? 'response' : (value.shape as ShapeName);
    const table = RESPONSE_SHAPES[shape];
    const field = table?.[name];
    if (!field) refuse(`the response field ${name} is not converted`, access);
    if ('refuse' in field) refuse(field.refuse, access);
    void node;
    rename(field.to);
    this.follow(access, { shape: field.shape, dict: value.dict });
  }

  /** `event["data"]`: inside json.loads it is the chunk itself; elsewhere the chunk as JSON text. */
  private eventData(event: SyntaxNode, access: SyntaxNode): void {
    this.plan.usesStream = true;
    const loads = this.jsonLoadsOf(access);
    if (loads) {
      this.plan.edits.replace(loads.startIndex, event.startIndex, '');
      this.plan.edits.replace(event.endIndex, loads.endIndex, '');
      return this.follow(loads, { shape: 'response', dict: true });
    }
    this.plan.edits.replace(event.endIndex, access.endIndex, '.model_dump_json()');
  }

  /** The `json.loads(...)` call (or `json.loads(str(...))`) whose only argument is `node`. */
  private jsonLoadsOf(node: SyntaxNode): SyntaxNode | undefined {
    let arg = node;
    let list = arg.parent;
    if (list?.type !== 'argument_list') return undefined;
    let call = list.parent!;
    if (call.childForFieldName('function')?.text === 'str' && list.namedChildren.length === 1) {
      arg = call;
      list = call.parent;
      if (list?.type !== 'argument_list') return undefined;
      call = list.parent!;
    }
    if (!/^(json\.)?loads$/.test(call.childForFieldName('function')?.text ?? '')) return undefined;
    if (list.namedChildren.length !== 1) return undefined;
    return same(list.namedChildren[0], arg) ? call : undefined;
  }

  /** print(x) and logging calls show a value; they accept OpenAI's objects as they accepted Tencent's. */
  private isDisplay(p: SyntaxNode): boolean {
    if (p.type !== 'argument_list') return false;
    const fn = p.parent?.childForFieldName('function')?.text ?? '';
    return fn === 'print' || /^(logging|logger|log)\.(debug|info|warning|error|exception)$/.test(fn);
  }

  private removeArgument(arg: SyntaxNode): void {
    const { text } = this.file;
    let start = arg.startIndex;
    let end = arg.endIndex;
    const before = text.slice(0, start).match(/,\s*$/);
    if (before) start -= before[0].length;
    else {
      const after = text.slice(end).match(/^\s*,\s*/);
      if (after) end += after[0].length;
    }
    this.plan.edits.replace(start, end, '');
  }
}

function describe(value: Value): string {
  return value.shape === 'result' ? 'response' : value.shape === 'event' ? 'stream event' : `response's ${value.shape}`;
}

function snippet(text: string, node: SyntaxNode): string {
  const s = text.slice(node.startIndex, node.endIndex).split('\n')[0]!;
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
