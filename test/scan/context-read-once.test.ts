import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog } from '../../src/scan/compile.js';
import { applyContext, contextIndexOf } from '../../src/scan/context-pass.js';
import { FileReader, scanFiles } from '../../src/scan/scan-file.js';
import { scan } from '../../src/scan/scanner.js';
import { walkFiles } from '../../src/scan/list-files.js';

/**
 * The full scan decides the files that take context from their package or project from what its first pass kept,
 * while their bytes were at hand: no file is read twice. Counted by the scanner's own FileReader.
 */
const catalog = compileCatalog(RULES);
const MAX = 10 * 1024 * 1024;
const projects = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/projects');
let dir: string;

function write(rel: string, content: string): void {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-read-once-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('context without a second read', () => {
  it.each(['go', 'java', 'python'])('%s project: every file opened once, context decided from kept matches', async (tree) => {
    const got = await scan({ root: path.join(projects, tree), threads: 1 });
    expect(got.context).toEqual({ decided: expect.any(Number), readAgain: 0 });
    expect(got.context!.decided).toBeGreaterThan(0);
  });

  it('a struct file beside its client: one read each, and the field is found with the client as context', () => {
    write('pkg/chat/types.go', 'package chat\n\ntype Request struct {\n\tCitation bool `json:"Citation,omitempty"`\n}\n');
    write('pkg/chat/client.go', 'package chat\n\nimport hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\n\nfunc Ask(c *hunyuan.Client, r *hunyuan.ChatCompletionsRequest) {\n\tc.ChatCompletions(r)\n}\n');
    write('pkg/other/types.go', 'package other\n\ntype Request struct {\n\tCitation bool `json:"citation"`\n}\n');
    const files = [...walkFiles({ root: dir }).files].filter((f) => f.rel.startsWith('pkg/'));
    const reader = new FileReader(catalog);
    // One batch per directory, as the walk gives them.
    const inDir = (d: string) => files.filter((f) => path.posix.dirname(f.rel) === d);
    const result = scanFiles(inDir('pkg/chat'), catalog, MAX, reader);
    scanFiles(inDir('pkg/other'), catalog, MAX, reader, result);
    const stats = applyContext(contextIndexOf(result), result, catalog, MAX, dir, reader);
    expect(reader.counters.opened).toBe(3);
    expect(stats).toEqual({ decided: 1, readAgain: 0 });
    const citation = result.findings.filter((f) => f.ruleId === 'hunyuan-shared-search-param');
    expect(citation.map((f) => `${f.path}:${f.line}`)).toEqual(['pkg/chat/types.go:4']);
    expect(citation[0]!.message).toContain('client.go of the same package');
  });

  it('a file whose context comes from another batch is read again, and only then', () => {
    const files = [...walkFiles({ root: dir }).files].filter((f) => f.rel.startsWith('pkg/chat/'));
    const reader = new FileReader(catalog);
    // The struct file alone first, its client in a later batch: the struct file could not be decided at once.
    const types = files.filter((f) => f.rel.endsWith('types.go'));
    const client = files.filter((f) => f.rel.endsWith('client.go'));
    const result = scanFiles(types, catalog, MAX, reader);
    scanFiles(client, catalog, MAX, reader, result);
    const stats = applyContext(contextIndexOf(result), result, catalog, MAX, dir, reader);
    expect(stats).toEqual({ decided: 0, readAgain: 1 });
    expect(result.findings.filter((f) => f.ruleId === 'hunyuan-shared-search-param').map((f) => f.path)).toEqual(['pkg/chat/types.go']);
  });
});
