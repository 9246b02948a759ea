import { EditSet, indentAt } from '../engine/edits.js';
import type { NameIndex } from '../engine/name-index.js';
import { ClientPlan, refuse } from '../engine/plan.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';
import { MESSAGE_FIELDS, REQUEST_FIELDS, type ServiceInfo } from '../tencent-chat.js';
import { declaration, functionScopeOf, isWrite, keyText, same, usesOf, variablesIn } from './flow.js';
import type { JsImports } from './imports.js';
import { JsResponseFollower } from './response.js';

export interface JsFile {
  text: string;
  /** TypeScript (or TSX): a messages array declared apart gets OpenAI's message type. */
  typescript: boolean;
  idx: NameIndex;
  imports: JsImports;
}

export interface JsClientSite {
  node: SyntaxNode;
  info: ServiceInfo;
}

/** `new tencentcloud.hunyuan.v20230901.Client(...)`, or `new HunyuanClient(...)` through an alias. */
export function findClientConstructions(file: JsFile, root: SyntaxNode): JsClientSite[] {
  const sites: JsClientSite[] = [];
  for (const n of root.descendantsOfType('new_expression')) {
    const ctor = n?.childForFieldName('constructor');
    if (!n || !ctor) continue;
    const info = ctor.type === 'identifier' ? file.imports.classAliases.get(ctor.text)?.info : file.imports.classPaths.get(ctor.text.replace(/\s+/g, ''));
    if (info) sites.push({ node: n, info });
  }
  return sites;
}

function definitionBefore(file: JsFile, name: string, at: SyntaxNode): { target: SyntaxNode; value: SyntaxNode; statement: SyntaxNode } | undefined {
  const scope = functionScopeOf(at);
  let target: SyntaxNode | undefined;
  for (const n of variablesIn(file.idx, name, scope)) if (isWrite(n) && n.startIndex < at.startIndex) target = n;
  // A module-level binding used inside a function.
  if (!target && scope.type !== 'program') {
    for (const n of variablesIn(file.idx, name, at.tree.rootNode)) if (isWrite(n) && functionScopeOf(n).type === 'program') target = n;
  }
  const d = target?.parent;
  if (!target || d?.type !== 'variable_declarator') return undefined;
  const value = d.childForFieldName('value');
  const decl = value && declaration(value);
  if (!value || !decl) return undefined;
  return { target, value, statement: decl.statement };
}

function pairsOf(obj: SyntaxNode): Array<{ key: string; value: SyntaxNode; pair: SyntaxNode; keyNode: SyntaxNode }> {
  const out: Array<{ key: string; value: SyntaxNode; pair: SyntaxNode; keyNode: SyntaxNode }> = [];
  for (const c of obj.namedChildren) {
    if (!c || c.type === 'comment') continue;
    if (c.type === 'shorthand_property_identifier') {
      out.push({ key: c.text, value: c, pair: c, keyNode: c });
      continue;
    }
    if (c.type !== 'pair') refuse(`the object holds ${c.text.split('\n')[0]}`, c);
    const keyNode = c.childForFieldName('key')!;
    const key = keyText(keyNode);
    if (key === undefined) refuse('a key is computed', c);
    out.push({ key, value: c.childForFieldName('value')!, pair: c, keyNode });
  }
  return out;
}

/** An object literal argument, or a const bound to one just for this (removed when nothing else reads it). */
function objectArgument(file: JsFile, plan: ClientPlan, node: SyntaxNode, what: string): SyntaxNode {
  if (node.type === 'object') return node;
  if (node.type !== 'identifier') refuse(`the ${what} is ${node.text.split('\n')[0]}`, node);
  const def = definitionBefore(file, node.text, node);
  if (!def || def.value.type !== 'object') refuse(`the ${what} ${node.text} is not an object literal made here`, node);
  const other = usesOf(file.idx, def.target, functionScopeOf(def.target)).find((u) => !same(u, node));
  if (other) refuse(`the ${what} ${node.text} is also used elsewhere`, other);
  plan.deletes.push(def.statement);
  return def.value;
}

