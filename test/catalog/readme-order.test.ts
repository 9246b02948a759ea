import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const prose = readme.replace(/```[\s\S]*?```/g, '');
const headings = [...prose.matchAll(/^(#{1,2}) (.+)$/gm)].map((m) => m[2]!.trim());

describe('the README, read in order by a newcomer', () => {
  it('starts with what it is and the first command, npx scan', () => {
    const firstBlock = readme.match(/```sh\n([\s\S]*?)```/)![1]!;
    expect(firstBlock.trim()).toBe('npx tokenhub-migration-check scan .');
    expect(headings.indexOf('Quick start')).toBe(1);
  });

  it('goes quick start, pull-request checks, fix, config file, then the reference (inputs, outputs, rules)', () => {
    const order = ['Quick start', 'Pull-request checks', 'Fix mode', 'Configuration file', 'Reference', 'Inputs and outputs', 'The command line', 'Rules'];
    const at = order.map((h) => headings.indexOf(h));
    expect(at.every((i) => i >= 0), JSON.stringify(headings)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('points at examples/ and keeps the performance write-up in docs/performance.md', () => {
    expect(readme).toContain('[`examples/`](examples/README.md)');
    expect(existsSync('examples/README.md')).toBe(true);
    expect(readme).toContain('[docs/performance.md](docs/performance.md)');
    expect(readFileSync('docs/performance.md', 'utf8')).toMatch(/^# Performance\n/);
    expect(readme).not.toContain('npm ci && npm run bench -- --runs 5');
  });

  it("runs the examples/ command it gives inside this repository, whose own config leaves examples/ out", () => {
    const command = readme.match(/`cd examples && npx tokenhub-migration-check (scan [^`]+)`/)![1]!.split(' ');
    expect(readFileSync('examples/README.md', 'utf8')).toContain(`npx tokenhub-migration-check ${command.join(' ')}`);
    const r = spawnSync(process.execPath, ['../dist/cli/index.js', ...command, '--format', 'json'], { cwd: 'examples', encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings).toHaveLength(7);
  });
});
