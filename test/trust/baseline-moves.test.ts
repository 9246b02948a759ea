/**
 * Issue 15, item 15: baselines survive moves. A known finding whose file is renamed (`git mv`), moved to another
 * folder or split in two stays known: each baseline entry also carries the finding's content fingerprint (rule,
 * match and its neighbourhood on the line, no path), matched once per entry when the path-based one no longer
 * matches. A copy of a known line next to the original is still new.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli/index.js');
const LINE = 'client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")';
const OTHER = 'lke = OpenAI(base_url="https://api.lkeap.cloud.tencent.com/v1")';
let ws: string;

beforeEach(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-baseline-moves-'));
  await write('svc/llm.py', `from openai import OpenAI\n${LINE}\n`);
  await write('svc/both.py', `from openai import OpenAI\n${LINE}\n\n${OTHER}\n`);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
  const made = cli('baseline', '.');
  expect(made.status, made.stderr).toBe(0);
});
afterEach(() => fs.rm(ws, { recursive: true, force: true }));

async function write(rel: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(ws, rel)), { recursive: true });
  await fs.writeFile(path.join(ws, rel), text);
}
function git(...args: string[]): void {
  execFileSync('git', args, { cwd: ws });
}
function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
}
function scan() {
  const r = cli('scan', '.', '--format', 'json', '--baseline', '.github/tokenhub-migration-baseline.json');
  const report = JSON.parse(r.stdout) as { findings: { path: string; baselineState: string }[]; baseline: { new: number; known: number; stale: unknown[] } };
  return { status: r.status, report, states: report.findings.map((f) => `${f.path}:${f.baselineState}`).sort() };
}

it('the baseline records content fingerprints, and the unchanged tree is all known', async () => {
  const baseline = JSON.parse(await fs.readFile(path.join(ws, '.github/tokenhub-migration-baseline.json'), 'utf8'));
  expect(baseline.findings.every((e: { contentFingerprint?: string }) => /^[0-9a-f]{32}$/.test(e.contentFingerprint ?? ''))).toBe(true);
  const { status, states } = scan();
  expect(states).toEqual(['svc/both.py:unchanged', 'svc/both.py:unchanged', 'svc/llm.py:unchanged']);
  expect(status).toBe(0);
});

it('a renamed file (git mv), a moved folder and a split file keep their findings known', async () => {
  git('mv', 'svc/llm.py', 'svc/client.py');
  git('mv', 'svc', 'services');
  // Split: the second half of both.py goes to a file of its own.
  await write('services/both.py', `from openai import OpenAI\n${LINE}\n`);
  await write('services/lke.py', `from openai import OpenAI\n${OTHER}\n`);
  const { status, report, states } = scan();
  expect(states).toEqual(['services/both.py:unchanged', 'services/client.py:unchanged', 'services/lke.py:unchanged']);
  expect(status).toBe(0);
  expect(report.baseline.stale).toEqual([]);
});

it('a copy of a known line beside the original is new: each entry stands for one finding', async () => {
  git('mv', 'svc/llm.py', 'svc/client.py');
  await write('svc/copy.py', `from openai import OpenAI\n${LINE}\n`);
  const { status, states } = scan();
  expect(states.filter((s) => s.endsWith(':new'))).toHaveLength(1);
  expect(states.filter((s) => s.endsWith(':unchanged'))).toHaveLength(3);
  expect(status).toBe(1);
});
