import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../catalog/index.js';
import type { CompiledCatalog } from '../scan/compile.js';
import type { Reporter } from './context.js';
import { buildSarif } from './sarif.js';

/** What the SARIF reporter wrote. */
export interface SarifFileProduct {
  /** As the user named it. */
  file: string;
  /** Where it was written. */
  path: string;
  included: number;
  omitted: number;
  warnings: readonly string[];
}

/**
 * Writes SARIF 2.1.0 of every reported finding (those the baseline knows marked `unchanged`), cut to GitHub's
 * limits with a warning. `branch` is the ref the results belong to (GITHUB_REF in the action).
 */
export function sarifFileReporter(file: string, opts: { rules: readonly Rule[]; catalog: CompiledCatalog; branch?: string }): Reporter<SarifFileProduct> {
  return {
    name: 'SARIF file',
    needsApi: false,
    async run(ctx) {
      const known = ctx.outcome.baseline?.knownFingerprints;
      const out = buildSarif(ctx.result, {
        rules: opts.rules,
        catalog: opts.catalog,
        ...(known ? { knownFingerprints: known } : {}),
        versionControl: {
          repositoryUri: `${ctx.repo.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`,
          revisionId: ctx.headSha,
          ...(opts.branch ? { branch: opts.branch } : {}),
        },
      });
      const abs = path.resolve(ctx.result.root, file);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.writeFile(abs, out.text);
      for (const w of out.warnings) ctx.log.warning(w);
      if (ctx.mode === 'diff') {
        ctx.log.notice('The SARIF file of a diff-mode run holds the changed files only; upload SARIF from full scans (schedule, push) to code scanning.');
      }
      ctx.log.info(`Wrote SARIF (${out.included} results) to ${file}.`);
      return { file, path: abs, included: out.included, omitted: out.omitted, warnings: out.warnings };
    },
  };
}
