import { RULES, type Rule, type Severity } from '../catalog/index.js';
import { compileCatalog, type CompiledCatalog, type RuleOverrides } from '../scan/compile.js';
import { customRules } from './custom-rules.js';
import type { Config } from './schema.js';

/** The rules a config asks for: the catalog plus its own extra endpoints and model IDs. */
export function rulesFor(config: Config, configFile = 'the configuration'): Rule[] {
  return [...RULES, ...customRules(config.extra, configFile)];
}

/**
 * The config's `rules` map as compileCatalog overrides. Everything goes through the severity map, where a rule id
 * wins over its category, so `legacy-model: off` with `hunyuan-model: on` keeps that one rule.
 */
export function ruleOverrides(config: Config, rules: readonly Rule[]): RuleOverrides {
  const severity: Record<string, Severity | 'off'> = {};
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [key, setting] of Object.entries(config.rules)) {
    if (setting === undefined) continue;
    if (setting === 'off' || setting === false) severity[key] = 'off';
    else if (setting === 'on' || setting === true) {
      const rule = byId.get(key);
      if (rule) severity[key] = rule.severity;
    } else severity[key] = setting;
  }
  return { severity };
}

export function catalogFor(config: Config, configFile?: string): { catalog: CompiledCatalog; rules: Rule[] } {
  const rules = rulesFor(config, configFile);
  return { catalog: compileCatalog(rules, ruleOverrides(config, rules)), rules };
}
