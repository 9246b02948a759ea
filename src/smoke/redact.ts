/** The text with every occurrence of a secret replaced by `***`. Applied to whatever a server sends back. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    // Very short values would blank out ordinary words; GitHub's own masking has the same floor in spirit.
    if (s.length < 4) continue;
    out = out.split(s).join('***');
  }
  return out;
}
