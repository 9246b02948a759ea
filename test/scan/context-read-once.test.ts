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
 * The full scan decides the files that take context from their package or project from what its first pass kept
 * while their bytes were at hand. A file is read a second time only when it has none of the prefilter's anchors, holds
 * one of the rules that context can make report, and its package or project turns out to lend it context: the
 * struct file beside its client. Counted by the scanner's own FileReader.
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

describe('context with few second reads', () => {
  it.each(['go', 'java', 'python'])('%s project: only the file whose field takes its client as context is read twice', async (tree) => {
    const got = await scan({ root: path.join(projects, tree), threads: 1 });
    expect(got.context).toEqual({ decided: expect.any(Number), readAgain: 1 });
  });

  it('a struct file beside its client is read again, one in a package without a client is not, whatever the batches', () => {
    write('pkg/chat/types.go', 'package chat\n\ntype Request struct {\n\tCitation bool `json:"Citation,omitempty"`\n}\n');
    write('pkg/chat/client.go', 'package chat\n\nimport hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\n\nfunc Ask(c *hunyuan.Client, r *hunyuan.ChatCompletionsRequest) {\n\tc.ChatCompletions(r)\n}\n');
    write('pkg/other/types.go', 'package other\n\ntype Request struct {\n\tCitation bool `json:"citation"`\n}\n');
    const files = [...walkFiles({ root: dir }).files].filter((f) => f.rel.startsWith('pkg/'));
    const inDir = (d: string) => files.filter((f) => path.posix.dirname(f.rel) === d);
    const types = files.filter((f) => f.rel === 'pkg/chat/types.go');
    const client = files.filter((f) => f.rel === 'pkg/chat/client.go');
    // One batch per directory, as the walk gives them; then the struct file and its client in separate batches.
    for (const batches of [[inDir('pkg/chat'), inDir('pkg/other')], [types, inDir('pkg/other'), client]]) {
      const reader = new FileReader(catalog);
      const result = scanFiles(batches[0]!, catalog, MAX, reader);
      for (const batch of batches.slice(1)) scanFiles(batch, catalog, MAX, reader, result);
      expect(result.undecided.sort()).toEqual(['pkg/chat/types.go', 'pkg/other/types.go']);
      const stats = applyContext(contextIndexOf(result), result, catalog, MAX, dir);
      expect(reader.counters.opened).toBe(3);
      expect(stats).toEqual({ decided: 0, readAgain: 1 });
      const citation = result.findings.filter((f) => f.ruleId === 'hunyuan-shared-search-param');
      expect(citation.map((f) => `${f.path}:${f.line}`)).toEqual(['pkg/chat/types.go:4']);
      expect(citation[0]!.message).toContain('client.go of the same package');
    }
  });

  it('keeps the matches of a file without any prefilter anchor that imports beyond its folder, and lists the rest', () => {
    write('web/api/options.ts', "import { client } from '../llm/client';\nexport const options = { citation: true };\n");
    write('web/api/local.ts', "import { x } from './x';\nexport const options = { citation: true };\n");
    write('web/api/plain.ts', 'export const n = 1;\n');
    write('web/notes.md', 'Set `enable_search` in the old API.\n');
    const files = [...walkFiles({ root: dir }).files].filter((f) => f.rel.startsWith('web/'));
    const result = scanFiles(files, catalog, MAX, new FileReader(catalog));
    // Its imports may reach a file that lends context from anywhere; a file importing only its own folder takes
    // context as its siblings give it; a file with no anchor of those rules, or that takes no context, neither.
    expect(result.pending.map((p) => [p.path, p.imports?.length ?? 0])).toEqual([['web/api/options.ts', 1]]);
    expect(result.undecided).toEqual(['web/api/local.ts']);
    expect(result.findings).toEqual([]);
  });
});
