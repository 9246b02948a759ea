import { dirName, familyOf } from './context.js';

/**
 * The files a source file imports by relative path. Real projects keep the legacy endpoint in a config module and
 * send the model ID from a route handler in another folder (`require('../config/config')`); that handler is tied
 * to the legacy platform as surely as a sibling file would be. Only relative imports count: a package name says
 * nothing about which file holds what, and following them would make context depend on the whole repository.
 *
 * Regular expressions, not a parser: the import forms are few and fixed, and this runs in the first pass over
 * every file that takes context, where a parse per file would cost more than the scan itself. A missed form costs
 * a missed context (the finding stays at the severity its own file gives); it can never add a false tie, since a
 * candidate path only counts when a file of that path exists and lends evidence.
 */

/** `import x from './a'`, `export * from '../b'`, `import './c'`, `require('./d')`, `import('./e')`. */
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]{1,300})\1/g;
/** `from .config import X`, `from ..pkg.settings import Y`, `from . import config, client`. */
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+(\.+)([A-Za-z_][\w.]*)?[ \t]+import[ \t]+\(?([^\n#)]*)/gm;

const JS_EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts', '.json', '.vue'];

/** At most this many imports per file are followed (a generated barrel can import thousands). */
const MAX_IMPORTS = 50;

/** The language families whose relative imports are followed. */
type ImportFamily = 'js' | 'python';

function importFamily(path: string): ImportFamily | undefined {
  const family = familyOf(path);
  return family === 'js' || family === 'python' ? family : undefined;
}

/**
 * Bytes that start every import beyond a file's own folder, per family (see leavesFolderAt): each occurrence is
 * checked.
 */
const IMPORT_MARKERS: Readonly<Record<ImportFamily, readonly string[]>> = { js: ['../', "'./", '"./', '`./'], python: ['from .'] };

/**
 * Whether the marker at `at` starts an import beyond the folder: `../x`, `'./sub/x'` (a slash before the closing
 * quote, within one line), Python `from ..x` or `from .sub.mod` (a module of a subpackage). Only imports beyond the
 * folder add context, since a file of the same folder lends it as a sibling already.
 */
function leavesFolderAt(bytes: Uint8Array, at: number, family: ImportFamily): boolean {
  if (family === 'js') {
    if (bytes[at] === 0x2e) return true;
    const quote = bytes[at]!;
    for (let i = at + 3; i < bytes.length && i < at + 300; i++) {
      const b = bytes[i]!;
      if (b === quote || b === 0x0a) break;
      if (b === 0x2f) return true;
    }
    return false;
  }
  // Python: `from .` starts at `at` (found by an exact search).
  let i = at + 'from .'.length;
  if (bytes[i] === 0x2e) return true;
  while (i < bytes.length && isIdentifierByte(bytes[i]!)) i++;
  return bytes[i] === 0x2e;
}

/** Whether a file's bytes may import a file outside its own folder (see leavesFolderAt), by native byte searches. */
export function mayImportBeyondFolder(bytes: Buffer, path: string): boolean {
  const family = importFamily(path);
  if (!family) return false;
  for (const marker of IMPORT_MARKERS[family]) {
    for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, at + 1)) if (leavesFolderAt(bytes, at, family)) return true;
  }
  return false;
}

function isIdentifierByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/**
 * Candidate paths (relative to the scan root, `/`-separated) for each relative import of a file, in the order the
 * imports appear; a specifier without extension gives one candidate per extension and index file. Paths that
 * would leave the scan root are dropped.
 */
export function relativeImportCandidates(text: string, path: string): string[][] {
  const family = familyOf(path);
  if (family === 'js') return jsImports(text, dirName(path));
  if (family === 'python') return pythonImports(text, dirName(path));
  return [];
}

function jsImports(text: string, dir: string): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(JS_IMPORT)) {
    const spec = m[2]!.split(/[?#]/)[0]!;
    if (seen.has(spec)) continue;
    seen.add(spec);
    const target = joinPath(dir, spec);
    if (target === undefined) continue;
    const last = target.slice(target.lastIndexOf('/') + 1);
    const candidates = /\.[A-Za-z0-9]+$/.test(last) ? [target] : [];
    // TypeScript's ESM style names the emitted `.js` file for a `.ts` source.
    if (/\.(?:m|c)?js$/.test(last)) candidates.push(target.replace(/js$/, 'ts'), target.replace(/\.(?:m|c)?js$/, '.tsx'));
    if (!/\.(?:json|vue|[mc]?[jt]sx?)$/.test(last)) {
      for (const ext of JS_EXTENSIONS) candidates.push(target + ext);
      for (const ext of JS_EXTENSIONS) candidates.push(`${target}/index${ext}`);
    }
    out.push(candidates);
    if (out.length >= MAX_IMPORTS) break;
  }
  return out;
}

function pythonImports(text: string, dir: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(PY_FROM_IMPORT)) {
    let base: string | undefined = dir;
    // One dot is the package itself; each further dot goes one package up.
    for (let i = 1; i < m[1]!.length && base !== undefined; i++) base = base === '' ? undefined : dirName(base);
    if (base === undefined) continue;
    const names = m[3]!.split(',').map((n) => n.trim().split(/\s+/)[0]!).filter((n) => /^[A-Za-z_]\w*$/.test(n));
    const module = m[2] ? joinPath(base, m[2].split('.').join('/')) : base;
    if (module === undefined) continue;
    // `from .pkg import name`: name is a submodule (pkg/name.py) or a name in pkg itself; `from . import name`: a module.
    const own = m[2] ? [`${module}.py`, `${module}/__init__.py`] : [];
    for (const name of names.length ? names : ['']) {
      const sub = name && joinPath(module, name);
      out.push([...(sub ? [`${sub}.py`, `${sub}/__init__.py`] : []), ...own]);
      if (out.length >= MAX_IMPORTS) return out;
    }
  }
  return out;
}

/** Joins a relative specifier to a directory; undefined when it climbs above the root. */
function joinPath(dir: string, spec: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const seg of spec.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.length ? parts.join('/') : undefined;
}
