/**
 * The secrets of this process (the GitHub token, the TokenHub key), and the one function that takes them out of any
 * text. The runner masks what a step prints once `::add-mask::` names it, but only in the log: the job summary, the
 * outputs and the report files are written by the action itself, and an API error may echo a token back in any of
 * them. So every such text passes through `redactSecrets` before it leaves the process.
 */

/** Shorter values would blank out ordinary words; every real token and key is far longer. */
export const MIN_REDACTED_CHARS = 4;

const values = new Set<string>();

/** Registers a secret (each of its lines too: a pasted value with a line break must not slip through in halves). */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  for (const v of [value, value.trim(), ...value.split(/\r\n|\r|\n/).map((line) => line.trim())]) {
    if (v.length >= MIN_REDACTED_CHARS) values.add(v);
  }
}

/** `text` with every registered secret replaced by `***` (longest first, so a secret inside another goes whole). */
export function redactSecrets(text: string): string {
  if (values.size === 0) return text;
  let out = text;
  for (const s of [...values].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}

/** Forgets every registered secret (tests that run several faces in one process). */
export function clearSecrets(): void {
  values.clear();
}
