import { ESLint } from 'eslint';
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
