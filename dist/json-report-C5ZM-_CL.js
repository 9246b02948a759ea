import { n as fingerprintsOf } from "./fingerprint-BoorrN0H.js";
import { r as TOOL_VERSION, t as TOOL_NAME } from "./tool-DWkNUuOs.js";
import { t as CATALOG_DATE } from "./catalog-CqUKOmiI.js";
// src/report/json-report.ts
/** The baseline's part of a triage outcome, as the reports show it. */
function baselineSummaryOf(outcome) {
	const b = outcome.baseline;
	return b ? {
		file: b.file,
		new: outcome.judged.length,
		known: outcome.known.length,
		stale: b.stale
	} : void 0;
}
/** The JSON report's view of a triage outcome: the baseline's marks and the findings ignore comments set aside. */
function jsonReportOptions(outcome) {
	const baseline = baselineSummaryOf(outcome);
	return {
		...baseline && outcome.baseline ? {
			baseline,
			knownFingerprints: outcome.baseline.knownFingerprints
		} : {},
		...outcome.suppressed.length ? { suppressed: outcome.suppressed } : {},
		...outcome.diffScoped ? { added: [...outcome.judged, ...outcome.known] } : {}
	};
}
function toJsonReport(result, opts = {}) {
	const known = opts.knownFingerprints;
	const prints = known ? fingerprintsOf(result.findings) : [];
	const added = opts.added ? new Set(opts.added) : void 0;
	const findings = result.findings.map((f, i) => {
		if (!known && !added) return f;
		return {
			...f,
			...known ? { baselineState: known.has(prints[i]) ? "unchanged" : "new" } : {},
			...added ? { diffState: added.has(f) ? "new" : "pre-existing" } : {}
		};
	});
	return {
		version: 1,
		tool: {
			name: TOOL_NAME,
			version: TOOL_VERSION,
			catalogDate: CATALOG_DATE
		},
		root: result.root,
		findings,
		skipped: result.skipped,
		stats: result.stats,
		...opts.baseline ? { baseline: opts.baseline } : {},
		...opts.run ? { run: opts.run } : {},
		...opts.suppressed?.length ? { suppressed: opts.suppressed.map(({ finding: { ignoredInline: _, ...f }, reason }) => ({
			...f,
			reason
		})) } : {}
	};
}
function renderJsonReport(result, opts = {}) {
	return JSON.stringify(toJsonReport(result, opts), null, 2) + "\n";
}
export { jsonReportOptions as n, renderJsonReport as r, baselineSummaryOf as t };
