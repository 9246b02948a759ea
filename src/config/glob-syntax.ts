/**
 * Syntax checks for include/exclude patterns. The scanner reads them with .gitignore semantics (the `ignore`
 * package), which accepts almost anything and then silently matches nothing; these checks turn the common
 * mistakes into an error that says what is wrong.
 */
export function validateGlob(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'an empty pattern matches nothing';
  if (pattern !== pattern.trim()) return 'remove the leading or trailing spaces';
  if (/[\0\r\n]/.test(pattern)) return 'a pattern is one line of text';
  if (pattern.includes('\\')) return 'use / as the path separator (a backslash escapes the next character in .gitignore syntax)';
  if (/^[A-Za-z]:/.test(pattern)) return 'use a path relative to the repository root, not a drive path';
  const body = pattern.replace(/^!/, '');
  if (body.split('/').includes('..')) return 'a pattern cannot reach outside the repository (`..`)';
  if (/[{}]/.test(body)) return 'brace expansion ({a,b}) is not supported: list each pattern on its own';
  let open = false;
  for (const ch of body) {
    if (ch === '[') {
      if (open) return 'nested `[` in a character class';
      open = true;
    } else if (ch === ']') {
      if (!open) return 'unbalanced `]`';
      open = false;
    }
  }
  if (open) return 'unclosed `[` character class';
  if (/\*{3,}/.test(body)) return 'use `**` for any number of folders (three or more `*` in a row mean nothing more)';
  return undefined;
}
