import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog } from '../../src/scan/compile.js';
import { mayImportBeyondFolder, relativeImportCandidates } from '../../src/scan/relative-imports.js';
import { FileReader } from '../../src/scan/scan-file.js';

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

  it('gives the same answer searched in place by the reader as by byte searches, files kept side by side', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const bits = ["'./a'", '"./sub/x"', '`./t/${n}`', '../up', "'./", 'from .', 'FROM ..x', 'from ..pkg import y', 'from .a.b import c', 'from . import d', 'x.y', '/', "'", '\n', 'a/b', ' ', '.', 'import '];
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-imports-'));
    try {
      const reader = new FileReader(compileCatalog(RULES));
      let compared = 0;
      let yes = 0;
      for (let round = 0; round < 200; round++) {
        const files = Array.from({ length: 3 }, (_, i) => {
          const rel = `f${round}_${i}.${pick(['js', 'ts', 'py', 'go'])}`;
          const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(bits)).join(pick(['', ' ', '\n']));
          writeFileSync(path.join(dir, rel), text);
          return { rel, text };
        });
        reader.clear();
        const kept = files.map((f) => {
          const read = reader.read(path.join(dir, f.rel), 1 << 20);
          if ('skipped' in read) throw new Error(read.skipped);
          return { ...f, place: reader.keep()! };
        });
        for (const f of kept) {
          const expected = mayImportBeyondFolder(Buffer.from(f.text), f.rel);
          expect(reader.mayImportBeyondFolder(f.place, f.rel), `${f.rel}: ${JSON.stringify(f.text)}`).toBe(expected);
          compared++;
          if (expected) yes++;
        }
      }
      expect(compared).toBe(600);
      // Both answers are well represented.
      expect(yes).toBeGreaterThan(100);
      expect(compared - yes).toBeGreaterThan(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
