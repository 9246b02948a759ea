import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `tokenhub-migration-check --help | head -1`: the reader closes the pipe before the CLI is done writing. Every
 * subcommand then stops quietly with exit 0 (no "Unhandled 'error' event", no stack). The test closes its end of
 * stdout before the bundle writes anything, so each write meets EPIPE, as it does when `head` has left.
 */

const CLI = path.resolve('dist/cli/index.js');
const LEGACY = path.resolve('test/fixtures/legacy');

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('stdout closed by the reader (EPIPE)', () => {
  const commands = [
    ['--help'],
    ['--version'],
    ['scan', '--help'],
    ['baseline', '--help'],
    ['fix', '--help'],
    ['smoke-test', '--help'],
    ['aggregate', '--help'],
    ['org-repos', '--help'],
    // Findings to print (exit 1 with a reader): with none left, the reader's absence is no failure.
    ['scan', LEGACY, '--root', LEGACY],
    ['scan', LEGACY, '--root', LEGACY, '--format', 'json'],
    ['fix', LEGACY, '--root', LEGACY, '--dry-run'],
  ];
  for (const args of commands) {
    it(`${args.join(' ')}: exit 0, nothing on stderr`, async () => {
      const r = await runWithClosedStdout(args);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|^\s+at .+:\d+:\d+\)?$/m);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
    });
  }
});
