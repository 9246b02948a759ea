import type { RuleExample } from '../rule.js';

/** Hits and misses of one syntactic form or language; a string is the snippet, an object can add a path or package. */
export interface FormExamples {
  hit: (string | Omit<RuleExample, 'form'>)[];
  miss: (string | Omit<RuleExample, 'form'>)[];
}

/** A rule's examples, written per form: `examples({ python: { hit: [...], miss: [...] } })`. */
export function examples(byForm: Record<string, FormExamples>): { hits: RuleExample[]; misses: RuleExample[] } {
  const hits: RuleExample[] = [];
  const misses: RuleExample[] = [];
  for (const [form, { hit, miss }] of Object.entries(byForm)) {
    for (const h of hit) hits.push(typeof h === 'string' ? { form, text: h } : { form, ...h });
    for (const m of miss) misses.push(typeof m === 'string' ? { form, text: m } : { form, ...m });
  }
  return { hits, misses };
}
