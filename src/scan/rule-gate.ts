import { escapeRegExp } from '../catalog/patterns.js';
import type { CompiledCatalog, CompiledRule } from './compile.js';
import { minimalAnchors } from './prefilter.js';

/**
 * Which rules can match a text at all. Every rule lists anchors, one of which occurs (in any case) inside each of
 * its matches, so a rule none of whose anchors is in the text has nothing to find and its expression need not
 * run. That matters for rules with many lookbehinds, which run slowly over a long file whose only hit is a host.
 *
 * One pass finds every anchor present: the pass looks for the minimal anchors (none contains another, so no two
 * can start at the same place) and steps one character past each hit, so overlapping anchors are all seen.
 * A rule anchor counts as present when a minimal anchor inside it is, which can only let more rules run.
 */
interface Gate {
  finder: RegExp;
  /** Per rule: the minimal anchors that stand for its anchors; undefined when the rule has none (always runs). */
  needs: Map<CompiledRule, string[] | undefined>;
}

const gates = new WeakMap<CompiledCatalog, Gate>();

function gateOf(catalog: CompiledCatalog): Gate {
  let gate = gates.get(catalog);
  if (!gate) {
    const all = catalog.rules.flatMap((c) => c.rule.anchors);
    const minimal = minimalAnchors(all);
    const needs = new Map<CompiledRule, string[] | undefined>();
    for (const c of catalog.rules) {
      const anchors = c.rule.anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0);
      needs.set(c, anchors.length ? minimal.filter((m) => anchors.some((a) => a.includes(m))) : undefined);
    }
    const finder = minimal.length ? new RegExp(minimal.map(escapeRegExp).join('|'), 'gi') : /(?!)/g;
    gate = { finder, needs };
    gates.set(catalog, gate);
  }
  return gate;
}

/** The rules of the catalog worth running on this text, in catalog order. */
export function rulesFor(text: string, catalog: CompiledCatalog): CompiledRule[] {
  const { finder, needs } = gateOf(catalog);
  const present = new Set<string>();
  finder.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = finder.exec(text)) !== null) {
    present.add(m[0].toLowerCase());
    finder.lastIndex = m.index + 1;
  }
  return catalog.rules.filter((c) => {
    const need = needs.get(c);
    return need === undefined || need.some((a) => present.has(a));
  });
}
