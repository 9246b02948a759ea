import type { SyntaxNode } from '../engine/syntax-tree.js';
import { SERVICES, type ServiceInfo } from '../tencent-chat.js';

/** A Tencent Cloud name the file imports, and what it stands for. */
export type TencentName =
  | { kind: 'clientModule'; info: ServiceInfo; async: boolean }
  | { kind: 'clientClass'; info: ServiceInfo; async: boolean }
  | { kind: 'models'; info: ServiceInfo }
  | { kind: 'modelClass'; info: ServiceInfo; name: string }
  | { kind: 'credentialModule' }
  | { kind: 'credentialClass' }
  | { kind: 'clientProfile' }
  | { kind: 'httpProfile' }
  | { kind: 'exception' }
  | { kind: 'other' };

export interface ImportedName {
  local: string;
  /** The node naming it in the import statement (dotted_name or aliased_import). */
  node: SyntaxNode;
  meaning: TencentName;
}

export interface TencentImport {
  statement: SyntaxNode;
  names: ImportedName[];
}

export interface PythonImports {
  /** Local name → meaning, for every name imported from `tencentcloud`. */
  names: Map<string, TencentName>;
  statements: TencentImport[];
  /** `import os` at module level. */
  hasOs: boolean;
  /** Names already imported from `openai` at module level. */
  openaiNames: Set<string>;
  /** Where a new import line goes when no Tencent import line is replaced: after the module's last import. */
  afterImports: number;
}

function meaningOf(module: string, name: string): TencentName {
  if (module === 'tencentcloud.common' && name === 'credential') return { kind: 'credentialModule' };
  if (module === 'tencentcloud.common.credential' && name === 'Credential') return { kind: 'credentialClass' };
  if (/^tencentcloud\.common\.profile(\.client_profile)?$/.test(module) && name === 'ClientProfile') return { kind: 'clientProfile' };
  if (/^tencentcloud\.common\.profile(\.http_profile)?$/.test(module) && name === 'HttpProfile') return { kind: 'httpProfile' };
  if (/^tencentcloud\.common\.exception(\.tencent_cloud_sdk_exception)?$/.test(module) && name === 'TencentCloudSDKException') {
    return { kind: 'exception' };
  }
  for (const info of SERVICES) {
    const pkg = `tencentcloud.${info.module}.${info.version}`;
    if (module === pkg) {
      if (name === info.pythonClientModule) return { kind: 'clientModule', info, async: false };
      if (name === info.pythonAsyncClientModule) return { kind: 'clientModule', info, async: true };
      if (name === 'models') return { kind: 'models', info };
    }
    if (module === `${pkg}.${info.pythonClientModule}` && name === info.clientClass) return { kind: 'clientClass', info, async: false };
    if (module === `${pkg}.${info.pythonAsyncClientModule}` && name === info.clientClass) return { kind: 'clientClass', info, async: true };
    if (module === `${pkg}.models`) return { kind: 'modelClass', info, name };
  }
  return { kind: 'other' };
}

export function readImports(root: SyntaxNode): PythonImports {
  const names = new Map<string, TencentName>();
  const statements: TencentImport[] = [];
  let hasOs = false;
  const openaiNames = new Set<string>();
  let afterImports = 0;
  for (const stmt of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!stmt) continue;
    const topLevel = stmt.parent?.type === 'module';
    if (topLevel) afterImports = Math.max(afterImports, stmt.endIndex);
    if (stmt.type === 'import_statement') {
      const imported: ImportedName[] = [];
      for (const n of stmt.childrenForFieldName('name')) {
        if (!n) continue;
        const dotted = n.type === 'aliased_import' ? n.childForFieldName('name')! : n;
        if (topLevel && n.type === 'dotted_name' && n.text === 'os') hasOs = true;
        if (dotted.text === 'tencentcloud' || dotted.text.startsWith('tencentcloud.')) {
          const local = n.type === 'aliased_import' ? n.childForFieldName('alias')!.text : dotted.text.split('.')[0]!;
          imported.push({ local, node: n, meaning: { kind: 'other' } });
          names.set(local, { kind: 'other' });
        }
      }
      if (imported.length) statements.push({ statement: stmt, names: imported });
      continue;
    }
    const module = stmt.childForFieldName('module_name')?.text ?? '';
    if (topLevel && module === 'openai') {
      for (const n of stmt.childrenForFieldName('name')) if (n?.type === 'dotted_name') openaiNames.add(n.text);
    }
    if (module !== 'tencentcloud' && !module.startsWith('tencentcloud.')) continue;
    const imported: ImportedName[] = [];
    for (const n of stmt.childrenForFieldName('name')) {
      if (!n) continue;
      const name = (n.type === 'aliased_import' ? n.childForFieldName('name')! : n).text;
      const local = n.type === 'aliased_import' ? n.childForFieldName('alias')!.text : name;
      const meaning = meaningOf(module, name);
      imported.push({ local, node: n, meaning });
      names.set(local, meaning);
    }
    // `from tencentcloud... import *`: names the rewrite cannot see.
    if (stmt.children.some((c) => c?.type === 'wildcard_import')) names.set('*', { kind: 'other' });
    statements.push({ statement: stmt, names: imported });
  }
  return { names, statements, hasOs, openaiNames, afterImports };
}
