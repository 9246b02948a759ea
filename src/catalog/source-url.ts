import type { Rule } from './rule.js';

/**
 * The first web link among a rule's sources. A source's `ref` may carry a note after the URL
 * ("https://… (Model parameter); …"), which is not part of a valid URI.
 */
export function sourceUrl(rule: Rule): string | undefined {
  for (const s of rule.sources) {
    const m = /^https:\/\/[^\s;,()]+/.exec(s.ref);
    if (m) return m[0];
  }
  return undefined;
}
