import { describe, expect, it } from 'vitest';
import { parseRawNumstat } from '../../src/target/raw-listing.js';

describe('parseRawNumstat', () => {
  it('reads statuses, renames, modes and binary files from `git diff --raw --numstat -z`', () => {
    const out = [
      ':000000 100644 0000000 badc806 A', 'b.bin',
      ':100644 100755 45b983b 45b983b M', 'd/sp ace.txt',
      ':100644 100644 422c2b7 de98044 R066', 'f.txt', 'g.txt',
      ':100644 000000 1111111 0000000 D', 'gone.txt',
      ':160000 160000 aaaaaaa bbbbbbb M', 'sub',
      ':100644 120000 ccccccc ddddddd T', 'link',
      '-\t-\tb.bin',
      '0\t0\td/sp ace.txt',
      '1\t0\t', 'f.txt', 'g.txt',
      '0\t3\tgone.txt',
      '1\t1\tsub',
      '1\t1\tlink',
      '',
    ].join('\0');
    expect(parseRawNumstat(out)).toEqual([
      { status: 'added', path: 'b.bin', oldMode: '000000', newMode: '100644', binary: true },
      { status: 'modified', path: 'd/sp ace.txt', oldMode: '100644', newMode: '100755', binary: false },
      { status: 'renamed', previousPath: 'f.txt', path: 'g.txt', oldMode: '100644', newMode: '100644', binary: false },
      { status: 'deleted', path: 'gone.txt', oldMode: '100644', newMode: '000000', binary: false },
      { status: 'modified', path: 'sub', oldMode: '160000', newMode: '160000', binary: false },
      { status: 'type-changed', path: 'link', oldMode: '100644', newMode: '120000', binary: false },
    ]);
  });

  it('reads an empty diff', () => {
    expect(parseRawNumstat('')).toEqual([]);
  });
});
