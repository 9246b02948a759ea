/**
 * Small builders for the regular-expression sources in the catalog. They only assemble strings;
 * every pattern they make is a flat alternation of literals (no nested quantifiers), so it runs in linear time.
 */

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A model-ID token: not preceded by an ID or path character, not followed by one (a sentence's final dot is fine). */
export function modelIdPattern(ids: readonly string[]): string {
  // Longest first, so that `hunyuan-large-longcontext` is tried before `hunyuan-large`.
  const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return `(?<![\\w./-])(?:${sorted.join('|')})(?![\\w-]|\\.[A-Za-z0-9])`;
}

/** A host name, optionally with its scheme, not glued to a longer host name. */
export function hostPattern(hostRegex: string): string {
  return `(?<![\\w.-])(?:https?://)?${hostRegex}`;
}
