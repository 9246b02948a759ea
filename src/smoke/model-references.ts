import { RULES, TOKENHUB_MODEL_NOT_ENABLED } from '../catalog/index.js';
import { compileCatalog, type CompiledCatalog } from '../scan/compile.js';
import type { Finding } from '../finding/finding.js';
import { matchText } from '../scan/match-text.js';
import { scan } from '../scan/scanner.js';
import { notIgnored } from '../finding/finding.js';

/**
 * Where the code names a TokenHub model, found by the scanner itself running only the cross-check rule: the
 * same file listing, excludes, .gitignore handling, decoding and ignore comments as the scan. Each reference is a
 * candidate finding of `tokenhub-model-not-enabled`, reported only if the key turns out not to have the model.
 */

export interface ReferenceScope {
  root: string;
  paths?: string[];
  include?: string[];
  exclude?: string[];
  gitignore?: boolean;
}

let compiled: CompiledCatalog | undefined;

function referenceCatalog(): CompiledCatalog {
  compiled ??= compileCatalog(RULES, { only: [TOKENHUB_MODEL_NOT_ENABLED] });
  return compiled;
}

/** The TokenHub model references in one file's text. Pure. */
export function modelReferencesInText(text: string, path: string): Finding[] {
  return notIgnored(matchText(text, path, referenceCatalog()));
}

/**
 * The references in a tree. A reference that a scan finding already calls legacy (a DeepSeek ID sent to the
 * LKE API) is not a TokenHub reference: it is about to change, so it is neither tested nor cross-checked.
 */
export async function findModelReferences(scope: ReferenceScope, legacyFindings: readonly Finding[] = []): Promise<Finding[]> {
  const result = await scan({ ...scope, catalog: referenceCatalog() });
  return withoutLegacy(notIgnored(result.findings), legacyFindings);
}

export function withoutLegacy(references: readonly Finding[], legacyFindings: readonly Finding[]): Finding[] {
  const legacy = legacyFindings.filter((f) => f.category === 'legacy-model');
  if (legacy.length === 0) return [...references];
  return references.filter((r) => !legacy.some((l) => l.path === r.path && overlaps(l, r)));
}

function overlaps(a: Finding, b: Finding): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}
