import type { SyntaxNode } from '../engine/syntax-tree.js';
import { SERVICES, type ServiceInfo } from '../tencent-chat.js';
import { declaration, keyText } from './flow.js';

/** The Tencent Cloud Node SDK packages (the whole SDK, one product's package, the international edition). */
const PACKAGE = /^tencentcloud-sdk-nodejs(?:-(hunyuan|lkeap|common|intl-en))?$/;

export interface JsTencentImport {
  /** The import or require statement. */
  statement: SyntaxNode;
  /** The local names it binds. */
  locals: string[];
}

export interface JsImports {
  /** Member paths that name a client class (`tc.hunyuan.v20230901.Client`), and local aliases of them. */
  classPaths: Map<string, ServiceInfo>;
  classAliases: Map<string, { info: ServiceInfo; statement: SyntaxNode }>;
  statements: JsTencentImport[];
  /** The file uses ES module syntax (import statements). */
  esm: boolean;
  /** `OpenAI` is already imported or required. */
  hasOpenai: boolean;
  /** End of the last top-level import or require statement. */
  afterImports: number;
}

function packageOf(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const name = keyText(node);
  return name !== undefined && PACKAGE.test(name) ? name : undefined;
}

export function readImports(root: SyntaxNode): JsImports {
  const namespaces: string[] = [];
  const services = new Map<string, ServiceInfo>();
  const statements: JsTencentImport[] = [];
  let esm = false;
  let hasOpenai = false;
  let afterImports = 0;

  for (const stmt of root.namedChildren) {
    if (!stmt) continue;
    if (stmt.type === 'import_statement') {
      esm = true;
      afterImports = stmt.endIndex;
      const source = stmt.childForFieldName('source');
      if (keyText(source!) === 'openai') hasOpenai = true;
      if (!packageOf(source)) continue;
      const locals: string[] = [];
      const clause = stmt.namedChildren.find((c) => c?.type === 'import_clause');
      for (const part of clause?.namedChildren ?? []) {
        if (!part) continue;
        if (part.type === 'identifier') {
          namespaces.push(part.text);
          locals.push(part.text);
        } else if (part.type === 'namespace_import') {
          const id = part.namedChildren.find((c) => c?.type === 'identifier')!;
          namespaces.push(id.text);
          locals.push(id.text);
        } else if (part.type === 'named_imports') {
          for (const spec of part.namedChildren) {
            if (spec?.type !== 'import_specifier') continue;
            const name = spec.childForFieldName('name')!.text;
            const local = spec.childForFieldName('alias')?.text ?? name;
            const info = SERVICES.find((s) => s.module === name);
            if (info) services.set(local, info);
            locals.push(local);
          }
        }
      }
      statements.push({ statement: stmt, locals });
      continue;
    }
    if (stmt.type !== 'lexical_declaration' && stmt.type !== 'variable_declaration') continue;
    for (const call of stmt.descendantsOfType('call_expression')) {
      if (call?.childForFieldName('function')?.text !== 'require') continue;
      afterImports = stmt.endIndex;
      const arg = call.childForFieldName('arguments')?.namedChildren[0];
      if (arg && keyText(arg) === 'openai') hasOpenai = true;
      if (!packageOf(arg)) continue;
      const decl = declaration(call);
      if (!decl) {
        statements.push({ statement: stmt, locals: [] });
        continue;
      }
      const locals: string[] = [];
      if (decl.target.type === 'identifier') {
        namespaces.push(decl.target.text);
        locals.push(decl.target.text);
      } else if (decl.target.type === 'object_pattern') {
        for (const prop of decl.target.namedChildren) {
          if (!prop) continue;
          const name = prop.type === 'shorthand_property_identifier_pattern' ? prop.text : prop.type === 'pair_pattern' ? prop.childForFieldName('key')!.text : undefined;
          const local = prop.type === 'pair_pattern' ? prop.childForFieldName('value')!.text : name;
          if (!name || !local) continue;
          const info = SERVICES.find((s) => s.module === name);
          if (info) services.set(local, info);
          locals.push(local);
        }
      }
      statements.push({ statement: stmt, locals });
    }
  }

  const classPaths = new Map<string, ServiceInfo>();
  for (const ns of namespaces) for (const info of SERVICES) classPaths.set(`${ns}.${info.module}.${info.version}.Client`, info);
  for (const [local, info] of services) classPaths.set(`${local}.${info.version}.Client`, info);

  const classAliases = new Map<string, { info: ServiceInfo; statement: SyntaxNode }>();
  for (const d of root.descendantsOfType('variable_declarator')) {
    const value = d?.childForFieldName('value');
    if (!d || value?.type !== 'member_expression') continue;
    const info = classPaths.get(value.text.replace(/\s+/g, ''));
    const decl = declaration(value);
    if (info && decl?.target.type === 'identifier') classAliases.set(decl.target.text, { info, statement: decl.statement });
  }
  return { classPaths, classAliases, statements, esm, hasOpenai, afterImports };
}
