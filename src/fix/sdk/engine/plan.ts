import { EditSet } from './edits.js';
import type { SyntaxNode } from './syntax-tree.js';
import { Refusal } from './types.js';

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

/** Stops planning a client: it is refused with this reason, which names the line that decided it. */
export function refuse(reason: string, at: SyntaxNode): never {
  throw new Refusal(`${reason} (line ${at.startPosition.row + 1})`);
}
