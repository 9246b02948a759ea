import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog } from '../../src/scan/compile.js';
import { gatherContext, type ContextReader } from '../../src/scan/context-gather.js';
import { workspaceContextReader } from '../../src/scan/context-reader-fs.js';
import { contentScanner } from '../../src/scan/scan-contents.js';
import { commitContextReader } from '../../src/target/tree-reader.js';

/**
 * A pull request's context includes a project-wide import (C#'s `global using`) in a file it does not change, in a
 * directory it does not touch: found by git, read alone, not the project.
 */
const catalog = compileCatalog(RULES);
let dir: string;
let head: string;

function write(rel: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), content);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-project-imports-'));
  write('svc/App.csproj', '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Newtonsoft.Json" Version="13.0.3" /></ItemGroup></Project>\n');
  write('svc/Infra/GlobalUsings.cs', 'global using TencentCloud.Hunyuan.V20230901;\nglobal using TencentCloud.Hunyuan.V20230901.Models;\n');
  write('svc/Chat/Options.cs', 'namespace Svc.Chat;\n\npublic class Options\n{\n    public bool? EnableEnhancement { get; set; }\n}\n');
  write('svc/Infra/Other.cs', 'namespace Svc.Infra;\npublic class Other {}\n');
  // Another project in the same repository, with no legacy tie: its own changed file stays quiet.
  write('web/web.csproj', '<Project Sdk="Microsoft.NET.Sdk"></Project>\n');
  write('web/Forms/Options.cs', 'namespace Web.Forms;\n\npublic class Options\n{\n    public bool? EnableEnhancement { get; set; }\n}\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x');
  head = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findingsFor(changed: string[], reader: ContextReader): Promise<{ rows: string[]; reads: string[] }> {
  const reads: string[] = [];
  const counting: ContextReader = { ...reader, read: (paths, max, on) => (reads.push(...paths), reader.read(paths, max, on)) };
  const { index } = await gatherContext(changed, counting, catalog, { maxFileBytes: 1 << 20 });
  const scanner = contentScanner({ root: dir, catalog, context: index });
  for (const p of changed) scanner.add({ path: p, bytes: readFileSync(path.join(dir, p)) });
  return { rows: scanner.result().findings.map((f) => `${f.path}:${f.line}:${f.ruleId}:${f.context?.path ?? ''}`), reads: reads.sort() };
}

describe('project-wide imports in pull-request context', () => {
  it.each([
    ['the head commit', () => commitContextReader(dir, head)],
    ['the checkout', () => workspaceContextReader(dir)],
  ])('from %s: a changed file takes the global using of an unchanged directory; the other project does not', async (_what, reader) => {
    const { rows, reads } = await findingsFor(['svc/Chat/Options.cs', 'web/Forms/Options.cs'], reader());
    expect(rows).toEqual(['svc/Chat/Options.cs:5:hunyuan-search-param:svc/Infra/GlobalUsings.cs']);
    // The changed files' own directories, the manifests above them, and the one file git found: not Other.cs.
    expect(reads).toEqual(['svc/App.csproj', 'svc/Chat/Options.cs', 'svc/Infra/GlobalUsings.cs', 'web/Forms/Options.cs', 'web/web.csproj']);
  });
});
