import { a as replacementFor } from "./match-text-DMQVaqK_.js";
import { r as forRegion } from "./region-4BATt1Dr.js";
import { i as notIgnored } from "./finding-Cj3i0QD5.js";
// src/fix/fixability.ts
function fixabilityOf(rule) {
	if (rule.signalOnly || rule.smokeTestOnly) return "manual";
	const { replacement } = rule;
	if ((replacement.rewrite !== void 0 || replacement.value !== void 0 && rule.category === "legacy-model") && replacement.evidence === "confirmed") return "safe";
	if (replacement.value !== void 0 && rule.category === "legacy-model") return "suggested";
	return "manual";
}
/**
* A finding of this rule can take a user's `--models` mapping: a legacy model ID. (The smoke test's cross-check
* rule is filed under models too, but it matches TokenHub's own IDs: those are the mapping's targets.)
*/
function acceptsModelMapping(rule) {
	return rule.category === "legacy-model" && !rule.signalOnly && !rule.smokeTestOnly;
}
// src/fix/fix-text.ts
const byId = /* @__PURE__ */ new WeakMap();
function compiledRule(catalog, ruleId) {
	let map = byId.get(catalog);
	if (!map) {
		map = new Map(catalog.rules.map((c) => [c.rule.id, c]));
		byId.set(catalog, map);
	}
	return map.get(ruleId);
}
/**
* The text that replaces a finding's matched text, when the fix may write it: the user's mapping for a model ID,
* else the catalog's safe replacement (adapted to the region for base URLs). Undefined when a person must decide.
*/
function fixReplacement(finding, matched, catalog, opts) {
	const compiled = compiledRule(catalog, finding.ruleId);
	if (!compiled) return void 0;
	const { rule } = compiled;
	const mapped = acceptsModelMapping(rule) ? opts.models?.get(matched) : void 0;
	if (mapped !== void 0) return {
		to: mapped,
		origin: "mapping"
	};
	if (fixabilityOf(rule) !== "safe") return void 0;
	const raw = replacementFor(compiled, matched);
	if (raw === void 0) return void 0;
	const to = rule.category === "legacy-endpoint" ? forRegion(raw, opts.region) : raw;
	return to === matched ? void 0 : {
		to,
		origin: "catalog"
	};
}
function lineStarts(text) {
	const starts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
	return starts;
}
function remainingOf(finding, catalog) {
	const rule = compiledRule(catalog, finding.ruleId)?.rule;
	if (rule && fixabilityOf(rule) === "suggested" && finding.replacement !== void 0) return {
		finding,
		fixability: "suggested",
		suggestion: finding.replacement
	};
	return {
		finding,
		fixability: "manual"
	};
}
/**
* Applies the fixes for `findings` (found by matchText on this very text) and returns the new text. Pure. Each
* replacement stays on its line, so line numbers, line endings and everything between the matches are unchanged.
* A finding an ignore comment covers is neither fixed nor listed: the user asked for it to stay.
*/
function fixText(text, findings, catalog, opts) {
	if (!opts.underSdkRewrite && findings.some((f) => f.category === "legacy-sdk")) {
		const remaining = findings.map((finding) => ({
			finding,
			fixability: "manual",
			inTencentSdkFile: true
		}));
		remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
		return {
			text,
			edits: [],
			applied: [],
			remaining
		};
	}
	const starts = lineStarts(text);
	const edits = [];
	const remaining = [];
	for (const finding of notIgnored(findings)) {
		const lineStart = starts[finding.line - 1];
		if (lineStart === void 0 || finding.endLine !== finding.line) {
			remaining.push(remainingOf(finding, catalog));
			continue;
		}
		const start = lineStart + finding.column - 1;
		const end = lineStart + finding.endColumn - 1;
		const matched = text.slice(start, end);
		const fix = (finding.match.endsWith("…") && finding.match.length < matched.length ? matched.startsWith(finding.match.slice(0, -1)) : matched === finding.match) ? fixReplacement(finding, matched, catalog, opts) : void 0;
		if (!fix) {
			remaining.push(remainingOf(finding, catalog));
			continue;
		}
		edits.push({
			start,
			end,
			finding,
			from: matched,
			...fix
		});
	}
	edits.sort((a, b) => a.start - b.start);
	const applied = [];
	const done = [];
	const parts = [];
	let cursor = 0;
	for (const e of edits) {
		if (e.start < cursor) {
			remaining.push(remainingOf(e.finding, catalog));
			continue;
		}
		parts.push(text.slice(cursor, e.start), e.to);
		cursor = e.end;
		done.push({
			start: e.start,
			end: e.end,
			text: e.to
		});
		applied.push({
			finding: e.finding,
			from: e.from,
			to: e.to,
			origin: e.origin
		});
	}
	parts.push(text.slice(cursor));
	remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
	return {
		text: applied.length ? parts.join("") : text,
		edits: done,
		applied,
		remaining
	};
}
/**
* The fixed version of one line, for a review-comment suggestion: the same replacements the fix writes.
* `findings` are those reported on that line (their `line` is the line's number in the file).
*/
function fixLine(lineText, findings, catalog, opts) {
	const onLine = findings.filter((f) => f.line === f.endLine).map((f) => ({
		...f,
		line: 1,
		endLine: 1
	}));
	if (onLine.length === 0 || lineText.includes("\n")) return void 0;
	const fixed = fixText(lineText, onLine, catalog, opts);
	if (fixed.applied.length === 0) return void 0;
	const original = new Map(onLine.map((f, i) => [f, findings.filter((g) => g.line === g.endLine)[i]]));
	return {
		line: fixed.text,
		applied: fixed.applied.map((a) => ({
			...a,
			finding: original.get(a.finding) ?? a.finding
		}))
	};
}
export { fixText as n, fixabilityOf as r, fixLine as t };
