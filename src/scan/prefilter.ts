import { escapeRegExp } from '../catalog/patterns.js';
import type { CompiledCatalog } from './compile.js';

/**
 * The per-file test that runs before any rule: does the file contain one of the catalog's anchors (any case)?
 * An anchor that contains another anchor adds nothing (`hunyuan-` can only occur where `hunyuan` does), so the
 * expression is built from the shortest set that implies all of them: fewer alternatives let the regex engine
 * skip further on each miss. Files that pass are matched rule by rule, exactly as before.
 */
const cache = new WeakMap<CompiledCatalog, RegExp>();

export function minimalAnchors(anchors: readonly string[]): string[] {
  const lower = [...new Set(anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0))];
  return lower.filter((a) => !lower.some((b) => b !== a && a.includes(b))).sort();
}

export function prefilterOf(catalog: CompiledCatalog): RegExp {
  let re = cache.get(catalog);
  if (!re) {
    const anchors = minimalAnchors(catalog.anchors);
    re = anchors.length ? new RegExp(anchors.map(escapeRegExp).join('|'), 'i') : /(?!)/;
    cache.set(catalog, re);
  }
  return re;
}
