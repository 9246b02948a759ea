import path from 'node:path';
import type { CompiledCatalog } from './compile.js';
import { ContextIndex } from './context.js';
import type { Finding } from '../finding/finding.js';
import { decideFindings } from './match-text.js';
import { FileReader, type BatchResult } from './scan-file.js';

/**
 * The second step of a full scan: files that take context from their package or project are decided again with
 * it. The first pass (on every thread) gave each file's own findings, the evidence it lends, and, for the files
 * whose findings context could change, their matches (`pending`); here, on the main thread, the evidence is
 * gathered and those matches are decided with it. Only a file the first pass listed as `undecided` (an anchor of
 * the rules context can make report, and no import beyond its folder) is read again, and only if its package or
 * project lends it context.
 */
export function contextIndexOf(result: BatchResult, given?: ContextIndex): ContextIndex {
  const index = given ?? new ContextIndex();
  for (const m of result.manifests) index.noteManifest(m);
  for (const e of result.evidence) index.add(e.path, e.shared);
  for (const p of result.pending) if (p.imports) index.noteImports(p.path, p.imports);
  return index;
}

/** What the context step did: files decided from their kept matches, and files read again. */
export interface ContextStats {
  decided: number;
  readAgain: number;
}

/** Decides the files that take context, and puts their new findings in place of the first pass's. */
export function applyContext(index: ContextIndex, result: BatchResult, catalog: CompiledCatalog, maxBytes: number, root: string): ContextStats {
  const stats: ContextStats = { decided: 0, readAgain: 0 };
  if (index.empty) return stats;
  const replaced = new Map<string, Finding[]>();
  for (const collected of result.pending) {
    if (!index.touches(collected.path)) continue;
    stats.decided++;
    try {
      replaced.set(collected.path, decideFindings(collected, catalog, index.contextFor(collected.path)));
    } catch {
      // A bug in a rule costs this file its context, not the scan: the first pass's findings stand.
    }
  }
  let again: FileReader | undefined;
  for (const rel of result.undecided) {
    if (!index.touches(rel)) continue;
    again ??= new FileReader(catalog);
    const read = again.read(path.join(root, rel), maxBytes);
    if ('skipped' in read) continue; // Read once already: it was there and readable then, and gave nothing.
    stats.readAgain++;
    try {
      const outcome = again.scan(read.bytes, rel, { context: index.contextFor(rel), withContextAnchors: true });
      if ('findings' in outcome) replaced.set(rel, outcome.findings);
    } catch {
      // As above: the first pass's findings (none) stand.
    }
  }
  if (replaced.size === 0) return stats;
  result.findings = result.findings.filter((f) => !replaced.has(f.path));
  for (const findings of replaced.values()) for (const f of findings) result.findings.push(f);
  return stats;
}
