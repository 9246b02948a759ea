import { describe, expect, it } from 'vitest';
import { mayImportBeyondFolder, relativeImportCandidates } from '../../src/scan/relative-imports.js';

describe('relative imports', () => {
  it('follows every JavaScript and TypeScript import form, with the extensions and index files a bundler tries', () => {
    const text = [
      "const llm = require('../config/llm');",
      "import { client } from './client.js';",
      "export * from './types';",
      "import './setup.mjs';",
      "const lazy = await import('../lazy/index.ts');",
      "import pkg from 'openai';",
      "import data from './data.json?raw';",
    ].join('\n');
    const got = relativeImportCandidates(text, 'src/routes/chat.ts');
    expect(got.map((c) => c[0])).toEqual(['src/config/llm.js', 'src/routes/client.js', 'src/routes/types.js', 'src/routes/setup.mjs', 'src/lazy/index.ts', 'src/routes/data.json']);
    expect(got[0]).toContain('src/config/llm.ts');
    expect(got[0]).toContain('src/config/llm/index.js');
    // TypeScript's ESM style names the emitted .js file for a .ts source.
    expect(got[1]).toEqual(['src/routes/client.js', 'src/routes/client.ts', 'src/routes/client.tsx']);
  });

  it('follows Python relative imports of modules, submodules and packages, one dot per level', () => {
    const text = ['from .request import build_params', 'from ..assistant import client, request as req', 'from . import settings', 'from .pkg.sub import (Name,', 'import os', 'from os import path'].join('\n');
    const got = relativeImportCandidates(text, 'app/service/answers.py');
    expect(got).toEqual([
      ['app/service/request/build_params.py', 'app/service/request/build_params/__init__.py', 'app/service/request.py', 'app/service/request/__init__.py'],
      ['app/assistant/client.py', 'app/assistant/client/__init__.py', 'app/assistant.py', 'app/assistant/__init__.py'],
      ['app/assistant/request.py', 'app/assistant/request/__init__.py', 'app/assistant.py', 'app/assistant/__init__.py'],
      ['app/service/settings.py', 'app/service/settings/__init__.py'],
      ['app/service/pkg/sub/Name.py', 'app/service/pkg/sub/Name/__init__.py', 'app/service/pkg/sub.py', 'app/service/pkg/sub/__init__.py'],
    ]);
  });

  it('never climbs above the scan root, and ignores package imports and other languages', () => {
    expect(relativeImportCandidates("require('../../x')", 'a/b.js')).toEqual([]);
    expect(relativeImportCandidates('from ... import x', 'a/b.py')).toEqual([]);
    expect(relativeImportCandidates("import x from 'left-pad'", 'a/b.js')).toEqual([]);
    expect(relativeImportCandidates('import "./client"', 'a/b.go')).toEqual([]);
  });

  it('tells by a few byte searches whether a file may import beyond its folder (only those imports add context)', () => {
    const js = (t: string) => mayImportBeyondFolder(Buffer.from(t), 'src/a.js');
    const py = (t: string) => mayImportBeyondFolder(Buffer.from(t), 'pkg/a.py');
    expect(js("const c = require('../config/llm');")).toBe(true);
    expect(js('import { x } from "./config/llm";')).toBe(true);
    expect(js("import { x } from './client.js';\nconst s = 'a/b';")).toBe(false);
    expect(py('from ..assistant import client')).toBe(true);
    expect(py('from .pkg.sub import Name')).toBe(true);
    expect(py('from .request import build\nfrom . import settings')).toBe(false);
    expect(mayImportBeyondFolder(Buffer.from("require('../x')"), 'a/b.go')).toBe(false);
  });
});
