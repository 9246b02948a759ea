import type { SyntaxNode } from '../engine/syntax-tree.js';
import { lineNo, same } from './flow.js';
import type { PyFile } from './plan.js';

/** What the code reads from a caught TencentCloudSDKException that openai.APIError does not have. */
const TENCENT_ONLY = new Set(['code', 'get_code', 'requestId', 'get_request_id', 'get_message']);

export interface CaughtException {
  /** The exception's name in the except clause. */
  name: SyntaxNode;
  /** The name is one element of a tuple: `except (A, TencentCloudSDKException)`. */
  inTuple: boolean;
}

/** The `except TencentCloudSDKException` clauses, and the first Tencent-only read of a caught exception. */
export function findExceptClauses(file: PyFile): { caught: CaughtException[]; tencentOnlyRead?: string } {
  const caught: CaughtException[] = [];
  let tencentOnlyRead: string | undefined;
  for (const [local, meaning] of file.imports.names) {
    if (meaning.kind !== 'exception') continue;
    for (const id of file.idx.all(local)) {
      let n: SyntaxNode | null = id.parent;
      let inTuple = false;
      while (n && n.type !== 'except_clause' && n.type !== 'block' && n.type !== 'module') {
        if (n.type === 'tuple') inTuple = true;
        n = n.parent;
      }
      if (n?.type !== 'except_clause') continue;
      caught.push({ name: id, inTuple });
      const alias = n.descendantsOfType('as_pattern_target')[0]?.namedChildren[0];
      const body = n.namedChildren.find((c) => c?.type === 'block');
      if (!alias || !body || tencentOnlyRead) continue;
      for (const use of file.idx.within(alias.text, body.startIndex, body.endIndex)) {
        const attr = use.parent;
        if (attr?.type !== 'attribute' || !same(attr.childForFieldName('object'), use)) continue;
        const field = attr.childForFieldName('attribute')!.text;
        if (TENCENT_ONLY.has(field)) {
          tencentOnlyRead = `Tencent error details (${alias.text}.${field}) are read from the exception (line ${lineNo(attr)})`;
          break;
        }
      }
    }
  }
  return { caught, tencentOnlyRead };
}
