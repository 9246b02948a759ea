import { EditSet, indentAt } from '../engine/edits.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';
import { MESSAGE_FIELDS, REQUEST_FIELDS, type ServiceInfo } from '../tencent-chat.js';
import { assignmentStatement, functionScopeOf, isWrite, same, statementOf, stringValue, usesOf, variablesIn } from './flow.js';
import type { TencentName } from './imports.js';
import { ClientPlan, refuse, type PyFile } from './plan.js';
import { ResponseFollower, type StreamFlag } from './response.js';

export interface ClientSite {
  call: SyntaxNode;
  info: ServiceInfo;
  async: boolean;
}

/** `hunyuan_client.HunyuanClient(...)`, `lkeap_client_async.LkeapClient(...)`, or the class imported directly. */
export function findClientConstructions(file: PyFile): ClientSite[] {
  const sites: ClientSite[] = [];
  for (const [local, meaning] of file.imports.names) {
    if (meaning.kind !== 'clientModule' && meaning.kind !== 'clientClass') continue;
    for (const id of file.idx.all(local)) {
      let fn: SyntaxNode = id;
      if (meaning.kind === 'clientModule') {
        const attr = id.parent;
        if (attr?.type !== 'attribute' || !same(attr.childForFieldName('object'), id)) continue;
        if (attr.childForFieldName('attribute')?.text !== meaning.info.clientClass) continue;
        fn = attr;
      }
      const call = fn.parent;
      if (call?.type !== 'call' || !same(call.childForFieldName('function'), fn)) continue;
      sites.push({ call, info: meaning.info, async: meaning.async });
    }
  }
  return sites.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

function argsOf(call: SyntaxNode): SyntaxNode[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
}

/** Positional and keyword arguments by parameter name. */
function bindArgs(call: SyntaxNode, params: readonly string[]): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  let i = 0;
  for (const a of argsOf(call)) {
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')!.text;
      if (!params.includes(name)) refuse(`the argument ${name}= is not converted`, a);
      out.set(name, a.childForFieldName('value')!);
    } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
      refuse(`the arguments are passed with ${a.text}`, a);
    } else {
      const name = params[i++];
      if (!name) refuse('too many arguments', a);
      out.set(name, a);
    }
  }
  return out;
}

/** The last write of a name before `at` in the function scope, as `name = <value>`. */
function definitionBefore(file: PyFile, name: string, at: SyntaxNode): { target: SyntaxNode; value: SyntaxNode; statement: SyntaxNode } | undefined {
  const scope = functionScopeOf(at);
  const writes = variablesIn(file.idx, name, scope).filter((n) => isWrite(n) && n.startIndex < at.startIndex);
  const target = writes.at(-1);
  const assignment = target?.parent;
  if (!target || assignment?.type !== 'assignment' || !same(assignment.childForFieldName('left'), target)) return undefined;
  if (assignment.parent?.type !== 'expression_statement') return undefined;
  return { target, value: assignment.childForFieldName('right')!, statement: assignment.parent };
}

function meaningOfCallee(file: PyFile, call: SyntaxNode): { meaning?: TencentName; name: string } {
  const fn = call.childForFieldName('function');
  if (fn?.type === 'identifier') return { meaning: file.imports.names.get(fn.text), name: fn.text };
  if (fn?.type === 'attribute') {
    const obj = fn.childForFieldName('object')!;
    return { meaning: file.imports.names.get(obj.text), name: fn.childForFieldName('attribute')!.text };
  }
  return { name: '' };
}

