import { a as escapeText, n as blobUrl, r as codeSpan } from "./markdown-CMDfHLdC.js";
import { n as TOOL_URI } from "./tool-DWkNUuOs.js";
// src/fix-pr/branch.ts
/** The branch the migration pull request lives on, in its own module so the action can name it without loading the fix-PR code. */
const FIX_BRANCH = "tokenhub-migration/safe-fixes";
// src/fix-pr/sdk-section.ts
function sdkCounts(result) {
	const reports = result.sdk ?? [];
	const clients = reports.flatMap((r) => r.clients);
	return {
		filesConverted: reports.filter((r) => r.clients.some((c) => c.converted)).length,
		filesRefused: reports.filter((r) => r.clients.some((c) => !c.converted)).length,
		clientsConverted: clients.filter((c) => c.converted).length,
		clientsRefused: clients.filter((c) => !c.converted).length,
		findingsLeft: result.remaining.length
	};
}
function plural(n, word) {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
/** The guidance a client outcome names is a page of this tool's repository (docs/rules/…): a link that works anywhere. */
function guidanceUrl(guidance) {
	return /^docs\/rules\/[\w-]+\.md$/.test(guidance) ? `${TOOL_URI}/blob/main/${guidance}` : TOOL_URI;
}
function clientName(c) {
	return `${c.service === "hunyuan" ? "Hunyuan" : "LKE"}${c.async ? " async" : ""} client`;
}
/** One line for the counts, shared by the description and the job summary. */
function sdkCountsLine(n) {
	return `${plural(n.clientsConverted, "client")} converted in ${plural(n.filesConverted, "file")}, ${plural(n.clientsRefused, "client")} refused in ${plural(n.filesRefused, "file")}; ${plural(n.findingsLeft, "finding")} left for a person`;
}
/**
* The section of the pull request body. Client lines are lines of the base commit (`base`), where the Tencent code
* they describe is; leftovers are lines of the rewritten file on the fix branch (`branch`).
*/
function sdkSection(result, links, maxRows) {
	const reports = result.sdk ?? [];
	const out = [];
	const n = sdkCounts(result);
	out.push(`### Tencent Cloud SDK chat clients (${sdkCountsLine(n)})`, "");
	if (reports.length === 0) {
		out.push("No Tencent Cloud SDK chat client (Hunyuan or LKE, Python or JavaScript/TypeScript) was found to convert.", "");
		return out;
	}
	out.push("Each client was converted together with everything that flows from it (requests, responses, streaming, errors), or left exactly as it was. A refused client needs a person: the reason names the line that decided it.", "", "| Where | Client | Result |", "|---|---|---|");
	const rows = [];
	for (const r of reports) {
		for (const c of r.clients) {
			const where = `[${codeSpan(`${r.path}:${c.line}`)}](${blobUrl(links.base, r.path, c.line)})`;
			const result = c.converted ? `converted to OpenAI${c.notes.length ? `: ${c.notes.map(escapeText).join("; ")}` : ""}` : `**refused**: ${escapeText(c.reason ?? "not converted")}; [how to move it by hand](${guidanceUrl(c.guidance)})`;
			rows.push(`| ${where} | ${clientName(c)} | ${result} |`);
		}
		for (const l of r.leftovers) rows.push(`| [${codeSpan(`${r.path}:${l.line}`)}](${blobUrl(links.branch, r.path, l.line)}) | leftover | ${escapeText(l.message)} |`);
	}
	out.push(...rows.slice(0, maxRows));
	if (rows.length > maxRows) out.push("", `… and ${rows.length - maxRows} more (run \`fix --sdk --dry-run\` for the full list).`);
	out.push("");
	const manifests = result.changes.filter((c) => c.manifest);
	if (manifests.length) {
		out.push("Dependency manifests next to the converted code:", "");
		for (const m of manifests.slice(0, Math.max(maxRows, 10))) out.push(`- ${codeSpan(m.path)}: ${escapeText(m.manifest.join(", "))}`);
		out.push("");
	}
	return out;
}
export { FIX_BRANCH as i, sdkCountsLine as n, sdkSection as r, sdkCounts as t };
