import path from 'node:path';
import type { ListedFile } from '../../scan/list-files.js';
import type { FileSnapshot } from '../write-atomic.js';
import { snapshotOf } from '../write-atomic.js';
import { statSync } from 'node:fs';
import type { ClientOutcome, Leftover, SdkRewriteResult } from './engine/types.js';
import { editPackageJson, editPyproject, editRequirements, manifestKind } from './manifests.js';

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

/** The openai npm version written into package.json: the one this tool is built and tested with. */
const OPENAI_NPM = '^6.49.0';

const PY_CODE = /\.pyw?$/i;
const JS_CODE = /\.(?:[cm]?[jt]sx?)$/i;

/** Follows a `fix --sdk` run: which files converted, which still use the Tencent SDK, where the manifests are. */
export class SdkTracker {
  private readonly byPath = new Map<string, SdkFileReport>();
  private readonly converted: Array<{ rel: string; python: boolean }> = [];
  private readonly stillTencent: Array<{ rel: string; python: boolean }> = [];
  private readonly manifests: Array<{ file: ListedFile; bytes: Buffer }> = [];
  private readonly handled = new Set<string>();

  /** Every file the fix reads, before its rewrite. */
  saw(file: ListedFile, bytes: Buffer): void {
    const name = path.posix.basename(file.rel);
    if (manifestKind(name)) this.manifests.push({ file, bytes });
    const python = PY_CODE.test(name);
    if (!python && !JS_CODE.test(name)) return;
    if (bytes.includes('tencentcloud')) this.stillTencent.push({ rel: file.rel, python });
  }

  rewrote(rel: string, result: SdkRewriteResult): void {
    this.handled.add(rel);
    if (result.clients.length) this.byPath.set(rel, { path: rel, clients: result.clients, leftovers: result.leftovers });
    const python = PY_CODE.test(rel);
    const i = this.stillTencent.findIndex((f) => f.rel === rel);
    if (i !== -1 && !result.stillUsesTencentSdk && result.clients.some((c) => c.converted)) this.stillTencent.splice(i, 1);
    if (result.clients.some((c) => c.converted)) this.converted.push({ rel, python });
  }

  reports(): SdkFileReport[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Manifests in a folder that holds converted code: add openai; drop the Tencent SDK when nothing there uses it. */
  manifestEdits(changed: ReadonlyArray<{ path: string }>): ManifestChange[] {
    const out: ManifestChange[] = [];
    const changedPaths = new Set(changed.map((c) => c.path));
    for (const { file, bytes } of this.manifests) {
      if (changedPaths.has(file.rel)) continue;
      const kind = manifestKind(path.posix.basename(file.rel))!;
      const python = kind !== 'package';
      const dir = path.posix.dirname(file.rel);
      const under = (rel: string) => dir === '.' || rel.startsWith(`${dir}/`);
      if (!this.converted.some((c) => c.python === python && under(c.rel))) continue;
      const dropTencent = !this.stillTencent.some((f) => f.python === python && under(f.rel));
      const before = bytes.toString('utf8');
      const edit =
        kind === 'requirements' ? editRequirements(before, dropTencent) : kind === 'pyproject' ? editPyproject(before, dropTencent) : editPackageJson(before, dropTencent, OPENAI_NPM);
      if (!edit || edit.text === before) continue;
      out.push({ rel: file.rel, abs: file.abs, before, after: edit.text, notes: edit.notes, snapshot: snapshotOf(statSync(file.abs), bytes) });
    }
    return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
  }
}