/** `target.a = v` or `target.a.b = v` as a whole statement: the attribute path and the value. */
function attributeSet(ref: SyntaxNode): { path: string[]; value: SyntaxNode; statement: SyntaxNode } | undefined {
  const path: string[] = [];
  let n = ref;
  while (n.parent?.type === 'attribute' && same(n.parent.childForFieldName('object'), n)) {
    path.push(n.parent.childForFieldName('attribute')!.text);
    n = n.parent;
  }
  const assignment = n.parent;
  if (!path.length || assignment?.type !== 'assignment' || !same(assignment.childForFieldName('left'), n)) return undefined;
  if (assignment.parent?.type !== 'expression_statement') return undefined;
  return { path, value: assignment.childForFieldName('right')!, statement: assignment.parent };
}

const DROPPED_HTTP = new Set(['endpoint', 'reqMethod', 'keepAlive', 'scheme', 'rootDomain', 'pre_conn_pool_size', 'ubiquitous_endpoint']);
const DROPPED_CLIENT = new Set(['signMethod', 'language', 'unsignedPayload', 'disable_region_breaker', 'region_breaker', 'backupEndpoint']);

class ProfileReader {
  timeout?: string;
  private readonly file: PyFile;
  private readonly plan: ClientPlan;

  constructor(file: PyFile, plan: ClientPlan) {
    this.file = file;
    this.plan = plan;
  }

  http(name: string, value: SyntaxNode): void {
    if (name === 'reqTimeout') {
      this.timeout = value.text;
      this.plan.note(`timeout ${value.text} s carried over`);
    } else if (name === 'endpoint') this.plan.note(`endpoint ${value.text} dropped: the client calls TokenHub`);
    else if (DROPPED_HTTP.has(name)) this.plan.note(`HttpProfile ${name} dropped`);
    else if (name === 'proxy') refuse('the client goes through an HTTP proxy (pass an http_client to OpenAI by hand)', value);
    else refuse(`the HttpProfile setting ${name} is not converted`, value);
  }

  client(name: string, value: SyntaxNode): void {
    if (name === 'httpProfile') return this.httpProfile(value);
    if (DROPPED_CLIENT.has(name)) this.plan.note(`ClientProfile ${name} dropped`);
    else refuse(`the ClientProfile setting ${name} is not converted`, value);
  }

  /** A ClientProfile argument: an inline ClientProfile(...) or a variable set up just before. */
  profile(node: SyntaxNode, use: SyntaxNode): void {
    this.object(node, use, 'clientProfile', (name, value) => this.client(name, value));
  }

  private httpProfile(node: SyntaxNode): void {
    this.object(node, node, 'httpProfile', (name, value) => this.http(name, value));
  }

  private object(node: SyntaxNode, use: SyntaxNode, kind: 'clientProfile' | 'httpProfile', set: (name: string, value: SyntaxNode) => void): void {
    if (node.type === 'call') return this.construction(node, kind, set);
    if (node.type !== 'identifier') refuse(`the ${kind === 'clientProfile' ? 'ClientProfile' : 'HttpProfile'} is ${node.text}`, node);
    const def = definitionBefore(this.file, node.text, use);
    if (!def || def.value.type !== 'call') refuse(`the profile ${node.text} is not made here`, node);
    this.construction(def.value, kind, set);
    this.plan.deletes.push(def.statement);
    for (const ref of usesOf(this.file.idx, def.target)) {
      if (same(ref, node)) continue;
      const s = attributeSet(ref);
      if (!s || s.statement.parent?.type !== def.statement.parent?.type) refuse(`the profile ${node.text} is used elsewhere`, ref);
      if (s.path.length === 1) set(s.path[0]!, s.value);
      else if (kind === 'clientProfile' && s.path.length === 2 && s.path[0] === 'httpProfile') this.http(s.path[1]!, s.value);
      else refuse(`the profile setting ${s.path.join('.')} is not converted`, ref);
      this.plan.deletes.push(s.statement);
    }
  }

