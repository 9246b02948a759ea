import { createHash } from "node:crypto";
const FINGERPRINT_KEY = `tokenhubMigration/v1`;
const NEIGHBOURHOOD_CHARS = 48;
function collapse(s) {
	return s.replace(/\s+/g, " ");
}
/** The text around a match on its line, whitespace-insensitive. Columns are 1-based UTF-16 units. */
function neighbourhood(lineText, column, endColumn) {
	const start = Math.max(0, column - 1);
	const end = Math.max(start, endColumn - 1);
	return {
		before: collapsedTail(lineText, start, NEIGHBOURHOOD_CHARS),
		after: collapsedHead(lineText, end, NEIGHBOURHOOD_CHARS)
	};
}
function collapsedTail(line, end, n) {
	for (let size = 4 * n;; size *= 2) {
		const from = Math.max(0, end - size);
		const text = collapse(line.slice(from, end));
		if (from === 0) return text.trimStart().slice(-n);
		if (text.length > n) return text.slice(-n);
	}
}
function collapsedHead(line, start, n) {
	for (let size = 4 * n;; size *= 2) {
		const to = Math.min(line.length, start + size);
		const text = collapse(line.slice(start, to));
		if (to === line.length) return text.trimEnd().slice(0, n);
		if (text.length > n) return text.slice(0, n);
	}
}
function digest(parts) {
	return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
/** withFingerprints with each finding's neighbourhood already taken from its line (the line itself may be gone). */
function withFingerprintsAround(findings, neighbourhoodOf) {
	const seen = /* @__PURE__ */ new Map();
	const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
	const prints = /* @__PURE__ */ new Map();
	for (const f of ordered) {
		const { before, after } = neighbourhoodOf(f);
		const key = digest([
			1,
			f.ruleId,
			f.path,
			f.match,
			before,
			after
		]);
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		prints.set(f, {
			fingerprint: digest([key, n]),
			contentFingerprint: contentKey(f, before, after)
		});
	}
	return findings.map((f) => ({
		...f,
		...prints.get(f)
	}));
}
/**
* What a finding is wherever its file lives: the rule, the matched text and its neighbourhood on the line, without
* the path or an occurrence number. A finding whose file was renamed, moved or split keeps it, so a baseline still
* knows it (see applyBaseline: each baseline entry stands for one finding only).
*/
function contentKey(f, before, after) {
	return digest([
		1,
		"content",
		f.ruleId,
		f.match,
		before,
		after
	]);
}
/**
* A finding's fingerprint. Findings made by the scanner carry one; for others (a report read from elsewhere),
* the rule, file and match with an occurrence number stand in, which still ignores line numbers.
*/
function fingerprintsOf(findings) {
	const seen = /* @__PURE__ */ new Map();
	return findings.map((f) => {
		if (f.fingerprint) return f.fingerprint;
		const key = digest([
			1,
			f.ruleId,
			f.path,
			f.match
		]);
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		return digest([
			key,
			"no-context",
			n
		]);
	});
}
export { withFingerprintsAround as i, fingerprintsOf as n, neighbourhood as r, FINGERPRINT_KEY as t };
