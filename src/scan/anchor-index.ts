import { escapeRegExp } from '../catalog/patterns.js';
import type { CompiledCatalog, CompiledRule, ContextTag } from './compile.js';

/**
 * The catalog's one anchor index: every test that asks "can this text hold a finding?" is built here, once per
 * compiled catalog. Every rule lists anchors, one of which occurs (in any case) inside each of its matches.
 *
 * - the prefilter: does a file contain an anchor of a rule that takes part in it (`prefilter` not false)? A file
 *   without one has no finding and is never decoded (also over raw bytes, by AnchorSearch, from the same anchors);
 * - every rule's anchors, also of rules that report only in context (a bare `Citation` field): the context pass's
 *   test, on the few files that have such context;
 * - the rule gate: which rules can match a text at all. A rule none of whose anchors is in the text has nothing to
 *   find and its expression need not run (rules with many lookbehinds run slowly over a long file whose only hit is
 *   a host).
 *
 * An anchor that contains another adds nothing (`hunyuan-` occurs only where `hunyuan` does), so each test looks
 * for the minimal set that implies the rest: fewer alternatives let the regex engine skip further on each miss.
 */
export interface AnchorIndex {
  /** The prefilter's minimal anchors, lower-case and sorted. */
  readonly prefilterAnchors: readonly string[];
  /** Case-insensitive test for one of the prefilter's anchors. */
  readonly prefilter: RegExp;
  /**
   * The prefilter of lockfiles: the anchors of the rules that apply to them (model rules do not: see lockfiles.ts),
   * and whether they are the same as everyone else's.
   */
  readonly lockfilePrefilter: RegExp;
  readonly lockfilesSharePrefilter: boolean;
  /**
   * The anchors a file without any prefilter anchor must hold for context from other files to give it a finding:
   * those of the rules that take the given tag from their package or project (without a tag: any such rule).
   * Anchors that contain a prefilter anchor are left out, since a file holding one was matched in full anyway.
   */
  contextAnchors(tag?: ContextTag): string[];
  /** Every rule's minimal anchors (lower-case, sorted), and the case-insensitive test for one of them. */
  readonly ruleAnchors: readonly string[];
  readonly anyRule: RegExp;
  /**
   * The rules worth running on this text, in catalog order. `present`: the minimal rule anchors (ruleAnchors) the
   * text holds, when the caller found them already (over the file's bytes: see FileReader).
   */
  rulesFor(text: string, present?: ReadonlySet<string>): CompiledRule[];
}

/** The shortest set of anchors (lower-case, sorted) that every given anchor contains one of. */
export function minimalAnchors(anchors: readonly string[]): string[] {
  const lower = [...new Set(anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0))];
  return lower.filter((a) => !lower.some((b) => b !== a && a.includes(b))).sort();
}

const indexes = new WeakMap<CompiledCatalog, AnchorIndex>();

export function anchorIndexOf(catalog: CompiledCatalog): AnchorIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog.rules);
    indexes.set(catalog, index);
  }
  return index;
}

function alternation(anchors: readonly string[], flags: string): RegExp {
  return anchors.length ? new RegExp(anchors.map(escapeRegExp).join('|'), flags) : new RegExp('(?!)', flags);
}

function buildIndex(rules: readonly CompiledRule[]): AnchorIndex {
  const prefilterAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false).flatMap((c) => c.rule.anchors));
  const minimal = minimalAnchors(rules.flatMap((c) => c.rule.anchors));
  // Per rule: the minimal anchors that stand for its anchors; undefined when the rule has none (it always runs).
  const needs = new Map<CompiledRule, string[] | undefined>();
  for (const c of rules) {
    const anchors = c.rule.anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0);
    needs.set(c, anchors.length ? minimal.filter((m) => anchors.some((a) => a.includes(m))) : undefined);
  }
  const finder = alternation(minimal, 'gi');
  const lockfileAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false && !c.skipsLockfiles).flatMap((c) => c.rule.anchors));
  return {
    prefilterAnchors,
    prefilter: alternation(prefilterAnchors, 'i'),
    lockfilePrefilter: alternation(lockfileAnchors, 'i'),
    lockfilesSharePrefilter: lockfileAnchors.join('\n') === prefilterAnchors.join('\n'),
    contextAnchors(tag?: ContextTag): string[] {
      const wanted = rules
        .filter((c) => c.rule.context?.anyOf?.length && (c.rule.context.reach ?? 'package') !== 'file' && (tag === undefined || c.rule.context.anyOf.includes(tag)))
        .flatMap((c) => c.rule.anchors)
        .map((a) => a.toLowerCase())
        .filter((a) => !prefilterAnchors.some((f) => a.includes(f)));
      return minimalAnchors(wanted);
    },
    ruleAnchors: minimal,
    anyRule: alternation(minimal, 'i'),
    rulesFor(text: string, given?: ReadonlySet<string>): CompiledRule[] {
      // One pass finds every anchor present: minimal anchors cannot start at the same place, and stepping one
      // character past each hit sees overlapping ones. A rule anchor counts as present when a minimal anchor inside
      // it is, which can only let more rules run.
      const present = given ?? new Set<string>();
      if (!given) {
        finder.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = finder.exec(text)) !== null) {
          (present as Set<string>).add(m[0].toLowerCase());
          finder.lastIndex = m.index + 1;
        }
      }
      return rules.filter((c) => {
        const need = needs.get(c);
        return need === undefined || need.some((a) => present.has(a));
      });
    },
  };
}
