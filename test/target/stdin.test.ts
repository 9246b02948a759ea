import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readStdin, stdinName, wantsStdin } from '../../src/target/stdin.js';

/** Standard input as a target (`scan -`): which paths ask for it, its name, and reading it. */

describe('wantsStdin', () => {
  it('takes `-` and the device names a shell hands over for standard input', () => {
    for (const p of ['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']) expect(wantsStdin([p])).toBe(true);
    expect(wantsStdin([])).toBe(false);
    expect(wantsStdin(['src', 'app.py'])).toBe(false);
  });

  it('refuses standard input mixed with paths, as a usage error', () => {
    expect(() => wantsStdin(['-', 'src'])).toThrow(UsageError);
    expect(() => wantsStdin(['src', '-'])).toThrow("'-' (standard input) cannot be combined with other paths");
  });
});

describe('stdinName', () => {
  it('is `stdin` unless a name is given, which is kept relative with / separators', () => {
    expect(stdinName(undefined)).toBe('stdin');
    expect(stdinName('./src/app.py')).toBe('src/app.py');
  });

  it('refuses a name outside the project', () => {
    for (const bad of ['', '/etc/passwd', '../app.py', 'src/../../app.py']) {
      expect(() => stdinName(bad), bad).toThrow(UsageError);
    }
    expect(() => stdinName('../x.py')).toThrow("--stdin-filename must be a relative path inside the project (got '../x.py')");
  });
});

describe('readStdin', () => {
  it('reads what is piped in, up to one byte past the cap', async () => {
    const stream = new PassThrough();
    stream.end('0123456789');
    expect((await readStdin(stream, 4, 'tool')).toString()).toBe('01234');
  });

  it('refuses a terminal or no stream, with a command to paste', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    await expect(readStdin(tty, 10, 'npx tool')).rejects.toThrow('try `cat app.py | npx tool scan - --stdin-filename app.py`');
    await expect(readStdin(undefined, 10, 'tool')).rejects.toBeInstanceOf(UsageError);
  });
});
