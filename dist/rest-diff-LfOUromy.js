import { i as __toESM, t as __commonJSMin } from "./rolldown-runtime-DYf_mQCB.js";
// node_modules/parse-diff/index.js
var require_parse_diff = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = (n) => {
		if (!n) return [];
		if (typeof n != "string" || n.match(/^\s+$/)) return [];
		const s = n.split(`
`);
		if (s.length === 0) return [];
		const a = [];
		let o = null, d = null, u = 0, m = 0, l = null;
		const g = (e) => {
			d?.changes.push({
				type: "normal",
				normal: !0,
				ln1: u++,
				ln2: m++,
				content: e
			}), l.oldLines--, l.newLines--;
		}, p = (e) => {
			const [t, r] = parseFiles(e) ?? [];
			o = {
				chunks: [],
				deletions: 0,
				additions: 0,
				from: t,
				to: r
			}, a.push(o);
		}, i = () => {
			(!o || o.chunks.length) && p();
		}, $ = (e, t) => {
			i(), o.new = !0, o.newMode = t[1], o.from = "/dev/null";
		}, N = (e, t) => {
			i(), o.deleted = !0, o.oldMode = t[1], o.to = "/dev/null";
		}, x = (e, t) => {
			i(), o.oldMode = t[1];
		}, F = (e, t) => {
			i(), o.newMode = t[1];
		}, S = (e, t) => {
			i(), o.index = e.split(" ").slice(1), t[1] && (o.oldMode = o.newMode = t[1].trim());
		}, k = (e) => {
			i(), o.from = parseOldOrNewFile(e);
		}, y = (e) => {
			i(), o.to = parseOldOrNewFile(e);
		}, f = (e) => +(e || 1), M = (e, t) => {
			o || p(e);
			const [r, c, w, L] = t.slice(1);
			u = +r, m = +w, d = {
				content: e,
				changes: [],
				oldStart: +r,
				oldLines: f(c),
				newStart: +w,
				newLines: f(L)
			}, l = {
				oldLines: f(c),
				newLines: f(L)
			}, o.chunks.push(d);
		}, R = (e) => {
			d && (d.changes.push({
				type: "del",
				del: !0,
				ln: u++,
				content: e
			}), o.deletions++, l.oldLines--);
		}, b = (e) => {
			d && (d.changes.push({
				type: "add",
				add: !0,
				ln: m++,
				content: e
			}), o.additions++, l.newLines--);
		}, h = (e) => {
			if (!d) return;
			const [t] = d.changes.slice(-1);
			d.changes.push({
				type: t.type,
				[t.type]: !0,
				ln1: t.ln1,
				ln2: t.ln2,
				ln: t.ln,
				content: e
			});
		}, _ = [
			[/^diff\s/, p],
			[/^new file mode (\d+)$/, $],
			[/^deleted file mode (\d+)$/, N],
			[/^old mode (\d+)$/, x],
			[/^new mode (\d+)$/, F],
			[/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/, S],
			[/^---\s/, k],
			[/^\+\+\+\s/, y],
			[/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/, M],
			[/^\\ No newline at end of file$/, h]
		], v = [
			[/^\\ No newline at end of file$/, h],
			[/^-/, R],
			[/^\+/, b],
			[/^\s*/, g]
		], C = (e) => {
			for (const [t, r] of v) {
				const c = e.match(t);
				if (c) {
					r(e, c);
					break;
				}
			}
			l.oldLines === 0 && l.newLines === 0 && (l = null);
		}, H = (e) => {
			for (const [t, r] of _) {
				const c = e.match(t);
				if (c) {
					r(e, c);
					break;
				}
			}
		}, O = (e) => {
			l ? C(e) : H(e);
		};
		for (const e of s) O(e);
		return a;
	};
	const fileNameDiffRegex = /(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g;
	const gitFileHeaderRegex = /^(a|b|i|w|c|o|1|2)\//;
	const parseFiles = (n) => n?.match(fileNameDiffRegex)?.map((a) => a.replace(gitFileHeaderRegex, "").replace(/("|')$/, ""));
	const qoutedFileNameRegex = /^\\?['"]|\\?['"]$/g;
	const parseOldOrNewFile = (n) => {
		let s = leftTrimChars(n, "-+").trim();
		return s = removeTimeStamp(s), s.replace(qoutedFileNameRegex, "").replace(gitFileHeaderRegex, "");
	};
	const leftTrimChars = (n, s) => {
		if (n = makeString(n), !s && String.prototype.trimLeft) return n.trimLeft();
		const a = formTrimmingString(s);
		return n.replace(new RegExp(`^${a}+`), "");
	};
	const timeStampRegex = /\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/;
	const removeTimeStamp = (n) => {
		const s = timeStampRegex.exec(n);
		return s && (n = n.substring(0, s.index).trim()), n;
	};
	const formTrimmingString = (n) => n == null ? "\\s" : n instanceof RegExp ? n.source : `[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g, "\\$1")}]`;
	const makeString = (n) => `${n ?? ""}`;
}));
// src/target/unified.ts
var import_parse_diff = /* @__PURE__ */ __toESM(require_parse_diff(), 1);
/** Added lines of every file in a multi-file git patch. */
function parsePatch(text) {
	return (0, import_parse_diff.default)(text).map((file) => ({
		path: cleanPath(file.to),
		previousPath: cleanPath(file.from),
		addedLines: addedLineNumbers(file.chunks),
		hasHunks: file.chunks.length > 0
	}));
}
/**
* Added lines of one file's patch as the REST API gives it (`files[].patch`: hunks only, no file headers).
*/
function addedLinesOfHunks(patch) {
	return addedLineNumbers((0, import_parse_diff.default)(patch).flatMap((f) => f.chunks));
}
function addedLineNumbers(chunks) {
	const lines = /* @__PURE__ */ new Set();
	for (const chunk of chunks) for (const change of chunk.changes) if (change.type === "add" && !change.content.startsWith("\\")) lines.add(change.ln);
	return [...lines].sort((a, b) => a - b);
}
function cleanPath(p) {
	if (!p || p === "/dev/null") return void 0;
	return p.includes("\\") ? unescapeGitPath(p) : p;
}
const C_ESCAPES = {
	a: "\x07",
	b: "\b",
	t: "	",
	n: "\n",
	v: "\v",
	f: "\f",
	r: "\r",
	"\"": "\"",
	"\\": "\\"
};
/**
* Undoes git's C-style quoting of a path (`core.quotePath`): `\"`, `\\`, `\t`, and octal bytes such as `\303\251`,
* which together spell UTF-8.
*/
function unescapeGitPath(p) {
	const bytes = [];
	for (let i = 0; i < p.length; i++) {
		const ch = p[i];
		if (ch !== "\\" || i === p.length - 1) {
			bytes.push(...Buffer.from(ch, "utf8"));
			continue;
		}
		const next = p[i + 1];
		const octal = /^[0-3][0-7]{2}/.exec(p.slice(i + 1, i + 4));
		if (octal) {
			bytes.push(parseInt(octal[0], 8));
			i += 3;
		} else if (next in C_ESCAPES) {
			bytes.push(C_ESCAPES[next].charCodeAt(0));
			i += 1;
		} else bytes.push(...Buffer.from(ch, "utf8"));
	}
	return Buffer.from(bytes).toString("utf8");
}
// src/target/rest-diff.ts
/** GitHub lists at most this many files of a pull request. */
const REST_PULL_FILES_CAP = 3e3;
const STATUS = {
	added: "added",
	removed: "deleted",
	modified: "modified",
	renamed: "renamed",
	copied: "copied",
	changed: "modified",
	unchanged: "modified"
};
function diffFromRestFiles(entries, meta) {
	const notes = [...meta.notes ?? []];
	const files = entries.map((e) => {
		const status = STATUS[e.status] ?? "modified";
		let addedLines;
		if (status === "deleted") addedLines = [];
		else if (e.patch !== void 0) addedLines = addedLinesOfHunks(e.patch);
		else addedLines = e.additions > 0 ? "unknown" : [];
		const file = {
			path: e.filename,
			status,
			addedLines
		};
		if (e.previous_filename) file.previousPath = e.previous_filename;
		if (e.patch === void 0 && e.additions === 0 && e.deletions === 0 && e.changes === 0 && status !== "renamed" && e.status !== "changed") file.binary = true;
		return file;
	});
	const unknown = files.filter((f) => f.addedLines === "unknown").length;
	if (unknown) notes.push(`GitHub left out the diff of ${unknown} large file(s); every finding in them is treated as new.`);
	const truncated = entries.length >= meta.cap;
	if (truncated) notes.push(`GitHub's API lists at most ${meta.cap} files of a diff; files past that were not checked. Let actions/checkout fetch history (fetch-depth: 0) so that git can answer.`);
	return {
		source: meta.source,
		baseSha: meta.baseSha,
		headSha: meta.headSha,
		files,
		notes,
		...truncated ? { truncated } : {}
	};
}
export { require_parse_diff as i, diffFromRestFiles as n, parsePatch as r, REST_PULL_FILES_CAP as t };
