// src/finding/finding.ts
/** The context as a message says it: "Hunyuan SDK `hunyuan/v20230901` in client.go of the same package". */
function contextPhrase(context) {
	if (context.scope === "package") return `${context.evidence} in ${context.path.slice(context.path.lastIndexOf("/") + 1)} of the same package`;
	if (context.scope === "import") return `${context.evidence} in ${context.path}, which this file imports`;
	return `${context.evidence} in ${context.path} of the project`;
}
const SEVERITY_RANK = {
	error: 3,
	warning: 2,
	notice: 1
};
/** Reading order: path, then line, then column. */
function byLocation(a, b) {
	return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}
/** The findings no inline ignore comment covers: for the steps that act on findings without triage (fix, smoke test). */
function notIgnored(findings) {
	return findings.filter((f) => !f.ignoredInline);
}
export { notIgnored as i, byLocation as n, contextPhrase as r, SEVERITY_RANK as t };
