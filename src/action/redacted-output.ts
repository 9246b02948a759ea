import * as core from '@actions/core';
import { redactSecrets } from '../secrets.js';

/**
 * The log itself: everything the action prints goes through process.stdout/stderr (@actions/core's info, warning,
 * error and setFailed, and a crash's stack), so redacting there covers every message, including ones from code that
 * never heard of secrets (octokit's errors quote the server's text). The `::add-mask::` commands are left whole:
 * they are how the runner learns the values, and it consumes them.
 */
export function redactProcessOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string') return write(chunk.startsWith('::add-mask::') ? chunk : redactSecrets(chunk), ...rest);
      if (chunk instanceof Uint8Array) {
        const text = Buffer.from(chunk).toString('utf8');
        const clean = redactSecrets(text);
        if (clean !== text) return write(clean, ...rest.filter((r) => typeof r === 'function'));
      }
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
}

/** core.setOutput with the secrets taken out: the runner does not mask what goes to GITHUB_OUTPUT. */
export function setOutput(name: string, value: string | number | boolean): void {
  core.setOutput(name, typeof value === 'string' ? redactSecrets(value) : value);
}
