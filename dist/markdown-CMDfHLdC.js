// src/report/markdown.ts
const SEVERITY_ICON = {
	error: "🔴",
	warning: "🟡",
	notice: "🔵"
};
const SPECIAL = /[\\`*_[\]()<>|@!~&]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/** Plain text for Markdown: see above. Also safe in a table cell. */
function escapeText(s) {
	return s.replace(LINE_BREAKS, " ").replace(SPECIAL, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`).replace(/:(?=\/\/)/g, "\\:").replace(/(?<=\bwww)\./gi, "\\.");
}
/**
* This tool's own text (messages, notes, reasons) in a table cell: no column or line break, no HTML. Text from the
* repository (file names, matched lines) goes through escapeText or codeSpan instead.
*/
function escapeCell(s) {
	return s.replace(/\|/g, "\\|").replace(LINE_BREAKS, " ").replace(/</g, "&lt;");
}
/**
* Text as an inline code span: fenced by more backticks than any run inside it (so a backtick cannot end it),
* padded when it starts or ends with one, line breaks as spaces, and `|` escaped (GitHub's tables split on it even
* inside a code span, and drop the backslash). Mentions and links are not processed inside code.
*/
function codeSpan(s) {
	const text = s.replace(LINE_BREAKS, " ").replace(/\|/g, "\\|");
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
	const fence = "`".repeat(longest + 1);
	const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
	return `${fence}${pad}${text}${pad}${fence}`;
}
/** A file (and line) at the run's commit on GitHub; parentheses and quotes encoded too, so the URL cannot end a link early. */
function blobUrl(links, path, line) {
	const encoded = path.split("/").map((p) => encodeURIComponent(p).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
	return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ""}`;
}
/** The collapsed list of skipped files that ends a summary. */
function skippedDetails(skipped, limit = 100) {
	if (skipped.length === 0) return [];
	const out = [`<details><summary>${skipped.length} files skipped</summary>`, ""];
	for (const s of skipped.slice(0, limit)) out.push(`- ${codeSpan(s.path)}: ${escapeText(s.reason)}`);
	if (skipped.length > limit) out.push(`- … and ${skipped.length - limit} more`);
	out.push("", "</details>", "");
	return out;
}
export { escapeText as a, escapeCell as i, blobUrl as n, skippedDetails as o, codeSpan as r, SEVERITY_ICON as t };
