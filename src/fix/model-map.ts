import type { Rule } from '../catalog/rule.js';
import { acceptsModelMapping } from './fixability.js';
import { UsageError } from '../errors.js';

/** The user's own model mapping, `legacy=new`: legacy model ID → the TokenHub model ID to write instead. */
export type ModelMap = ReadonlyMap<string, string>;

export class ModelMapError extends UsageError {}

/** A model ID as it appears in code: no spaces, quotes or separators that would change the text around it. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

/**
 * Parses `legacy=new` pairs (comma-separated; the option may be repeated) and checks them against the catalog:
 * the legacy side must be a model ID a model rule reports, and the new side must not be one, so that a second
 * run never finds something to change again.
 */
export function parseModelMap(specs: readonly string[], rules: readonly Rule[]): Map<string, string> {
  const map = new Map<string, string>();
  const modelRules = rules.filter(acceptsModelMapping).map(wholeMatcher);
  for (const spec of specs) {
    for (const raw of spec.split(',')) {
      const pair = raw.trim();
      if (!pair) continue;
      const eq = pair.indexOf('=');
      if (eq <= 0 || eq === pair.length - 1) throw new ModelMapError(`--models expects legacy=new pairs (got '${pair}')`);
      const from = pair.slice(0, eq).trim();
      const to = pair.slice(eq + 1).trim();
      for (const id of [from, to]) {
        if (!MODEL_ID.test(id)) throw new ModelMapError(`--models: '${id}' is not a model ID`);
      }
      if (from === to) throw new ModelMapError(`--models: '${from}' is mapped to itself`);
      const previous = map.get(from);
      if (previous !== undefined && previous !== to) {
        throw new ModelMapError(`--models: '${from}' is mapped twice ('${previous}' and '${to}')`);
      }
      if (!modelRules.some((m) => m.matches(from))) {
        throw new ModelMapError(`--models: '${from}' is not a legacy model ID this tool reports, so there is nothing to map`);
      }
      const flagged = modelRules.find((m) => m.alwaysReported && m.matches(to));
      if (flagged) {
        throw new ModelMapError(`--models: the new model '${to}' is itself a legacy model ID (rule ${flagged.id}); choose a TokenHub model`);
      }
      map.set(from, to);
    }
  }
  return map;
}

interface WholeMatcher {
  id: string;
  /** Reported wherever it appears (no context needed), so a mapping to it would be flagged again. */
  alwaysReported: boolean;
  matches(id: string): boolean;
}

function wholeMatcher(rule: Rule): WholeMatcher {
  const re = new RegExp(`^(?:${rule.pattern})$`, rule.caseSensitive ? '' : 'i');
  const unless = rule.unless ? new RegExp(rule.unless, 'i') : undefined;
  return {
    id: rule.id,
    alwaysReported: !rule.context?.anyOf?.length,
    matches: (id) => re.test(id) && !unless?.test(id),
  };
}

export function formatModelMap(map: ModelMap): string {
  return [...map].map(([from, to]) => `${from}=${to}`).join(',');
}
