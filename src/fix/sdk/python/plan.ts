import { EditSet } from '../engine/edits.js';
import type { NameIndex } from '../engine/name-index.js';
import type { SyntaxNode } from '../engine/tree-sitter.js';
import { Refusal } from '../engine/types.js';
import type { PythonImports } from './imports.js';
import { lineNo } from './flow.js';

export interface PyFile {
  text: string;
  idx: NameIndex;
  imports: PythonImports;
}

/** Everything one client's conversion changes: edits, whole statements to remove, notes; all or nothing. */
export class ClientPlan {
  readonly edits = new EditSet();
  readonly deletes: SyntaxNode[] = [];
  readonly notes: string[] = [];
  /** Statements to remove only if nothing outside the converted code still uses their variable (a shared credential). */
  readonly deferred: Array<{ statement: SyntaxNode; variable: SyntaxNode }> = [];
  usesStream = false;

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }
}

export function refuse(reason: string, at: SyntaxNode): never {
  throw new Refusal(`${reason} (line ${lineNo(at)})`);
}
