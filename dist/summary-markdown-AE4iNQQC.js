import { s as TOKENHUB_BASE_URL_INTL, t as CATALOG_DATE } from "./catalog-CqUKOmiI.js";
import { i as rankFindings, r as countBySeverity } from "./severity-CbWwaEB1.js";
import { a as escapeText, i as escapeCell, n as blobUrl, o as skippedDetails, r as codeSpan, t as SEVERITY_ICON } from "./markdown-CMDfHLdC.js";
import { n as guidanceMarkdown, t as planGuidance } from "./plan-76QeCbzK.js";
// src/report/guidance-markdown.ts
/**
* The job summary's "what needs a person" section: per guidance topic, the explanation and the OpenAI-SDK snippet
* in the languages of the affected files, folded so the summary stays short. Empty when nothing needs guidance.
*/
function renderGuidanceSection(findings, opts = {}) {
	const sections = planGuidance(findings);
	if (sections.length === 0) return [];
	return [
		`### ${opts.title ?? "How to migrate"}`,
		"",
		...guidanceMarkdown(sections, {
			baseUrl: opts.baseUrl ?? "https://tokenhub-intl.tencentcloudmaas.com/v1",
			headingLevel: 4
		})
	];
}
// src/report/summary-markdown.ts
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
const MIGRATION_STEPS = [
	`Create a TokenHub API key in the TokenHub console and store it as a repository secret (for example \`TOKENHUB_API_KEY\`).`,
	"Enable pay-as-you-go for every model the code will call: prepaid token packages are not sold on TokenHub, and a key only works for enabled models.",
	`Point OpenAI-compatible clients at \`${TOKENHUB_BASE_URL_INTL}\` (mainland: \`https://tokenhub.tencentmaas.com/v1\`) with the TokenHub key as the Bearer token.`,
	"Replace Tencent Cloud SDK (TC3-signed) Hunyuan and LKE chat calls with OpenAI-compatible chat completions.",
	"Swap retired model IDs (for example `hunyuan-*` to `hy3-preview`); Hunyuan translation is not on TokenHub, use a newer model.",
	"Remove the old online-search parameters; TokenHub search is `web_search_options` (Chat Completions) or the `web_search` tool (Responses API)."
];
function lineLink(f, links) {
	const label = `${f.path}:${f.line}`;
	if (!links) return `${codeSpan(label)}`;
	return `[${escapeText(label)}](${blobUrl(links, f.path, f.line)})`;
}
function renderSummary(input) {
	const { result, failOn, failed, diff } = input;
	const findings = input.findings ?? result.findings;
	const maxRows = input.maxRows ?? 200;
	const out = [];
	const counts = countBySeverity(findings);
	const noun = diff ? "new findings on lines this pull request adds" : "findings";
	out.push(`## ${input.title ?? "TokenHub migration check"}`);
	out.push("");
	if (findings.length === 0) out.push(diff ? "✅ This pull request adds no usage of the retiring Hunyuan or LKE DeepSeek APIs." : "✅ No usage of the retiring Hunyuan or LKE DeepSeek APIs found.");
	else {
		const verdict = failed ? `❌ Failing: findings at or above \`${failOn}\`.` : `⚠️ Not failing (fail-on: \`${failOn}\`).`;
		out.push(`${verdict} **${findings.length}** ${noun}: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices.`);
	}
	out.push("");
	if (diff) {
		out.push(`Diff from ${diff.source}: ${diff.changedFiles} changed files, ${diff.scannedFiles} scanned (scope: \`${diff.scope}\`).`);
		if (diff.preExisting) out.push("", `ℹ️ ${diff.preExisting} pre-existing finding(s) elsewhere in the changed files: not on lines this pull request adds, so not counted here. A full scan (\`mode: full\`) lists them.`);
		if (diff.notes.length) out.push("", ...diff.notes.map((n) => `- ${escapeCell(n)}`));
		out.push("");
	}
	out.push(`Scanned ${result.stats.files} files (${result.stats.bytes} bytes) in ${(result.stats.durationMs / 1e3).toFixed(2)}s. Rule catalog as of ${CATALOG_DATE}.`);
	out.push("");
	if (findings.length) {
		out.push("| Category | " + SEVERITIES.map((s) => `${SEVERITY_ICON[s]} ${s}`).join(" | ") + " |");
		out.push("|---|" + SEVERITIES.map(() => "---:").join("|") + "|");
		for (const c of CATEGORIES) {
			const row = SEVERITIES.map((s) => findings.filter((f) => f.category === c && f.severity === s).length);
			if (row.some((n) => n > 0)) out.push(`| ${c} | ${row.join(" | ")} |`);
		}
		out.push("");
		out.push("### Findings");
		out.push("");
		out.push("| | Where | Rule | What to do |");
		out.push("|---|---|---|---|");
		const ranked = rankFindings(findings);
		for (const f of ranked.slice(0, maxRows)) {
			const fix = f.replacement ? ` → ${codeSpan(f.replacement)}` : "";
			out.push(`| ${SEVERITY_ICON[f.severity]} | ${lineLink(f, input.links)} | \`${f.ruleId}\` | ${codeSpan(f.match)}${fix}: ${escapeCell(f.message)} |`);
		}
		if (ranked.length > maxRows) out.push("", `… and ${ranked.length - maxRows} more findings (see the JSON report).`);
		out.push("");
		out.push("### Migration steps");
		out.push("");
		MIGRATION_STEPS.forEach((s, i) => out.push(`${i + 1}. ${s}`));
		out.push("");
		out.push(...renderGuidanceSection(findings));
	}
	out.push(...skippedDetails(result.skipped));
	return out.join("\n");
}
export { renderSummary as n, renderGuidanceSection as r, MIGRATION_STEPS as t };
