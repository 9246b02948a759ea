import parseDiff from 'parse-diff';

/**
 * Unified-diff reading, on top of `parse-diff` (the widely used parser; it tracks each hunk's line counts, so a
 * content line that looks like a header is still read as content). What it leaves to us: it repeats the last
 * change for a "\ No newline at end of file" marker, and it keeps git's C-style escapes in quoted paths.
 */

export interface PatchFile {
  /** Path on the new side as printed in the patch (escapes undone), or undefined for a deletion. */
  path?: string;
  previousPath?: string;
  /** Added line numbers on the new side, ascending, without duplicates. */
  addedLines: number[];
  hasHunks: boolean;
}

/** Added lines of every file in a multi-file git patch. */
export function parsePatch(text: string): PatchFile[] {
  return parseDiff(text).map((file) => ({
    path: cleanPath(file.to),
    previousPath: cleanPath(file.from),
    addedLines: addedLineNumbers(file.chunks),
    hasHunks: file.chunks.length > 0,
  }));
}

/**
 * Added lines of one file's patch as the REST API gives it (`files[].patch`: hunks only, no file headers).
 */
export function addedLinesOfHunks(patch: string): number[] {
  const files = parseDiff(patch);
  return addedLineNumbers(files.flatMap((f) => f.chunks));
}

function addedLineNumbers(chunks: parseDiff.Chunk[]): number[] {
  const lines = new Set<number>();
  for (const chunk of chunks) {
    for (const change of chunk.changes) {
      // The "\ No newline at end of file" marker comes back as a copy of the previous change.
      if (change.type === 'add' && !change.content.startsWith('\\')) lines.add(change.ln);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

function cleanPath(p: string | undefined): string | undefined {
  if (!p || p === '/dev/null') return undefined;
  return p.includes('\\') ? unescapeGitPath(p) : p;
}

const C_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '"': '"', '\\': '\\' };

/**
 * Undoes git's C-style quoting of a path (`core.quotePath`): `\"`, `\\`, `\t`, and octal bytes such as `\303\251`,
 * which together spell UTF-8.
 */
export function unescapeGitPath(p: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch !== '\\' || i === p.length - 1) {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = p[i + 1]!;
    const octal = /^[0-3][0-7]{2}/.exec(p.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]!.charCodeAt(0));
      i += 1;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
