import { readFileSync } from 'node:fs';
import type { CompiledCatalog } from './compile.js';
import { ContextIndex } from './context.js';
import type { Finding } from '../finding/finding.js';
import type { ListedFile } from './list-files.js';
import { scanBytesInContext, type BatchResult } from './scan-file.js';

/**
 * The second pass of a scan: files that take context from their package or project are matched again with it.
 * The first pass (on every thread) gave each file's own findings and the evidence it lends; here, on the main
 * thread, the evidence is gathered and only the files it touches are read again: the other code files of a
 * directory that holds a legacy client, and the code under a manifest that names a legacy SDK.
 */
export function contextIndexOf(result: BatchResult, given?: ContextIndex): ContextIndex {
  const index = given ?? new ContextIndex();
  for (const m of result.manifests) index.noteManifest(m);
  for (const e of result.evidence) index.add(e.path, e.shared);
  return index;
}

/**
 * Which listed files to match again: those another file lends context to (the code files of a package with
 * evidence, and the code files and manifests under a project whose manifest or project-wide import names the SDK).
 */
export function filesToRescan(listed: readonly ListedFile[], index: ContextIndex): ListedFile[] {
  if (index.empty) return [];
  return listed.filter((f) => index.touches(f.rel));
}

/** Matches the files again with their context and puts their new findings in place of the first pass's. */
export function rescanInContext(files: readonly ListedFile[], index: ContextIndex, result: BatchResult, catalog: CompiledCatalog, maxBytes: number): void {
  if (files.length === 0) return;
  const replaced = new Map<string, Finding[]>();
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.abs);
    } catch {
      continue; // The first pass already said why, or read it; its findings stand.
    }
    if (bytes.length > maxBytes) continue;
    try {
      const outcome = scanBytesInContext(bytes, file.rel, catalog, index.contextFor(file.rel));
      if ('findings' in outcome) replaced.set(file.rel, outcome.findings);
    } catch {
      // A bug in a rule costs this file its context, not the scan: the first pass's findings stand.
    }
  }
  if (replaced.size === 0) return;
  result.findings = result.findings.filter((f) => !replaced.has(f.path));
  for (const findings of replaced.values()) for (const f of findings) result.findings.push(f);
}
