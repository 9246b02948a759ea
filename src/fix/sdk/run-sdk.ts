import path from 'node:path';
import type { ListedFile } from '../../scan/list-files.js';
import type { FileSnapshot } from '../write-atomic.js';
import { snapshotOf } from '../write-atomic.js';
import { statSync } from 'node:fs';
import type { ClientOutcome, Leftover, ManifestEditor, SdkRewriteResult } from './engine/types.js';
import { LANGUAGES } from './languages.js';

/** One file's part in `fix --sdk`: its clients (converted or refused, with why) and the leftovers to look at. */
export interface SdkFileReport {
  path: string;
  clients: ClientOutcome[];
  leftovers: Leftover[];
}

export interface ManifestChange {
  rel: string;
  abs: string;
  before: string;
  after: string;
  notes: string[];
  snapshot: FileSnapshot;
}

/** The language whose code a file is (by its name), as its id. */
function sourceLanguage(name: string): string | undefined {
  return LANGUAGES.find((l) => l.sourceFile.test(name))?.id;
}

/**
 * Follows a `fix --sdk` run: which files converted, which still use the Tencent SDK, where the manifests are. Code
 * and manifests pair by language: a Python file's conversion edits the Python manifests above it, and so on.
 */
export class SdkTracker {
  private readonly byPath = new Map<string, SdkFileReport>();
  private readonly converted: Array<{ rel: string; lang: string }> = [];
  private readonly stillTencent: Array<{ rel: string; lang: string }> = [];
  private readonly manifests: Array<{ file: ListedFile; bytes: Buffer; lang: string; edit: ManifestEditor }> = [];
  private readonly handled = new Set<string>();

  /** Every file the fix reads, before its rewrite. */
  saw(file: ListedFile, bytes: Buffer): void {
    const name = path.posix.basename(file.rel);
    for (const l of LANGUAGES) {
      const edit = l.manifestFor(name);
      if (edit) this.manifests.push({ file, bytes, lang: l.id, edit });
    }
    const lang = sourceLanguage(name);
    if (!lang) return;
    if (bytes.includes('tencentcloud')) this.stillTencent.push({ rel: file.rel, lang });
  }

  rewrote(rel: string, result: SdkRewriteResult): void {
    this.handled.add(rel);
    if (result.clients.length) this.byPath.set(rel, { path: rel, clients: result.clients, leftovers: result.leftovers });
    const lang = sourceLanguage(path.posix.basename(rel)) ?? '';
    const i = this.stillTencent.findIndex((f) => f.rel === rel);
    if (i !== -1 && !result.stillUsesTencentSdk && result.clients.some((c) => c.converted)) this.stillTencent.splice(i, 1);
    if (result.clients.some((c) => c.converted)) this.converted.push({ rel, lang });
  }

  reports(): SdkFileReport[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Manifests in a folder that holds converted code: add openai; drop the Tencent SDK when nothing there uses it. */
  manifestEdits(changed: ReadonlyArray<{ path: string }>): ManifestChange[] {
    const out: ManifestChange[] = [];
    const changedPaths = new Set(changed.map((c) => c.path));
    for (const { file, bytes, lang, edit } of this.manifests) {
      if (changedPaths.has(file.rel)) continue;
      const dir = path.posix.dirname(file.rel);
      const under = (rel: string) => dir === '.' || rel.startsWith(`${dir}/`);
      if (!this.converted.some((c) => c.lang === lang && under(c.rel))) continue;
      const dropTencent = !this.stillTencent.some((f) => f.lang === lang && under(f.rel));
      const before = bytes.toString('utf8');
      const result = edit(before, dropTencent);
      if (!result || result.text === before) continue;
      out.push({ rel: file.rel, abs: file.abs, before, after: result.text, notes: result.notes, snapshot: snapshotOf(statSync(file.abs), bytes) });
    }
    return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
  }
}
