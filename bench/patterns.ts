/**
 * The catalog as ripgrep sees it. ripgrep's default engine has no lookaround, so each rule's expression is given
 * without its lookbehind and lookahead groups: the same literal core, a little more permissive at the edges, which
 * is what a user writing a pattern list for `rg` would have.
 */
import type { Rule } from '../src/catalog/rule.js';

/** Removes `(?=...)`, `(?!...)`, `(?<=...)` and `(?<!...)` groups, nested parentheses and escapes included. */
export function stripLookaround(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '[') {
      // A character class: copy it whole (a `(` inside is a literal).
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      out += pattern.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/^\(\?(?:=|!|<=|<!)/.test(pattern.slice(i, i + 4))) {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        const c = pattern[j]!;
        if (c === '\\') {
          j++;
          continue;
        }
        if (c === '[') {
          j++;
          while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
          continue;
        }
        if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      i = j + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** One expression per reporting rule, for `rg -i -f`. */
export function ripgrepPatterns(rules: readonly Rule[], filter: (r: Rule) => boolean = () => true): string[] {
  return rules.filter((r) => !r.signalOnly && filter(r)).map((r) => stripLookaround(r.pattern));
}

