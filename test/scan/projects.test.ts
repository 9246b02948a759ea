import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog, scan } from '../../src/scan/index.js';
import { gatherContext } from '../../src/scan/context-gather.js';
import { workspaceContextReader } from '../../src/scan/context-reader-fs.js';
import { contentScanner } from '../../src/scan/scan-contents.js';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/projects');

type Row = [path: string, line: number, ruleId: string, severity: string, match: string];

/**
 * Every finding expected in test/fixtures/projects, laid out like real projects: the request struct, options class
 * or request dict in one file and the SDK client in a sibling file; manifests naming the SDK; a client already on
 * TokenHub still sending the old search fields; and what must stay quiet (a LangChain-style wrapper's `hunyuan-`
 * label, a self-hosted HunyuanVideo config, a bibliography `citation` field in a package with no legacy tie).
 */
const EXPECTED: Row[] = [
  ['go/go.mod', 7, 'hunyuan-sdk-dependency', 'warning', 'tencentcloud/hunyuan'],
  ['go/internal/hunyuanchat/client.go', 5, 'hunyuan-sdk', 'error', 'hunyuan/v20230901'],
  ['go/internal/hunyuanchat/client.go', 9, 'hunyuan-model-shutdown', 'error', 'hunyuan-turbos-latest'],
  ['go/internal/hunyuanchat/client.go', 16, 'hunyuan-sdk-llm-call', 'error', 'NewChatCompletions'],
  ['go/internal/hunyuanchat/client.go', 18, 'hunyuan-shared-search-param', 'error', 'Citation'],
  ['go/internal/hunyuanchat/client.go', 19, 'hunyuan-sdk-llm-call', 'error', 'ChatCompletions'],
  ['go/internal/hunyuanchat/types.go', 6, 'hunyuan-shared-search-param', 'error', 'Citation'],
  ['go/internal/hunyuanchat/types.go', 7, 'hunyuan-search-param', 'error', 'EnableEnhancement'],
  ['go/internal/hunyuanchat/types.go', 8, 'hunyuan-search-param', 'error', 'SearchInfo'],
  ['java/pom.xml', 9, 'hunyuan-sdk-dependency', 'warning', 'tencentcloud-sdk-java-hunyuan'],
  ['java/src/main/java/com/example/llm/ChatOptions.java', 10, 'hunyuan-search-param', 'error', 'EnableEnhancement'],
  ['java/src/main/java/com/example/llm/ChatOptions.java', 11, 'hunyuan-search-param', 'error', 'enableEnhancement'],
  ['java/src/main/java/com/example/llm/ChatOptions.java', 13, 'hunyuan-shared-search-param', 'error', 'Citation'],
  ['java/src/main/java/com/example/llm/ChatOptions.java', 14, 'hunyuan-shared-search-param', 'error', 'citation'],
  ['java/src/main/java/com/example/llm/ChatOptions.java', 17, 'hunyuan-search-param', 'error', 'EnableEnhancement'],
  ['java/src/main/java/com/example/llm/ChatOptions.java', 17, 'hunyuan-search-param', 'error', 'enableEnhancement'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 4, 'hunyuan-sdk', 'error', 'hunyuan.v20230901'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 5, 'hunyuan-sdk', 'error', 'hunyuan.v20230901'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 6, 'hunyuan-sdk', 'error', 'hunyuan.v20230901'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 9, 'hunyuan-model-not-on-tokenhub', 'error', 'hunyuan-lite'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 10, 'hunyuan-sdk-llm-call', 'error', 'HunyuanClient'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 13, 'hunyuan-sdk-llm-call', 'error', 'ChatCompletions'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 15, 'hunyuan-search-param', 'error', 'EnableEnhancement'],
  ['java/src/main/java/com/example/llm/HunyuanService.java', 16, 'hunyuan-sdk-llm-call', 'error', 'ChatCompletions'],
  ['node/config/llm.js', 2, 'lke-openai-endpoint', 'error', 'https://api.lkeap.cloud.tencent.com/v1'],
  ['node/routes/chat.js', 8, 'lke-deepseek-r1-model', 'error', 'deepseek-r1'],
  ['python/assistant/client.py', 5, 'hunyuan-sdk', 'error', 'hunyuan.v20230901'],
  ['python/assistant/client.py', 9, 'hunyuan-model-shutdown', 'error', 'hunyuan-standard'],
  ['python/assistant/client.py', 14, 'hunyuan-sdk-llm-call', 'error', 'HunyuanClient'],
  ['python/assistant/client.py', 15, 'hunyuan-sdk-llm-call', 'error', 'ChatCompletions'],
  ['python/assistant/client.py', 17, 'hunyuan-sdk-llm-call', 'error', 'ChatCompletions'],
  ['python/assistant/request.py', 5, 'hunyuan-shared-search-param', 'error', 'Citation'],
  ['python/assistant/request.py', 6, 'hunyuan-search-param', 'error', 'SearchInfo'],
  ['python/assistant/request.py', 9, 'hunyuan-search-param', 'error', 'EnableEnhancement'],
  ['python/imagegen/job.py', 5, 'hunyuan-sdk', 'warning', 'hunyuan.v20230901'],
  ['python/imagegen/job.py', 9, 'hunyuan-sdk-llm-call', 'error', 'HunyuanClient'],
  ['python/imagegen/job.py', 10, 'hunyuan-image-job', 'error', 'SubmitHunyuanImageJob'],
  ['python/imagegen/job.py', 12, 'hunyuan-image-job', 'error', 'SubmitHunyuanImageJob'],
  ['python/imagegen/job.py', 14, 'hunyuan-image-job', 'error', 'QueryHunyuanImageJob'],
  ['python/imagegen/job.py', 16, 'hunyuan-image-job', 'error', 'QueryHunyuanImageJob'],
  ['python/requirements.txt', 2, 'hunyuan-sdk-dependency', 'warning', 'tencentcloud-sdk-python-hunyuan'],
  ['python/service/answers.py', 6, 'hunyuan-shared-search-param', 'error', 'Citation'],
  ['ts/src/providers/hunyuan.ts', 11, 'hunyuan-model-not-on-tokenhub', 'error', 'hunyuan-lite'],
  ['ts/src/providers/hunyuan.ts', 14, 'hunyuan-shared-search-param', 'error', 'citation'],
  ['ts/src/providers/hunyuan.ts', 15, 'hunyuan-search-param', 'error', 'enable_enhancement'],
  ['ts/src/providers/hunyuan.ts', 16, 'hunyuan-shared-search-param', 'error', 'search_info'],
  ['ts/src/providers/hunyuan.ts', 17, 'hunyuan-search-param', 'error', 'enable_speed_search'],
];

