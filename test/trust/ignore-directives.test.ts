/**
 * Issue 15, item 14: ignore comments cannot over-ignore. A directive naming a rule id that does not exist (a typo)
 * used to be read as a reason and ignored every rule on the line; now it ignores nothing and the finding says why,
 * with the nearest id. Directives work in any letter case. Ignored findings are recorded: JSON `suppressed` with the
 * reason, SARIF `suppressions` (kind inSource, with the justification) so code scanning shows them dismissed.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIgnoreDirectives } from '../../src/scan/ignore-directives.js';
import { schemaErrors } from '../support/sarif-validate.js';

const CLI = path.resolve('dist/cli/index.js');
const URL = 'https://api.hunyuan.cloud.tencent.com/v1';
let ws: string;

beforeAll(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-ignores-'));
  const files: Record<string, string> = {
    'typo.py': `BASE = "${URL}"  # tokenhub-migration-ignore hunyuan-openai-endpiont\n`,
    'typo_next.py': `# tokenhub-migration-ignore-next-line hunyuan-openai-endpoint, legacy-endpiont -- both named\nBASE = "${URL}"\n`,
    'upper_next.py': `# TOKENHUB-MIGRATION-IGNORE-NEXT-LINE -- vendored copy of the old client\nBASE = "${URL}"\n`,
    'upper_id.py': `BASE = "${URL}"  # Tokenhub-Migration-Ignore HUNYUAN-OPENAI-ENDPOINT\n`,
    'reason_words.py': `BASE = "${URL}"  # tokenhub-migration-ignore test fixture\n`,
  };
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(ws, name), text);
});
afterAll(() => fs.rm(ws, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'scan', '.', ...args], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
}

describe('ignore comments', () => {
  it('a misspelt rule id ignores nothing, and the finding says so with the nearest id', () => {
    const r = cli('--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const byPath = Object.fromEntries(report.findings.map((f: { path: string }) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['typo.py', 'typo_next.py']);
    expect(byPath['typo.py'].ignoreProblem).toBe(
      "The ignore comment on line 1 ignores nothing: 'hunyuan-openai-endpiont' (did you mean 'hunyuan-openai-endpoint'?) is not a rule id or category. Fix the id, or put a reason after ' -- '.",
    );
    // One unknown name among known ones is enough: the directive ignores nothing.
    expect(byPath['typo_next.py'].ignoreProblem).toMatch(/^The ignore comment on line 1 ignores nothing: 'legacy-endpiont' \(did you mean 'legacy-endpoint'\?\)/);
  });

  it('upper-case directives and ids work, and every ignored finding is recorded with its reason', () => {
    const report = JSON.parse(cli('--format', 'json').stdout);
    const suppressed = Object.fromEntries(report.suppressed.map((s: { path: string; reason: string }) => [s.path, s.reason]));
    expect(suppressed).toEqual({
      'upper_next.py': 'vendored copy of the old client',
      'upper_id.py': 'inline ignore comment (no reason given)',
      'reason_words.py': 'test fixture',
    });
  });

  it('SARIF carries the ignored findings as in-source suppressions with the justification, and is valid', () => {
    const log = JSON.parse(cli('--format', 'sarif').stdout);
    expect(schemaErrors(log)).toEqual([]);
    const results = log.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown[] }[];
    const uri = (r: (typeof results)[number]) => r.locations[0]!.physicalLocation.artifactLocation.uri;
    const suppressions = Object.fromEntries(results.filter((r) => r.suppressions).map((r) => [uri(r), r.suppressions]));
    expect(suppressions).toEqual({
      'upper_next.py': [{ kind: 'inSource', status: 'accepted', justification: 'vendored copy of the old client' }],
      'upper_id.py': [{ kind: 'inSource', status: 'accepted', justification: 'inline ignore comment (no reason given)' }],
      'reason_words.py': [{ kind: 'inSource', status: 'accepted', justification: 'test fixture' }],
    });
    expect(results.filter((r) => !r.suppressions).map(uri).sort()).toEqual(['typo.py', 'typo_next.py']);
  });

  it('the text report shows the problem under the finding', () => {
    const r = cli();
    expect(r.stdout).toContain("'hunyuan-openai-endpiont' (did you mean 'hunyuan-openai-endpoint'?)");
  });

  it('plain reason words are still a reason, but a word shaped like a rule id is checked', () => {
    const known = new Set(['hunyuan-openai-endpoint', 'legacy-endpoint']);
    expect(parseIgnoreDirectives('# tokenhub-migration-ignore kept for now', known)).toEqual([{ scope: 'line', targets: [], reason: 'kept for now', unknown: [] }]);
    expect(parseIgnoreDirectives('# tokenhub-migration-ignore third-party code', known)[0]!.unknown).toEqual(['third-party']);
    expect(parseIgnoreDirectives('# tokenhub-migration-ignore -- third-party code', known)[0]).toEqual({ scope: 'line', targets: [], reason: 'third-party code', unknown: [] });
  });
});
