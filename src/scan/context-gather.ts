import type { CompiledCatalog } from './compile.js';
import { ancestorDirs, ContextIndex, dirName, familyOf, isManifest } from './context.js';
import { scanBytes } from './scan-file.js';
import { copiedAnchorTestsOf } from './copied-anchor-tests.js';

/**
 * The context of a pull request's changed files, read from the head tree rather than from the changed files
 * alone: a struct file whose client sits in an unchanged sibling file still gets the client's context. What is
 * read stays proportional to the change: the changed files that could take context from elsewhere, the code files
 * of their own directories (same language family) and the manifests in the directories above them, never the rest
 * of the repository.
 */

/** Reads a tree (a commit, or the workspace): only regular files, never through a link. */
export interface ContextReader {
  /**
   * The regular files directly in each directory ('' = the root), as `/`-separated paths relative to the root,
   * keyed by directory; all at once, so a reader that asks git can do it in one call.
   */
  listFiles(dirs: readonly string[]): Promise<Map<string, string[]>>;
  /** Reads files; `bytes` is undefined for one that cannot be read or is over the size cap. */
  read(paths: string[], maxBytes: number, onFile: (path: string, bytes: Uint8Array | undefined) => void): Promise<void>;
  /**
   * Files under these project roots ('' = the whole tree) that may hold a project-wide import of a legacy SDK (see
   * project-imports.ts), found without reading the project. Optional: without it, only manifests lend project context.
   */
  findProjectImports?(roots: readonly string[]): Promise<string[]>;
}

export interface GatherOptions {
  maxFileBytes: number;
  /** Sibling files read per directory at most (a generated folder with thousands of files is not a package). */
  maxFilesPerDir?: number;
}

export const MAX_CONTEXT_FILES_PER_DIR = 200;

export interface GatheredContext {
  index: ContextIndex;
  /** Files read for context, the changed ones included. */
  filesRead: number;
}

export async function gatherContext(changed: readonly string[], reader: ContextReader, catalog: CompiledCatalog, opts: GatherOptions): Promise<GatheredContext> {
  const index = new ContextIndex();
  const perDir = opts.maxFilesPerDir ?? MAX_CONTEXT_FILES_PER_DIR;
  const read = new Set<string>();
  const { askers, imports, filesRead: changedRead } = await readChangedFiles(changed, reader, catalog, opts.maxFileBytes, index, read);
  let filesRead = changedRead;
  if (askers.length === 0) return { index, filesRead };
  const { families, dirs } = packagesOf(askers);
  const toRead = new Set<string>();
  let listed: Map<string, string[]>;
  try {
    listed = await reader.listFiles([...dirs]);
  } catch {
    listed = new Map(); // Directories that cannot be listed lend nothing; the changed files are still scanned.
  }
  for (const dir of dirs) {
    const files = listed.get(dir) ?? [];
    const wanted = families.get(dir);
    let siblings = 0;
    for (const f of files) {
      if (isManifest(f)) {
        index.noteManifest(f);
        if (!read.has(f)) toRead.add(f);
        continue;
      }
      const family = familyOf(f);
      if (wanted && family && wanted.has(family) && siblings < perDir) {
        siblings++;
        if (!read.has(f)) toRead.add(f);
      }
    }
  }
  // Project-wide imports (a C# `global using`, a re-exporting index module) may sit in any unchanged directory of
  // the project: the nearest directory above each asking file with a manifest is its project (none: the tree).
  // Looking for them is a search of the tree (git grep), which runs while the siblings are read.
  let projectImports: Promise<string[]> | undefined;
  if (reader.findProjectImports) {
    const manifestDirs = new Set<string>();
    for (const [dir, files] of listed) if (files.some((f) => isManifest(f))) manifestDirs.add(dir);
    const roots = new Set(askers.map((p) => ancestorDirs(p).find((d) => manifestDirs.has(d)) ?? ''));
    // Without them the manifests still lend project context.
    projectImports = reader.findProjectImports([...roots]).catch(() => []);
  }
  const lend = (path: string, bytes: Uint8Array | undefined): void => {
    read.add(path);
    if (!bytes) return;
    filesRead++;
    try {
      const outcome = scanBytes(bytes, path, catalog);
      if ('findings' in outcome && outcome.shared?.length) index.add(path, outcome.shared);
    } catch {
      // A file that breaks a rule lends no context; its own scan reports the error.
    }
  };
  if (toRead.size) await reader.read([...toRead], opts.maxFileBytes, lend);
  if (projectImports) {
    const more = (await projectImports).filter((p) => familyOf(p) && !read.has(p));
    if (more.length) await reader.read(more, opts.maxFileBytes, lend);
  }
  // The files the asking ones import by relative path lend their evidence too: one more listing and read, of
  // those files only, so what is read still follows the change.
  for (const [path, candidates] of imports) index.noteImports(path, candidates);
  const wanted = new Set([...imports.values()].flat(2).filter((c) => !read.has(c)));
  if (wanted.size) {
    let existing: Map<string, string[]>;
    try {
      existing = await reader.listFiles([...new Set([...wanted].map(dirName))]);
    } catch {
      existing = new Map();
    }
    const present = [...existing.values()].flat().filter((f) => wanted.has(f));
    if (present.length) await reader.read(present, opts.maxFileBytes, lend);
  }
  return { index, filesRead };
}

/**
 * The changed files, read first. Only one whose matches need a tag it does not hold itself can take anything from
 * other files (the full scan's own test, takesOutsideContext): every other one is decided alike with or without
 * context, so its folder and project are not read at all. The changed files lend their own evidence too.
 */
async function readChangedFiles(
  changed: readonly string[],
  reader: ContextReader,
  catalog: CompiledCatalog,
  maxFileBytes: number,
  index: ContextIndex,
  read: Set<string>,
): Promise<{ askers: string[]; imports: Map<string, string[][]>; filesRead: number }> {
  const askers: string[] = [];
  const imports = new Map<string, string[][]>();
  let filesRead = 0;
  // Every rule's anchors: a bare `Citation` field, which only context makes a finding, has no prefilter anchor.
  const everyRule = copiedAnchorTestsOf(catalog).anyRule;
  await reader.read([...changed], maxFileBytes, (path, bytes) => {
    read.add(path);
    if (!bytes) return;
    filesRead++;
    try {
      const outcome = scanBytes(bytes, path, catalog, { anchors: everyRule, collect: true });
      if (!('findings' in outcome)) return;
      if (outcome.shared?.length) index.add(path, outcome.shared);
      if (outcome.collected) {
        askers.push(path);
        if (outcome.collected.imports) imports.set(path, outcome.collected.imports);
      }
    } catch {
      // A file that breaks a rule is judged on its own; its own scan reports the error.
    }
  });
  return { askers, imports, filesRead };
}

/** The language families each asking file's directory needs, and every directory above one (for manifests). */
function packagesOf(askers: readonly string[]): { families: Map<string, Set<string>>; dirs: Set<string> } {
  const families = new Map<string, Set<string>>();
  const dirs = new Set<string>();
  for (const p of askers) {
    const family = familyOf(p);
    if (family) {
      const set = families.get(dirName(p)) ?? new Set<string>();
      set.add(family);
      families.set(dirName(p), set);
    }
    for (const d of ancestorDirs(p)) dirs.add(d);
  }
  return { families, dirs };
}
