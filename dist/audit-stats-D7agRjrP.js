import { t as SEVERITY_RANK } from "./finding-Cj3i0QD5.js";
// src/report/audit-stats.ts
/** Counts an audit reports and compares from run to run: totals, by category and severity, and per file. */
const CATEGORIES = [
	"legacy-endpoint",
	"legacy-sdk",
	"legacy-model",
	"legacy-search"
];
const SEVERITIES = [
	"error",
	"warning",
	"notice"
];
function countAudit(findings) {
	const counts = {
		total: findings.length,
		bySeverity: {
			error: 0,
			warning: 0,
			notice: 0
		},
		byCategory: {
			"legacy-endpoint": 0,
			"legacy-sdk": 0,
			"legacy-model": 0,
			"legacy-search": 0
		},
		files: {}
	};
	for (const f of findings) {
		counts.bySeverity[f.severity]++;
		counts.byCategory[f.category]++;
		counts.files[f.path] = (counts.files[f.path] ?? 0) + 1;
	}
	return counts;
}
/** Files with the most findings, the most severe first among equals. */
function topFiles(findings, limit) {
	const byFile = /* @__PURE__ */ new Map();
	for (const f of findings) {
		const entry = byFile.get(f.path) ?? {
			path: f.path,
			findings: 0,
			worst: f.severity
		};
		entry.findings++;
		if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.worst]) entry.worst = f.severity;
		byFile.set(f.path, entry);
	}
	return [...byFile.values()].sort((a, b) => b.findings - a.findings || SEVERITY_RANK[b.worst] - SEVERITY_RANK[a.worst] || (a.path < b.path ? -1 : 1)).slice(0, limit);
}
function compareAudits(before, after) {
	const prev = before.files;
	const now = after.files;
	const all = [.../* @__PURE__ */ new Set([...Object.keys(prev), ...Object.keys(now)])].sort();
	return {
		totalBefore: before.total,
		totalAfter: after.total,
		newFiles: all.filter((p) => !prev[p] && now[p]),
		cleanedFiles: all.filter((p) => prev[p] && !now[p]),
		changedFiles: all.filter((p) => prev[p] && now[p] && prev[p] !== now[p]).map((p) => ({
			path: p,
			before: prev[p],
			after: now[p]
		})),
		filesComplete: before.filesComplete !== false
	};
}
export { topFiles as a, countAudit as i, SEVERITIES as n, compareAudits as r, CATEGORIES as t };