export function planClient(file: JsFile, site: JsClientSite, baseUrl: string): ClientPlan {
  const plan = new ClientPlan();
  const { node } = site;
  const decl = declaration(node);
  const assign = node.parent?.type === 'assignment_expression' && same(node.parent.childForFieldName('right'), node) ? node.parent : undefined;
  let refs: SyntaxNode[];
  if (decl && decl.target.type === 'identifier') refs = clientUses(file, decl.target);
  else if (assign && assign.childForFieldName('left')?.type === 'member_expression' && assign.childForFieldName('left')!.childForFieldName('object')?.type === 'this') {
    refs = memberUses(file, assign.childForFieldName('left')!);
  } else if (node.parent?.type === 'return_statement') refuse('the client is made in a factory and returned: the calls made on it cannot be followed', node);
  else refuse('the client is not assigned to a variable or property', node);

  const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
  if (args.length !== 1) refuse('the client is made without one config object', node);
  const config = objectArgument(file, plan, args[0]!, 'client config');
  let timeout: string | undefined;
  for (const { key, value } of pairsOf(config)) {
    if (key === 'credential') continue;
    if (key === 'region') {
      if (value.text !== '""' && value.text !== "''") plan.note(`region ${value.text} dropped: TokenHub has one base URL per site`);
    } else if (key === 'profile') {
      if (value.type !== 'object') refuse('the client profile is not an object literal', value);
      for (const p of pairsOf(value)) {
        if (p.key === 'httpProfile') {
          if (p.value.type !== 'object') refuse('the httpProfile is not an object literal', p.value);
          for (const h of pairsOf(p.value)) {
            if (h.key === 'reqTimeout') {
              timeout = h.value.text;
              plan.note(`timeout ${h.value.text} s carried over`);
            } else if (h.key === 'endpoint') plan.note(`endpoint ${h.value.text} dropped: the client calls TokenHub`);
            else if (h.key === 'reqMethod') plan.note('httpProfile reqMethod dropped');
            else if (h.key === 'proxy' || h.key === 'agent') refuse('the client goes through a proxy or agent (pass httpAgent/fetch options to OpenAI by hand)', h.pair);
            else refuse(`the httpProfile setting ${h.key} is not converted`, h.pair);
          }
        } else if (p.key === 'signMethod' || p.key === 'language') plan.note(`profile ${p.key} dropped`);
        else refuse(`the profile setting ${p.key} is not converted`, p.pair);
      }
    } else refuse(`the client config key ${key} is not converted`, value);
  }
  const t = timeout === undefined ? '' : `, timeout: ${/^\d+$/.test(timeout) ? String(Number(timeout) * 1000) : `(${timeout}) * 1000`}`;
  plan.edits.replace(node.startIndex, node.endIndex, `new OpenAI({ apiKey: process.env.TOKENHUB_API_KEY, baseURL: "${baseUrl}"${t} })`);

  for (const ref of refs) {
    const member = ref.parent;
    if (member?.type === 'member_expression' && same(member.childForFieldName('object'), ref)) {
      const prop = member.childForFieldName('property')!;
      const call = member.parent;
      if (prop.text === 'ChatCompletions' && call?.type === 'call_expression' && same(call.childForFieldName('function'), member)) {
        planCall(file, plan, call, prop);
        continue;
      }
      refuse(`the client is also used for ${prop.text}, which is not converted`, ref);
    }
    refuse(`the client is passed on or stored (\`${ref.parent?.text.split('\n')[0] ?? ref.text}\`): the calls made on it cannot be followed`, ref);
  }
  return plan;
}

function clientUses(file: JsFile, target: SyntaxNode): SyntaxNode[] {
  const scope = functionScopeOf(target);
  const all = variablesIn(file.idx, target.text, scope).filter((n) => !same(n, target));
  const shadowed = new Set<number>();
  for (const n of all) {
    if (!isWrite(n)) continue;
    const inner = functionScopeOf(n);
    if (same(inner, scope)) refuse(`the client variable ${target.text} is assigned again`, n);
    shadowed.add(inner.startIndex);
  }
  return all.filter((n) => {
    for (let s = functionScopeOf(n); !same(s, scope); s = functionScopeOf(s)) if (shadowed.has(s.startIndex)) return false;
    return true;
  });
}

function memberUses(file: JsFile, target: SyntaxNode): SyntaxNode[] {
  let cls: SyntaxNode | null = target.parent;
  while (cls && cls.type !== 'class_body') cls = cls.parent;
  if (!cls) refuse('the client is stored on this outside a class', target);
  const name = target.childForFieldName('property')!.text;
  const out: SyntaxNode[] = [];
  for (const m of cls.descendantsOfType('member_expression')) {
    if (!m || m.childForFieldName('object')?.type !== 'this' || m.childForFieldName('property')?.text !== name || same(m, target)) continue;
    if (m.parent?.type === 'assignment_expression' && same(m.parent.childForFieldName('left'), m)) refuse(`this.${name} is assigned again`, m);
    out.push(m);
  }
  return out;
}

