import type { Category, ContextTag, Rule, Severity } from '../catalog/rule.js';
import { UserError } from '../errors.js';

/** A rule with its regular expressions built once, shared by every file of a scan. */
export interface CompiledRule {
  rule: Rule;
  /** Global (and sticky-free) expression; `lastIndex` is reset before each file. */
  re: RegExp;
  unless?: RegExp;
  /** The position in code that holds the rule's context (tested on the line's text before the match). */
  orAt?: RegExp;
  /** The base names of files the rule applies to (unset: every file). */
  files?: RegExp;
  /** Model rules do not apply to lockfiles (see lockfiles.ts). */
  skipsLockfiles: boolean;
  rewrite?: { from: RegExp; to: string };
}

export interface CompiledCatalog {
  rules: CompiledRule[];
  /** Rule ids and category names that an ignore comment may name. */
  ignoreTargets: Set<string>;
}

export interface RuleOverrides {
  /** Rule ids (or categories) switched off. */
  disabled?: Iterable<string>;
  /** Severity per rule id or category; a rule id wins over its category. */
  severity?: Record<string, Severity | 'off'>;
  /** Compile only these rule ids (the smoke test's cross-check); ignore comments still know every rule. */
  only?: Iterable<string>;
}

export class CatalogError extends UserError {}

export function compileCatalog(rules: readonly Rule[], overrides: RuleOverrides = {}): CompiledCatalog {
  const disabled = new Set(overrides.disabled ?? []);
  const compiled: CompiledRule[] = [];
  const only = overrides.only ? new Set(overrides.only) : undefined;
  for (const rule of rules) {
    if (only ? !only.has(rule.id) : rule.smokeTestOnly) continue;
    const sev = overrides.severity?.[rule.id] ?? overrides.severity?.[rule.category];
    // Signals stay on even when their rule family is switched off: they only set context.
    if (!rule.signalOnly && (disabled.has(rule.id) || disabled.has(rule.category) || sev === 'off')) continue;
    const effective: Rule = sev && sev !== 'off' ? { ...rule, severity: sev, context: withSeverity(rule.context, sev) } : rule;
    compiled.push(compileRule(effective));
  }
  return {
    rules: compiled,
    ignoreTargets: new Set([...rules.map((r) => r.id), ...categoriesOf(rules)]),
  };
}

function withSeverity(context: Rule['context'], sev: Severity): Rule['context'] {
  // An explicit severity override applies whether or not the context holds.
  if (!context?.otherwise) return context;
  return { ...context, otherwise: sev };
}

function categoriesOf(rules: readonly Rule[]): Category[] {
  return [...new Set(rules.map((r) => r.category))];
}

export function compileRule(rule: Rule): CompiledRule {
  const flags = rule.caseSensitive ? 'g' : 'gi';
  try {
    const compiled: CompiledRule = { rule, re: new RegExp(rule.pattern, rule.group ? flags + 'd' : flags), skipsLockfiles: rule.category === 'legacy-model' };
    if (rule.unless) compiled.unless = new RegExp(rule.unless, 'i');
    if (rule.files) compiled.files = new RegExp(rule.files, 'i');
    if (rule.context?.orAt) compiled.orAt = new RegExp(rule.context.orAt);
    if (rule.replacement.rewrite) {
      compiled.rewrite = { from: new RegExp(rule.replacement.rewrite.from, 'i'), to: rule.replacement.rewrite.to };
    }
    return compiled;
  } catch (err) {
    throw new CatalogError(`rule ${rule.id}: invalid pattern: ${(err as Error).message}`);
  }
}

export type { ContextTag };
