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
  write('svc/Tools/Plain.cs', 'namespace Svc.Tools;\npublic class Plain {}\n');
  write('svc/Tools/Endpoint.cs', 'namespace Svc.Tools;\npublic static class Endpoint { public const string BaseUrl = "https://api.hunyuan.cloud.tencent.com/v1"; }\n');
  write('svc/Tools/Helper.cs', 'namespace Svc.Tools;\npublic class Helper {}\n');
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
    // The changed files' own directories, the manifests above them, and the C# files git found naming the SDK: not
    // Other.cs, nothing of svc/Tools but the file with the host.
    expect(reads).toEqual(['svc/App.csproj', 'svc/Chat/Options.cs', 'svc/Infra/GlobalUsings.cs', 'svc/Tools/Endpoint.cs', 'web/Forms/Options.cs', 'web/web.csproj']);
  });

  it.each([
    ['the head commit', () => commitContextReader(dir, head)],
    ['the checkout', () => workspaceContextReader(dir)],
  ])('from %s: changed files that need nothing from elsewhere are read alone, their folders and projects not at all', async (_what, reader) => {
    const { rows, reads } = await findingsFor(['svc/Tools/Plain.cs', 'svc/Tools/Endpoint.cs'], reader());
    expect(rows).toEqual(['svc/Tools/Endpoint.cs:2:hunyuan-openai-endpoint:']);
    expect(reads).toEqual(['svc/Tools/Endpoint.cs', 'svc/Tools/Plain.cs']);
  });
});

describe('findProjectImportCandidates', () => {
  it('finds index modules and C# files at any depth under each root, by name, and nothing outside the roots', async () => {
    const { findProjectImportCandidates } = await import('../../src/scan/project-imports.js');
    const repo = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-project-import-names-'));
    try {
      const put = (rel: string, content: string) => {
        mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
        writeFileSync(path.join(repo, rel), content);
      };
      const reexport = "export * from 'tencentcloud-sdk-nodejs-hunyuan';\n";
      put('app/index.ts', reexport);
      put('app/lib/deep/index.mjs', reexport);
      put('app/GlobalUsings.cs', 'global using TencentCloud.Hunyuan.V20230901;\n');
      put('app/src/Deep/Usings.cs', 'global using TencentCloud.Lkeap.V20240522;\n');
      put('app/myindex.ts', reexport); // not an index module
      put('app/index.ts.bak', reexport);
      put('app/docs/index.md', reexport);
      put('app/quiet/index.js', "export * from './x';\n");
      put('other/index.ts', reexport); // another project
      execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
      execFileSync('git', ['add', '-A'], { cwd: repo });
      const found = await findProjectImportCandidates(repo, ['app']);
      expect(found.sort()).toEqual(['app/GlobalUsings.cs', 'app/index.ts', 'app/lib/deep/index.mjs', 'app/src/Deep/Usings.cs']);
      expect((await findProjectImportCandidates(repo, [''])).sort()).toEqual(['app/GlobalUsings.cs', 'app/index.ts', 'app/lib/deep/index.mjs', 'app/src/Deep/Usings.cs', 'other/index.ts']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