  private construction(call: SyntaxNode, kind: 'clientProfile' | 'httpProfile', set: (name: string, value: SyntaxNode) => void): void {
    const { meaning } = meaningOfCallee(this.file, call);
    if (meaning?.kind !== kind) refuse(`the profile comes from ${call.childForFieldName('function')?.text ?? 'a call'}`, call);
    for (const a of argsOf(call)) {
      if (a.type !== 'keyword_argument') refuse('the profile is made with positional arguments', a);
      set(a.childForFieldName('name')!.text, a.childForFieldName('value')!);
    }
  }
}

/** Plans one client: its construction, every ChatCompletions call on it, and everything that reads the results. */
export function planClient(file: PyFile, site: ClientSite, baseUrl: string): ClientPlan {
  const plan = new ClientPlan();
  const { call } = site;
  const assignment = assignmentStatement(call);
  if (!assignment) {
    if (call.parent?.type === 'return_statement') refuse('the client is made in a factory and returned: the calls made on it cannot be followed', call);
    refuse('the client is not assigned to a variable or attribute', call);
  }
  const target = assignment.childForFieldName('left')!;
  const refs = clientReferences(file, target);

  const args = bindArgs(call, ['credential', 'region', 'profile']);
  const cred = args.get('credential');
  if (cred?.type === 'identifier') {
    const def = definitionBefore(file, cred.text, call);
    if (def) plan.deferred.push({ statement: def.statement, variable: def.target });
  }
  const region = args.get('region');
  if (region && region.text !== '""' && region.text !== "''") plan.note(`region ${region.text} dropped: TokenHub has one base URL per site`);
  const profiles = new ProfileReader(file, plan);
  const profile = args.get('profile');
  if (profile) profiles.profile(profile, call);

  const cls = site.async ? 'AsyncOpenAI' : 'OpenAI';
  const timeout = profiles.timeout === undefined ? '' : `, timeout=${profiles.timeout}`;
  plan.edits.replace(call.startIndex, call.endIndex, `${cls}(api_key=os.environ["TOKENHUB_API_KEY"], base_url="${baseUrl}"${timeout})`);

  for (const ref of refs) {
    const attr = ref.parent;
    if (attr?.type === 'attribute' && same(attr.childForFieldName('object'), ref)) {
      const method = attr.childForFieldName('attribute')!;
      const callSite = attr.parent;
      if (method.text === 'ChatCompletions' && callSite?.type === 'call' && same(callSite.childForFieldName('function'), attr)) {
        planCall(file, plan, site, callSite, method);
        continue;
      }
      refuse(`the client is also used for ${method.text}, which is not converted`, ref);
    }
    refuse(`the client is passed on or stored (\`${ref.parent?.text.split('\n')[0] ?? ref.text}\`): the calls made on it cannot be followed`, ref);
  }
  return plan;
}

