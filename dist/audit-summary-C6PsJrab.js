import "./rolldown-runtime-DYf_mQCB.js";
import { t as CATALOG_DATE } from "./catalog-CqUKOmiI.js";
import { i as rankFindings } from "./severity-CbWwaEB1.js";
import { a as topFiles, i as countAudit, n as SEVERITIES, t as CATEGORIES } from "./audit-stats-D7agRjrP.js";
import { t as baselineSummaryOf } from "./json-report-C5ZM-_CL.js";
import { a as fitsBytes, r as fitRows } from "./plan-76QeCbzK.js";
import { t as JOB_SUMMARY_LIMIT } from "./job-summary-DRZ7RlWu.js";
import { r as renderGuidanceSection, t as MIGRATION_STEPS } from "./summary-markdown-AE4iNQQC.js";
import { a as escapeText, i as escapeCell, n as blobUrl, o as skippedDetails, r as codeSpan, t as SEVERITY_ICON } from "./markdown-CMDfHLdC.js";
// src/report/audit-summary.ts
const TOP_FILES = 10;
function where(path, line, links) {
	const label = line ? `${path}:${line}` : path;
	return links ? `[${escapeText(label)}](${blobUrl(links, path, line)})` : `${codeSpan(label)}`;
}
function renderAuditSummary(input) {
	const { result, counted } = input;
	const all = result.findings;
	const maxRows = input.maxRows ?? 200;
	const counts = countAudit(all);
	const out = ["## TokenHub migration audit", ""];
	if (all.length === 0) out.push("✅ No usage of the retiring Hunyuan or LKE DeepSeek APIs is left in the repository.");
	else {
		const newPart = input.baseline ? ` **${counted.length}** new since the baseline.` : "";
		const verdict = input.failed ? `❌ Failing: ${input.baseline ? "new " : ""}findings at or above \`${input.failOn}\`.` : `⚠️ Not failing (fail-on: \`${input.failOn}\`${input.baseline ? ", counting only findings absent from the baseline" : ""}).`;
		out.push(`${verdict} **${all.length}** usages left in ${Object.keys(counts.files).length} files: ${counts.bySeverity.error} errors, ${counts.bySeverity.warning} warnings, ${counts.bySeverity.notice} notices.${newPart}`);
	}
	out.push("", `Scanned ${result.stats.files} files in ${(result.stats.durationMs / 1e3).toFixed(2)}s. Rule catalog as of ${CATALOG_DATE}.`, "");
	if (all.length) {
		out.push("### By category and severity", "");
		out.push(`| Category | ${SEVERITIES.map((s) => `${SEVERITY_ICON[s]} ${s}`).join(" | ")} | Total |`, `|---|${SEVERITIES.map(() => "---:").join("|")}|---:|`);
		for (const c of CATEGORIES) {
			const row = SEVERITIES.map((s) => all.filter((f) => f.category === c && f.severity === s).length);
			if (row.some((n) => n > 0)) out.push(`| ${c} | ${row.join(" | ")} | ${counts.byCategory[c]} |`);
		}
		out.push(`| **Total** | ${SEVERITIES.map((s) => `**${counts.bySeverity[s]}**`).join(" | ")} | **${all.length}** |`, "");
		out.push("### Top files", "", "| File | Findings | Worst |", "|---|---:|---|");
		for (const f of topFiles(all, TOP_FILES)) out.push(`| ${where(f.path, void 0, input.links)} | ${f.findings} | ${SEVERITY_ICON[f.worst]} ${f.worst} |`);
		const more = Object.keys(counts.files).length - TOP_FILES;
		if (more > 0) out.push("", `… and ${more} more files.`);
		out.push("");
	}
	if (input.baseline) {
		const b = input.baseline;
		out.push("### Baseline", "", `${codeSpan(b.file)}: **${b.new}** new, ${b.known} known (not counted).`);
		if (b.stale.length) {
			out.push("", `${b.stale.length} baseline entr${b.stale.length === 1 ? "y no longer matches" : "ies no longer match"} (fixed, or changed): regenerate the baseline with \`tokenhub-migration-check baseline\` to drop ${b.stale.length === 1 ? "it" : "them"}.`, "");
			for (const e of b.stale.slice(0, 20)) out.push(`- ${where(e.path, e.line, input.links)} ${codeSpan(e.ruleId)}: ${codeSpan(e.match)}`);
			if (b.stale.length > 20) out.push(`- … and ${b.stale.length - 20} more`);
		}
		out.push("");
	}
	if (all.length) {
		const newSet = new Set(counted);
		const ranked = input.baseline ? [...rankFindings(counted), ...rankFindings(all.filter((f) => !newSet.has(f)))] : rankFindings(all);
		out.push("### Findings", "", "| | Where | Rule | What to do |", "|---|---|---|---|");
		for (const f of ranked.slice(0, maxRows)) {
			const tag = input.baseline && newSet.has(f) ? " 🆕" : "";
			const fix = f.replacement ? ` → ${codeSpan(f.replacement)}` : "";
			out.push(`| ${SEVERITY_ICON[f.severity]}${tag} | ${where(f.path, f.line, input.links)} | \`${f.ruleId}\` | ${codeSpan(f.match)}${fix}: ${escapeCell(f.message)} |`);
		}
		if (ranked.length > maxRows) out.push("", `… and ${ranked.length - maxRows} more findings (see the JSON report or the SARIF file).`);
		out.push("", "### Migration checklist", "");
		for (const step of MIGRATION_STEPS) out.push(`- [ ] ${step}`);
		out.push("");
		out.push(...renderGuidanceSection(all));
	}
	const outputs = [];
	if (input.sarif) {
		outputs.push(`- SARIF for code scanning: ${codeSpan(input.sarif.file)} (${input.sarif.included} results${input.sarif.omitted ? `, ${input.sarif.omitted} left out to fit GitHub's limits` : ""}).`);
		for (const w of input.sarif.warnings) outputs.push(`  - ⚠️ ${escapeCell(w)}`);
	}
	if (input.tracking) {
		if ("warning" in input.tracking) outputs.push(`- Tracking issue: ⚠️ ${escapeCell(input.tracking.warning)}`);
		else if (input.tracking.url) outputs.push(`- Tracking issue: [#${input.tracking.number}](${input.tracking.url}) (${input.tracking.action}).`);
		else outputs.push("- Tracking issue: none needed (nothing to track).");
	}
	if (outputs.length) out.push("### Outputs", "", ...outputs, "");
	out.push(...skippedDetails(result.skipped));
	return out.join("\n");
}
/** The job summary of a full scan, with sections from the steps beside the scan, cut to fit. */
function auditSummaryMarkdown(ctx, products = {}, appendix = "") {
	const baseline = baselineSummaryOf(ctx.outcome);
	const input = {
		result: ctx.result,
		counted: ctx.findings,
		failOn: ctx.failOn,
		failed: ctx.failed,
		links: {
			serverUrl: ctx.repo.serverUrl,
			repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
			sha: ctx.headSha
		},
		...baseline ? { baseline } : {},
		...products.sarif ? { sarif: products.sarif } : {},
		...products.tracking ? { tracking: products.tracking } : {}
	};
	return fitRows((maxRows) => renderAuditSummary({
		...input,
		maxRows
	}) + appendix, fitsBytes(JOB_SUMMARY_LIMIT));
}
export { auditSummaryMarkdown };
