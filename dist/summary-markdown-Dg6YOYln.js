import "./rolldown-runtime-DYf_mQCB.js";
import { i as escapeCell, r as codeSpan } from "./markdown-CMDfHLdC.js";
// src/smoke/summary-markdown.ts
const STATUS = {
	enabled: "✅ enabled",
	listed: "✅ listed",
	failed: "❌ failed",
	"not-tried": "⏭️ not tried"
};
function modelCount(n) {
	return `${n} model${n === 1 ? "" : "s"}`;
}
function formatDuration(ms, attempts) {
	if (ms === void 0) return "–";
	const t = ms >= 1e3 ? `${(ms / 1e3).toFixed(1)} s` : `${ms} ms`;
	return attempts && attempts > 1 ? `${t} (${attempts} attempts)` : t;
}
/** One sentence: what the smoke test proved, or the first thing that stopped it (its message, or only its kind). */
function smokeVerdict(report, detail = true) {
	const tested = report.models.filter((m) => m.status === "enabled").length;
	if (report.outcome === "passed") {
		const list = report.modelList.ok ? "" : " (the model list could not be read)";
		return `The TokenHub key works at ${report.endpoint.host}: ${modelCount(tested)} answered a one-token chat completion${list}.`;
	}
	const first = (report.modelList.problem?.fatal ? report.modelList.problem : void 0) ?? report.models.find((m) => m.problem)?.problem;
	const failed = report.models.filter((m) => m.status === "failed").length;
	if (!detail) {
		const what = failed ? `${failed} of ${report.models.length} models failed` : first?.kind ?? "see above";
		return `The TokenHub smoke test failed at ${report.endpoint.host}: ${what}.`;
	}
	return `The TokenHub smoke test failed at ${report.endpoint.host}${first ? `: ${first.message}` : "."}`;
}
const SOURCE = {
	input: "named in `smoke-test-models`",
	code: "the TokenHub model IDs the code references",
	default: "the default (the code names no TokenHub model)"
};
/** The job-summary section. Nothing here comes from the key; server text arrives already redacted. */
function renderSmokeSummary(report, findings) {
	const out = [
		"",
		"## TokenHub key smoke test",
		""
	];
	out.push(`${report.outcome === "passed" ? "✅" : "❌"} ${escapeCell(smokeVerdict(report))}`, "");
	const ml = report.modelList;
	const listLine = ml.ok ? `Key check (GET /models): ${modelCount(ml.ids?.length ?? 0)} visible, ${formatDuration(ml.durationMs, ml.attempts)}.` : `Key check (GET /models): ${escapeCell(ml.problem?.message ?? "no list")} (${formatDuration(ml.durationMs, ml.attempts)})`;
	out.push(listLine, "", `Models tested: ${SOURCE[report.modelSource]}.`, "");
	if (report.models.length) {
		out.push("| Model | Status | Latency | In the key's model list | Details |", "|---|---|---:|---|---|");
		for (const m of report.models) {
			const listed = m.listed === void 0 ? "–" : m.listed ? `yes${m.listStatus ? ` (${escapeCell(m.listStatus)})` : ""}` : "no";
			const details = [
				m.problem?.message,
				m.note,
				m.totalTokens !== void 0 ? `${m.totalTokens} tokens billed` : void 0
			].filter(Boolean).map((s) => escapeCell(s)).join(" ");
			out.push(`| ${codeSpan(m.model)} | ${STATUS[m.status]} | ${formatDuration(m.durationMs, m.attempts)} | ${listed} | ${details} |`);
		}
		out.push("");
	}
	if (findings.length) {
		out.push(findings.length === 1 ? "**1** place in the code names a model the key cannot use:" : `**${findings.length}** places in the code name a model the key cannot use:`, "");
		for (const f of findings.slice(0, 50)) out.push(`- ${codeSpan(`${f.path}:${f.line}`)}: ${codeSpan(f.match)}`);
		if (findings.length > 50) out.push(`- … and ${findings.length - 50} more (see the findings above or the JSON report)`);
		out.push("");
	}
	return out.join("\n");
}
export { formatDuration, modelCount, renderSmokeSummary, smokeVerdict };