/** Where the client is used: uses of a local or module variable, or `self.x` across the class. */
function clientReferences(file: PyFile, target: SyntaxNode): SyntaxNode[] {
  if (target.type === 'identifier') {
    const scope = functionScopeOf(target);
    const all = variablesIn(file.idx, target.text, scope).filter((n) => !same(n, target));
    // Uses in functions nested in this scope count too, unless the function binds the name itself.
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
  if (target.type === 'attribute' && target.childForFieldName('object')?.text === 'self') {
    const name = target.childForFieldName('attribute')!.text;
    let cls: SyntaxNode | null = target.parent;
    while (cls && cls.type !== 'class_definition') cls = cls.parent;
    if (!cls) refuse('the client is stored on self outside a class', target);
    const refs: SyntaxNode[] = [];
    for (const id of file.idx.within(name, cls.startIndex, cls.endIndex)) {
      const attr = id.parent;
      if (attr?.type !== 'attribute' || !same(attr.childForFieldName('attribute'), id) || attr.childForFieldName('object')?.text !== 'self') continue;
      if (same(attr, target)) continue;
      if (attr.parent?.type === 'assignment' && same(attr.parent.childForFieldName('left'), attr)) refuse(`self.${name} is assigned again`, attr);
      refs.push(attr);
    }
    return refs;
  }
  refuse(`the client is stored in ${target.text}`, target);
}

/** One `client.ChatCompletions(req)`: the request becomes create(...) arguments; the result is followed. */
function planCall(file: PyFile, plan: ClientPlan, site: ClientSite, callSite: SyntaxNode, method: SyntaxNode): void {
  const awaited = callSite.parent?.type === 'await';
  if (site.async && !awaited) refuse('the async client\'s ChatCompletions is not awaited where it is called', callSite);
  if (!site.async && awaited) refuse('ChatCompletions of a sync client is awaited', callSite);
  const args = argsOf(callSite);
  if (args.length !== 1 || args[0]!.type !== 'identifier') refuse('ChatCompletions is not called with a request variable', callSite);
  const reqRef = args[0]!;
  const def = definitionBefore(file, reqRef.text, callSite);
  if (!def || def.value.type !== 'call') refuse(`the request ${reqRef.text} is not made in this function`, callSite);
  const made = meaningOfCallee(file, def.value);
  const isRequest =
    made.name === 'ChatCompletionsRequest' && (made.meaning?.kind === 'models' || (made.meaning?.kind === 'modelClass' && made.meaning.name === 'ChatCompletionsRequest'));
  if (!isRequest) refuse(`the request ${reqRef.text} is not made by models.ChatCompletionsRequest()`, def.value);
  const block = def.statement.parent;
  plan.deletes.push(def.statement);

  const fields = new Map<string, SyntaxNode>();
  const setField = (name: string, value: SyntaxNode, at: SyntaxNode) => {
    if (fields.has(name)) refuse(`the request field ${name} is set twice`, at);
    fields.set(name, value);
  };
  const inOrder = (statement: SyntaxNode) => {
    if (!same(statement.parent, block)) refuse('the request is changed conditionally', statement);
    if (statement.startIndex > callSite.startIndex) refuse('the request is changed after the call', statement);
  };
  const reads: Array<{ node: SyntaxNode; field: string }> = [];
  for (const use of usesOf(file.idx, def.target)) {
    if (same(use, reqRef)) continue;
    const set = attributeSet(use);
    if (set) {
      if (set.path.length !== 1) refuse(`the request field ${set.path.join('.')} is set`, use);
      inOrder(set.statement);
      setField(set.path[0]!, set.value, use);
      plan.deletes.push(set.statement);
      continue;
    }
    const attr = use.parent;
    if (attr?.type === 'attribute' && same(attr.childForFieldName('object'), use)) {
      const name = attr.childForFieldName('attribute')!.text;
      const call = attr.parent?.type === 'call' && same(attr.parent.childForFieldName('function'), attr) ? attr.parent : undefined;
      if (call && name === 'from_json_string') {
        const statement = statementOf(call);
        if (statement.type !== 'expression_statement' || !same(statement.namedChildren[0], call)) refuse('from_json_string is used as a value', call);
        inOrder(statement);
        readJsonParams(file, plan, call, setField);
        plan.deletes.push(statement);
        continue;
      }
      if (!call && use.startIndex > callSite.startIndex) {
        reads.push({ node: attr, field: name });
        continue;
      }
    }
    refuse(`the request ${reqRef.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split('\n')[0] ?? use.text}\`)`, use);
  }

  const kwargs: Array<[string, string]> = [];
  const indent = indentAt(file.text, callSite.startIndex);
  const inner = `${indent}    `;
  // Tencent's Stream defaults to false.
  let stream: StreamFlag = { literal: false };
  for (const [name, value] of fields) {
    const mapping = REQUEST_FIELDS[name];
    if (!mapping) refuse(`the request field ${name} is not converted`, value);
    if ('refuse' in mapping && !('dropIfFalse' in mapping)) refuse(mapping.refuse, value);
    if ('dropIfFalse' in mapping) {
      if (value.text !== 'False') refuse(mapping.refuse, value);
      plan.note(mapping.dropIfFalse);
      continue;
    }
    if ('drop' in mapping) {
      plan.note(mapping.drop);
      continue;
    }
    let text = name === 'Messages' ? messagesText(file, plan, value, callSite) : file.text.slice(value.startIndex, value.endIndex);
    if (name === 'Stream') stream = value.text === 'True' || value.text === 'False' ? { literal: value.text === 'True' } : { expression: value.text };
    text = reindent(text, indentAt(file.text, value.startIndex), inner);
    kwargs.push([mapping.to, text]);
  }
  if (!fields.has('Model')) refuse('the request sets no Model', callSite);
  if (!fields.has('Messages')) refuse('the request sets no Messages', callSite);
  const order = (k: string) => (k === 'model' ? 0 : k === 'messages' ? 1 : 2);
  kwargs.sort((a, b) => order(a[0]) - order(b[0]));

  for (const { node, field } of reads) {
    const value = fields.get(field);
    if (field === 'Stream' && !value) {
      plan.edits.replace(node.startIndex, node.endIndex, 'False');
      continue;
    }
    if (!value || !/^(True|False|None|[\w.]+|"[^"\\\n]*"|'[^'\\\n]*'|-?\d+(\.\d+)?)$/.test(value.text)) {
      refuse(`the request field ${field} is read back after the call`, node);
    }
    plan.edits.replace(node.startIndex, node.endIndex, value.text);
  }

  const body = kwargs.map(([k, v]) => `${inner}${k}=${v},`).join('\n');
  plan.edits.replace(method.startIndex, callSite.endIndex, `chat.completions.create(\n${body}\n${indent})`);
  new ResponseFollower(file, plan, stream).follow(awaited ? callSite.parent! : callSite);
}

/** `req.from_json_string(json.dumps(<dict or a dict variable used only here>))`. */
function readJsonParams(file: PyFile, plan: ClientPlan, call: SyntaxNode, setField: (name: string, value: SyntaxNode, at: SyntaxNode) => void): void {
  const args = argsOf(call);
  const dumps = args[0];
  if (args.length !== 1 || dumps?.type !== 'call' || !/^(json\.)?dumps$/.test(dumps.childForFieldName('function')?.text ?? '')) {
    refuse('from_json_string is not given json.dumps(...)', call);
  }
  const dumpArgs = argsOf(dumps);
  let dict = dumpArgs[0];
  if (dumpArgs.length !== 1 || !dict) refuse('json.dumps(...) has extra arguments', dumps);
  if (dict.type === 'identifier') {
    const def = definitionBefore(file, dict.text, call);
    if (!def || def.value.type !== 'dictionary') refuse(`the request parameters ${dict.text} are not a dict literal made here`, dict);
    const uses = usesOf(file.idx, def.target);
    const other = uses.find((u) => !same(u, dict!));
    if (other) refuse(`the request parameters ${dict.text} are also used elsewhere`, other);
    plan.deletes.push(def.statement);
    dict = def.value;
  }
  if (dict.type !== 'dictionary') refuse('the request parameters are not a dict literal', dict);
  for (const pair of dict.namedChildren) {
    if (!pair || pair.type === 'comment') continue;
    if (pair.type !== 'pair') refuse(`the request parameters hold ${pair.text}`, pair);
    const key = stringValue(pair.childForFieldName('key')!);
    if (key === undefined) refuse('a request parameter name is not a string literal', pair);
    setField(key, pair.childForFieldName('value')!, pair);
  }
}

/** The messages as OpenAI wants them: Role/Content keys renamed, models.Message() objects made into dicts. */
function messagesText(file: PyFile, plan: ClientPlan, value: SyntaxNode, callSite: SyntaxNode): string {
  if (value.type === 'list') {
    // The list moves into the create() call, so its edits are rendered here instead of applied in place.
    const moved = new EditSet();
    for (const el of value.namedChildren) {
      if (!el || el.type === 'comment') continue;
      convertMessage(file, plan, moved, el, callSite);
    }
    return moved.render(file.text, value.startIndex, value.endIndex);
  }
  if (value.type === 'identifier') {
    const def = definitionBefore(file, value.text, callSite);
    if (!def || def.value.type !== 'list') refuse(`the messages come from ${value.text}, which is not a list made in this function: their Role and Content keys cannot be converted here`, value);
    for (const el of def.value.namedChildren) if (el && el.type !== 'comment') convertMessage(file, plan, plan.edits, el, callSite);
    for (const use of usesOf(file.idx, def.target)) {
      if (same(use, value)) continue;
      const attr = use.parent;
      const call = attr?.parent;
      if (attr?.type === 'attribute' && attr.childForFieldName('attribute')?.text === 'append' && call?.type === 'call') {
        const args = argsOf(call);
        if (args.length === 1) {
          convertMessage(file, plan, plan.edits, args[0]!, callSite);
          continue;
        }
      }
      refuse(`the messages list ${value.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split('\n')[0] ?? ''}\`)`, use);
    }
    return value.text;
  }
  refuse(`the messages come from ${value.text.split('\n')[0]}: their Role and Content keys cannot be converted here`, value);
}

function convertMessage(file: PyFile, plan: ClientPlan, edits: EditSet, el: SyntaxNode, callSite: SyntaxNode): void {
  if (el.type === 'dictionary') {
    for (const pair of el.namedChildren) {
      if (!pair || pair.type === 'comment') continue;
      if (pair.type !== 'pair') refuse(`a message holds ${pair.text}`, pair);
      const keyNode = pair.childForFieldName('key')!;
      const key = stringValue(keyNode);
      if (key === undefined) refuse('a message key is not a string literal', pair);
      const mapping = MESSAGE_FIELDS[key];
      if (!mapping) refuse(`the message field ${key} is not converted`, pair);
      if (!('to' in mapping)) refuse('refuse' in mapping ? mapping.refuse : `the message field ${key} is not converted`, pair);
      const content = keyNode.namedChildren.find((c) => c?.type === 'string_content')!;
      edits.replace(content.startIndex, content.endIndex, mapping.to);
    }
    return;
  }
  if (el.type === 'identifier') {
    const def = definitionBefore(file, el.text, callSite);
    const made = def?.value.type === 'call' ? meaningOfCallee(file, def.value) : undefined;
    if (!def || made?.name !== 'Message' || (made.meaning?.kind !== 'models' && made.meaning?.kind !== 'modelClass')) {
      refuse(`the message ${el.text} is not a dict literal or a models.Message() made here`, el);
    }
    const parts: string[] = [];
    for (const use of usesOf(file.idx, def.target)) {
      if (same(use, el)) continue;
      const set = attributeSet(use);
      if (!set || set.path.length !== 1 || set.statement.startIndex > el.startIndex) refuse(`the message ${el.text} is used where the rewrite cannot follow it`, use);
      const field = set.path[0]!;
      const mapping = MESSAGE_FIELDS[field];
      if (!mapping || !('to' in mapping)) refuse(mapping && 'refuse' in mapping ? mapping.refuse : `the message field ${field} is not converted`, use);
      parts.push(`"${mapping.to}": ${file.text.slice(set.value.startIndex, set.value.endIndex)}`);
      plan.deletes.push(set.statement);
    }
    plan.deletes.push(def.statement);
    edits.replace(el.startIndex, el.endIndex, `{${parts.join(', ')}}`);
    return;
  }
  refuse(`a message is ${el.text.split('\n')[0]}, not a dict literal`, el);
}

/** Moves a multi-line value to a new indentation, keeping its inner layout. */
function reindent(text: string, from: string, to: string): string {
  if (!text.includes('\n') || from === to) return text;
  return text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
}
