import { ReportPathError, writeReportFile } from '../safe-fs/report-path.js';
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

/** The path could not be used (outside the workspace, through a link, a folder): the message says why. */
export interface SarifFileRefused {
  file: string;
  refused: string;
}

/**
 * Writes SARIF 2.1.0 of every reported finding (those the baseline knows marked `unchanged`), cut to GitHub's
 * limits with a warning. `branch` is the ref the results belong to (GITHUB_REF in the action).
 */
export function sarifFileReporter(
  file: string,
  opts: { rules: readonly Rule[]; catalog: CompiledCatalog; branch?: string; roots?: readonly string[] },
): Reporter<SarifFileProduct | SarifFileRefused> {
  return {
    name: 'SARIF file',
    needsApi: false,
    async run(ctx) {
      const known = ctx.outcome.baseline?.knownFingerprints;
      const out = buildSarif(ctx.result, {
        rules: opts.rules,
        catalog: opts.catalog,
        ...(known ? { knownFingerprints: known } : {}),
        suppressed: ctx.outcome.suppressed,
        versionControl: {
          repositoryUri: `${ctx.repo.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`,
          revisionId: ctx.headSha,
          ...(opts.branch ? { branch: opts.branch } : {}),
        },
      });
      let abs: string;
      try {
        abs = await writeReportFile(file, opts.roots ?? [ctx.result.root], out.text, 'the SARIF file (sarif-file)');
      } catch (err) {
        // Not a reporter's hiccup: the workflow asked for a file it cannot have; the step fails once outputs are set.
        if (err instanceof ReportPathError) return { file, refused: err.message };
        throw err;
      }
      for (const w of out.warnings) ctx.log.warning(w);
      if (ctx.mode === 'diff') {
        ctx.log.notice('The SARIF file of a diff-mode run holds the changed files only; upload SARIF from full scans (schedule, push) to code scanning.');
      }
      ctx.log.info(`Wrote SARIF (${out.included} results) to ${file}.`);
      return { file, path: abs, included: out.included, omitted: out.omitted, warnings: out.warnings };
    },
  };
}