const rowsOf = (findings: { path: string; line: number; ruleId: string; severity: string; match: string }[]): Row[] =>
  findings.map((f) => [f.path, f.line, f.ruleId, f.severity, f.match]);

describe('projects laid out like real ones', () => {
  it('finds exactly the expected findings', async () => {
    const inline = await scan({ root, threads: 1 });
    expect(rowsOf(inline.findings)).toEqual(EXPECTED);
    expect(inline.skipped).toEqual([]);
  });

  it('finds the same with the walk spread over worker threads (the bundled CLI on Node 24)', () => {
    const node24 = path.join(repo, 'node_modules/node/bin/node');
    const r = spawnSync(node24, [path.join(repo, 'dist/cli/index.js'), 'scan', '.', '--root', '.', '--format', 'json', '--fail-on', 'none', '--threads', '2'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // The JSON report orders findings its own way; the set is what must match.
    const key = (row: Row) => row.join('\u0000');
    expect(rowsOf(JSON.parse(r.stdout).findings).map(key).sort()).toEqual(EXPECTED.map(key).sort());
  });

  it('says where context from another file came from', async () => {
    const { findings } = await scan({ root });
    const at = (p: string, line: number) => findings.find((f) => f.path === p && f.line === line)!.message;
    expect(at('go/internal/hunyuanchat/types.go', 6)).toContain('(Context: Hunyuan SDK `hunyuan/v20230901` in client.go of the same package.)');
    expect(at('python/assistant/request.py', 9)).toContain('in client.py of the same package');
    expect(at('java/src/main/java/com/example/llm/ChatOptions.java', 13)).toContain('in HunyuanService.java of the same package');
    // A file in another folder that imports the one holding the legacy endpoint or client.
    expect(at('node/routes/chat.js', 8)).toContain('(Context: LKE endpoint `https://api.lkeap.cloud.tencent.com/v1` in node/config/llm.js, which this file imports.)');
    expect(at('python/service/answers.py', 6)).toContain('in python/assistant/client.py, which this file imports');
    // A file's own context needs no explanation.
    expect(at('go/internal/hunyuanchat/client.go', 18)).not.toContain('(Context:');
    // The half-migrated client is told why the old fields break on TokenHub.
    expect(at('ts/src/providers/hunyuan.ts', 14)).toContain('already calls TokenHub');
  });

  it('leaves the quiet files quiet', async () => {
    const { findings } = await scan({ root });
    const paths = new Set(findings.map((f) => f.path));
    for (const p of ['python/wrappers/hunyuan_llm.py', 'video/config.yaml', 'go/internal/search/types.go', 'ts/package.json', 'node/routes/models.js']) expect(paths.has(p)).toBe(false);
  });

  it('gives a changed file alone the context of its package, reading only its directory and the manifests above', async () => {
    const catalog = compileCatalog(RULES);
    const changed = ['go/internal/hunyuanchat/types.go', 'go/internal/search/types.go'];
    const reads: string[] = [];
    const base = workspaceContextReader(root);
    const reader = { listFiles: base.listFiles, read: (paths: string[], max: number, on: (p: string, b: Uint8Array | undefined) => void) => (reads.push(...paths), base.read(paths, max, on)) };
    const { index } = await gatherContext(changed, reader, catalog, { maxFileBytes: 1 << 20 });
    expect(reads.sort()).toEqual(['go/go.mod', 'go/internal/hunyuanchat/client.go', 'go/internal/hunyuanchat/types.go', 'go/internal/search/types.go']);
    const scanner = contentScanner({ root, catalog, context: index });
    for (const p of changed) scanner.add({ path: p, bytes: readFileSync(path.join(root, p)) });
    const expected = EXPECTED.filter((r) => changed.includes(r[0]));
    expect(rowsOf(scanner.result().findings)).toEqual(expected);
    // The same files through scan() with the gathered context: the same findings.
    const viaScan = await scan({ root, paths: changed, context: index });
    expect(rowsOf(viaScan.findings)).toEqual(expected);
  });

  it('gives a changed file the context of the files it imports by relative path, reading those files too', async () => {
    const catalog = compileCatalog(RULES);
    const changed = ['node/routes/chat.js', 'node/routes/models.js'];
    const reads: string[] = [];
    const base = workspaceContextReader(root);
    const reader = { listFiles: base.listFiles, read: (paths: string[], max: number, on: (p: string, b: Uint8Array | undefined) => void) => (reads.push(...paths), base.read(paths, max, on)) };
    const { index } = await gatherContext(changed, reader, catalog, { maxFileBytes: 1 << 20 });
    expect(reads.sort()).toEqual(['node/config/llm.js', 'node/package.json', 'node/routes/chat.js', 'node/routes/models.js']);
    const viaScan = await scan({ root, paths: changed, context: index });
    expect(rowsOf(viaScan.findings)).toEqual(EXPECTED.filter((r) => changed.includes(r[0])));
    expect(viaScan.findings[0]!.message).toContain('in node/config/llm.js, which this file imports');
  });

  it('takes project context from a manifest for Hunyuan-only names, not for names other vendors share', async () => {
    const catalog = compileCatalog(RULES);
    const changed = ['python/other/settings.py'];
    const files: Record<string, string> = {
      'python/requirements.txt': 'tencentcloud-sdk-python-hunyuan==3.0.1\n',
      'python/other/settings.py': 'PARAMS = {"EnableEnhancement": False, "citation": True}\n',
    };
    const reader = {
      listFiles: async (dirs: readonly string[]) => new Map(dirs.map((dir) => [dir, Object.keys(files).filter((p) => path.posix.dirname(p) === (dir || '.'))])),
      read: async (paths: string[], _max: number, on: (p: string, b: Uint8Array | undefined) => void) => {
        for (const p of paths) on(p, Buffer.from(files[p]!));
      },
    };
    const { index } = await gatherContext(changed, reader, catalog, { maxFileBytes: 1 << 20 });
    const scanner = contentScanner({ root: '/', catalog, context: index });
    scanner.add({ path: changed[0]!, bytes: Buffer.from(files[changed[0]!]!) });
    const found = scanner.result().findings;
    expect(rowsOf(found)).toEqual([['python/other/settings.py', 1, 'hunyuan-search-param', 'error', 'EnableEnhancement']]);
    expect(found[0]!.message).toContain('(Context: Hunyuan SDK dependency `tencentcloud-sdk-python-hunyuan` in python/requirements.txt of the project.)');
  });
});
