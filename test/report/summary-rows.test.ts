/**
 * How many findings the job summary lists is said in three places: the summary itself ("… and N more"), the action's
 * log, and the README. A full scan with more findings than that, run as the runner does, and the README's sentence.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX_ROWS } from '../../src/report/fit.js';
import { runAction } from '../support/run-action.js';

describe('how many findings the job summary lists', () => {
  it('the summary, the log and the README give the same number', async () => {
    const n = SUMMARY_MAX_ROWS + 3;
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'tmc-rows-'));
    try {
      writeFileSync(path.join(workspace, 'endpoints.txt'), Array.from({ length: n }, (_, i) => `region_${i} = https://api.hunyuan.cloud.tencent.com/v1`).join('\n') + '\n');
      const r = await runAction({ workspace, inputs: { mode: 'full', 'github-token': '', 'check-run': 'false', 'fail-on': 'none' } });
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.outputs.findings).toBe(String(n));
      expect(r.summary).toContain(`… and 3 more findings`);
      expect(r.stdout).toContain(`The job summary lists the ${SUMMARY_MAX_ROWS} most severe of these ${n} findings`);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`job summary lists the findings with their fix, most severe first (at most ${SUMMARY_MAX_ROWS}, and says how many more`);
    expect(readme).not.toMatch(/job summary lists every finding/);
  }, 60_000);
});