function planCall(file: JsFile, plan: ClientPlan, call: SyntaxNode, method: SyntaxNode): void {
  const parent = call.parent;
  if (parent?.type === 'member_expression' && parent.childForFieldName('property')?.text === 'then') refuse('the call is handled with .then(), a style the rewrite does not follow', call);
  if (parent?.type !== 'await_expression') refuse('ChatCompletions is not awaited where it is called', call);
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
  if (args.length !== 1) refuse('ChatCompletions is not called with one request object', call);
  const params = objectArgument(file, plan, args[0]!, 'request');
  const indent = indentAt(file.text, call.startIndex);
  const inner = `${indent}  `;
  const props: string[] = [];
  const fields = pairsOf(params);
  const order = (k: string) => (k === 'Model' ? 0 : k === 'Messages' ? 1 : 2);
  fields.sort((a, b) => order(a.key) - order(b.key));
  for (const { key, value, pair } of fields) {
    const mapping = REQUEST_FIELDS[key];
    if (!mapping) refuse(`the request field ${key} is not converted`, pair);
    if ('refuse' in mapping && !('dropIfFalse' in mapping)) refuse(mapping.refuse, pair);
    if ('dropIfFalse' in mapping) {
      if (value.text !== 'false') refuse(mapping.refuse, pair);
      plan.note(mapping.dropIfFalse.replace('False', 'false'));
      continue;
    }
    if ('drop' in mapping) {
      plan.note(mapping.drop);
      continue;
    }
    const text = key === 'Messages' ? messagesText(file, plan, value) : file.text.slice(value.startIndex, value.endIndex);
    props.push(`${inner}${mapping.to}: ${reindent(text, indentAt(file.text, value.startIndex), inner)},`);
  }
  if (!fields.some((f) => f.key === 'Model')) refuse('the request sets no Model', call);
  if (!fields.some((f) => f.key === 'Messages')) refuse('the request sets no Messages', call);
  plan.edits.replace(method.startIndex, call.endIndex, `chat.completions.create({\n${props.join('\n')}\n${indent}})`);
  new JsResponseFollower(file.idx, plan).follow(parent);
}

function messagesText(file: JsFile, plan: ClientPlan, value: SyntaxNode): string {
  if (value.type === 'array') {
    const moved = new EditSet();
    for (const el of value.namedChildren) if (el && el.type !== 'comment') convertMessage(moved, el);
    return moved.render(file.text, value.startIndex, value.endIndex);
  }
  if (value.type === 'identifier') {
    const def = definitionBefore(file, value.text, value);
    if (!def || def.value.type !== 'array') {
      refuse(`the messages come from ${value.text}, which is not an array made in this function: their Role and Content keys cannot be converted here`, value);
    }
    for (const el of def.value.namedChildren) if (el && el.type !== 'comment') convertMessage(plan.edits, el);
    if (file.typescript) {
      const typed = def.target.parent?.childForFieldName('type');
      if (typed) refuse(`the messages array ${value.text} is declared with the type${typed.text}`, typed);
      plan.edits.insert(def.target.endIndex, ': OpenAI.Chat.ChatCompletionMessageParam[]');
    }
    for (const use of usesOf(file.idx, def.target, functionScopeOf(def.target))) {
      if (same(use, value)) continue;
      const member = use.parent;
      const call = member?.parent;
      if (member?.type === 'member_expression' && member.childForFieldName('property')?.text === 'push' && call?.type === 'call_expression') {
        for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) if (a && a.type !== 'comment') convertMessage(plan.edits, a);
        continue;
      }
      refuse(`the messages array ${value.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split('\n')[0] ?? ''}\`)`, use);
    }
    return value.text;
  }
  refuse(`the messages come from ${value.text.split('\n')[0]}: their Role and Content keys cannot be converted here`, value);
}

function convertMessage(edits: EditSet, el: SyntaxNode): void {
  if (el.type !== 'object') refuse(`a message is ${el.text.split('\n')[0]}, not an object literal`, el);
  for (const { key, keyNode, pair } of pairsOf(el)) {
    const mapping = MESSAGE_FIELDS[key];
    if (!mapping) refuse(`the message field ${key} is not converted`, pair);
    if (!('to' in mapping)) refuse('refuse' in mapping ? mapping.refuse : `the message field ${key} is not converted`, pair);
    if (keyNode.type === 'shorthand_property_identifier') refuse(`the message field ${key} is written as a shorthand`, pair);
    const target = keyNode.type === 'string' ? keyNode.namedChildren.find((c) => c?.type === 'string_fragment')! : keyNode;
    edits.replace(target.startIndex, target.endIndex, mapping.to);
  }
}

function reindent(text: string, from: string, to: string): string {
  if (!text.includes('\n') || from === to) return text;
  return text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
}
