import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The parallel scan must give exactly the single-threaded result. Runs the built CLI bundle (the only place
 * worker threads exist: they re-enter dist/cli/index.js) on Node 24, as users do.
 */
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = path.join(REPO, 'node_modules', 'node', 'bin', 'node');
const CLI = path.join(REPO, 'dist', 'cli', 'index.js');

let tree: string;

function write(rel: string, content: string | Buffer): void {
  const abs = path.join(tree, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

/** A small tree with every kind of file the scanner treats differently, spread over many folders. */
function buildTree(): void {
  write('.gitignore', 'build/\n*.log\n');
  write('packages/api/.gitignore', 'generated/\n');
  for (let i = 0; i < 120; i++) {
    const dir = `packages/p${i % 12}/src/m${i % 5}`;
    const n = i % 6;
    if (n === 0) write(`${dir}/client${i}.py`, `from openai import OpenAI\nclient = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")\nmodel = "hunyuan-turbo"\n`);
    else if (n === 1) write(`${dir}/lke${i}.ts`, `const url = 'https://api.lkeap.cloud.tencent.com/v1';\nconst model = 'deepseek-r1';\nconst opts = { enable_search: true };\n`);
    else if (n === 2) write(`${dir}/plan${i}.ts`, `// tokenhub-migration-ignore-next-line\nconst a = 'https://api.hunyuan.cloud.tencent.com/v1';\nconst plan = 'https://api.lkeap.cloud.tencent.com/plan/v3';\n`);
    else if (n === 3) write(`${dir}/sdk${i}.go`, `import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nreq := hunyuan.NewChatCompletionsRequest()\n`);
    else write(`${dir}/plain${i}.md`, `# Notes ${i}\n\nNothing to see here.\n`.repeat(20));
  }
  write('web/bundle.min.js', 'var a=1;'.repeat(10_000) + 'var e="https://hunyuan.tencentcloudapi.com";' + 'var b=2;'.repeat(10_000));
  write('docs/utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Base URL: https://api.hunyuan.cloud.tencent.com/v1\n', 'utf16le')]));
  write('docs/bom.md', '\ufeffUse https://api.lkeap.tencentcloud.com/v1 for DeepSeek.\n');
  write('docs/crlf.txt', 'line one\r\nhttps://api.hunyuan.cloud.tencent.com/v1\r\n');
  write('assets/logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from('https://api.hunyuan.cloud.tencent.com/v1')]));
  write('assets/blob.dat', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from('https://api.hunyuan.cloud.tencent.com/v1')]));
  write('big/huge.txt', 'x'.repeat(300_000) + 'https://api.hunyuan.cloud.tencent.com/v1\n');
  write('empty.txt', '');
  write('build/out.js', 'const u = "https://api.hunyuan.cloud.tencent.com/v1";\n');
  write('debug.log', 'https://api.hunyuan.cloud.tencent.com/v1\n');
  write('packages/api/generated/client.ts', 'const u = "https://api.hunyuan.cloud.tencent.com/v1";\n');
  write('node_modules/lib/index.js', 'const u = "https://api.hunyuan.cloud.tencent.com/v1";\n');
  symlinkSync(path.join(tree, 'docs'), path.join(tree, 'docs-link'));
}

function scanJson(threads: number, extra: string[] = [], cwd = tree): { report: Record<string, unknown>; stderr: string } {
  const r = spawnSync(NODE, [CLI, 'scan', '--format', 'json', '--fail-on', 'none', '--max-file-size', '200000', '--threads', String(threads), ...extra], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'worker' },
  });
  expect(r.status, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as Record<string, unknown> & { stats: { durationMs?: number } };
  delete report.stats.durationMs;
  return { report, stderr: r.stderr };
}

describe('parallel scan (built CLI bundle)', () => {
  beforeAll(() => {
    tree = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-parallel-'));
    buildTree();
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('gives the same JSON report on 2 and 4 threads as on the main thread alone', () => {
    const single = scanJson(1);
    expect(single.stderr).not.toMatch(/create new worker/);
    const findings = single.report.findings as { path: string; ruleId: string }[];
    const skipped = single.report.skipped as { path: string; reason: string }[];
    // The tree exercises what it should: findings in many files, binary and oversize files skipped, ignores honoured.
    expect(new Set(findings.map((f) => f.path)).size).toBeGreaterThan(60);
    expect(findings.some((f) => f.path === 'docs/utf16.md')).toBe(true);
    expect(findings.some((f) => f.path === 'web/bundle.min.js')).toBe(true);
    expect(findings.some((f) => /^(build|node_modules|packages\/api\/generated)\/|\.log$/.test(f.path))).toBe(false);
    expect(skipped).toContainEqual({ path: 'assets/logo.png', reason: 'binary file type (.png)' });
    expect(skipped).toContainEqual({ path: 'assets/blob.dat', reason: 'binary' });
    expect(skipped.some((s) => s.path === 'big/huge.txt' && s.reason.startsWith('larger than'))).toBe(true);

    for (const threads of [2, 4]) {
      const parallel = scanJson(threads);
      // Workers really ran (Node reports each one it starts), and changed nothing.
      expect(parallel.stderr.match(/create new worker/g)?.length).toBe(threads - 1);
      expect(JSON.stringify(parallel.report)).toBe(JSON.stringify(single.report));
    }
  });

  it('gives the same result for named paths and with --no-gitignore', () => {
    const args = ['packages/p1', 'docs', 'web/bundle.min.js'];
    expect(JSON.stringify(scanJson(3, args).report)).toBe(JSON.stringify(scanJson(1, args).report));
    expect(JSON.stringify(scanJson(2, ['--no-gitignore']).report)).toBe(JSON.stringify(scanJson(1, ['--no-gitignore']).report));
  });

  it('gives the same result on the repository\'s test fixtures', () => {
    const fixtures = path.join(REPO, 'test', 'fixtures');
    const single = scanJson(1, [], fixtures);
    expect((single.report.findings as unknown[]).length).toBeGreaterThan(0);
    const parallel = scanJson(2, [], fixtures);
    expect(parallel.stderr).toMatch(/create new worker/);
    expect(JSON.stringify(parallel.report)).toBe(JSON.stringify(single.report));
  });

  it('refuses a bad thread count with a usage error', () => {
    const r = spawnSync(NODE, [CLI, 'scan', '--threads', '0'], { cwd: tree, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--threads must be a whole number/);
  });
});
