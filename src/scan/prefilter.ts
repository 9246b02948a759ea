import { escapeRegExp } from '../catalog/patterns.js';
import type { CompiledCatalog, ContextTag } from './compile.js';

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

const everyCache = new WeakMap<CompiledCatalog, RegExp>();

/**
 * The anchor test for a file matched with the context other files lend it: every rule's anchors, also those of
 * rules that only report in context (a bare `Citation` field), which take no part in the first test.
 */
export function everyAnchorOf(catalog: CompiledCatalog): RegExp {
  let re = everyCache.get(catalog);
  if (!re) {
    const anchors = minimalAnchors(catalog.rules.flatMap((c) => c.rule.anchors));
    re = anchors.length ? new RegExp(anchors.map(escapeRegExp).join('|'), 'i') : /(?!)/;
    everyCache.set(catalog, re);
  }
  return re;
}

/**
 * The anchors a file without any prefilter anchor must hold for context from other files to give it a finding:
 * those of the rules that take the given tag from their package or project. Anchors that contain a prefilter
 * anchor are left out, since a file holding one passed the prefilter and was matched in full. Without a tag: the
 * anchors of every rule that takes context from other files.
 */
export function contextAnchors(catalog: CompiledCatalog, tag?: ContextTag): string[] {
  const first = minimalAnchors(catalog.anchors);
  const wanted = catalog.rules
    .filter((c) => c.rule.context?.anyOf?.length && (c.rule.context.reach ?? 'package') !== 'file' && (tag === undefined || c.rule.context.anyOf.includes(tag)))
    .flatMap((c) => c.rule.anchors)
    .map((a) => a.toLowerCase())
    .filter((a) => !first.some((f) => a.includes(f)));
  return minimalAnchors(wanted);
}

const lockfileCache = new WeakMap<CompiledCatalog, RegExp>();

/** The prefilter for a lockfile: the anchors of the rules that apply to lockfiles (see lockfiles.ts). */
export function lockfilePrefilterOf(catalog: CompiledCatalog): RegExp {
  let re = lockfileCache.get(catalog);
  if (!re) {
    const anchors = minimalAnchors(catalog.lockfileAnchors);
    re = anchors.length ? new RegExp(anchors.map(escapeRegExp).join('|'), 'i') : /(?!)/;
    lockfileCache.set(catalog, re);
  }
  return re;
}

/** Whether lockfiles are tested with the same anchors as every other file. */
export function lockfilesShareThePrefilter(catalog: CompiledCatalog): boolean {
  const a = minimalAnchors(catalog.anchors);
  const b = minimalAnchors(catalog.lockfileAnchors);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
