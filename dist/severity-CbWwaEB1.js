import { t as SEVERITY_RANK } from "./finding-Cj3i0QD5.js";
// src/finding/severity.ts
const FAIL_ON_VALUES = [
	"error",
	"warning",
	"notice",
	"none"
];
function atOrAbove(findings, threshold) {
	if (threshold === "none") return [];
	const min = SEVERITY_RANK[threshold];
	return findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
}
function countBySeverity(findings) {
	const c = {
		errors: 0,
		warnings: 0,
		notices: 0
	};
	for (const f of findings) if (f.severity === "error") c.errors++;
	else if (f.severity === "warning") c.warnings++;
	else c.notices++;
	return c;
}
/** Most important first: severity, then path and position, so the top of the list is what to annotate. */
function rankFindings(findings) {
	return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column);
}
export { rankFindings as i, atOrAbove as n, countBySeverity as r, FAIL_ON_VALUES as t };
