import type { ContextTag } from '../catalog/rule.js';
import type { FindingContext } from '../finding/finding.js';

/**
 * Context beyond the file. Real projects keep the request struct or options class in one file and the client,
 * the endpoint and the model IDs in a sibling file of the same package, and name the SDK once in a manifest. This
 * module is the pure part of that: it collects the strong evidence each file gives (from a first, file-only match)
 * and answers what context another file takes from its package (the other files of its directory) and its project
 * (manifests and project-wide imports in an ancestor directory). No I/O: the full scan feeds it from its own pass
 * over the tree, the pull-request scan from a context reader that lists only the changed files' directories and
 * the manifests above them.
 */

/** Tags strong enough to lend to other files; weaker ones (a model ID, an action name) stay in their file. */
export const SHAREABLE_TAGS: ReadonlySet<ContextTag> = new Set<ContextTag>(['hunyuan', 'lke', 'hunyuan-cloudapi', 'lke-sdk', 'hunyuan-image', 'llm-use']);

/** Strong evidence a file lends to other files. */
export interface SharedEvidence {
  tag: ContextTag;
  reach: 'package' | 'project';
  /** What it is, for messages: "Hunyuan SDK `hunyuan/v20230901`". */
  what: string;
}

/** The context a file takes from outside itself: each tag with the file it came from. */
export interface ExternalContext {
  package: ReadonlyMap<ContextTag, FindingContext>;
  project: ReadonlyMap<ContextTag, FindingContext>;
}

/** The project manifests whose dependencies name the legacy SDKs (matched on the base name). */
export const MANIFEST_FILE =
  '^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$';
const MANIFEST_RE = new RegExp(MANIFEST_FILE, 'i');

