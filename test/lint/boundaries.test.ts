import { ESLint } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
// @ts-expect-error: the rule is plain JavaScript, without types.
import noFolderCycle from '../../eslint/no-folder-cycle.js';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering in eslint.config.js, checked on code written for the purpose: lint must fail on an import across
 * the boundaries (the core importing the Actions toolkit or a face, a folder importing one above it, which is how
 * a folder cycle starts) and on a module-level cycle.
 */

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', () => {
  for (const folder of ['catalog', 'scan', 'triage', 'target']) {
    it(`src/${folder} imports nothing from @actions/*, src/action or src/cli`, async () => {
      const code = `import * as core from '@actions/core';\nimport { run } from '../action/run.js';\nimport { main } from '../cli/main.js';\nexport const x = [core, run, main];\n`;
      const found = await problems(`src/${folder}/boundary-probe.ts`, code);
      expect(found.filter((p) => p.startsWith('no-restricted-imports'))).toHaveLength(3);
    });
  }

  it('fails when a folder imports one above it (the start of a folder cycle: scan <-> triage)', async () => {
    const found = await problems('src/scan/boundary-probe.ts', `import { triage } from '../triage/triage.js';\nexport const x = triage;\n`);
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/scan is below src\/triage/)]);
  });

  it('lets a folder import the ones below it', async () => {
    const found = await problems('src/triage/boundary-probe.ts', `import { scan } from '../scan/index.js';\nimport type { Finding } from '../finding/finding.js';\nexport const x: [typeof scan, Finding?] = [scan];\n`);
    expect(found).toEqual([]);
  });

  it('keeps the two faces apart', async () => {
    const found = await problems('src/cli/boundary-probe.ts', `import { run } from '../action/run.js';\nexport const x = run;\n`);
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it('fails on a module-level cycle', async () => {
    // src/finding/severity.ts imports ./finding.js: finding.ts importing severity back closes a cycle.
    const found = await problems('src/finding/finding.ts', `import { atOrAbove } from './severity.js';\nexport const x = atOrAbove;\n`);
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle detected/)]);
  });
});

describe('folder cycles (eslint/no-folder-cycle.js)', () => {
  it('fails on a folder cycle in src, next to the layer rule', async () => {
    // src/scan imports src/catalog: the catalog importing the scan back closes a cycle of folders.
    const found = await problems('src/catalog/boundary-probe.ts', `import { scan } from '../scan/index.js';\nexport const x = scan;\n`);
    expect(found).toContainEqual(expect.stringMatching(/^local\/no-folder-cycle: Folder cycle: src\/catalog → src\/scan → src\/catalog\./));
  });

  it('also covers folders that no layer list names', async () => {
    // A tree of its own, with the rule alone: alpha imports beta; beta importing alpha is a cycle, gamma importing alpha is not.
    const cwd = path.resolve('test/fixtures/lint-folder-cycle');
    const lint = new ESLint({
      cwd,
      ignore: false,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { local: { rules: { 'no-folder-cycle': noFolderCycle } } },
          rules: { 'local/no-folder-cycle': ['error', { root: 'src' }] },
        },
      ],
    });
    const messages = async (file: string, code: string) => (await lint.lintText(code, { filePath: path.join(cwd, file) }))[0]!.messages.map((m) => m.message);
    expect(await messages('src/beta/probe.ts', `import { a } from '../alpha/a.js';\nexport const x = a;\n`)).toEqual([
      'Folder cycle: src/beta → src/alpha → src/beta. Findings flow one way: move what both need into the lower folder.',
    ]);
    expect(await messages('src/gamma/probe.ts', `import { a } from '../alpha/a.js';\nexport const x = a;\n`)).toEqual([]);
    expect(await messages('src/beta/dynamic.ts', `export const load = () => import('../alpha/a.js');\n`)).toHaveLength(1);
  });
});
