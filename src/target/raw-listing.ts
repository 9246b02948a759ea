import type { ChangeStatus } from './types.js';

/**
 * The file list of `git diff --raw --numstat -z`: NUL-separated, so paths come back exactly as they are
 * (no quoting), with both modes, the status letter and, from the numstat half, whether git saw a binary file.
 */

export interface RawEntry {
  status: ChangeStatus;
  path: string;
  previousPath?: string;
  oldMode: string;
  newMode: string;
  binary: boolean;
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  D: 'deleted',
  T: 'type-changed',
};

export class RawListingError extends Error {}

export function parseRawNumstat(output: string): RawEntry[] {
  const fields = output.split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  const entries: RawEntry[] = [];
  let i = 0;
  // Raw records: ":<old mode> <new mode> <old sha> <new sha> <status>" NUL path [NUL path]
  while (i < fields.length && fields[i]!.startsWith(':')) {
    const meta = fields[i]!.slice(1).split(' ');
    const [oldMode = '', newMode = '', , , statusField = ''] = meta;
    const letter = statusField.charAt(0);
    const status = STATUS[letter];
    if (!status) throw new RawListingError(`unexpected git diff status '${statusField}'`);
    if (letter === 'R' || letter === 'C') {
      entries.push({ status, previousPath: fields[i + 1]!, path: fields[i + 2]!, oldMode, newMode, binary: false });
      i += 3;
    } else {
      entries.push({ status, path: fields[i + 1]!, oldMode, newMode, binary: false });
      i += 2;
    }
  }
  // Numstat records, in the same order: "<added>\t<deleted>\t<path>" or, for renames, "<added>\t<deleted>\t" NUL old NUL new.
  let n = 0;
  while (i < fields.length && n < entries.length) {
    const record = fields[i]!;
    const [added, deleted, inlinePath] = record.split('\t');
    entries[n]!.binary = added === '-' && deleted === '-';
    i += inlinePath === '' ? 3 : 1;
    n++;
  }
  return entries;
}