export function isManifest(path: string): boolean {
  return MANIFEST_RE.test(baseName(path));
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The directories above a path's directory, nearest first, ending with the root (''). */
export function ancestorDirs(path: string): string[] {
  const out: string[] = [];
  let dir = dirName(path);
  for (;;) {
    out.push(dir);
    if (dir === '') return out;
    dir = dirName(dir);
  }
}

/**
 * The language family of a file: a package is the files of one directory in one family (a Go package, a Java or
 * Kotlin package, a Python package, a TS/JS folder). Documentation and data files are in no family: prose naming
 * a host lends nothing to the code beside it, and nothing is lent to it.
 */
const FAMILIES = new Map<string, string>(Object.entries({
  go: 'go',
  java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm',
  py: 'python', pyi: 'python',
  ts: 'js', tsx: 'js', mts: 'js', cts: 'js', js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', vue: 'js', svelte: 'js',
  cs: 'csharp',
  php: 'php',
  rb: 'ruby',
  rs: 'rust',
  swift: 'swift',
  dart: 'dart',
  c: 'c', cc: 'c', cpp: 'c', h: 'c', hpp: 'c',
  lua: 'lua',
}));

/** A Map, not an object: a file named `x.constructor` has no family. Asked of every file, so without a copy of its name. */
export function familyOf(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  // No dot in the name, or only a leading one (`.bashrc`).
  if (dot <= path.lastIndexOf('/') + 1) return undefined;
  const ext = path.slice(dot + 1);
  return FAMILIES.get(ext) ?? FAMILIES.get(ext.toLowerCase());
}

function isUnder(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(dir + '/');
}

interface FileEvidence {
  path: string;
  evidence: SharedEvidence[];
}

function packageKey(dir: string, family: string): string {
  return `${family}:${dir}`;
}

/** Evidence of many files, and the context each file takes from the others. */
export class ContextIndex {
  private readonly byDir = new Map<string, FileEvidence[]>();
  private readonly project: FileEvidence[] = [];
  private readonly manifestDirs = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly byPath = new Map<string, readonly SharedEvidence[]>();
  /** Each file's relative imports, as candidate paths per import (see relative-imports.ts). */
  private readonly imports = new Map<string, readonly (readonly string[])[]>();

  /** Records a file the scan has seen: its evidence (possibly none), and whether it is a manifest. */
  add(path: string, evidence: readonly SharedEvidence[]): void {
    if (isManifest(path)) this.manifestDirs.add(dirName(path));
    if (evidence.length === 0 || this.seen.has(path)) return;
    this.seen.add(path);
    this.byPath.set(path, [...evidence]);
    const family = familyOf(path);
    const entry = { path, evidence: [...evidence] };
    if (family) {
      const key = packageKey(dirName(path), family);
      const list = this.byDir.get(key);
      if (list) list.push(entry);
      else this.byDir.set(key, [entry]);
    }
    // Manifests and project-wide imports lend to the whole project, whatever the file's family.
    if (evidence.some((e) => e.reach === 'project')) this.project.push(entry);
  }

  /** A manifest seen by name only (its content had nothing legacy): it marks where a project starts. */
  noteManifest(path: string): void {
    if (isManifest(path)) this.manifestDirs.add(dirName(path));
  }

  /** Records the files a file imports by relative path: each import's evidence is lent to it as a sibling's is. */
  noteImports(path: string, candidates: readonly (readonly string[])[]): void {
    if (candidates.length) this.imports.set(path, candidates);
  }

  get empty(): boolean {
    return this.byPath.size === 0;
  }

  /** Whether a file is in a package (directory and family) where another file lends evidence. */
  inPackageWithEvidence(path: string): boolean {
    const family = familyOf(path);
    return family !== undefined && (this.byDir.get(packageKey(dirName(path), family)) ?? []).some((e) => e.path !== path);
  }

  /** Directories whose whole subtree takes project evidence. */
  projectRoots(): string[] {
    return [...new Set(this.project.map((e) => this.projectRootOf(e.path)))];
  }

  /** Whether a file takes any context from outside itself. */
  touches(path: string): boolean {
    if (this.inPackageWithEvidence(path) || this.importedEvidence(path).length) return true;
    if (familyOf(path) === undefined && !isManifest(path)) return false;
    return this.project.some((e) => e.path !== path && isUnder(path, this.projectRootOf(e.path)));
  }

  contextFor(path: string): ExternalContext | undefined {
    const pkg = new Map<ContextTag, FindingContext>();
    const proj = new Map<ContextTag, FindingContext>();
    const family = familyOf(path);
    if (family === undefined) return undefined;
    for (const e of this.byDir.get(packageKey(dirName(path), family)) ?? []) {
      if (e.path === path) continue;
      for (const ev of e.evidence) {
        if (!pkg.has(ev.tag)) pkg.set(ev.tag, { scope: 'package', path: e.path, evidence: ev.what });
      }
    }
    for (const e of this.importedEvidence(path)) {
      for (const ev of e.evidence) {
        if (!pkg.has(ev.tag)) pkg.set(ev.tag, { scope: 'import', path: e.path, evidence: ev.what });
      }
    }
    for (const e of this.project) {
      if (e.path === path || !isUnder(path, this.projectRootOf(e.path))) continue;
      for (const ev of e.evidence) {
        if (ev.reach === 'project' && !proj.has(ev.tag)) proj.set(ev.tag, { scope: 'project', path: e.path, evidence: ev.what });
      }
    }
    return pkg.size || proj.size ? { package: pkg, project: proj } : undefined;
  }

  /** The evidence of the files a file imports: for each import, the first candidate path that lends any. */
  private importedEvidence(path: string): FileEvidence[] {
    const out: FileEvidence[] = [];
    for (const candidates of this.imports.get(path) ?? []) {
      const hit = candidates.find((c) => c !== path && this.byPath.has(c));
      if (hit !== undefined) out.push({ path: hit, evidence: [...this.byPath.get(hit)!] });
    }
    return out;
  }

  /** A manifest's project is its directory; a project-wide import's is the nearest directory above with a manifest. */
  private projectRootOf(path: string): string {
    if (isManifest(path)) return dirName(path);
    for (const dir of ancestorDirs(path)) if (this.manifestDirs.has(dir)) return dir;
    return '';
  }
}
