import type { Rule } from '../catalog/index.js';
import type { CompiledCatalog } from '../scan/compile.js';
import type { ScannedTarget } from '../target/index.js';
import type { TriageOutcome } from '../triage/triage.js';
import { baselineSummaryOf, jsonReportOptions, renderJsonReport } from './json-report.js';
import { buildSarif } from './sarif.js';
import { renderBaselineNote, renderDiffNote, renderText } from './text-format.js';

/**
 * A scan's report in one of the CLI's formats: JSON and SARIF list every reported finding (those the baseline knows
 * marked as such); text lists what the run judges, with the change's and the baseline's notes.
 */
export function renderReport(
  format: 'text' | 'json' | 'sarif',
  target: ScannedTarget,
  outcome: TriageOutcome,
  opts: { rules: readonly Rule[]; catalog: CompiledCatalog; color: boolean; verbose?: boolean },
): { text: string; warnings: readonly string[] } {
  const reported = { ...target.result, findings: [...outcome.reported] };
  if (format === 'json') return { text: renderJsonReport(reported, jsonReportOptions(outcome)), warnings: [] };
  if (format === 'sarif') {
    const known = outcome.baseline?.knownFingerprints;
    const sarif = buildSarif(reported, { rules: opts.rules, catalog: opts.catalog, suppressed: outcome.suppressed, ...(known ? { knownFingerprints: known } : {}) });
    return { text: sarif.text, warnings: sarif.warnings };
  }
  const summary = baselineSummaryOf(outcome);
  let text = renderText({ ...target.result, findings: [...outcome.judged] }, opts.color, { verbose: opts.verbose, rules: [...opts.rules], known: summary?.known });
  if (target.diff) text += renderDiffNote(target.diff, outcome, opts.color);
  if (summary) text += renderBaselineNote(summary, opts.color);
  return { text, warnings: [] };
}
