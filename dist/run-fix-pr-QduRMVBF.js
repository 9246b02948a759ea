import "./rolldown-runtime-DYf_mQCB.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { h as compileCatalog, i as matchText } from "./match-text-DMQVaqK_.js";
import "./severity-CbWwaEB1.js";
import { f as fileText, l as tooLarge, m as decode, n as realRoot, p as binaryTypeOf, r as resolveTargets, s as firstAnchorsFor, u as unreadable } from "./scanner-Bs4ExdaE.js";
import { i as walkFiles } from "./list-files-e8G-kKSw.js";
import { n as fixText } from "./fix-text-DXoFIspV.js";
import { i as notIgnored } from "./finding-Cj3i0QD5.js";
import { n as baseUrlFor } from "./region-4BATt1Dr.js";
import { i as fitToSize, n as guidanceMarkdown, o as fitsChars, t as planGuidance } from "./plan-76QeCbzK.js";
import "./errors-C-PByt-N.js";
import { i as escapeCell } from "./markdown-CMDfHLdC.js";
import { i as ruleDocsUrl, n as TOOL_URI, r as TOOL_VERSION, t as TOOL_NAME } from "./tool-DWkNUuOs.js";
import { n as sdkCountsLine, r as sdkSection, t as sdkCounts } from "./sdk-section-CYQ7cRIL.js";
import { n as gitOrThrow, t as GitError } from "./run-DKnEaxhE.js";
import { r as listAll } from "./pages-BZidq4qw.js";
import { n as apiRefused } from "./permissions-C8I0pk2q.js";
import { createRequire } from "node:module";
import { createHash, randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { existsSync, promises, readFileSync, statSync } from "node:fs";
import path from "node:path";
// src/fix/codec.ts
const UTF8_BOM = Buffer.from([
	239,
	187,
	191
]);
function decodeForFix(bytes) {
	const decoded = decode(bytes);
	if (decoded.kind === "skip") return decoded;
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let codec;
	let text;
	if (decoded.encoding === "utf-8" && decoded.invalidUtf8) {
		codec = {
			encoding: "latin1",
			bom: false
		};
		text = buf.toString("latin1");
	} else {
		codec = {
			encoding: decoded.encoding,
			bom: decoded.encoding !== "utf-8" || buf.subarray(0, 3).equals(UTF8_BOM)
		};
		text = decoded.text;
	}
	if (!encodeText(text, codec).equals(buf)) return {
		kind: "skip",
		reason: `cannot be rewritten byte for byte (${codec.encoding})`
	};
	return {
		kind: "text",
		text,
		codec
	};
}
function encodeText(text, codec) {
	switch (codec.encoding) {
		case "utf-8": {
			const body = Buffer.from(text, "utf8");
			return codec.bom ? Buffer.concat([UTF8_BOM, body]) : body;
		}
		case "utf-16le": return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text, "utf16le")]);
		case "utf-16be": return Buffer.concat([Buffer.from([254, 255]), Buffer.from(text, "utf16le").swap16()]);
		case "latin1": return Buffer.from(text, "latin1");
	}
}
// src/fix/text-edits.ts
/** Sorted, disjoint edits; zero-width insertions at the same index merged; edits that change nothing dropped. */
function normalizeEdits(edits, old) {
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	const out = [];
	for (const e of sorted) {
		const last = out.at(-1);
		if (last && e.start < last.end) throw new Error(`overlapping edits at ${e.start}`);
		if (last && e.start === last.end) {
			last.end = e.end;
			last.text += e.text;
		} else out.push({ ...e });
	}
	return out.filter((e) => old.slice(e.start, e.end) !== e.text);
}
/** The new text. */
function applyEdits(old, edits) {
	const parts = [];
	let cursor = 0;
	for (const e of edits) {
		parts.push(old.slice(cursor, e.start), e.text);
		cursor = e.end;
	}
	parts.push(old.slice(cursor));
	return parts.join("");
}
/** Running sums of (new length - old length) over sorted edits, for O(log n) lookups of a position's shift. */
var Shifts = class Shifts {
	ranges;
	ends;
	starts;
	/** sums[i]: total change of length of edits 0..i-1. */
	sums;
	constructor(ranges) {
		this.ranges = ranges;
		this.starts = ranges.map((e) => e.start);
		this.ends = ranges.map((e) => e.end);
		this.sums = [0];
		for (const e of ranges) this.sums.push(this.sums.at(-1) + e.delta);
	}
	static of(edits) {
		return new Shifts(edits.map((e) => ({
			start: e.start,
			end: e.end,
			delta: e.text.length - (e.end - e.start)
		})));
	}
	/** How many edits have end < p (strict) or end <= p. */
	countEndingBefore(p, inclusive) {
		let lo = 0;
		let hi = this.ends.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (this.ends[mid] < p || inclusive && this.ends[mid] === p) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	/** How many edits start before p (strict) or at p. */
	countStartingBefore(p, inclusive) {
		let lo = 0;
		let hi = this.starts.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (this.starts[mid] < p || inclusive && this.starts[mid] === p) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	sumOf(count) {
		return this.sums[count];
	}
	at(i) {
		return this.ranges[i];
	}
};
/**
* Where a range of the old text is in the new one: shifted by the edits before it, or, when edits touch it,
* widened to everything those edits wrote.
*/
var PositionMap = class {
	shifts;
	constructor(edits) {
		this.shifts = Shifts.of(edits);
	}
	map(start, end) {
		const s = this.shifts;
		const first = s.countEndingBefore(start, true);
		const last = s.countStartingBefore(end, false);
		let from = start;
		let to = end;
		let edited = false;
		for (let i = first; i < last; i++) {
			const e = s.at(i);
			if (e.end === e.start && (e.start === start || e.start === end)) continue;
			edited = true;
			from = Math.min(from, e.start);
			to = Math.max(to, e.end);
		}
		return {
			start: from + s.sumOf(s.countEndingBefore(from, true)),
			end: to + s.sumOf(s.countEndingBefore(to, true)),
			edited
		};
	}
};
/**
* Edits over A equal to `first` (over A, giving B) followed by `second` (over B, giving C). Every edit of either
* is a range of B (what `first` wrote, what `second` replaced); ranges that meet become one edit, whose old range
* is found through `first` and whose new text is read from C.
*/
function composeEdits(a, first, second, c) {
	const inB = [];
	let shift = 0;
	const firstInB = first.map((e) => {
		const r = {
			start: e.start + shift,
			end: e.start + shift + e.text.length
		};
		shift += e.text.length - (e.end - e.start);
		return r;
	});
	inB.push(...firstInB, ...second.map((e) => ({
		start: e.start,
		end: e.end
	})));
	inB.sort((x, y) => x.start - y.start || x.end - y.end);
	const clusters = [];
	for (const r of inB) {
		const last = clusters.at(-1);
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else clusters.push({ ...r });
	}
	const firstShifts = new Shifts(firstInB.map((r, i) => ({
		start: r.start,
		end: r.end,
		delta: first[i].end - first[i].start - (r.end - r.start)
	})));
	const secondShifts = Shifts.of(second);
	const out = [];
	for (const cl of clusters) {
		const aStart = cl.start + firstShifts.sumOf(firstShifts.countEndingBefore(cl.start, false));
		const aEnd = cl.end + firstShifts.sumOf(firstShifts.countEndingBefore(cl.end, true));
		const cStart = cl.start + secondShifts.sumOf(secondShifts.countEndingBefore(cl.start, false));
		const cEnd = cl.end + secondShifts.sumOf(secondShifts.countEndingBefore(cl.end, true));
		out.push({
			start: aStart,
			end: aEnd,
			text: c.slice(cStart, cEnd)
		});
	}
	return normalizeEdits(out, a);
}
// src/fix/sdk/engine/edits.ts
var EditOverlapError = class extends Error {};
var EditSet = class EditSet {
	edits = [];
	seq = 0;
	get size() {
		return this.edits.length;
	}
	replace(start, end, text) {
		this.edits.push({
			start,
			end,
			text,
			order: this.seq++
		});
	}
	insert(at, text) {
		this.edits.push({
			start: at,
			end: at,
			text,
			order: this.seq++
		});
	}
	/** Adds every edit of another set (a client's plan, once it is known to be complete). */
	addAll(other) {
		for (const e of other.edits) this.edits.push({
			...e,
			order: this.seq++
		});
	}
	/** Whether a position lies inside a replaced range (so text there is gone after the edits). */
	covers(start, end) {
		return this.edits.some((e) => e.end > e.start && e.start <= start && end <= e.end);
	}
	/** Ranges replaced (not insertions), for "is this name still used" questions. */
	replacedRanges() {
		return this.edits.filter((e) => e.end > e.start).map(({ start, end }) => ({
			start,
			end
		}));
	}
	/** The text of [start, end) with the edits that lie inside it applied (for code that moves elsewhere). */
	render(text, start, end) {
		const inner = new EditSet();
		for (const e of this.edits) if (e.start >= start && e.end <= end) inner.edits.push({
			...e,
			start: e.start - start,
			end: e.end - start
		});
		return inner.apply(text.slice(start, end));
	}
	/** Throws EditOverlapError when two replacements overlap: the plans that made them cannot both be right. */
	apply(text) {
		return applyEdits(text, this.resolved());
	}
	/** The new text, and the edits that made it as sorted, disjoint replacements of `text` (see ../../text-edits.ts). */
	applyWithEdits(text) {
		const resolved = this.resolved();
		return {
			text: applyEdits(text, resolved),
			edits: normalizeEdits(resolved, text)
		};
	}
	/** Sorted, with insertions before a replacement at the same index; throws EditOverlapError on an overlap. */
	resolved() {
		const sorted = [...this.edits].sort((a, b) => a.start - b.start || (a.end - a.start === 0 ? -1 : 0) - (b.end - b.start === 0 ? -1 : 0) || a.order - b.order);
		let cursor = 0;
		for (const e of sorted) {
			if (e.start < cursor) throw new EditOverlapError(`overlapping edits at ${e.start}`);
			cursor = e.end;
		}
		return sorted.map(({ start, end, text }) => ({
			start,
			end,
			text
		}));
	}
};
/** Index of the first character of the line that holds `index`. */
function lineStartOf(text, index) {
	return text.lastIndexOf("\n", index - 1) + 1;
}
/** 1-based line number of an index. */
function lineOf(starts, index) {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = lo + hi + 1 >> 1;
		if (starts[mid] <= index) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}
function lineStarts(text) {
	const starts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
	return starts;
}
/**
* The range that removes a statement with its whole lines (indentation, a trailing comment, the line break), or
* undefined when the statement shares a line with other code (then removing it would need a rewrite of that line).
*/
function wholeLinesOf(text, start, end) {
	const from = lineStartOf(text, start);
	if (text.slice(from, start).trim() !== "") return void 0;
	let to = text.indexOf("\n", end);
	if (to === -1) to = text.length;
	const rest = text.slice(end, to);
	if (rest.trim() !== "" && !/^\s*(#|\/\/)/.test(rest)) return void 0;
	return {
		start: from,
		end: to < text.length ? to + 1 : to
	};
}
/** The indentation of the line that holds `index`. */
function indentAt(text, index) {
	const from = lineStartOf(text, index);
	return /^[ \t]*/.exec(text.slice(from, index + 1))[0];
}
/** "Does one of these ranges contain [start, end)?" in O(log n): sorted starts with the running maximum of ends. */
var RangeIndex = class {
	starts;
	maxEnd;
	constructor(ranges) {
		const sorted = [...ranges].sort((a, b) => a.start - b.start);
		this.starts = sorted.map((r) => r.start);
		this.maxEnd = [];
		let max = -1;
		for (const r of sorted) this.maxEnd.push(max = Math.max(max, r.end));
	}
	contains(start, end) {
		let lo = 0;
		let hi = this.starts.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (this.starts[mid] <= start) lo = mid + 1;
			else hi = mid;
		}
		return lo > 0 && this.maxEnd[lo - 1] >= end;
	}
};
// src/fix/fix-bytes.ts
/** The fix reads no fingerprints (they identify findings across scans: baselines, SARIF, review comments). */
const NO_FINGERPRINTS = { fingerprints: false };
/**
* Fixes one file's bytes. Pure: the caller reads and writes. The findings are computed on the very text that is
* edited, with the scanner's rules, context and inline ignores, so an ignored line is never touched.
*/
function fixBytes(bytes, rel, catalog, opts, sdk) {
	const gate = fileText(bytes, firstAnchorsFor(catalog, rel), decodeForFix);
	if (gate.kind === "skipped") return {
		kind: "skipped",
		reason: gate.reason
	};
	if (gate.kind === "no-anchor") return { kind: "clean" };
	const decoded = gate.decoded;
	const findings = notIgnored(matchText(decoded.text, rel, catalog, void 0, NO_FINGERPRINTS));
	if (findings.length === 0) return { kind: "clean" };
	const utf8Bom = decoded.codec.encoding === "utf-8" && decoded.codec.bom;
	const underSdk = sdk ? fixText(decoded.text, findings, catalog, {
		...opts,
		underSdkRewrite: true
	}) : void 0;
	const rewritten = underSdk ? sdk(underSdk.text, rel) : void 0;
	if (underSdk && rewritten && rewritten.clients.length > 0) {
		const fixed = underSdk;
		if (!rewritten.clients.some((c) => c.converted)) {
			const left = [...fixed.remaining, ...fixed.applied.map((a) => ({
				finding: a.finding,
				fixability: "manual"
			}))];
			left.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
			return {
				kind: "unchanged",
				encoding: decoded.codec.encoding,
				before: decoded.text,
				after: decoded.text,
				utf8Bom,
				bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
				edits: [],
				applied: [],
				remaining: left,
				sdk: rewritten
			};
		}
		const edits = composeEdits(decoded.text, fixed.edits, rewritten.edits, rewritten.text);
		const remaining = stillReported(decoded.text, rewritten.text, edits, fixed.remaining, notIgnored(matchText(rewritten.text, rel, catalog, void 0, NO_FINGERPRINTS)));
		return {
			kind: "fixed",
			encoding: decoded.codec.encoding,
			before: decoded.text,
			after: rewritten.text,
			utf8Bom,
			bytes: encodeText(rewritten.text, decoded.codec),
			edits,
			applied: fixed.applied,
			remaining,
			sdk: rewritten
		};
	}
	const fixed = fixText(decoded.text, findings, catalog, opts);
	const changed = fixed.applied.length > 0;
	if (changed) markHiddenByFix(fixed.remaining, notIgnored(matchText(fixed.text, rel, catalog, void 0, NO_FINGERPRINTS)));
	return {
		kind: changed ? "fixed" : "unchanged",
		encoding: decoded.codec.encoding,
		before: decoded.text,
		after: fixed.text,
		utf8Bom,
		bytes: changed ? encodeText(fixed.text, decoded.codec) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
		edits: fixed.edits,
		applied: fixed.applied,
		remaining: fixed.remaining
	};
}
/**
* After an SDK rewrite: the findings still reported in the rewritten text, each found where its own position went
* through the edits (the same rule there), and reported at its line in the rewritten file, where a person will look
* for it. The model suggestions stay listed even where the rewrite removed the context that made them legacy.
*/
function stillReported(before, after, edits, remaining, found) {
	const map = new PositionMap(edits);
	const beforeStarts = lineStarts(before);
	const afterStarts = lineStarts(after);
	const offset = (starts, line, column) => (starts[line - 1] ?? 0) + column - 1;
	const byRule = /* @__PURE__ */ new Map();
	for (const f of found) {
		const list = byRule.get(f.ruleId) ?? [];
		list.push({
			f,
			start: offset(afterStarts, f.line, f.column),
			end: offset(afterStarts, f.endLine, f.endColumn),
			taken: false
		});
		byRule.set(f.ruleId, list);
	}
	const out = [];
	for (const r of remaining) {
		const at = map.map(offset(beforeStarts, r.finding.line, r.finding.column), offset(beforeStarts, r.finding.endLine, r.finding.endColumn));
		const same = firstWithin(byRule.get(r.finding.ruleId), at);
		if (same) {
			same.taken = true;
			out.push({
				...r,
				finding: same.f
			});
		} else if (r.fixability === "suggested") {
			const next = after.indexOf(r.finding.match, at.start);
			const previous = next === -1 ? after.lastIndexOf(r.finding.match, at.start) : -1;
			const start = next !== -1 ? next : previous !== -1 ? previous : at.start;
			const line = lineOf(afterStarts, start);
			const column = start - afterStarts[line - 1] + 1;
			const finding = {
				...r.finding,
				line,
				column,
				endLine: line + r.finding.endLine - r.finding.line,
				endColumn: column + r.finding.endColumn - r.finding.column
			};
			out.push({
				...r,
				finding,
				hiddenByFix: true
			});
		}
	}
	return out;
}
/**
* The first finding not yet taken that lies in `at` (and starts where it starts, unless edits touched it): what a
* search from the front of the list finds, found from the first that starts at or after `at.start` (the scanner
* lists findings in file order, so one rule's are sorted by start; none after `at.end` can lie in it).
*/
function firstWithin(list, at) {
	if (!list) return void 0;
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if (list[mid].start < at.start) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < list.length && list[i].start <= at.end; i++) {
		const x = list[i];
		if (!x.taken && x.end <= at.end && (at.edited || x.start === at.start)) return x;
	}
}
/** Marks the findings left over that a scan of the fixed text no longer reports (their context was the fixed endpoint). */
function markHiddenByFix(remaining, after) {
	const key = (f) => `${f.category}\u0000${f.line}\u0000${f.match}`;
	const still = /* @__PURE__ */ new Map();
	for (const f of after) still.set(key(f), (still.get(key(f)) ?? 0) + 1);
	for (const r of remaining) {
		const n = still.get(key(r.finding)) ?? 0;
		if (n > 0) still.set(key(r.finding), n - 1);
		else r.hiddenByFix = true;
	}
}
// node_modules/diff/libesm/diff/base.js
var Diff = class {
	diff(oldStr, newStr, options = {}) {
		let callback;
		if (typeof options === "function") {
			callback = options;
			options = {};
		} else if ("callback" in options) callback = options.callback;
		const oldString = this.castInput(oldStr, options);
		const newString = this.castInput(newStr, options);
		const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
		const newTokens = this.removeEmpty(this.tokenize(newString, options));
		return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
	}
	diffWithOptionsObj(oldTokens, newTokens, options, callback) {
		var _a;
		const done = (value) => {
			value = this.postProcess(value, options);
			if (callback) {
				setTimeout(function() {
					callback(value);
				}, 0);
				return;
			} else return value;
		};
		const newLen = newTokens.length, oldLen = oldTokens.length;
		let editLength = 1;
		let maxEditLength = newLen + oldLen;
		if (options.maxEditLength != null) maxEditLength = Math.min(maxEditLength, options.maxEditLength);
		const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
		const abortAfterTimestamp = Date.now() + maxExecutionTime;
		const bestPath = [{
			oldPos: -1,
			lastComponent: void 0
		}];
		let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
		if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
		let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
		const execEditLength = () => {
			for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
				let basePath;
				const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
				if (removePath) bestPath[diagonalPath - 1] = void 0;
				let canAdd = false;
				if (addPath) {
					const addPathNewPos = addPath.oldPos - diagonalPath;
					canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
				}
				const canRemove = removePath && removePath.oldPos + 1 < oldLen;
				if (!canAdd && !canRemove) {
					bestPath[diagonalPath] = void 0;
					continue;
				}
				if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) basePath = this.addToPath(addPath, true, false, 0, options);
				else basePath = this.addToPath(removePath, false, true, 1, options);
				newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
				if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
				else {
					bestPath[diagonalPath] = basePath;
					if (basePath.oldPos + 1 >= oldLen) maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
					if (newPos + 1 >= newLen) minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
				}
			}
			editLength++;
		};
		if (callback) (function exec() {
			setTimeout(function() {
				if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) return callback(void 0);
				if (!execEditLength()) exec();
			}, 0);
		})();
		else while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
			const ret = execEditLength();
			if (ret) return ret;
		}
	}
	addToPath(path, added, removed, oldPosInc, options) {
		const last = path.lastComponent;
		if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) return {
			oldPos: path.oldPos + oldPosInc,
			lastComponent: {
				count: last.count + 1,
				added,
				removed,
				previousComponent: last.previousComponent
			}
		};
		else return {
			oldPos: path.oldPos + oldPosInc,
			lastComponent: {
				count: 1,
				added,
				removed,
				previousComponent: last
			}
		};
	}
	extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
		const newLen = newTokens.length, oldLen = oldTokens.length;
		let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
		while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
			newPos++;
			oldPos++;
			commonCount++;
			if (options.oneChangePerToken) basePath.lastComponent = {
				count: 1,
				previousComponent: basePath.lastComponent,
				added: false,
				removed: false
			};
		}
		if (commonCount && !options.oneChangePerToken) basePath.lastComponent = {
			count: commonCount,
			previousComponent: basePath.lastComponent,
			added: false,
			removed: false
		};
		basePath.oldPos = oldPos;
		return newPos;
	}
	equals(left, right, options) {
		if (options.comparator) return options.comparator(left, right);
		else return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
	}
	removeEmpty(array) {
		const ret = [];
		for (let i = 0; i < array.length; i++) if (array[i]) ret.push(array[i]);
		return ret;
	}
	castInput(value, options) {
		return value;
	}
	tokenize(value, options) {
		return Array.from(value);
	}
	join(chars) {
		return chars.join("");
	}
	postProcess(changeObjects, options) {
		return changeObjects;
	}
	get useLongestToken() {
		return false;
	}
	buildValues(lastComponent, newTokens, oldTokens) {
		const components = [];
		let nextComponent;
		while (lastComponent) {
			components.push(lastComponent);
			nextComponent = lastComponent.previousComponent;
			delete lastComponent.previousComponent;
			lastComponent = nextComponent;
		}
		components.reverse();
		const componentLen = components.length;
		let componentPos = 0, newPos = 0, oldPos = 0;
		for (; componentPos < componentLen; componentPos++) {
			const component = components[componentPos];
			if (!component.removed) {
				if (!component.added && this.useLongestToken) {
					let value = newTokens.slice(newPos, newPos + component.count);
					value = value.map(function(value, i) {
						const oldValue = oldTokens[oldPos + i];
						return oldValue.length > value.length ? oldValue : value;
					});
					component.value = this.join(value);
				} else component.value = this.join(newTokens.slice(newPos, newPos + component.count));
				newPos += component.count;
				if (!component.added) oldPos += component.count;
			} else {
				component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
				oldPos += component.count;
			}
		}
		return components;
	}
};
// node_modules/diff/libesm/diff/character.js
var CharacterDiff = class extends Diff {};
new CharacterDiff();
// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
	let i = 0;
	for (; i < str1.length && i < str2.length; i++) if (str1[i] != str2[i]) return str1.slice(0, i);
	return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
	let i;
	if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) return "";
	for (i = 0; i < str1.length && i < str2.length; i++) if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) return str1.slice(-i);
	return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
	if (string.slice(0, oldPrefix.length) != oldPrefix) throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
	return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
	if (!oldSuffix) return string + newSuffix;
	if (string.slice(-oldSuffix.length) != oldSuffix) throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
	return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
	return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
	return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
	return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
	let startA = 0;
	if (a.length > b.length) startA = a.length - b.length;
	let endB = b.length;
	if (a.length < b.length) endB = a.length;
	const map = Array(endB);
	let k = 0;
	map[0] = 0;
	for (let j = 1; j < endB; j++) {
		if (b[j] == b[k]) map[j] = map[k];
		else map[j] = k;
		while (k > 0 && b[j] != b[k]) k = map[k];
		if (b[j] == b[k]) k++;
	}
	k = 0;
	for (let i = startA; i < a.length; i++) {
		while (k > 0 && a[i] != b[k]) k = map[k];
		if (a[i] == b[k]) k++;
	}
	return k;
}
/**
* Split a string into segments using a word segmenter, merging consecutive
* segments if they are both whitespace segments. Whitespace segments can
* appear adjacent to one another for two reasons:
* - newlines always get their own segment
* - where a diacritic is attached to a whitespace character in the text, the
*   segment ends after the diacritic, so e.g. " \u0300 " becomes two segments.
* This function therefore runs the segmenter's .segment() method and then
* merges consecutive segments of whitespace into a single part.
*/
function segment(string, segmenter) {
	const parts = [];
	for (const segmentObj of Array.from(segmenter.segment(string))) {
		const segment = segmentObj.segment;
		if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment)) parts[parts.length - 1] += segment;
		else parts.push(segment);
	}
	return parts;
}
function trailingWs(string, segmenter) {
	if (segmenter) return leadingAndTrailingWs(string, segmenter)[1];
	let i;
	for (i = string.length - 1; i >= 0; i--) if (!string[i].match(/\s/)) break;
	return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
	if (segmenter) return leadingAndTrailingWs(string, segmenter)[0];
	const match = string.match(/^\s*/);
	return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
	if (!segmenter) return [leadingWs(string), trailingWs(string)];
	if (segmenter.resolvedOptions().granularity != "word") throw new Error("The segmenter passed must have a granularity of \"word\"");
	const segments = segment(string, segmenter);
	const firstSeg = segments[0];
	const lastSeg = segments[segments.length - 1];
	return [/\s/.test(firstSeg) ? firstSeg : "", /\s/.test(lastSeg) ? lastSeg : ""];
}
// node_modules/diff/libesm/diff/word.js
const extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
const tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
var WordDiff = class extends Diff {
	equals(left, right, options) {
		if (options.ignoreCase) {
			left = left.toLowerCase();
			right = right.toLowerCase();
		}
		return left.trim() === right.trim();
	}
	tokenize(value, options = {}) {
		let parts;
		if (options.intlSegmenter) {
			const segmenter = options.intlSegmenter;
			if (segmenter.resolvedOptions().granularity != "word") throw new Error("The segmenter passed must have a granularity of \"word\"");
			parts = segment(value, segmenter);
		} else parts = value.match(tokenizeIncludingWhitespace) || [];
		const tokens = [];
		let prevPart = null;
		parts.forEach((part) => {
			if (/\s/.test(part)) {
				if (prevPart == null) tokens.push(part);
				else tokens.push(tokens.pop() + part);
			} else if (prevPart != null && /\s/.test(prevPart)) {
				if (tokens[tokens.length - 1] == prevPart) tokens.push(tokens.pop() + part);
				else tokens.push(prevPart + part);
			} else tokens.push(part);
			prevPart = part;
		});
		return tokens;
	}
	join(tokens) {
		return tokens.map((token, i) => {
			if (i == 0) return token;
			else return token.replace(/^\s+/, "");
		}).join("");
	}
	postProcess(changes, options) {
		if (!changes || options.oneChangePerToken) return changes;
		let lastKeep = null;
		let insertion = null;
		let deletion = null;
		changes.forEach((change) => {
			if (change.added) insertion = change;
			else if (change.removed) deletion = change;
			else {
				if (insertion || deletion) dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
				lastKeep = change;
				insertion = null;
				deletion = null;
			}
		});
		if (insertion || deletion) dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
		return changes;
	}
};
new WordDiff();
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
	if (deletion && insertion) {
		const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
		const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
		if (startKeep) {
			const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
			startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
			deletion.value = removePrefix(deletion.value, commonWsPrefix);
			insertion.value = removePrefix(insertion.value, commonWsPrefix);
		}
		if (endKeep) {
			const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
			endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
			deletion.value = removeSuffix(deletion.value, commonWsSuffix);
			insertion.value = removeSuffix(insertion.value, commonWsSuffix);
		}
	} else if (insertion) {
		if (startKeep) {
			const ws = leadingWs(insertion.value, segmenter);
			insertion.value = insertion.value.substring(ws.length);
		}
		if (endKeep) {
			const ws = leadingWs(endKeep.value, segmenter);
			endKeep.value = endKeep.value.substring(ws.length);
		}
	} else if (startKeep && endKeep) {
		const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
		const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
		deletion.value = removePrefix(deletion.value, newWsStart);
		const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
		deletion.value = removeSuffix(deletion.value, newWsEnd);
		endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
		startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
	} else if (endKeep) {
		const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
		const overlap = maximumOverlap(trailingWs(deletion.value, segmenter), endKeepWsPrefix);
		deletion.value = removeSuffix(deletion.value, overlap);
	} else if (startKeep) {
		const overlap = maximumOverlap(trailingWs(startKeep.value, segmenter), leadingWs(deletion.value, segmenter));
		deletion.value = removePrefix(deletion.value, overlap);
	}
}
var WordsWithSpaceDiff = class extends Diff {
	tokenize(value) {
		const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
		return value.match(regex) || [];
	}
};
new WordsWithSpaceDiff();
// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
	constructor() {
		super(...arguments);
		this.tokenize = tokenize;
	}
	equals(left, right, options) {
		if (options.ignoreWhitespace) {
			if (!options.newlineIsToken || !left.includes("\n")) left = left.trim();
			if (!options.newlineIsToken || !right.includes("\n")) right = right.trim();
		} else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
			if (left.endsWith("\n")) left = left.slice(0, -1);
			if (right.endsWith("\n")) right = right.slice(0, -1);
		}
		return super.equals(left, right, options);
	}
};
const lineDiff = new LineDiff();
function diffLines$1(oldStr, newStr, options) {
	return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
	if (options.stripTrailingCr) value = value.replace(/\r\n/g, "\n");
	const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
	if (!linesAndNewlines[linesAndNewlines.length - 1]) linesAndNewlines.pop();
	for (let i = 0; i < linesAndNewlines.length; i++) {
		const line = linesAndNewlines[i];
		if (i % 2 && !options.newlineIsToken) retLines[retLines.length - 1] += line;
		else retLines.push(line);
	}
	return retLines;
}
// node_modules/diff/libesm/diff/sentence.js
function isSentenceEndPunct(char) {
	return char == "." || char == "!" || char == "?";
}
var SentenceDiff = class extends Diff {
	tokenize(value) {
		var _a;
		const result = [];
		let tokenStartI = 0;
		for (let i = 0; i < value.length; i++) {
			if (i == value.length - 1) {
				result.push(value.slice(tokenStartI));
				break;
			}
			if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
				result.push(value.slice(tokenStartI, i + 1));
				i = tokenStartI = i + 1;
				while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) i++;
				result.push(value.slice(tokenStartI, i + 1));
				tokenStartI = i + 1;
			}
		}
		return result;
	}
};
new SentenceDiff();
// node_modules/diff/libesm/diff/css.js
var CssDiff = class extends Diff {
	tokenize(value) {
		return value.split(/([{}:;,]|\s+)/);
	}
};
new CssDiff();
// node_modules/diff/libesm/diff/json.js
var JsonDiff = class extends Diff {
	constructor() {
		super(...arguments);
		this.tokenize = tokenize;
	}
	get useLongestToken() {
		return true;
	}
	castInput(value, options) {
		const { undefinedReplacement, stringifyReplacer = (k, v) => typeof v === "undefined" ? undefinedReplacement : v } = options;
		return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
	}
	equals(left, right, options) {
		return super.equals(left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
	}
};
new JsonDiff();
function canonicalize(obj, stack, replacementStack, replacer, key) {
	stack = stack || [];
	replacementStack = replacementStack || [];
	if (replacer) obj = replacer(key === void 0 ? "" : key, obj);
	let i = 0;
	for (; i < stack.length; i += 1) if (stack[i] === obj) return replacementStack[i];
	let canonicalizedObj;
	if ("[object Array]" === Object.prototype.toString.call(obj)) {
		stack.push(obj);
		canonicalizedObj = new Array(obj.length);
		replacementStack.push(canonicalizedObj);
		for (i = 0; i < obj.length; i += 1) canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
		stack.pop();
		replacementStack.pop();
		return canonicalizedObj;
	}
	if (obj && obj.toJSON) obj = obj.toJSON();
	if (typeof obj === "object" && obj !== null) {
		stack.push(obj);
		canonicalizedObj = {};
		replacementStack.push(canonicalizedObj);
		const sortedKeys = [];
		let key;
		for (key in obj)
 /* istanbul ignore else */
		if (Object.prototype.hasOwnProperty.call(obj, key)) sortedKeys.push(key);
		sortedKeys.sort();
		for (i = 0; i < sortedKeys.length; i += 1) {
			key = sortedKeys[i];
			canonicalizedObj[key] = canonicalize(obj[key], stack, replacementStack, replacer, key);
		}
		stack.pop();
		replacementStack.pop();
	} else canonicalizedObj = obj;
	return canonicalizedObj;
}
// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
	tokenize(value) {
		return value.slice();
	}
	join(value) {
		return value;
	}
	removeEmpty(value) {
		return value;
	}
};
new ArrayDiff();
// node_modules/diff/libesm/patch/create.js
/**
* Returns true if the filename contains characters that require C-style
* quoting (as used by Git and GNU diffutils in diff output).
*/
function needsQuoting(s) {
	for (let i = 0; i < s.length; i++) if (s[i] < " " || s[i] > "~" || s[i] === "\"" || s[i] === "\\") return true;
	return false;
}
/**
* C-style quotes a filename, encoding special characters as escape sequences
* and non-ASCII bytes as octal escapes. This is the inverse of
* `parseQuotedFileName` in parse.ts.
*
* Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
* This matches the behaviour of both Git and GNU diffutils, which always emit
* UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
* Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
*
* If the filename doesn't need quoting, returns it as-is.
*/
function quoteFileNameIfNeeded(s) {
	if (!needsQuoting(s)) return s;
	let result = "\"";
	const bytes = new TextEncoder().encode(s);
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b === 7) result += "\\a";
		else if (b === 8) result += "\\b";
		else if (b === 9) result += "\\t";
		else if (b === 10) result += "\\n";
		else if (b === 11) result += "\\v";
		else if (b === 12) result += "\\f";
		else if (b === 13) result += "\\r";
		else if (b === 34) result += "\\\"";
		else if (b === 92) result += "\\\\";
		else if (b >= 32 && b <= 126) result += String.fromCharCode(b);
		else result += "\\" + b.toString(8).padStart(3, "0");
		i++;
	}
	result += "\"";
	return result;
}
const INCLUDE_HEADERS = {
	includeIndex: true,
	includeUnderline: true,
	includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
	includeIndex: false,
	includeUnderline: false,
	includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
	let optionsObj;
	if (!options) optionsObj = {};
	else if (typeof options === "function") optionsObj = { callback: options };
	else optionsObj = options;
	if (typeof optionsObj.context === "undefined") optionsObj.context = 4;
	const context = optionsObj.context;
	if (optionsObj.newlineIsToken) throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
	if (!optionsObj.callback) return diffLinesResultToPatch(diffLines$1(oldStr, newStr, optionsObj));
	else {
		const { callback } = optionsObj;
		diffLines$1(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
			const patch = diffLinesResultToPatch(diff);
			callback(patch);
		} }));
	}
	function diffLinesResultToPatch(diff) {
		if (!diff) return;
		diff.push({
			value: "",
			lines: []
		});
		function contextLines(lines) {
			return lines.map(function(entry) {
				return " " + entry;
			});
		}
		const hunks = [];
		let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
		for (let i = 0; i < diff.length; i++) {
			const current = diff[i], lines = current.lines || splitLines(current.value);
			current.lines = lines;
			if (current.added || current.removed) {
				if (!oldRangeStart) {
					const prev = diff[i - 1];
					oldRangeStart = oldLine;
					newRangeStart = newLine;
					if (prev) {
						curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
						oldRangeStart -= curRange.length;
						newRangeStart -= curRange.length;
					}
				}
				for (const line of lines) curRange.push((current.added ? "+" : "-") + line);
				if (current.added) newLine += lines.length;
				else oldLine += lines.length;
			} else {
				if (oldRangeStart) {
					if (lines.length <= context * 2 && i < diff.length - 2) for (const line of contextLines(lines)) curRange.push(line);
					else {
						const contextSize = Math.min(lines.length, context);
						for (const line of contextLines(lines.slice(0, contextSize))) curRange.push(line);
						const hunk = {
							oldStart: oldRangeStart,
							oldLines: oldLine - oldRangeStart + contextSize,
							newStart: newRangeStart,
							newLines: newLine - newRangeStart + contextSize,
							lines: curRange
						};
						hunks.push(hunk);
						oldRangeStart = 0;
						newRangeStart = 0;
						curRange = [];
					}
				}
				oldLine += lines.length;
				newLine += lines.length;
			}
		}
		for (const hunk of hunks) for (let i = 0; i < hunk.lines.length; i++) if (hunk.lines[i].endsWith("\n")) hunk.lines[i] = hunk.lines[i].slice(0, -1);
		else {
			hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
			i++;
		}
		return {
			oldFileName,
			newFileName,
			oldHeader,
			newHeader,
			hunks
		};
	}
}
/**
* creates a unified diff patch.
*
* @param patch either a single structured patch object (as returned by `structuredPatch`) or an
*   array of them (as returned by `parsePatch`).
* @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
*   Ignored for patches where `isGit` is `true`.
*
* When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
* output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
* properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
* headers for patches with no hunks (e.g. renames without content changes).
*/
function formatPatch(patch, headerOptions) {
	var _a, _b, _c, _d, _e, _f;
	if (!headerOptions) headerOptions = INCLUDE_HEADERS;
	if (Array.isArray(patch)) {
		if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
		return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
	}
	const ret = [];
	if (patch.isGit) {
		headerOptions = INCLUDE_HEADERS;
		if (!patch.oldFileName) throw new Error("oldFileName must be specified for Git patches");
		if (!patch.newFileName) throw new Error("newFileName must be specified for Git patches");
		let gitOldName = patch.oldFileName;
		let gitNewName = patch.newFileName;
		if (patch.isCreate && gitOldName === "/dev/null") gitOldName = gitNewName.replace(/^b\//, "a/");
		else if (patch.isDelete && gitNewName === "/dev/null") gitNewName = gitOldName.replace(/^a\//, "b/");
		ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
		if (patch.isDelete) ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
		if (patch.isCreate) ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
		if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
			ret.push("old mode " + patch.oldMode);
			ret.push("new mode " + patch.newMode);
		}
		if (patch.isRename) {
			ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
			ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
		}
		if (patch.isCopy) {
			ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
			ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
		}
	} else {
		if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) ret.push("Index: " + patch.oldFileName);
		if (headerOptions.includeUnderline) ret.push("===================================================================");
	}
	const hasHunks = patch.hunks.length > 0;
	if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
		ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
		ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
	}
	for (let i = 0; i < patch.hunks.length; i++) {
		const hunk = patch.hunks[i];
		const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
		const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
		ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
		for (const line of hunk.lines) ret.push(line);
	}
	return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
	if (typeof options === "function") options = { callback: options };
	if (!(options === null || options === void 0 ? void 0 : options.callback)) {
		const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
		if (!patchObj) return;
		return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
	} else {
		const { callback } = options;
		structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
			if (!patchObj) callback(void 0);
			else callback(formatPatch(patchObj, options.headerOptions));
		} }));
	}
}
/**
* Split `text` into an array of lines, including the trailing newline character (where present)
*/
function splitLines(text) {
	const hasTrailingNl = text.endsWith("\n");
	const result = text.split("\n").map((line) => line + "\n");
	if (hasTrailingNl) result.pop();
	else result.push(result.pop().slice(0, -1));
	return result;
}
// src/fix/unified-diff.ts
/** A unified diff of one file, in the form `git apply` and `patch -p1` read. */
function unifiedDiff(rel, before, after) {
	return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, before, after, void 0, void 0, { headerOptions: FILE_HEADERS_ONLY });
}
// src/fix/line-diff.ts
const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;
/** The change list diffArrays(oldLines, newLines) returns (value, count, added, removed of each change, in order). */
function diffLines(oldLines, newLines) {
	const oldLen = oldLines.length;
	const newLen = newLines.length;
	let size = 64;
	let counts = new Int32Array(size);
	let kinds = new Uint8Array(size);
	let previous = new Int32Array(size);
	let made = 0;
	const component = (count, kind, prev) => {
		if (made === size) {
			size *= 2;
			const c = new Int32Array(size);
			c.set(counts);
			counts = c;
			const k = new Uint8Array(size);
			k.set(kinds);
			kinds = k;
			const p = new Int32Array(size);
			p.set(previous);
			previous = p;
		}
		counts[made] = count;
		kinds[made] = kind;
		previous[made] = prev;
		return made++;
	};
	const offset = oldLen + newLen + 1;
	const oldPos = new Int32Array(2 * offset + 1);
	const last = new Int32Array(2 * offset + 1);
	const present = new Uint8Array(2 * offset + 1);
	/** Follows the diagonal of the path at `k` while lines are equal; returns its position in the new text. */
	const extractCommon = (k) => {
		let o = oldPos[k + offset];
		let n = o - k;
		let common = 0;
		while (n + 1 < newLen && o + 1 < oldLen && oldLines[o + 1] === newLines[n + 1]) {
			n++;
			o++;
			common++;
		}
		if (common) last[k + offset] = component(common, COMMON, last[k + offset]);
		oldPos[k + offset] = o;
		return n;
	};
	const build = (lastComponent) => {
		const order = [];
		for (let c = lastComponent; c !== -1; c = previous[c]) order.push(c);
		order.reverse();
		const out = [];
		let n = 0;
		let o = 0;
		for (const c of order) {
			const count = counts[c];
			const kind = kinds[c];
			if (kind === REMOVED) {
				out.push({
					count,
					added: false,
					removed: true,
					value: oldLines.slice(o, o + count)
				});
				o += count;
			} else {
				out.push({
					count,
					added: kind === ADDED,
					removed: false,
					value: newLines.slice(n, n + count)
				});
				n += count;
				if (kind === COMMON) o += count;
			}
		}
		return out;
	};
	oldPos[offset] = -1;
	last[offset] = -1;
	present[offset] = 1;
	let newPos = extractCommon(0);
	if (oldPos[offset] + 1 >= oldLen && newPos + 1 >= newLen) return build(last[offset]);
	let minDiagonal = -Infinity;
	let maxDiagonal = Infinity;
	for (let editLength = 1; editLength <= oldLen + newLen; editLength++) for (let k = Math.max(minDiagonal, -editLength); k <= Math.min(maxDiagonal, editLength); k += 2) {
		const hasRemove = present[k - 1 + offset] === 1;
		const hasAdd = present[k + 1 + offset] === 1;
		const removeOld = oldPos[k - 1 + offset];
		const removeLast = last[k - 1 + offset];
		const addOld = oldPos[k + 1 + offset];
		const addLast = last[k + 1 + offset];
		if (hasRemove) present[k - 1 + offset] = 0;
		let canAdd = false;
		if (hasAdd) {
			const addNewPos = addOld - k;
			canAdd = 0 <= addNewPos && addNewPos < newLen;
		}
		const canRemove = hasRemove && removeOld + 1 < oldLen;
		if (!canAdd && !canRemove) {
			present[k + offset] = 0;
			continue;
		}
		let base;
		let baseLast;
		if (!canRemove || canAdd && removeOld < addOld) {
			base = addOld;
			baseLast = addLast !== -1 && kinds[addLast] === ADDED ? component(counts[addLast] + 1, ADDED, previous[addLast]) : component(1, ADDED, addLast);
		} else {
			base = removeOld + 1;
			baseLast = removeLast !== -1 && kinds[removeLast] === REMOVED ? component(counts[removeLast] + 1, REMOVED, previous[removeLast]) : component(1, REMOVED, removeLast);
		}
		oldPos[k + offset] = base;
		last[k + offset] = baseLast;
		newPos = extractCommon(k);
		if (oldPos[k + offset] + 1 >= oldLen && newPos + 1 >= newLen) return build(last[k + offset]);
		present[k + offset] = 1;
		if (oldPos[k + offset] + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
		if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
	}
	throw new Error("line diff did not finish");
}
// src/fix/edits-diff.ts
/** A text and where its lines start; after a final line break, the empty line that follows starts at the end. */
var Lines = class {
	text;
	starts = [0];
	/** How many lines (each with its `\n`; a last line without one counts). */
	count;
	constructor(text) {
		this.text = text;
		for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) this.starts.push(nl + 1);
		this.count = text.length === 0 ? 0 : text.endsWith("\n") ? this.starts.length - 1 : this.starts.length;
	}
	/** Line i with its line break. */
	line(i) {
		return this.text.slice(this.starts[i], i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length);
	}
	/** Lines [from, to). */
	slice(from, to) {
		const out = [];
		for (let i = from; i < to; i++) out.push(this.line(i));
		return out;
	}
};
/** Index (0-based) of the line holding `offset` among lines starting at `starts`. */
function lineIndex(starts, offset) {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = lo + hi + 1 >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
/**
* `diffArrays(oldLines, newLines)` (line-diff.ts runs its search), answered without a search when no line of one side occurs in the other (most
* regions of an SDK rewrite: every line of a rewritten call changes). Then there is no diagonal to follow, and at each
* step `diff`'s Myers loop extends the path that is furthest along the old text (removal before addition), so what it
* returns is every old line removed, then every new line added; test/fix/edits-diff.test.ts checks this against
* diffArrays itself. The search it skips costs the square of the region's size.
*/
function regionChanges(oldLines, newLines) {
	const old = new Set(oldLines);
	if (newLines.some((l) => old.has(l))) return diffLines(oldLines, newLines);
	return [...oldLines.length ? [{
		value: oldLines,
		removed: true
	}] : [], ...newLines.length ? [{
		value: newLines,
		added: true
	}] : []];
}
/** The line changes: equal runs between the regions the edits touch, `diffArrays` inside each region. */
function changesOf(oldText, newText, edits) {
	const oldStarts = oldText.starts;
	const newStarts = newText.starts;
	const regions = [];
	let shift = 0;
	for (const e of edits) {
		const newStart = e.start + shift;
		const newEnd = newStart + e.text.length;
		shift += e.text.length - (e.end - e.start);
		const r = {
			o0: lineIndex(oldStarts, e.start),
			o1: Math.min(oldText.count, lineIndex(oldStarts, e.end) + 1),
			n0: lineIndex(newStarts, newStart),
			n1: Math.min(newText.count, lineIndex(newStarts, newEnd) + 1)
		};
		const last = regions.at(-1);
		if (last && r.o0 <= last.o1) {
			last.o1 = Math.max(last.o1, r.o1);
			last.n1 = Math.max(last.n1, r.n1);
		} else regions.push(r);
	}
	const changes = [];
	const equal = (from, to) => {
		if (from === to) return;
		const last = changes.at(-1);
		if (last && "equal" in last) last.equal.to = to;
		else changes.push({ equal: {
			from,
			to
		} });
	};
	let o = 0;
	for (const r of regions) {
		equal(o, r.o0);
		let at = r.o0;
		for (const c of regionChanges(oldText.slice(r.o0, r.o1), newText.slice(r.n0, r.n1))) if (c.added) changes.push({
			lines: c.value,
			added: true
		});
		else {
			if (c.removed) changes.push({
				lines: c.value,
				removed: true
			});
			else equal(at, at + c.value.length);
			at += c.value.length;
		}
		o = r.o1;
	}
	equal(o, oldText.count);
	return changes;
}
/** `diff`'s hunk building (structuredPatch in patch/create.js), over the change objects above. */
function hunksOf(changes, old, context) {
	const diff = [...changes, { lines: [] }];
	const out = [];
	let oldRangeStart = 0;
	let newRangeStart = 0;
	let cur = [];
	let oldLine = 1;
	let newLine = 1;
	const show = (mark, l) => {
		if (l.endsWith("\n")) cur.push(mark + l.slice(0, -1));
		else cur.push(mark + l, "\\ No newline at end of file");
	};
	const emit = (mark, lines) => {
		for (const l of lines) show(mark, l);
	};
	const emitOld = (from, to) => {
		for (let i = from; i < to; i++) show(" ", old.line(i));
	};
	const sizeOf = (c) => "equal" in c ? c.equal.to - c.equal.from : c.lines.length;
	for (let i = 0; i < diff.length; i++) {
		const current = diff[i];
		const size = sizeOf(current);
		if ("equal" in current) {
			if (oldRangeStart) {
				const { from, to } = current.equal;
				if (size <= context * 2 && i < diff.length - 2) emitOld(from, to);
				else {
					const contextSize = Math.min(size, context);
					emitOld(from, from + contextSize);
					const hunk = {
						oldStart: oldRangeStart,
						oldLines: oldLine - oldRangeStart + contextSize,
						newStart: newRangeStart,
						newLines: newLine - newRangeStart + contextSize,
						lines: cur
					};
					out.push(hunk);
					oldRangeStart = 0;
					newRangeStart = 0;
					cur = [];
				}
			}
			oldLine += size;
			newLine += size;
		} else if (current.added || current.removed) {
			if (!oldRangeStart) {
				const prev = diff[i - 1];
				oldRangeStart = oldLine;
				newRangeStart = newLine;
				if (prev) {
					cur = [];
					let before = 0;
					if (context > 0) {
						if ("equal" in prev) {
							before = Math.min(context, prev.equal.to - prev.equal.from);
							emitOld(prev.equal.to - before, prev.equal.to);
						} else {
							const lines = prev.lines.slice(-context);
							before = lines.length;
							emit(" ", lines);
						}
					}
					oldRangeStart -= before;
					newRangeStart -= before;
				}
			}
			emit(current.added ? "+" : "-", current.lines);
			if (current.added) newLine += size;
			else oldLine += size;
		} else if (oldRangeStart) {
			const hunk = {
				oldStart: oldRangeStart,
				oldLines: oldLine - oldRangeStart,
				newStart: newRangeStart,
				newLines: newLine - newRangeStart,
				lines: cur
			};
			out.push(hunk);
			oldRangeStart = 0;
			newRangeStart = 0;
			cur = [];
		}
	}
	return out;
}
/** `diff`'s default context. */
const CONTEXT = 4;
/** `edits` are sorted, disjoint replacements of `before` that make `after`. */
function unifiedDiffOfEdits(rel, before, after, edits) {
	const old = new Lines(before);
	const hunks = hunksOf(changesOf(old, new Lines(after), edits), old, CONTEXT);
	return formatPatch({
		oldFileName: `a/${rel}`,
		newFileName: `b/${rel}`,
		oldHeader: void 0,
		newHeader: void 0,
		hunks
	}, FILE_HEADERS_ONLY);
}
// src/fix/write-atomic.ts
var FileChangedError = class extends Error {};
function sha256(bytes) {
	return createHash("sha256").update(bytes).digest("hex");
}
function snapshotOf(st, bytes) {
	return {
		size: st.size,
		mtimeMs: st.mtimeMs,
		ino: st.ino,
		mode: st.mode,
		uid: st.uid,
		gid: st.gid,
		sha256: sha256(bytes)
	};
}
/** Reads a file and what it looked like, from one open handle. */
async function readWithSnapshot(abs) {
	const fh = await promises.open(abs, "r");
	try {
		const st = await fh.stat();
		const bytes = await fh.readFile();
		return {
			bytes,
			snapshot: snapshotOf(st, bytes)
		};
	} finally {
		await fh.close();
	}
}
/**
* Replaces a file's content atomically: the new bytes go to a temporary file in the same folder, with the original
* mode (and owner, where we may set it), then take its place by rename, so a reader sees the old or the new file,
* never half of one. Refuses, leaving the file as it is, when it changed since `expected` was taken.
*/
async function writeAtomic(abs, bytes, expected) {
	const dir = path.dirname(abs);
	const tmp = path.join(dir, `.${path.basename(abs)}.${randomBytes(6).toString("hex")}.tokenhub-fix.tmp`);
	const mode = expected.mode & 4095;
	const fh = await promises.open(tmp, "wx", mode);
	let renamed = false;
	try {
		try {
			await fh.writeFile(bytes);
			await fh.chmod(mode);
			if (process.getuid?.() === 0) await fh.chown(expected.uid, expected.gid).catch(() => void 0);
			await fh.sync();
		} finally {
			await fh.close();
		}
		await assertUnchanged(abs, expected);
		await promises.rename(tmp, abs);
		renamed = true;
	} finally {
		if (!renamed) await promises.rm(tmp, { force: true });
	}
}
async function assertUnchanged(abs, expected) {
	let st;
	try {
		st = await promises.lstat(abs);
	} catch {
		throw new FileChangedError("it was removed during the run");
	}
	if (!st.isFile()) throw new FileChangedError("it is no longer a regular file");
	if (st.ino !== expected.ino || st.size !== expected.size || st.mtimeMs !== expected.mtimeMs || st.mode !== expected.mode) throw new FileChangedError("it changed during the run");
	if (sha256(await promises.readFile(abs)) !== expected.sha256) throw new FileChangedError("its content changed during the run");
}
// src/fix/sdk/engine/name-index.ts
/**
* Every identifier of a file by name, in source order, built once per file in one scan of the tree: the rewrite asks
* "where else is this name used in this scope" for every client, request and response, and a 1 MB file holds tens of
* thousands of identifiers. It keeps node numbers, so a node object is made only for an occurrence a question returns.
*/
var NameIndex = class {
	byName = /* @__PURE__ */ new Map();
	tree;
	constructor(root, types) {
		const tree = this.tree = root.tree;
		const mask = tree.mask(types);
		const { typeIds, starts, ends, text } = tree;
		for (let i = root.index, end = tree.afters[root.index]; i < end; i++) {
			if (mask[typeIds[i]] !== 1) continue;
			const name = text.slice(starts[i], ends[i]);
			const list = this.byName.get(name);
			if (list) list.push(i);
			else this.byName.set(name, [i]);
		}
	}
	all(name) {
		return (this.byName.get(name) ?? []).map((i) => this.tree.node(i));
	}
	/** The identifiers called `name` inside [start, end), by binary search (identifiers do not nest: sorted by start). */
	within(name, start, end) {
		const list = this.byName.get(name);
		if (!list) return [];
		const { starts } = this.tree;
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (starts[list[mid]] < start) lo = mid + 1;
			else hi = mid;
		}
		const out = [];
		for (let i = lo; i < list.length && starts[list[i]] < end; i++) out.push(this.tree.node(list[i]));
		return out;
	}
};
// src/fix/sdk/engine/outcome.ts
/** One client's edits must not touch another's: two plans over the same code cannot both be right. */
function acceptDisjoint(plans) {
	const ranges = [];
	plans.forEach(({ plan }, i) => {
		for (const r of plan.edits.replacedRanges()) ranges.push({
			...r,
			i
		});
		for (const d of plan.deletes) ranges.push({
			start: d.startIndex,
			end: d.endIndex,
			i
		});
	});
	ranges.sort((a, b) => a.start - b.start);
	const clash = /* @__PURE__ */ new Set();
	let last;
	for (const r of ranges) {
		if (last && r.start < last.end && r.i !== last.i) {
			clash.add(r.i);
			clash.add(last.i);
		}
		if (!last || r.end > last.end) last = r;
	}
	for (const i of clash) {
		const other = plans.find((_, j) => j !== i && clash.has(j));
		plans[i].outcome.reason = `its code is shared with the client at line ${other?.outcome.line ?? "?"}; convert them by hand`;
	}
	return plans.filter((_, i) => !clash.has(i));
}
const LEFTOVER = /\bTENCENTCLOUD_SECRET_(?:ID|KEY)\b|\bcredential\.Credential\b|\bTENCENTCLOUD_REGION\b/g;
/** Lines of the rewritten file that still check or build Tencent Cloud credentials. */
function leftovers(text) {
	const starts = lineStarts(text);
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	for (const m of text.matchAll(LEFTOVER)) {
		const line = lineOf(starts, m.index);
		if (seen.has(line)) continue;
		seen.add(line);
		out.push({
			line,
			message: `\`${m[0]}\` is still used here; the converted code authenticates with TOKENHUB_API_KEY, so this check or credential now fails or is dead`
		});
	}
	return out;
}
// src/fix/sdk/engine/types.ts
/** Thrown while planning a client: the client is refused with this reason. */
var Refusal = class extends Error {};
// src/fix/sdk/engine/plan.ts
/** Everything one client's conversion changes: edits, whole statements to remove, notes; all or nothing. */
var ClientPlan = class {
	edits = new EditSet();
	deletes = [];
	notes = [];
	/** Statements to remove only if nothing outside the converted code still uses their variable (a shared credential). */
	deferred = [];
	usesStream = false;
	note(text) {
		if (!this.notes.includes(text)) this.notes.push(text);
	}
};
/** Stops planning a client: it is refused with this reason, which names the line that decided it. */
function refuse(reason, at) {
	throw new Refusal(`${reason} (line ${at.startPosition.row + 1})`);
}
// src/fix/sdk/tencent-chat.ts
const SERVICES = [{
	service: "hunyuan",
	module: "hunyuan",
	version: "v20230901",
	clientClass: "HunyuanClient",
	pythonClientModule: "hunyuan_client",
	pythonAsyncClientModule: "hunyuan_client_async",
	nodePackages: [
		"tencentcloud-sdk-nodejs",
		"tencentcloud-sdk-nodejs-hunyuan",
		"tencentcloud-sdk-nodejs-intl-en"
	],
	guidance: "docs/rules/hunyuan-sdk.md"
}, {
	service: "lkeap",
	module: "lkeap",
	version: "v20240522",
	clientClass: "LkeapClient",
	pythonClientModule: "lkeap_client",
	pythonAsyncClientModule: "lkeap_client_async",
	nodePackages: ["tencentcloud-sdk-nodejs", "tencentcloud-sdk-nodejs-lkeap"],
	guidance: "docs/rules/lke-sdk-chat.md"
}];
const SEARCH = "online search (TokenHub has no equivalent of the legacy search; see the search guidance)";
const REQUEST_FIELDS = {
	Model: { to: "model" },
	Messages: { to: "messages" },
	Stream: { to: "stream" },
	Temperature: { to: "temperature" },
	TopP: { to: "top_p" },
	MaxTokens: { to: "max_tokens" },
	Seed: { to: "seed" },
	StreamModeration: { drop: "StreamModeration dropped: TokenHub streams without it" },
	EnableEnhancement: {
		dropIfFalse: "EnableEnhancement=False dropped",
		refuse: "EnableEnhancement turns on the legacy online search, which TokenHub does not have"
	},
	Tools: { refuse: "tools (function calling) are not converted" },
	ToolChoice: { refuse: "tools (function calling) are not converted" },
	CustomTool: { refuse: "tools (function calling) are not converted" },
	SearchInfo: { refuse: SEARCH },
	Citation: { refuse: SEARCH },
	EnableSpeedSearch: { refuse: SEARCH },
	EnableMultimedia: { refuse: SEARCH },
	EnableDeepSearch: { refuse: SEARCH },
	ForceSearchEnhancement: { refuse: SEARCH },
	EnableRecommendedQuestions: { refuse: SEARCH },
	EnableDeepRead: { refuse: SEARCH },
	WebSearchOptions: { refuse: SEARCH }
};
/** Message fields. */
const MESSAGE_FIELDS = {
	Role: { to: "role" },
	Content: { to: "content" },
	Contents: { refuse: "vision contents (Contents) are not converted" },
	ToolCalls: { refuse: "tools (function calling) are not converted" },
	ToolCallId: { refuse: "tools (function calling) are not converted" },
	FileIDs: { refuse: "file references (FileIDs) have no OpenAI equivalent" },
	ReasoningContent: { refuse: "reasoning content sent back in messages is not converted" }
};
const NO_FIELD = (name, why = "has no OpenAI field") => ({ refuse: `the response's ${name} ${why}` });
const RESPONSE_SHAPES = {
	response: {
		Choices: {
			to: "choices",
			shape: "choices"
		},
		Usage: {
			to: "usage",
			shape: "usage"
		},
		Id: {
			to: "id",
			shape: "leaf"
		},
		Created: {
			to: "created",
			shape: "leaf"
		},
		Model: {
			to: "model",
			shape: "leaf"
		},
		RequestId: NO_FIELD("RequestId", "is a Tencent Cloud API field (OpenAI clients expose the x-request-id header instead)"),
		Note: NO_FIELD("Note"),
		ErrorMsg: NO_FIELD("ErrorMsg", "is a Tencent streaming error field"),
		ModerationLevel: NO_FIELD("ModerationLevel"),
		SearchInfo: NO_FIELD("SearchInfo", `belongs to ${SEARCH}`),
		Replaces: NO_FIELD("Replaces"),
		RecommendedQuestions: NO_FIELD("RecommendedQuestions")
	},
	choice: {
		Message: {
			to: "message",
			shape: "message"
		},
		Delta: {
			to: "delta",
			shape: "delta"
		},
		FinishReason: {
			to: "finish_reason",
			shape: "leaf"
		},
		Index: {
			to: "index",
			shape: "leaf"
		}
	},
	message: {
		Role: {
			to: "role",
			shape: "leaf"
		},
		Content: {
			to: "content",
			shape: "nullableLeaf"
		},
		ReasoningContent: NO_FIELD("ReasoningContent", "is not part of the OpenAI message"),
		ToolCalls: NO_FIELD("ToolCalls", "belongs to tools (function calling), which are not converted")
	},
	delta: {
		Role: {
			to: "role",
			shape: "leaf"
		},
		Content: {
			to: "content",
			shape: "nullableLeaf"
		},
		ReasoningContent: NO_FIELD("ReasoningContent", "is not part of the OpenAI delta"),
		ToolCalls: NO_FIELD("ToolCalls", "belongs to tools (function calling), which are not converted")
	},
	usage: {
		PromptTokens: {
			to: "prompt_tokens",
			shape: "leaf"
		},
		CompletionTokens: {
			to: "completion_tokens",
			shape: "leaf"
		},
		TotalTokens: {
			to: "total_tokens",
			shape: "leaf"
		}
	}
};
const ELEMENT_OF = { choices: "choice" };
// src/fix/sdk/js/flow.ts
/**
* JavaScript/TypeScript names by position within a function (the same straight-line model as the Python module):
* the uses of one binding are the later occurrences up to the next write of the name in the same function.
*/
const SCOPES$1 = /* @__PURE__ */ new Set([
	"function_declaration",
	"function_expression",
	"arrow_function",
	"method_definition",
	"generator_function_declaration",
	"function",
	"program"
]);
function functionScopeOf$1(node) {
	let n = node.parent;
	while (n && !SCOPES$1.has(n.type)) n = n.parent;
	return n ?? node.tree.rootNode;
}
function same$1(a, b) {
	return !!a && !!b && a.equals(b);
}
const NOT_VARIABLE = /* @__PURE__ */ new Set([
	"import_specifier",
	"namespace_import",
	"import_clause",
	"export_specifier",
	"labeled_statement",
	"break_statement",
	"continue_statement"
]);
function isVariable$1(id) {
	return !!id.parent && !NOT_VARIABLE.has(id.parent.type);
}
function isWrite$1(id) {
	const p = id.parent;
	if (!p) return false;
	switch (p.type) {
		case "variable_declarator": return same$1(p.childForFieldName("name"), id);
		case "assignment_expression":
		case "augmented_assignment_expression": return same$1(p.childForFieldName("left"), id);
		case "for_in_statement": return same$1(p.childForFieldName("left"), id);
		case "formal_parameters":
		case "required_parameter":
		case "optional_parameter":
		case "catch_clause":
		case "shorthand_property_identifier_pattern":
		case "object_pattern":
		case "array_pattern": return true;
		case "function_declaration":
		case "class_declaration":
		case "arrow_function": return same$1(p.childForFieldName("name") ?? p.childForFieldName("parameter"), id);
		default: return false;
	}
}
function variablesIn$1(idx, name, scope) {
	return idx.within(name, scope.startIndex, scope.endIndex).filter(isVariable$1);
}
function usesOf$1(idx, def, scope = functionScopeOf$1(def)) {
	let end = scope.endIndex;
	const loop = def.parent?.type === "for_in_statement" ? def.parent : void 0;
	if (loop) end = loop.endIndex;
	const out = [];
	for (const n of variablesIn$1(idx, def.text, scope)) {
		if (n.startIndex <= def.startIndex || n.startIndex >= end) continue;
		if (isWrite$1(n)) break;
		out.push(n);
	}
	return out;
}
/** `const x = <value>` (one declarator) as a whole statement. */
function declaration(value) {
	const d = value.parent;
	if (d?.type !== "variable_declarator" || !same$1(d.childForFieldName("value"), value)) return void 0;
	const decl = d.parent;
	if (decl?.type !== "lexical_declaration" && decl?.type !== "variable_declaration" || decl.namedChildren.filter((c) => c?.type === "variable_declarator").length !== 1) return;
	return {
		target: d.childForFieldName("name"),
		statement: decl
	};
}
/** The text of a plain string literal, or of a property name. */
function keyText(node) {
	if (node.type === "property_identifier" || node.type === "identifier") return node.text;
	if (node.type === "string") {
		const parts = node.namedChildren.filter((c) => c?.type === "string_fragment");
		if (node.namedChildren.some((c) => c?.type === "escape_sequence") || parts.length > 1) return void 0;
		return parts[0]?.text ?? "";
	}
}
function lineNo$1(node) {
	return node.startPosition.row + 1;
}
// src/fix/sdk/js/response.ts
/** Follows what ChatCompletions returned (a response, or the stream of SSE events) and rewrites what reads it. */
var JsResponseFollower = class {
	idx;
	plan;
	constructor(idx, plan) {
		this.idx = idx;
		this.plan = plan;
	}
	follow(node, shape = "result") {
		const p = node.parent;
		if (!p) return;
		if (p.type === "parenthesized_expression" || p.type === "as_expression" || p.type === "non_null_expression") {
			if (shape === "leaf" || shape === "nullableLeaf") return;
			return this.follow(p, shape);
		}
		if (shape === "leaf") return;
		if (shape === "nullableLeaf") {
			if (p.type === "binary_expression" && /^(\?\?|\|\||&&)$/.test(p.childForFieldName("operator")?.text ?? "")) return;
			if (p.type === "unary_expression") return;
			this.plan.edits.insert(node.startIndex, "(");
			this.plan.edits.insert(node.endIndex, " ?? \"\")");
			return;
		}
		if (p.type === "member_expression" && same$1(p.childForFieldName("object"), node)) {
			const prop = p.childForFieldName("property");
			const name = prop.text;
			if (shape === "result" && (name === "on" || name === "then" || name === "pipe")) refuse(`the response is read with .${name}(), a style the rewrite does not follow`, p);
			if (shape === "event") {
				if (name !== "data") refuse(`the stream event's ${name} is read`, p);
				this.plan.usesStream = true;
				const parse = this.jsonParseOf(p);
				if (parse) {
					this.plan.edits.replace(parse.startIndex, node.startIndex, "");
					this.plan.edits.replace(node.endIndex, parse.endIndex, "");
					return this.follow(parse, "response");
				}
				this.plan.edits.insert(node.startIndex, "JSON.stringify(");
				this.plan.edits.replace(node.endIndex, p.endIndex, ")");
				return;
			}
			return this.field(p, name, shape, (to) => this.plan.edits.replace(prop.startIndex, prop.endIndex, to));
		}
		if (p.type === "subscript_expression" && same$1(p.childForFieldName("object"), node)) {
			const index = p.childForFieldName("index");
			if (shape === "choices") return this.follow(p, ELEMENT_OF.choices);
			const key = index.type === "string" ? keyText(index) : void 0;
			if (key === void 0) refuse(`the response is read with [${index.text}]`, p);
			return this.field(p, key, shape, (to) => this.plan.edits.replace(node.endIndex, p.endIndex, `.${to}`));
		}
		if (p.type === "for_in_statement" && same$1(p.childForFieldName("right"), node)) {
			if (!(p.childrenOfType("of").length > 0)) refuse("the response is iterated with for...in", p);
			const element = shape === "result" ? "event" : shape === "choices" ? "choice" : void 0;
			if (!element) refuse(`the loop over the ${shape} cannot be followed`, p);
			if (shape === "result") {
				if (p.childrenOfType("await").length === 0) refuse("the stream is iterated without for await", p);
				this.plan.usesStream = true;
			}
			const left = p.childForFieldName("left");
			if (left.type !== "identifier") refuse("the loop destructures what it iterates", left);
			for (const use of usesOf$1(this.idx, left)) this.follow(use, element);
			return;
		}
		const decl = declaration(node);
		if (decl) {
			if (decl.target.type !== "identifier") refuse("the response is destructured", decl.target);
			for (const use of usesOf$1(this.idx, decl.target)) this.follow(use, shape);
			return;
		}
		if (p.type === "arguments") {
			const fn = p.parent?.childForFieldName("function")?.text ?? "";
			if (/^console\.(log|info|warn|error|debug)$/.test(fn) || fn === "JSON.stringify") return;
		}
		if (shape === "choices" && p.type === "member_expression") return;
		refuse(`the ${shape === "result" ? "response" : shape} goes where the rewrite cannot follow it (\`${p.text.split("\n")[0].slice(0, 60)}\`)`, p);
	}
	field(access, name, shape, rename) {
		if (shape === "choices" && name === "length") return;
		const field = RESPONSE_SHAPES[shape === "result" ? "response" : shape]?.[name];
		if (!field) refuse(`the response field ${name} is not converted`, access);
		if ("refuse" in field) refuse(field.refuse, access);
		rename(field.to);
		this.follow(access, field.shape);
	}
	/** `JSON.parse(<node>)`. */
	jsonParseOf(node) {
		const args = node.parent;
		if (args?.type !== "arguments" || args.namedChildren.length !== 1) return void 0;
		const call = args.parent;
		return call.childForFieldName("function")?.text === "JSON.parse" ? call : void 0;
	}
};
// src/fix/sdk/js/client.ts
/** `new tencentcloud.hunyuan.v20230901.Client(...)`, or `new HunyuanClient(...)` through an alias. */
function findClientConstructions$1(file, root) {
	const sites = [];
	for (const n of root.descendantsOfType("new_expression")) {
		const ctor = n?.childForFieldName("constructor");
		if (!n || !ctor) continue;
		const info = ctor.type === "identifier" ? file.imports.classAliases.get(ctor.text)?.info : file.imports.classPaths.get(ctor.text.replace(/\s+/g, ""));
		if (info) sites.push({
			node: n,
			info
		});
	}
	return sites;
}
function definitionBefore$1(file, name, at) {
	const scope = functionScopeOf$1(at);
	let target;
	for (const n of variablesIn$1(file.idx, name, scope)) if (isWrite$1(n) && n.startIndex < at.startIndex) target = n;
	if (!target && scope.type !== "program") {
		for (const n of variablesIn$1(file.idx, name, at.tree.rootNode)) if (isWrite$1(n) && functionScopeOf$1(n).type === "program") target = n;
	}
	const d = target?.parent;
	if (!target || d?.type !== "variable_declarator") return void 0;
	const value = d.childForFieldName("value");
	const decl = value && declaration(value);
	if (!value || !decl) return void 0;
	return {
		target,
		value,
		statement: decl.statement
	};
}
function pairsOf(obj) {
	const out = [];
	for (const c of obj.namedChildren) {
		if (!c || c.type === "comment") continue;
		if (c.type === "shorthand_property_identifier") {
			out.push({
				key: c.text,
				value: c,
				pair: c,
				keyNode: c
			});
			continue;
		}
		if (c.type !== "pair") refuse(`the object holds ${c.text.split("\n")[0]}`, c);
		const keyNode = c.childForFieldName("key");
		const key = keyText(keyNode);
		if (key === void 0) refuse("a key is computed", c);
		out.push({
			key,
			value: c.childForFieldName("value"),
			pair: c,
			keyNode
		});
	}
	return out;
}
/** An object literal argument, or a const bound to one just for this (removed when nothing else reads it). */
function objectArgument(file, plan, node, what) {
	if (node.type === "object") return node;
	if (node.type !== "identifier") refuse(`the ${what} is ${node.text.split("\n")[0]}`, node);
	const def = definitionBefore$1(file, node.text, node);
	if (!def || def.value.type !== "object") refuse(`the ${what} ${node.text} is not an object literal made here`, node);
	const other = usesOf$1(file.idx, def.target, functionScopeOf$1(def.target)).find((u) => !same$1(u, node));
	if (other) refuse(`the ${what} ${node.text} is also used elsewhere`, other);
	plan.deletes.push(def.statement);
	return def.value;
}
function planClient$1(file, site, baseUrl) {
	const plan = new ClientPlan();
	const { node } = site;
	const decl = declaration(node);
	const assign = node.parent?.type === "assignment_expression" && same$1(node.parent.childForFieldName("right"), node) ? node.parent : void 0;
	let refs;
	if (decl && decl.target.type === "identifier") refs = clientUses(file, decl.target);
	else if (assign && assign.childForFieldName("left")?.type === "member_expression" && assign.childForFieldName("left").childForFieldName("object")?.type === "this") refs = memberUses(file, assign.childForFieldName("left"));
	else if (node.parent?.type === "return_statement") refuse("the client is made in a factory and returned: the calls made on it cannot be followed", node);
	else refuse("the client is not assigned to a variable or property", node);
	const args = (node.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => !!c && c.type !== "comment");
	if (args.length !== 1) refuse("the client is made without one config object", node);
	const config = objectArgument(file, plan, args[0], "client config");
	let timeout;
	for (const { key, value } of pairsOf(config)) {
		if (key === "credential") continue;
		if (key === "region") {
			if (value.text !== "\"\"" && value.text !== "''") plan.note(`region ${value.text} dropped: TokenHub has one base URL per site`);
		} else if (key === "profile") {
			if (value.type !== "object") refuse("the client profile is not an object literal", value);
			for (const p of pairsOf(value)) if (p.key === "httpProfile") {
				if (p.value.type !== "object") refuse("the httpProfile is not an object literal", p.value);
				for (const h of pairsOf(p.value)) if (h.key === "reqTimeout") {
					timeout = h.value.text;
					plan.note(`timeout ${h.value.text} s carried over`);
				} else if (h.key === "endpoint") plan.note(`endpoint ${h.value.text} dropped: the client calls TokenHub`);
				else if (h.key === "reqMethod") plan.note("httpProfile reqMethod dropped");
				else if (h.key === "proxy" || h.key === "agent") refuse("the client goes through a proxy or agent (pass httpAgent/fetch options to OpenAI by hand)", h.pair);
				else refuse(`the httpProfile setting ${h.key} is not converted`, h.pair);
			} else if (p.key === "signMethod" || p.key === "language") plan.note(`profile ${p.key} dropped`);
			else refuse(`the profile setting ${p.key} is not converted`, p.pair);
		} else refuse(`the client config key ${key} is not converted`, value);
	}
	const t = timeout === void 0 ? "" : `, timeout: ${/^\d+$/.test(timeout) ? String(Number(timeout) * 1e3) : `(${timeout}) * 1000`}`;
	plan.edits.replace(node.startIndex, node.endIndex, `new OpenAI({ apiKey: process.env.TOKENHUB_API_KEY, baseURL: "${baseUrl}"${t} })`);
	for (const ref of refs) {
		const member = ref.parent;
		if (member?.type === "member_expression" && same$1(member.childForFieldName("object"), ref)) {
			const prop = member.childForFieldName("property");
			const call = member.parent;
			if (prop.text === "ChatCompletions" && call?.type === "call_expression" && same$1(call.childForFieldName("function"), member)) {
				planCall$1(file, plan, call, prop);
				continue;
			}
			refuse(`the client is also used for ${prop.text}, which is not converted`, ref);
		}
		refuse(`the client is passed on or stored (\`${ref.parent?.text.split("\n")[0] ?? ref.text}\`): the calls made on it cannot be followed`, ref);
	}
	return plan;
}
function clientUses(file, target) {
	const scope = functionScopeOf$1(target);
	const all = variablesIn$1(file.idx, target.text, scope).filter((n) => !same$1(n, target));
	const shadowed = /* @__PURE__ */ new Set();
	for (const n of all) {
		if (!isWrite$1(n)) continue;
		const inner = functionScopeOf$1(n);
		if (same$1(inner, scope)) refuse(`the client variable ${target.text} is assigned again`, n);
		shadowed.add(inner.startIndex);
	}
	return all.filter((n) => {
		for (let s = functionScopeOf$1(n); !same$1(s, scope); s = functionScopeOf$1(s)) if (shadowed.has(s.startIndex)) return false;
		return true;
	});
}
function memberUses(file, target) {
	let cls = target.parent;
	while (cls && cls.type !== "class_body") cls = cls.parent;
	if (!cls) refuse("the client is stored on this outside a class", target);
	const name = target.childForFieldName("property").text;
	const out = [];
	for (const m of cls.descendantsOfType("member_expression")) {
		if (!m || m.childForFieldName("object")?.type !== "this" || m.childForFieldName("property")?.text !== name || same$1(m, target)) continue;
		if (m.parent?.type === "assignment_expression" && same$1(m.parent.childForFieldName("left"), m)) refuse(`this.${name} is assigned again`, m);
		out.push(m);
	}
	return out;
}
function planCall$1(file, plan, call, method) {
	const parent = call.parent;
	if (parent?.type === "member_expression" && parent.childForFieldName("property")?.text === "then") refuse("the call is handled with .then(), a style the rewrite does not follow", call);
	if (parent?.type !== "await_expression") refuse("ChatCompletions is not awaited where it is called", call);
	const args = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => !!c && c.type !== "comment");
	if (args.length !== 1) refuse("ChatCompletions is not called with one request object", call);
	const params = objectArgument(file, plan, args[0], "request");
	const indent = indentAt(file.text, call.startIndex);
	const inner = `${indent}  `;
	const props = [];
	const fields = pairsOf(params);
	const order = (k) => k === "Model" ? 0 : k === "Messages" ? 1 : 2;
	fields.sort((a, b) => order(a.key) - order(b.key));
	for (const { key, value, pair } of fields) {
		const mapping = REQUEST_FIELDS[key];
		if (!mapping) refuse(`the request field ${key} is not converted`, pair);
		if ("refuse" in mapping && !("dropIfFalse" in mapping)) refuse(mapping.refuse, pair);
		if ("dropIfFalse" in mapping) {
			if (value.text !== "false") refuse(mapping.refuse, pair);
			plan.note(mapping.dropIfFalse.replace("False", "false"));
			continue;
		}
		if ("drop" in mapping) {
			plan.note(mapping.drop);
			continue;
		}
		const text = key === "Messages" ? messagesText$1(file, plan, value) : file.text.slice(value.startIndex, value.endIndex);
		props.push(`${inner}${mapping.to}: ${reindent$1(text, indentAt(file.text, value.startIndex), inner)},`);
	}
	if (!fields.some((f) => f.key === "Model")) refuse("the request sets no Model", call);
	if (!fields.some((f) => f.key === "Messages")) refuse("the request sets no Messages", call);
	plan.edits.replace(method.startIndex, call.endIndex, `chat.completions.create({\n${props.join("\n")}\n${indent}})`);
	new JsResponseFollower(file.idx, plan).follow(parent);
}
function messagesText$1(file, plan, value) {
	if (value.type === "array") {
		const moved = new EditSet();
		for (const el of value.namedChildren) if (el && el.type !== "comment") convertMessage$1(moved, el);
		return moved.render(file.text, value.startIndex, value.endIndex);
	}
	if (value.type === "identifier") {
		const def = definitionBefore$1(file, value.text, value);
		if (!def || def.value.type !== "array") refuse(`the messages come from ${value.text}, which is not an array made in this function: their Role and Content keys cannot be converted here`, value);
		for (const el of def.value.namedChildren) if (el && el.type !== "comment") convertMessage$1(plan.edits, el);
		if (file.typescript) {
			const typed = def.target.parent?.childForFieldName("type");
			if (typed) refuse(`the messages array ${value.text} is declared with the type${typed.text}`, typed);
			plan.edits.insert(def.target.endIndex, ": OpenAI.Chat.ChatCompletionMessageParam[]");
		}
		for (const use of usesOf$1(file.idx, def.target, functionScopeOf$1(def.target))) {
			if (same$1(use, value)) continue;
			const member = use.parent;
			const call = member?.parent;
			if (member?.type === "member_expression" && member.childForFieldName("property")?.text === "push" && call?.type === "call_expression") {
				for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) if (a && a.type !== "comment") convertMessage$1(plan.edits, a);
				continue;
			}
			refuse(`the messages array ${value.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split("\n")[0] ?? ""}\`)`, use);
		}
		return value.text;
	}
	refuse(`the messages come from ${value.text.split("\n")[0]}: their Role and Content keys cannot be converted here`, value);
}
function convertMessage$1(edits, el) {
	if (el.type !== "object") refuse(`a message is ${el.text.split("\n")[0]}, not an object literal`, el);
	for (const { key, keyNode, pair } of pairsOf(el)) {
		const mapping = MESSAGE_FIELDS[key];
		if (!mapping) refuse(`the message field ${key} is not converted`, pair);
		if (!("to" in mapping)) refuse("refuse" in mapping ? mapping.refuse : `the message field ${key} is not converted`, pair);
		if (keyNode.type === "shorthand_property_identifier") refuse(`the message field ${key} is written as a shorthand`, pair);
		const target = keyNode.type === "string" ? keyNode.namedChildren.find((c) => c?.type === "string_fragment") : keyNode;
		edits.replace(target.startIndex, target.endIndex, mapping.to);
	}
}
function reindent$1(text, from, to) {
	if (!text.includes("\n") || from === to) return text;
	return text.split("\n").map((line, i) => i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line).join("\n");
}
// src/fix/sdk/js/imports.ts
/** The Tencent Cloud Node SDK packages (the whole SDK, one product's package, the international edition). */
const PACKAGE = /^tencentcloud-sdk-nodejs(?:-(hunyuan|lkeap|common|intl-en))?$/;
function packageOf(node) {
	if (!node) return void 0;
	const name = keyText(node);
	return name !== void 0 && PACKAGE.test(name) ? name : void 0;
}
function readImports$1(root) {
	const namespaces = [];
	const services = /* @__PURE__ */ new Map();
	const statements = [];
	let esm = false;
	let hasOpenai = false;
	let afterImports = 0;
	for (const stmt of root.namedChildren) {
		if (!stmt) continue;
		if (stmt.type === "import_statement") {
			esm = true;
			afterImports = stmt.endIndex;
			const source = stmt.childForFieldName("source");
			if (keyText(source) === "openai") hasOpenai = true;
			if (!packageOf(source)) continue;
			const locals = [];
			const clause = stmt.namedChildren.find((c) => c?.type === "import_clause");
			for (const part of clause?.namedChildren ?? []) {
				if (!part) continue;
				if (part.type === "identifier") {
					namespaces.push(part.text);
					locals.push(part.text);
				} else if (part.type === "namespace_import") {
					const id = part.namedChildren.find((c) => c?.type === "identifier");
					namespaces.push(id.text);
					locals.push(id.text);
				} else if (part.type === "named_imports") for (const spec of part.namedChildren) {
					if (spec?.type !== "import_specifier") continue;
					const name = spec.childForFieldName("name").text;
					const local = spec.childForFieldName("alias")?.text ?? name;
					const info = SERVICES.find((s) => s.module === name);
					if (info) services.set(local, info);
					locals.push(local);
				}
			}
			statements.push({
				statement: stmt,
				locals
			});
			continue;
		}
		if (stmt.type !== "lexical_declaration" && stmt.type !== "variable_declaration") continue;
		for (const call of stmt.descendantsOfType("call_expression")) {
			if (call?.childForFieldName("function")?.text !== "require") continue;
			afterImports = stmt.endIndex;
			const arg = call.childForFieldName("arguments")?.namedChildren[0];
			if (arg && keyText(arg) === "openai") hasOpenai = true;
			if (!packageOf(arg)) continue;
			const decl = declaration(call);
			if (!decl) {
				statements.push({
					statement: stmt,
					locals: []
				});
				continue;
			}
			const locals = [];
			if (decl.target.type === "identifier") {
				namespaces.push(decl.target.text);
				locals.push(decl.target.text);
			} else if (decl.target.type === "object_pattern") for (const prop of decl.target.namedChildren) {
				if (!prop) continue;
				const name = prop.type === "shorthand_property_identifier_pattern" ? prop.text : prop.type === "pair_pattern" ? prop.childForFieldName("key").text : void 0;
				const local = prop.type === "pair_pattern" ? prop.childForFieldName("value").text : name;
				if (!name || !local) continue;
				const info = SERVICES.find((s) => s.module === name);
				if (info) services.set(local, info);
				locals.push(local);
			}
			statements.push({
				statement: stmt,
				locals
			});
		}
	}
	const classPaths = /* @__PURE__ */ new Map();
	for (const ns of namespaces) for (const info of SERVICES) classPaths.set(`${ns}.${info.module}.${info.version}.Client`, info);
	for (const [local, info] of services) classPaths.set(`${local}.${info.version}.Client`, info);
	const classAliases = /* @__PURE__ */ new Map();
	for (const d of root.descendantsOfType("variable_declarator")) {
		const value = d?.childForFieldName("value");
		if (!d || value?.type !== "member_expression") continue;
		const info = classPaths.get(value.text.replace(/\s+/g, ""));
		const decl = declaration(value);
		if (info && decl?.target.type === "identifier") classAliases.set(decl.target.text, {
			info,
			statement: decl.statement
		});
	}
	return {
		classPaths,
		classAliases,
		statements,
		esm,
		hasOpenai,
		afterImports
	};
}
// src/fix/sdk/js/manifests.ts
/** The openai npm version written into package.json: the one this tool is built and tested with. */
const OPENAI_NPM = "^6.49.0";
/** package.json: `openai` into dependencies; Tencent's Node SDK packages out when nothing uses them. */
function editPackageJson(text, dropTencent, openaiVersion) {
	let pkg;
	try {
		pkg = JSON.parse(text);
	} catch {
		return;
	}
	const notes = [];
	const deps = { ...pkg.dependencies ?? {} };
	if (dropTencent) {
		for (const name of Object.keys(deps)) if (/^tencentcloud-sdk-nodejs(?:-hunyuan|-lkeap|-common|-intl-en)?$/.test(name)) {
			delete deps[name];
			notes.push(`removed ${name}`);
		}
	}
	if (!deps.openai) {
		deps.openai = openaiVersion;
		notes.unshift("added openai");
	}
	if (!notes.length) return void 0;
	const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
	const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
	return {
		text: JSON.stringify({
			...pkg,
			dependencies: sorted
		}, null, indent) + (text.endsWith("\n") ? "\n" : ""),
		notes
	};
}
/** The edit for a manifest of a Node project (package.json); undefined for other files. */
function nodeManifest(name) {
	return name === "package.json" ? (text, dropTencent) => editPackageJson(text, dropTencent, OPENAI_NPM) : void 0;
}
// src/fix/sdk/js/index.ts
/** JavaScript and TypeScript: the Tencent Cloud SDK for Node (`tencentcloud-sdk-nodejs*`), awaited calls. */
const javascript = {
	id: "javascript",
	grammarFor: (path) => {
		if (/\.tsx$/i.test(path)) return "tsx";
		if (/\.[cm]?ts$/i.test(path)) return "typescript";
		if (/\.(?:[cm]?js|jsx)$/i.test(path)) return "javascript";
	},
	mayUse: (text) => text.includes("tencentcloud-sdk-nodejs"),
	rewrite: rewriteJs,
	sourceFile: /\.(?:[cm]?[jt]sx?)$/i,
	manifestFor: nodeManifest
};
/** What the code reads from a caught Tencent SDK error that OpenAI's errors do not have. */
const TENCENT_ONLY$1 = /* @__PURE__ */ new Set([
	"code",
	"requestId",
	"RequestId"
]);
function rewriteJs(tree, text, opts) {
	const root = tree.rootNode;
	const file = {
		text,
		typescript: /\.(?:[cm]?ts|tsx)$/i.test(opts.path ?? ""),
		idx: new NameIndex(root, ["identifier", "shorthand_property_identifier"]),
		imports: readImports$1(root)
	};
	const sites = findClientConstructions$1(file, root);
	const unchanged = {
		text,
		edits: [],
		clients: [],
		leftovers: [],
		adds: [],
		stillUsesTencentSdk: file.imports.statements.length > 0
	};
	if (sites.length === 0) return unchanged;
	const codeRead = tencentErrorRead(file, root);
	const clients = [];
	const plans = [];
	for (const site of sites) {
		const outcome = {
			line: lineNo$1(site.node),
			service: site.info.service,
			async: true,
			converted: false,
			notes: [],
			guidance: site.info.guidance
		};
		clients.push(outcome);
		if (codeRead) {
			outcome.reason = codeRead;
			continue;
		}
		try {
			plans.push({
				plan: planClient$1(file, site, opts.baseUrl),
				outcome
			});
		} catch (err) {
			if (!(err instanceof Refusal)) throw err;
			outcome.reason = err.message;
		}
	}
	const accepted = acceptDisjoint(plans);
	if (accepted.length === 0) return {
		...unchanged,
		clients
	};
	const edits = new EditSet();
	const deletes = /* @__PURE__ */ new Map();
	for (const { plan, outcome } of accepted) {
		edits.addAll(plan.edits);
		for (const d of plan.deletes) deletes.set(d.startIndex, d);
		outcome.converted = true;
		outcome.notes = plan.notes;
	}
	const removedSoFar = () => new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({
		start: d.startIndex,
		end: d.endIndex
	}))]);
	let removed = removedSoFar();
	for (const [alias, { statement }] of file.imports.classAliases) {
		const target = statement.descendantsOfType("variable_declarator")[0]?.childForFieldName("name");
		if (target && usesOf$1(file.idx, target).every((u) => removed.contains(u.startIndex, u.endIndex))) deletes.set(statement.startIndex, statement);
	}
	removed = removedSoFar();
	let insertAt;
	for (const { statement, locals } of file.imports.statements) {
		if (locals.some((local) => file.idx.all(local).some((id) => !(id.startIndex >= statement.startIndex && id.endIndex <= statement.endIndex) && !removed.contains(id.startIndex, id.endIndex)))) continue;
		deletes.set(statement.startIndex, statement);
		insertAt ??= statement.startIndex;
	}
	const ranges = [];
	for (const d of deletes.values()) {
		const lines = wholeLinesOf(text, d.startIndex, d.endIndex);
		if (lines) ranges.push(lines);
		else edits.replace(d.startIndex, d.endIndex, "");
	}
	for (const r of mergeBlank(text, ranges, insertAt === void 0 ? void 0 : lineStart(text, insertAt))) edits.replace(r.start, r.end, "");
	if (!file.imports.hasOpenai) {
		const line = file.imports.esm || /\.(?:tsx?|mts|mjs)$/.test(opts.path ?? "") ? "import OpenAI from \"openai\";" : "const { OpenAI } = require(\"openai\");";
		if (insertAt !== void 0) edits.insert(lineStart(text, insertAt), `${line}\n`);
		else if (file.imports.afterImports > 0) edits.insert(file.imports.afterImports, `\n${line}`);
		else edits.insert(headerEnd$1(text), `${line}\n`);
	}
	let out;
	let applied;
	try {
		({text: out, edits: applied} = edits.applyWithEdits(text));
	} catch (err) {
		if (!(err instanceof EditOverlapError)) throw err;
		for (const c of clients) {
			c.converted = false;
			c.notes = [];
			c.reason ??= "the conversions of the clients in this file overlap; convert them by hand";
		}
		return {
			...unchanged,
			clients
		};
	}
	return {
		text: out,
		edits: applied,
		clients,
		leftovers: leftovers(out),
		adds: ["openai"],
		stillUsesTencentSdk: /tencentcloud-sdk-nodejs/.test(out)
	};
}
function tencentErrorRead(file, root) {
	for (const clause of root.descendantsOfType("catch_clause")) {
		const param = clause?.childForFieldName("parameter");
		const body = clause?.childForFieldName("body");
		if (!clause || param?.type !== "identifier" || !body) continue;
		for (const use of file.idx.within(param.text, body.startIndex, body.endIndex)) {
			const m = use.parent;
			if (m?.type === "member_expression" && m.childForFieldName("object")?.startIndex === use.startIndex && TENCENT_ONLY$1.has(m.childForFieldName("property").text)) return `Tencent error details (${m.text}) are read from the exception (line ${lineNo$1(m)})`;
		}
	}
}
function lineStart(text, at) {
	return text.lastIndexOf("\n", at - 1) + 1;
}
/** After a shebang, 'use strict' and leading comments. */
function headerEnd$1(text) {
	const m = /^(?:#![^\n]*\n)?(?:[ \t]*(?:\/\/[^\n]*|["']use strict["'];?)?[ \t]*\n)*/.exec(text);
	return m ? m[0].length : 0;
}
const BLANK$1 = /^(?:[ \t]*\r?\n)*$/;
/** As the Python module does; the removal where the new import goes keeps the blank line after it. */
function mergeBlank(text, ranges, keepBlankAt) {
	ranges.sort((a, b) => a.start - b.start);
	const merged = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else if (last && BLANK$1.test(text.slice(last.end, r.start))) last.end = r.end;
		else merged.push({ ...r });
	}
	for (const r of merged) {
		const before = text.lastIndexOf("\n", r.start - 2) + 1;
		const blankBefore = r.start === 0 || BLANK$1.test(text.slice(before, r.start));
		const after = /^[ \t]*\r?\n/.exec(text.slice(r.end));
		if (blankBefore && after && r.start !== keepBlankAt) r.end += after[0].length;
	}
	return merged;
}
// src/fix/sdk/python/flow.ts
/**
* Python names within one scope, by position: the uses that belong to one assignment are those after it and
* before the next assignment to the same name in the same scope. Straight-line code is what Tencent's examples
* and most application code look like; anything the rewrite cannot place (a use in a nested function, a name
* bound twice in different branches) ends up as a use in a context the caller does not accept, so it refuses.
*/
const SCOPES = /* @__PURE__ */ new Set([
	"function_definition",
	"lambda",
	"class_definition",
	"module"
]);
function scopeOf(node) {
	let n = node.parent;
	while (n && !SCOPES.has(n.type)) n = n.parent;
	return n ?? node.tree.rootNode;
}
/** The function or module scope (a class body does not hold local variables across its methods). */
function functionScopeOf(node) {
	let n = scopeOf(node);
	while (n.type === "class_definition") n = scopeOf(n);
	return n;
}
function same(a, b) {
	return !!a && !!b && a.equals(b);
}
/** An identifier that names a variable (not an attribute name, a keyword argument's name or an imported name). */
function isVariable(id) {
	const p = id.parent;
	if (!p) return false;
	if (p.type === "attribute" && same(p.childForFieldName("attribute"), id)) return false;
	if (p.type === "keyword_argument" && same(p.childForFieldName("name"), id)) return false;
	if (p.type === "aliased_import" || p.type === "dotted_name") return false;
	return true;
}
/** The identifier is assigned here (plain or augmented assignment, a loop or with target, a parameter, a def). */
function isWrite(id) {
	let child = id;
	let p = id.parent;
	while (p && (p.type === "pattern_list" || p.type === "tuple_pattern" || p.type === "list_pattern")) {
		child = p;
		p = p.parent;
	}
	if (!p) return false;
	switch (p.type) {
		case "assignment":
		case "augmented_assignment": return same(p.childForFieldName("left"), child);
		case "for_statement":
		case "for_in_clause": return same(p.childForFieldName("left"), child);
		case "as_pattern_target":
		case "parameters":
		case "default_parameter":
		case "typed_parameter":
		case "typed_default_parameter":
		case "global_statement":
		case "nonlocal_statement": return true;
		case "function_definition":
		case "class_definition": return same(p.childForFieldName("name"), id);
		default: return false;
	}
}
/** The variable occurrences of `name` in `scope`, in source order. */
function variablesIn(idx, name, scope) {
	return idx.within(name, scope.startIndex, scope.endIndex).filter(isVariable);
}
/**
* The uses of the value `def` (a written identifier) gets: later occurrences up to the next write of the name in
* the same scope. A loop variable's uses end with its loop body.
*/
function usesOf(idx, def, scope = functionScopeOf(def)) {
	const all = variablesIn(idx, def.text, scope);
	let end = scope.endIndex;
	const loop = def.parent?.type === "for_statement" || def.parent?.type === "for_in_clause" ? def.parent : void 0;
	if (loop) end = loop.type === "for_in_clause" ? loop.parent.endIndex : loop.endIndex;
	const out = [];
	for (const n of all) {
		if (n.startIndex <= def.startIndex || n.startIndex >= end) continue;
		if (isWrite(n)) break;
		out.push(n);
	}
	return out;
}
/** The statement that holds a node (the nearest ancestor whose parent is a block or the module). */
function statementOf(node) {
	let n = node;
	while (n.parent && n.parent.type !== "block" && n.parent.type !== "module") n = n.parent;
	return n;
}
/** `x = <value>` as a whole statement: the assignment node, else undefined. */
function assignmentStatement(value) {
	const p = value.parent;
	if (p?.type !== "assignment" || !same(p.childForFieldName("right"), value)) return void 0;
	if (p.parent?.type !== "expression_statement") return void 0;
	return p;
}
function isStringLiteral(node) {
	return node.type === "string" && node.childrenOfType("interpolation").length === 0 && !/^[A-Za-z]*[fF]/.test(node.text);
}
/** The value of a plain string literal (no escapes in the part that matters: field names and keys). */
function stringValue(node) {
	if (!isStringLiteral(node)) return void 0;
	const content = node.childrenOfType("string_content");
	if (content.length > 1) return void 0;
	return content[0]?.text ?? "";
}
function lineNo(node) {
	return node.startPosition.row + 1;
}
// src/fix/sdk/python/response.ts
var ResponseFollower = class {
	file;
	plan;
	stream;
	constructor(file, plan, stream) {
		this.file = file;
		this.plan = plan;
		this.stream = stream;
	}
	/** Follows every use of the value of `node` (an expression) and rewrites what reads it. */
	follow(node, value = {
		shape: "result",
		dict: false
	}) {
		const { text } = this.file;
		const p = node.parent;
		if (!p) return;
		if (value.shape === "leaf") return;
		if (value.shape === "nullableLeaf") {
			if (p.type === "if_statement" || p.type === "while_statement" || p.type === "boolean_operator" || p.type === "not_operator") return;
			this.plan.edits.insert(node.startIndex, "(");
			this.plan.edits.insert(node.endIndex, " or \"\")");
			return;
		}
		const loads = this.jsonLoadsOf(node);
		if (loads && (value.shape === "result" || value.shape === "response")) {
			this.plan.edits.replace(loads.startIndex, node.startIndex, "");
			this.plan.edits.replace(node.endIndex, loads.endIndex, "");
			return this.follow(loads, {
				shape: "response",
				dict: true
			});
		}
		if (p.type === "attribute" && same(p.childForFieldName("object"), node)) {
			const nameNode = p.childForFieldName("attribute");
			const name = nameNode.text;
			const call = p.parent?.type === "call" && same(p.parent.childForFieldName("function"), p) ? p.parent : void 0;
			if (call && name === "to_json_string" && (value.shape === "result" || value.shape === "response")) {
				const loadsCall = this.jsonLoadsOf(call);
				if (loadsCall) {
					this.plan.edits.replace(loadsCall.startIndex, node.startIndex, "");
					this.plan.edits.replace(node.endIndex, loadsCall.endIndex, "");
					return this.follow(loadsCall, {
						shape: "response",
						dict: true
					});
				}
				const args = call.childForFieldName("arguments");
				for (const a of args.namedChildren) {
					if (!a || a.type === "comment") continue;
					const key = a.type === "keyword_argument" ? a.childForFieldName("name").text : "";
					if (key === "ensure_ascii") {
						this.plan.note("to_json_string(ensure_ascii=...) became model_dump_json() (which writes UTF-8 as is)");
						this.removeArgument(a);
					} else if (key !== "indent") refuse(`to_json_string(${a.text}) has no model_dump_json() equivalent`, a);
				}
				this.plan.edits.replace(nameNode.startIndex, nameNode.endIndex, "model_dump_json");
				return;
			}
			if (value.dict) refuse(`the JSON-decoded response is read with .${name}`, p);
			return this.field(node, p, name, value, (to) => this.plan.edits.replace(nameNode.startIndex, nameNode.endIndex, to));
		}
		if (p.type === "subscript" && same(p.childForFieldName("value"), node)) {
			const key = p.childForFieldName("subscript");
			if (value.shape === "choices") return this.follow(p, {
				shape: ELEMENT_OF.choices,
				dict: value.dict
			});
			if (value.shape === "event") {
				if (key && stringValue(key) === "data") return this.eventData(node, p);
				refuse(`the stream event is read with [${key?.text ?? ""}]`, p);
			}
			const field = key ? stringValue(key) : void 0;
			if (!value.dict || field === void 0) refuse(`the response is read with [${key?.text ?? ""}]`, p);
			return this.field(node, p, field, value, (to) => this.plan.edits.replace(node.endIndex, p.endIndex, `.${to}`));
		}
		if ((p.type === "for_statement" || p.type === "for_in_clause") && same(p.childForFieldName("right"), node)) {
			const element = value.shape === "result" ? {
				shape: "event",
				dict: false
			} : value.shape === "choices" ? {
				shape: "choice",
				dict: value.dict
			} : void 0;
			if (!element) refuse(`the loop over the ${value.shape} cannot be followed`, p);
			const target = p.childForFieldName("left");
			if (target.type !== "identifier") refuse("the loop unpacks what it iterates", target);
			if (value.shape === "result") this.plan.usesStream = true;
			for (const use of usesOf(this.file.idx, target)) this.follow(use, element);
			return;
		}
		const assignment = assignmentStatement(node);
		if (assignment) {
			const target = assignment.childForFieldName("left");
			if (target.type !== "identifier") refuse(`the ${describe(value)} is stored in ${target.text}`, assignment);
			for (const use of usesOf(this.file.idx, target, functionScopeOf(target))) this.follow(use, value);
			return;
		}
		if (p.type === "argument_list" && value.shape === "result") {
			const call = p.parent;
			const fn = call.childForFieldName("function")?.text;
			const args = p.namedChildren.filter((c) => c && c.type !== "comment");
			if (fn === "isinstance" && args.length === 2 && /^(types\.)?GeneratorType$/.test(args[1].text)) {
				if (!this.stream || !("literal" in this.stream)) refuse("the code tests for a stream while the request decides it at run time", call);
				this.plan.edits.replace(call.startIndex, call.endIndex, this.stream.literal ? "True" : "False");
				this.plan.note("isinstance(resp, GeneratorType) became a constant: the request says whether it streams");
				return;
			}
		}
		if (this.isDisplay(p)) return;
		if (value.shape === "choices" && (p.type === "if_statement" || p.type === "not_operator" || p.type === "boolean_operator")) return;
		if (value.shape === "choices" && p.type === "argument_list" && p.parent?.childForFieldName("function")?.text === "len") return;
		refuse(`the ${describe(value)} goes where the rewrite cannot follow it (\`${snippet(text, p)}\`)`, p);
	}
	field(node, access, name, value, rename) {
		const shape = value.shape === "result" ? "response" : value.shape;
		const field = RESPONSE_SHAPES[shape]?.[name];
		if (!field) refuse(`the response field ${name} is not converted`, access);
		if ("refuse" in field) refuse(field.refuse, access);
		rename(field.to);
		this.follow(access, {
			shape: field.shape,
			dict: value.dict
		});
	}
	/** `event["data"]`: inside json.loads it is the chunk itself; elsewhere the chunk as JSON text. */
	eventData(event, access) {
		this.plan.usesStream = true;
		const loads = this.jsonLoadsOf(access);
		if (loads) {
			this.plan.edits.replace(loads.startIndex, event.startIndex, "");
			this.plan.edits.replace(event.endIndex, loads.endIndex, "");
			return this.follow(loads, {
				shape: "response",
				dict: true
			});
		}
		this.plan.edits.replace(event.endIndex, access.endIndex, ".model_dump_json()");
	}
	/** The `json.loads(...)` call (or `json.loads(str(...))`) whose only argument is `node`. */
	jsonLoadsOf(node) {
		let arg = node;
		let list = arg.parent;
		if (list?.type !== "argument_list") return void 0;
		let call = list.parent;
		if (call.childForFieldName("function")?.text === "str" && list.namedChildren.length === 1) {
			arg = call;
			list = call.parent;
			if (list?.type !== "argument_list") return void 0;
			call = list.parent;
		}
		if (!/^(json\.)?loads$/.test(call.childForFieldName("function")?.text ?? "")) return void 0;
		if (list.namedChildren.length !== 1) return void 0;
		return same(list.namedChildren[0], arg) ? call : void 0;
	}
	/** print(x) and logging calls show a value; they accept OpenAI's objects as they accepted Tencent's. */
	isDisplay(p) {
		if (p.type !== "argument_list") return false;
		const fn = p.parent?.childForFieldName("function")?.text ?? "";
		return fn === "print" || /^(logging|logger|log)\.(debug|info|warning|error|exception)$/.test(fn);
	}
	removeArgument(arg) {
		const { text } = this.file;
		let start = arg.startIndex;
		let end = arg.endIndex;
		const before = text.slice(0, start).match(/,\s*$/);
		if (before) start -= before[0].length;
		else {
			const after = text.slice(end).match(/^\s*,\s*/);
			if (after) end += after[0].length;
		}
		this.plan.edits.replace(start, end, "");
	}
};
function describe(value) {
	return value.shape === "result" ? "response" : value.shape === "event" ? "stream event" : `response's ${value.shape}`;
}
function snippet(text, node) {
	const s = text.slice(node.startIndex, node.endIndex).split("\n")[0];
	return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
// src/fix/sdk/python/client.ts
/** `hunyuan_client.HunyuanClient(...)`, `lkeap_client_async.LkeapClient(...)`, or the class imported directly. */
function findClientConstructions(file) {
	const sites = [];
	for (const [local, meaning] of file.imports.names) {
		if (meaning.kind !== "clientModule" && meaning.kind !== "clientClass") continue;
		for (const id of file.idx.all(local)) {
			let fn = id;
			if (meaning.kind === "clientModule") {
				const attr = id.parent;
				if (attr?.type !== "attribute" || !same(attr.childForFieldName("object"), id)) continue;
				if (attr.childForFieldName("attribute")?.text !== meaning.info.clientClass) continue;
				fn = attr;
			}
			const call = fn.parent;
			if (call?.type !== "call" || !same(call.childForFieldName("function"), fn)) continue;
			sites.push({
				call,
				info: meaning.info,
				async: meaning.async
			});
		}
	}
	return sites.sort((a, b) => a.call.startIndex - b.call.startIndex);
}
function argsOf(call) {
	return (call.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => !!c && c.type !== "comment");
}
/** Positional and keyword arguments by parameter name. */
function bindArgs(call, params) {
	const out = /* @__PURE__ */ new Map();
	let i = 0;
	for (const a of argsOf(call)) if (a.type === "keyword_argument") {
		const name = a.childForFieldName("name").text;
		if (!params.includes(name)) refuse(`the argument ${name}= is not converted`, a);
		out.set(name, a.childForFieldName("value"));
	} else if (a.type === "list_splat" || a.type === "dictionary_splat") refuse(`the arguments are passed with ${a.text}`, a);
	else {
		const name = params[i++];
		if (!name) refuse("too many arguments", a);
		out.set(name, a);
	}
	return out;
}
/** The last write of a name before `at` in the function scope, as `name = <value>`. */
function definitionBefore(file, name, at) {
	const scope = functionScopeOf(at);
	const target = variablesIn(file.idx, name, scope).filter((n) => isWrite(n) && n.startIndex < at.startIndex).at(-1);
	const assignment = target?.parent;
	if (!target || assignment?.type !== "assignment" || !same(assignment.childForFieldName("left"), target)) return void 0;
	if (assignment.parent?.type !== "expression_statement") return void 0;
	return {
		target,
		value: assignment.childForFieldName("right"),
		statement: assignment.parent
	};
}
function meaningOfCallee(file, call) {
	const fn = call.childForFieldName("function");
	if (fn?.type === "identifier") return {
		meaning: file.imports.names.get(fn.text),
		name: fn.text
	};
	if (fn?.type === "attribute") {
		const obj = fn.childForFieldName("object");
		return {
			meaning: file.imports.names.get(obj.text),
			name: fn.childForFieldName("attribute").text
		};
	}
	return { name: "" };
}
/** `target.a = v` or `target.a.b = v` as a whole statement: the attribute path and the value. */
function attributeSet(ref) {
	const path = [];
	let n = ref;
	while (n.parent?.type === "attribute" && same(n.parent.childForFieldName("object"), n)) {
		path.push(n.parent.childForFieldName("attribute").text);
		n = n.parent;
	}
	const assignment = n.parent;
	if (!path.length || assignment?.type !== "assignment" || !same(assignment.childForFieldName("left"), n)) return void 0;
	if (assignment.parent?.type !== "expression_statement") return void 0;
	return {
		path,
		value: assignment.childForFieldName("right"),
		statement: assignment.parent
	};
}
const DROPPED_HTTP = /* @__PURE__ */ new Set([
	"endpoint",
	"reqMethod",
	"keepAlive",
	"scheme",
	"rootDomain",
	"pre_conn_pool_size",
	"ubiquitous_endpoint"
]);
const DROPPED_CLIENT = /* @__PURE__ */ new Set([
	"signMethod",
	"language",
	"unsignedPayload",
	"disable_region_breaker",
	"region_breaker",
	"backupEndpoint"
]);
var ProfileReader = class {
	timeout;
	file;
	plan;
	constructor(file, plan) {
		this.file = file;
		this.plan = plan;
	}
	http(name, value) {
		if (name === "reqTimeout") {
			this.timeout = value.text;
			this.plan.note(`timeout ${value.text} s carried over`);
		} else if (name === "endpoint") this.plan.note(`endpoint ${value.text} dropped: the client calls TokenHub`);
		else if (DROPPED_HTTP.has(name)) this.plan.note(`HttpProfile ${name} dropped`);
		else if (name === "proxy") refuse("the client goes through an HTTP proxy (pass an http_client to OpenAI by hand)", value);
		else refuse(`the HttpProfile setting ${name} is not converted`, value);
	}
	client(name, value) {
		if (name === "httpProfile") return this.httpProfile(value);
		if (DROPPED_CLIENT.has(name)) this.plan.note(`ClientProfile ${name} dropped`);
		else refuse(`the ClientProfile setting ${name} is not converted`, value);
	}
	/** A ClientProfile argument: an inline ClientProfile(...) or a variable set up just before. */
	profile(node, use) {
		this.object(node, use, "clientProfile", (name, value) => this.client(name, value));
	}
	httpProfile(node) {
		this.object(node, node, "httpProfile", (name, value) => this.http(name, value));
	}
	object(node, use, kind, set) {
		if (node.type === "call") return this.construction(node, kind, set);
		if (node.type !== "identifier") refuse(`the ${kind === "clientProfile" ? "ClientProfile" : "HttpProfile"} is ${node.text}`, node);
		const def = definitionBefore(this.file, node.text, use);
		if (!def || def.value.type !== "call") refuse(`the profile ${node.text} is not made here`, node);
		this.construction(def.value, kind, set);
		this.plan.deletes.push(def.statement);
		for (const ref of usesOf(this.file.idx, def.target)) {
			if (same(ref, node)) continue;
			const s = attributeSet(ref);
			if (!s || s.statement.parent?.type !== def.statement.parent?.type) refuse(`the profile ${node.text} is used elsewhere`, ref);
			if (s.path.length === 1) set(s.path[0], s.value);
			else if (kind === "clientProfile" && s.path.length === 2 && s.path[0] === "httpProfile") this.http(s.path[1], s.value);
			else refuse(`the profile setting ${s.path.join(".")} is not converted`, ref);
			this.plan.deletes.push(s.statement);
		}
	}
	construction(call, kind, set) {
		const { meaning } = meaningOfCallee(this.file, call);
		if (meaning?.kind !== kind) refuse(`the profile comes from ${call.childForFieldName("function")?.text ?? "a call"}`, call);
		for (const a of argsOf(call)) {
			if (a.type !== "keyword_argument") refuse("the profile is made with positional arguments", a);
			set(a.childForFieldName("name").text, a.childForFieldName("value"));
		}
	}
};
/** Plans one client: its construction, every ChatCompletions call on it, and everything that reads the results. */
function planClient(file, site, baseUrl) {
	const plan = new ClientPlan();
	const { call } = site;
	const assignment = assignmentStatement(call);
	if (!assignment) {
		if (call.parent?.type === "return_statement") refuse("the client is made in a factory and returned: the calls made on it cannot be followed", call);
		refuse("the client is not assigned to a variable or attribute", call);
	}
	const refs = clientReferences(file, assignment.childForFieldName("left"));
	const args = bindArgs(call, [
		"credential",
		"region",
		"profile"
	]);
	const cred = args.get("credential");
	if (cred?.type === "identifier") {
		const def = definitionBefore(file, cred.text, call);
		if (def) plan.deferred.push({
			statement: def.statement,
			variable: def.target
		});
	}
	const region = args.get("region");
	if (region && region.text !== "\"\"" && region.text !== "''") plan.note(`region ${region.text} dropped: TokenHub has one base URL per site`);
	const profiles = new ProfileReader(file, plan);
	const profile = args.get("profile");
	if (profile) profiles.profile(profile, call);
	const cls = site.async ? "AsyncOpenAI" : "OpenAI";
	const timeout = profiles.timeout === void 0 ? "" : `, timeout=${profiles.timeout}`;
	plan.edits.replace(call.startIndex, call.endIndex, `${cls}(api_key=os.environ["TOKENHUB_API_KEY"], base_url="${baseUrl}"${timeout})`);
	for (const ref of refs) {
		const attr = ref.parent;
		if (attr?.type === "attribute" && same(attr.childForFieldName("object"), ref)) {
			const method = attr.childForFieldName("attribute");
			const callSite = attr.parent;
			if (method.text === "ChatCompletions" && callSite?.type === "call" && same(callSite.childForFieldName("function"), attr)) {
				planCall(file, plan, site, callSite, method);
				continue;
			}
			refuse(`the client is also used for ${method.text}, which is not converted`, ref);
		}
		refuse(`the client is passed on or stored (\`${ref.parent?.text.split("\n")[0] ?? ref.text}\`): the calls made on it cannot be followed`, ref);
	}
	return plan;
}
/** Where the client is used: uses of a local or module variable, or `self.x` across the class. */
function clientReferences(file, target) {
	if (target.type === "identifier") {
		const scope = functionScopeOf(target);
		const all = variablesIn(file.idx, target.text, scope).filter((n) => !same(n, target));
		const shadowed = /* @__PURE__ */ new Set();
		for (const n of all) {
			if (!isWrite(n)) continue;
			const inner = functionScopeOf(n);
			if (same(inner, scope)) refuse(`the client variable ${target.text} is assigned again`, n);
			shadowed.add(inner.startIndex);
		}
		return all.filter((n) => {
			for (let s = functionScopeOf(n); !same(s, scope); s = functionScopeOf(s)) if (shadowed.has(s.startIndex)) return false;
			return true;
		});
	}
	if (target.type === "attribute" && target.childForFieldName("object")?.text === "self") {
		const name = target.childForFieldName("attribute").text;
		let cls = target.parent;
		while (cls && cls.type !== "class_definition") cls = cls.parent;
		if (!cls) refuse("the client is stored on self outside a class", target);
		const refs = [];
		for (const id of file.idx.within(name, cls.startIndex, cls.endIndex)) {
			const attr = id.parent;
			if (attr?.type !== "attribute" || !same(attr.childForFieldName("attribute"), id) || attr.childForFieldName("object")?.text !== "self") continue;
			if (same(attr, target)) continue;
			if (attr.parent?.type === "assignment" && same(attr.parent.childForFieldName("left"), attr)) refuse(`self.${name} is assigned again`, attr);
			refs.push(attr);
		}
		return refs;
	}
	refuse(`the client is stored in ${target.text}`, target);
}
/** One `client.ChatCompletions(req)`: the request becomes create(...) arguments; the result is followed. */
function planCall(file, plan, site, callSite, method) {
	const awaited = callSite.parent?.type === "await";
	if (site.async && !awaited) refuse("the async client's ChatCompletions is not awaited where it is called", callSite);
	if (!site.async && awaited) refuse("ChatCompletions of a sync client is awaited", callSite);
	const args = argsOf(callSite);
	if (args.length !== 1 || args[0].type !== "identifier") refuse("ChatCompletions is not called with a request variable", callSite);
	const reqRef = args[0];
	const def = definitionBefore(file, reqRef.text, callSite);
	if (!def || def.value.type !== "call") refuse(`the request ${reqRef.text} is not made in this function`, callSite);
	const made = meaningOfCallee(file, def.value);
	if (!(made.name === "ChatCompletionsRequest" && (made.meaning?.kind === "models" || made.meaning?.kind === "modelClass" && made.meaning.name === "ChatCompletionsRequest"))) refuse(`the request ${reqRef.text} is not made by models.ChatCompletionsRequest()`, def.value);
	const block = def.statement.parent;
	plan.deletes.push(def.statement);
	const fields = /* @__PURE__ */ new Map();
	const setField = (name, value, at) => {
		if (fields.has(name)) refuse(`the request field ${name} is set twice`, at);
		fields.set(name, value);
	};
	const inOrder = (statement) => {
		if (!same(statement.parent, block)) refuse("the request is changed conditionally", statement);
		if (statement.startIndex > callSite.startIndex) refuse("the request is changed after the call", statement);
	};
	const reads = [];
	for (const use of usesOf(file.idx, def.target)) {
		if (same(use, reqRef)) continue;
		const set = attributeSet(use);
		if (set) {
			if (set.path.length !== 1) refuse(`the request field ${set.path.join(".")} is set`, use);
			inOrder(set.statement);
			setField(set.path[0], set.value, use);
			plan.deletes.push(set.statement);
			continue;
		}
		const attr = use.parent;
		if (attr?.type === "attribute" && same(attr.childForFieldName("object"), use)) {
			const name = attr.childForFieldName("attribute").text;
			const call = attr.parent?.type === "call" && same(attr.parent.childForFieldName("function"), attr) ? attr.parent : void 0;
			if (call && name === "from_json_string") {
				const statement = statementOf(call);
				if (statement.type !== "expression_statement" || !same(statement.namedChildren[0], call)) refuse("from_json_string is used as a value", call);
				inOrder(statement);
				readJsonParams(file, plan, call, setField);
				plan.deletes.push(statement);
				continue;
			}
			if (!call && use.startIndex > callSite.startIndex) {
				reads.push({
					node: attr,
					field: name
				});
				continue;
			}
		}
		refuse(`the request ${reqRef.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split("\n")[0] ?? use.text}\`)`, use);
	}
	const kwargs = [];
	const indent = indentAt(file.text, callSite.startIndex);
	const inner = `${indent}    `;
	let stream = { literal: false };
	for (const [name, value] of fields) {
		const mapping = REQUEST_FIELDS[name];
		if (!mapping) refuse(`the request field ${name} is not converted`, value);
		if ("refuse" in mapping && !("dropIfFalse" in mapping)) refuse(mapping.refuse, value);
		if ("dropIfFalse" in mapping) {
			if (value.text !== "False") refuse(mapping.refuse, value);
			plan.note(mapping.dropIfFalse);
			continue;
		}
		if ("drop" in mapping) {
			plan.note(mapping.drop);
			continue;
		}
		let text = name === "Messages" ? messagesText(file, plan, value, callSite) : file.text.slice(value.startIndex, value.endIndex);
		if (name === "Stream") stream = value.text === "True" || value.text === "False" ? { literal: value.text === "True" } : { expression: value.text };
		text = reindent(text, indentAt(file.text, value.startIndex), inner);
		kwargs.push([mapping.to, text]);
	}
	if (!fields.has("Model")) refuse("the request sets no Model", callSite);
	if (!fields.has("Messages")) refuse("the request sets no Messages", callSite);
	const order = (k) => k === "model" ? 0 : k === "messages" ? 1 : 2;
	kwargs.sort((a, b) => order(a[0]) - order(b[0]));
	for (const { node, field } of reads) {
		const value = fields.get(field);
		if (field === "Stream" && !value) {
			plan.edits.replace(node.startIndex, node.endIndex, "False");
			continue;
		}
		if (!value || !/^(True|False|None|[\w.]+|"[^"\\\n]*"|'[^'\\\n]*'|-?\d+(\.\d+)?)$/.test(value.text)) refuse(`the request field ${field} is read back after the call`, node);
		plan.edits.replace(node.startIndex, node.endIndex, value.text);
	}
	const body = kwargs.map(([k, v]) => `${inner}${k}=${v},`).join("\n");
	plan.edits.replace(method.startIndex, callSite.endIndex, `chat.completions.create(\n${body}\n${indent})`);
	new ResponseFollower(file, plan, stream).follow(awaited ? callSite.parent : callSite);
}
/** `req.from_json_string(json.dumps(<dict or a dict variable used only here>))`. */
function readJsonParams(file, plan, call, setField) {
	const args = argsOf(call);
	const dumps = args[0];
	if (args.length !== 1 || dumps?.type !== "call" || !/^(json\.)?dumps$/.test(dumps.childForFieldName("function")?.text ?? "")) refuse("from_json_string is not given json.dumps(...)", call);
	const dumpArgs = argsOf(dumps);
	let dict = dumpArgs[0];
	if (dumpArgs.length !== 1 || !dict) refuse("json.dumps(...) has extra arguments", dumps);
	if (dict.type === "identifier") {
		const def = definitionBefore(file, dict.text, call);
		if (!def || def.value.type !== "dictionary") refuse(`the request parameters ${dict.text} are not a dict literal made here`, dict);
		const other = usesOf(file.idx, def.target).find((u) => !same(u, dict));
		if (other) refuse(`the request parameters ${dict.text} are also used elsewhere`, other);
		plan.deletes.push(def.statement);
		dict = def.value;
	}
	if (dict.type !== "dictionary") refuse("the request parameters are not a dict literal", dict);
	for (const pair of dict.namedChildren) {
		if (!pair || pair.type === "comment") continue;
		if (pair.type !== "pair") refuse(`the request parameters hold ${pair.text}`, pair);
		const key = stringValue(pair.childForFieldName("key"));
		if (key === void 0) refuse("a request parameter name is not a string literal", pair);
		setField(key, pair.childForFieldName("value"), pair);
	}
}
/** The messages as OpenAI wants them: Role/Content keys renamed, models.Message() objects made into dicts. */
function messagesText(file, plan, value, callSite) {
	if (value.type === "list") {
		const moved = new EditSet();
		for (const el of value.namedChildren) {
			if (!el || el.type === "comment") continue;
			convertMessage(file, plan, moved, el, callSite);
		}
		return moved.render(file.text, value.startIndex, value.endIndex);
	}
	if (value.type === "identifier") {
		const def = definitionBefore(file, value.text, callSite);
		if (!def || def.value.type !== "list") refuse(`the messages come from ${value.text}, which is not a list made in this function: their Role and Content keys cannot be converted here`, value);
		for (const el of def.value.namedChildren) if (el && el.type !== "comment") convertMessage(file, plan, plan.edits, el, callSite);
		for (const use of usesOf(file.idx, def.target)) {
			if (same(use, value)) continue;
			const attr = use.parent;
			const call = attr?.parent;
			if (attr?.type === "attribute" && attr.childForFieldName("attribute")?.text === "append" && call?.type === "call") {
				const args = argsOf(call);
				if (args.length === 1) {
					convertMessage(file, plan, plan.edits, args[0], callSite);
					continue;
				}
			}
			refuse(`the messages list ${value.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split("\n")[0] ?? ""}\`)`, use);
		}
		return value.text;
	}
	refuse(`the messages come from ${value.text.split("\n")[0]}: their Role and Content keys cannot be converted here`, value);
}
function convertMessage(file, plan, edits, el, callSite) {
	if (el.type === "dictionary") {
		for (const pair of el.namedChildren) {
			if (!pair || pair.type === "comment") continue;
			if (pair.type !== "pair") refuse(`a message holds ${pair.text}`, pair);
			const keyNode = pair.childForFieldName("key");
			const key = stringValue(keyNode);
			if (key === void 0) refuse("a message key is not a string literal", pair);
			const mapping = MESSAGE_FIELDS[key];
			if (!mapping) refuse(`the message field ${key} is not converted`, pair);
			if (!("to" in mapping)) refuse("refuse" in mapping ? mapping.refuse : `the message field ${key} is not converted`, pair);
			const content = keyNode.namedChildren.find((c) => c?.type === "string_content");
			edits.replace(content.startIndex, content.endIndex, mapping.to);
		}
		return;
	}
	if (el.type === "identifier") {
		const def = definitionBefore(file, el.text, callSite);
		const made = def?.value.type === "call" ? meaningOfCallee(file, def.value) : void 0;
		if (!def || made?.name !== "Message" || made.meaning?.kind !== "models" && made.meaning?.kind !== "modelClass") refuse(`the message ${el.text} is not a dict literal or a models.Message() made here`, el);
		const parts = [];
		for (const use of usesOf(file.idx, def.target)) {
			if (same(use, el)) continue;
			const set = attributeSet(use);
			if (!set || set.path.length !== 1 || set.statement.startIndex > el.startIndex) refuse(`the message ${el.text} is used where the rewrite cannot follow it`, use);
			const field = set.path[0];
			const mapping = MESSAGE_FIELDS[field];
			if (!mapping || !("to" in mapping)) refuse(mapping && "refuse" in mapping ? mapping.refuse : `the message field ${field} is not converted`, use);
			parts.push(`"${mapping.to}": ${file.text.slice(set.value.startIndex, set.value.endIndex)}`);
			plan.deletes.push(set.statement);
		}
		plan.deletes.push(def.statement);
		edits.replace(el.startIndex, el.endIndex, `{${parts.join(", ")}}`);
		return;
	}
	refuse(`a message is ${el.text.split("\n")[0]}, not a dict literal`, el);
}
/** Moves a multi-line value to a new indentation, keeping its inner layout. */
function reindent(text, from, to) {
	if (!text.includes("\n") || from === to) return text;
	return text.split("\n").map((line, i) => i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line).join("\n");
}
// src/fix/sdk/python/exceptions.ts
/** What the code reads from a caught TencentCloudSDKException that openai.APIError does not have. */
const TENCENT_ONLY = /* @__PURE__ */ new Set([
	"code",
	"get_code",
	"requestId",
	"get_request_id",
	"get_message"
]);
/** The `except TencentCloudSDKException` clauses, and the first Tencent-only read of a caught exception. */
function findExceptClauses(file) {
	const caught = [];
	let tencentOnlyRead;
	for (const [local, meaning] of file.imports.names) {
		if (meaning.kind !== "exception") continue;
		for (const id of file.idx.all(local)) {
			let n = id.parent;
			let inTuple = false;
			while (n && n.type !== "except_clause" && n.type !== "block" && n.type !== "module") {
				if (n.type === "tuple") inTuple = true;
				n = n.parent;
			}
			if (n?.type !== "except_clause") continue;
			caught.push({
				name: id,
				inTuple
			});
			const alias = n.descendantsOfType("as_pattern_target")[0]?.namedChildren[0];
			const body = n.namedChildren.find((c) => c?.type === "block");
			if (!alias || !body || tencentOnlyRead) continue;
			for (const use of file.idx.within(alias.text, body.startIndex, body.endIndex)) {
				const attr = use.parent;
				if (attr?.type !== "attribute" || !same(attr.childForFieldName("object"), use)) continue;
				const field = attr.childForFieldName("attribute").text;
				if (TENCENT_ONLY.has(field)) {
					tencentOnlyRead = `Tencent error details (${alias.text}.${field}) are read from the exception (line ${lineNo(attr)})`;
					break;
				}
			}
		}
	}
	return {
		caught,
		tencentOnlyRead
	};
}
// src/fix/sdk/python/imports.ts
function meaningOf(module, name) {
	if (module === "tencentcloud.common" && name === "credential") return { kind: "credentialModule" };
	if (module === "tencentcloud.common.credential" && name === "Credential") return { kind: "credentialClass" };
	if (/^tencentcloud\.common\.profile(\.client_profile)?$/.test(module) && name === "ClientProfile") return { kind: "clientProfile" };
	if (/^tencentcloud\.common\.profile(\.http_profile)?$/.test(module) && name === "HttpProfile") return { kind: "httpProfile" };
	if (/^tencentcloud\.common\.exception(\.tencent_cloud_sdk_exception)?$/.test(module) && name === "TencentCloudSDKException") return { kind: "exception" };
	for (const info of SERVICES) {
		const pkg = `tencentcloud.${info.module}.${info.version}`;
		if (module === pkg) {
			if (name === info.pythonClientModule) return {
				kind: "clientModule",
				info,
				async: false
			};
			if (name === info.pythonAsyncClientModule) return {
				kind: "clientModule",
				info,
				async: true
			};
			if (name === "models") return {
				kind: "models",
				info
			};
		}
		if (module === `${pkg}.${info.pythonClientModule}` && name === info.clientClass) return {
			kind: "clientClass",
			info,
			async: false
		};
		if (module === `${pkg}.${info.pythonAsyncClientModule}` && name === info.clientClass) return {
			kind: "clientClass",
			info,
			async: true
		};
		if (module === `${pkg}.models`) return {
			kind: "modelClass",
			info,
			name
		};
	}
	return { kind: "other" };
}
function readImports(root) {
	const names = /* @__PURE__ */ new Map();
	const statements = [];
	let hasOs = false;
	const openaiNames = /* @__PURE__ */ new Set();
	let afterImports = 0;
	for (const stmt of root.descendantsOfType(["import_statement", "import_from_statement"])) {
		if (!stmt) continue;
		const topLevel = stmt.parent?.type === "module";
		if (topLevel) afterImports = Math.max(afterImports, stmt.endIndex);
		if (stmt.type === "import_statement") {
			const imported = [];
			for (const n of stmt.childrenForFieldName("name")) {
				if (!n) continue;
				const dotted = n.type === "aliased_import" ? n.childForFieldName("name") : n;
				if (topLevel && n.type === "dotted_name" && n.text === "os") hasOs = true;
				if (dotted.text === "tencentcloud" || dotted.text.startsWith("tencentcloud.")) {
					const local = n.type === "aliased_import" ? n.childForFieldName("alias").text : dotted.text.split(".")[0];
					imported.push({
						local,
						node: n,
						meaning: { kind: "other" }
					});
					names.set(local, { kind: "other" });
				}
			}
			if (imported.length) statements.push({
				statement: stmt,
				names: imported
			});
			continue;
		}
		const module = stmt.childForFieldName("module_name")?.text ?? "";
		if (topLevel && module === "openai") {
			for (const n of stmt.childrenForFieldName("name")) if (n?.type === "dotted_name") openaiNames.add(n.text);
		}
		if (module !== "tencentcloud" && !module.startsWith("tencentcloud.")) continue;
		const imported = [];
		for (const n of stmt.childrenForFieldName("name")) {
			if (!n) continue;
			const name = (n.type === "aliased_import" ? n.childForFieldName("name") : n).text;
			const local = n.type === "aliased_import" ? n.childForFieldName("alias").text : name;
			const meaning = meaningOf(module, name);
			imported.push({
				local,
				node: n,
				meaning
			});
			names.set(local, meaning);
		}
		if (stmt.children.some((c) => c?.type === "wildcard_import")) names.set("*", { kind: "other" });
		statements.push({
			statement: stmt,
			names: imported
		});
	}
	return {
		names,
		statements,
		hasOs,
		openaiNames,
		afterImports
	};
}
// src/fix/sdk/python/manifests.ts
/**
* The Python dependency manifests next to converted code: add `openai`, and drop the Tencent Cloud SDK packages when
* no file under the manifest still imports them. Line-based edits on requirements*.txt and on the PEP 621
* `dependencies = [...]` array of pyproject.toml: everything else in the file stays as written.
*/
/** Python distributions of the Tencent Cloud SDK that carry (only) what the chat rewrite replaces. */
const TENCENT_PY = /^(tencentcloud-sdk-python(?:-hunyuan|-lkeap|-common)?)\s*(?:[<>=!~;[]|$)/i;
const OPENAI_PY = /^openai\s*(?:[<>=!~;[]|$)/i;
/** requirements.txt: one requirement per line; comments, options and markers are left alone. */
function editRequirements(text, dropTencent) {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(/\r?\n/);
	const notes = [];
	let hasOpenai = false;
	let firstTencent = -1;
	const out = [];
	for (const line of lines) {
		const req = line.trim();
		if (OPENAI_PY.test(req)) hasOpenai = true;
		const m = TENCENT_PY.exec(req);
		if (m) {
			if (firstTencent === -1) firstTencent = out.length;
			if (dropTencent) {
				notes.push(`removed ${m[1]}`);
				continue;
			}
		}
		out.push(line);
	}
	if (!hasOpenai) {
		const at = firstTencent === -1 ? out.at(-1) === "" ? out.length - 1 : out.length : firstTencent;
		out.splice(at, 0, "openai");
		notes.unshift("added openai");
	}
	if (!notes.length) return void 0;
	return {
		text: out.join(eol),
		notes
	};
}
/** pyproject.toml: the entries of `[project] dependencies = [...]`, one quoted requirement per line. */
function editPyproject(text, dropTencent) {
	const project = /^\[project\][ \t]*\r?$/m.exec(text);
	if (!project) return void 0;
	const deps = /^dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(project.index));
	if (!deps) return void 0;
	const open = project.index + deps.index + deps[0].length;
	const close = text.indexOf("]", open);
	const nextTable = text.slice(project.index + 1).search(/^\[/m);
	if (close === -1 || nextTable !== -1 && project.index + 1 + nextTable < open) return void 0;
	const body = text.slice(open, close);
	const entries = [...body.matchAll(/(["'])([^"'\n]*)\1/g)].map((m) => m[2].trim());
	const notes = [];
	let newBody = body;
	if (dropTencent) for (const m of body.matchAll(/^[ \t]*(["'])([^"'\n]*)\1[ \t]*,?[ \t]*\r?\n/gm)) {
		const name = TENCENT_PY.exec(m[2].trim());
		if (name) {
			newBody = newBody.replace(m[0], "");
			notes.push(`removed ${name[1]}`);
		}
	}
	if (!entries.some((e) => OPENAI_PY.test(e))) {
		if (body.includes("\n")) newBody = `\n${/\n([ \t]+)["']/.exec(body)?.[1] ?? "    "}"openai",${newBody.startsWith("\n") ? "" : "\n"}${newBody}`;
		else newBody = newBody.trim() ? `"openai", ${newBody.trimStart()}` : "\"openai\"";
		notes.unshift("added openai");
	}
	if (!notes.length) return void 0;
	return {
		text: text.slice(0, open) + newBody + text.slice(close),
		notes
	};
}
/** The edit for a manifest of a Python project, by file name; undefined for other files. */
function pythonManifest(name) {
	if (/^requirements[\w.-]*\.txt$/i.test(name)) return editRequirements;
	if (name === "pyproject.toml") return editPyproject;
}
// src/fix/sdk/python/index.ts
/** Python: Tencent Cloud SDK for Python (`tencentcloud-sdk-python`, sync and `_client_async` clients). */
const python = {
	id: "python",
	grammarFor: (path) => /\.pyw?$/i.test(path) ? "python" : void 0,
	mayUse: (text) => /\btencentcloud\b/.test(text),
	rewrite: rewritePython,
	sourceFile: /\.pyw?$/i,
	manifestFor: pythonManifest
};
function rewritePython(tree, text, opts) {
	const root = tree.rootNode;
	const file = {
		text,
		idx: new NameIndex(root, ["identifier"]),
		imports: readImports(root)
	};
	const sites = findClientConstructions(file);
	const unchanged = {
		text,
		edits: [],
		clients: [],
		leftovers: [],
		adds: [],
		stillUsesTencentSdk: file.imports.statements.length > 0
	};
	if (sites.length === 0) return unchanged;
	const { caught, tencentOnlyRead } = findExceptClauses(file);
	const clients = [];
	const plans = [];
	for (const site of sites) {
		const outcome = {
			line: lineNo(site.call),
			service: site.info.service,
			async: site.async,
			converted: false,
			notes: [],
			guidance: site.info.guidance
		};
		clients.push(outcome);
		if (file.imports.names.has("*")) {
			outcome.reason = "the file imports * from the Tencent Cloud SDK, so the rewrite cannot see every name it uses";
			continue;
		}
		if (tencentOnlyRead) {
			outcome.reason = tencentOnlyRead;
			continue;
		}
		try {
			const plan = planClient(file, site, opts.baseUrl);
			plans.push({
				site,
				plan,
				outcome
			});
		} catch (err) {
			if (!(err instanceof Refusal)) throw err;
			outcome.reason = err.message;
		}
	}
	const accepted = acceptDisjoint(plans);
	if (accepted.length === 0) return {
		...unchanged,
		clients
	};
	const edits = new EditSet();
	const deletes = /* @__PURE__ */ new Map();
	for (const { plan, outcome } of accepted) {
		edits.addAll(plan.edits);
		for (const d of plan.deletes) deletes.set(d.startIndex, d);
		outcome.converted = true;
		outcome.notes = plan.notes;
	}
	const removed = new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({
		start: d.startIndex,
		end: d.endIndex
	}))]);
	const covered = (n) => removed.contains(n.startIndex, n.endIndex);
	for (const { plan } of accepted) for (const { statement, variable } of plan.deferred) if (usesOf(file.idx, variable).every(covered)) deletes.set(statement.startIndex, statement);
	const allConverted = accepted.length === sites.length;
	let exceptionKept = false;
	let apiError = false;
	for (const { name, inTuple } of caught) {
		apiError = true;
		if (allConverted) edits.replace(name.startIndex, name.endIndex, "APIError");
		else {
			exceptionKept = true;
			edits.replace(name.startIndex, name.endIndex, inTuple ? `${name.text}, APIError` : `(${name.text}, APIError)`);
		}
	}
	applyDeletes(text, edits, deletes);
	const imports = [...new Set(accepted.map(({ site }) => site.async ? "AsyncOpenAI" : "OpenAI")), ...apiError ? ["APIError"] : []].filter((n) => !file.imports.openaiNames.has(n)).sort();
	rewriteImports(file, edits, deletes, exceptionKept, imports);
	let out;
	let applied;
	try {
		({text: out, edits: applied} = edits.applyWithEdits(text));
	} catch (err) {
		if (!(err instanceof EditOverlapError)) throw err;
		for (const c of clients) {
			c.converted = false;
			c.notes = [];
			c.reason ??= "the conversions of the clients in this file overlap; convert them by hand";
		}
		return {
			...unchanged,
			clients
		};
	}
	return {
		text: out,
		edits: applied,
		clients,
		leftovers: leftovers(out),
		adds: ["openai"],
		stillUsesTencentSdk: /\btencentcloud\b/.test(out)
	};
}
/** Removes statements with their lines; a block left empty keeps a `pass`. */
function applyDeletes(text, edits, deletes) {
	const byBlock = /* @__PURE__ */ new Map();
	for (const d of deletes.values()) {
		const key = d.parent?.startIndex ?? -1;
		const group = byBlock.get(key);
		if (group) group.push(d);
		else byBlock.set(key, [d]);
	}
	const ranges = [];
	for (const group of byBlock.values()) {
		const parent = group[0].parent;
		const statements = parent?.namedChildren.filter((c) => c && c.type !== "comment") ?? [];
		const emptied = parent?.type === "block" && statements.length === group.length;
		group.sort((a, b) => a.startIndex - b.startIndex);
		group.forEach((d, i) => {
			const lines = wholeLinesOf(text, d.startIndex, d.endIndex);
			if (emptied && i === group.length - 1 || !lines) edits.replace(d.startIndex, d.endIndex, "pass");
			else ranges.push(withCommentsAbove(text, lines));
		});
	}
	for (const r of mergeAcrossBlankLines(text, ranges)) edits.replace(r.start, r.end, "");
}
/** Comment lines right above a removed statement describe it (Tencent's examples comment every step). */
function withCommentsAbove(text, r) {
	let start = r.start;
	while (start > 0) {
		const prev = text.lastIndexOf("\n", start - 2) + 1;
		if (!/^[ \t]*#/.test(text.slice(prev, start)) || /^#!|coding[:=]/.test(text.slice(prev, start).trim())) break;
		start = prev;
	}
	return {
		start,
		end: r.end
	};
}
const BLANK = /^(?:[ \t]*\r?\n)*$/;
/**
* Removed statements separated only by blank lines become one removal, and a removal between two blank lines
* takes one of them along, so the code keeps its paragraphs instead of growing gaps.
*/
function mergeAcrossBlankLines(text, ranges) {
	ranges.sort((a, b) => a.start - b.start);
	const merged = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r.start >= last.end && BLANK.test(text.slice(last.end, r.start))) last.end = Math.max(last.end, r.end);
		else if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ ...r });
	}
	for (const r of merged) {
		const before = text.lastIndexOf("\n", r.start - 2) + 1;
		const blankBefore = r.start === 0 || BLANK.test(text.slice(before, r.start));
		const after = /^[ \t]*\r?\n/.exec(text.slice(r.end));
		if (blankBefore && after) r.end += after[0].length;
	}
	return merged;
}
/** Drops the Tencent imports nothing uses any more, and adds the openai (and os) imports. */
function rewriteImports(file, edits, deletes, exceptionKept, openaiNames) {
	const { text, imports } = file;
	const removed = new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({
		start: d.startIndex,
		end: d.endIndex
	}))]);
	const gone = (n) => removed.contains(n.startIndex, n.endIndex);
	let insertAt;
	for (const { statement, names } of imports.statements) {
		const kept = names.filter(({ local, meaning, node }) => {
			if (meaning.kind === "exception" && exceptionKept) return true;
			return file.idx.all(local).some((id) => !(id.startIndex >= node.startIndex && id.endIndex <= node.endIndex) && !gone(id) && !inImport(id));
		});
		if (kept.length === names.length) continue;
		if (kept.length === 0) {
			const lines = wholeLinesOf(text, statement.startIndex, statement.endIndex);
			if (lines) {
				edits.replace(lines.start, lines.end, "");
				if (statement.parent?.type === "module") insertAt ??= lines.start;
			} else edits.replace(statement.startIndex, statement.endIndex, "pass");
			continue;
		}
		const first = names[0].node;
		const last = names[names.length - 1].node;
		edits.replace(first.startIndex, last.endIndex, kept.map((k) => k.node.text).join(", "));
	}
	const lines = [...imports.hasOs ? [] : ["import os"], ...openaiNames.length ? [`from openai import ${openaiNames.join(", ")}`] : []];
	if (!lines.length) return;
	if (insertAt !== void 0) return edits.insert(insertAt, lines.map((l) => `${l}\n`).join(""));
	if (imports.afterImports > 0) return edits.insert(imports.afterImports, lines.map((l) => `\n${l}`).join(""));
	edits.insert(headerEnd(text), lines.map((l) => `${l}\n`).join(""));
}
function inImport(id) {
	for (let n = id.parent; n; n = n.parent) {
		if (n.type === "import_statement" || n.type === "import_from_statement") return true;
		if (n.type === "block" || n.type === "module") return false;
	}
	return false;
}
/** After a shebang, encoding line and leading comments. */
function headerEnd(text) {
	let at = 0;
	while (at < text.length && text[at] === "#") {
		const nl = text.indexOf("\n", at);
		if (nl === -1) return text.length;
		at = nl + 1;
	}
	return at;
}
// src/fix/sdk/languages.ts
/**
* The languages the SDK rewrite knows. A language is one folder (python/, js/) exporting an SdkLanguage
* (engine/types.ts) and one entry here; its grammar's wasm file is named in engine/assets.json and GrammarName.
*/
const LANGUAGES = [python, javascript];
function languageFor(path) {
	return LANGUAGES.find((l) => l.grammarFor(path) !== void 0);
}
// src/fix/sdk/engine/assets.json
var assets_default = {
	"web-tree-sitter.cjs": "web-tree-sitter/web-tree-sitter.cjs",
	"web-tree-sitter.wasm": "web-tree-sitter/web-tree-sitter.wasm",
	"tree-sitter-python.wasm": "tree-sitter-python/tree-sitter-python.wasm",
	"tree-sitter-javascript.wasm": "tree-sitter-javascript/tree-sitter-javascript.wasm",
	"tree-sitter-typescript.wasm": "tree-sitter-typescript/tree-sitter-typescript.wasm",
	"tree-sitter-tsx.wasm": "tree-sitter-typescript/tree-sitter-tsx.wasm",
	"LICENSE.web-tree-sitter": "web-tree-sitter/LICENSE",
	"LICENSE.tree-sitter-python": "tree-sitter-python/LICENSE",
	"LICENSE.tree-sitter-javascript": "tree-sitter-javascript/LICENSE",
	"LICENSE.tree-sitter-typescript": "tree-sitter-typescript/LICENSE"
};
// src/fix/sdk/engine/tree-cursor.ts
/** web-tree-sitter's own TreeCursor, through its public API. */
var PublicCursor = class {
	cursor;
	constructor(tree) {
		this.cursor = tree.walk();
	}
	gotoFirstChild() {
		return this.cursor.gotoFirstChild();
	}
	gotoNextSibling() {
		return this.cursor.gotoNextSibling();
	}
	gotoParent() {
		return this.cursor.gotoParent();
	}
	typeId() {
		return this.cursor.nodeTypeId;
	}
	isNamed() {
		return this.cursor.nodeIsNamed;
	}
	fieldId() {
		return this.cursor.currentFieldId;
	}
	startIndex() {
		return this.cursor.startIndex;
	}
	endIndex() {
		return this.cursor.endIndex;
	}
	delete() {
		this.cursor.delete();
	}
};
const CALLS = [
	"_ts_tree_root_node_wasm",
	"_ts_tree_cursor_new_wasm",
	"_ts_tree_cursor_delete_wasm",
	"_ts_tree_cursor_goto_first_child_wasm",
	"_ts_tree_cursor_goto_next_sibling_wasm",
	"_ts_tree_cursor_goto_parent_wasm",
	"_ts_tree_cursor_current_node_type_id_wasm",
	"_ts_tree_cursor_current_node_is_named_wasm",
	"_ts_tree_cursor_current_field_id_wasm",
	"_ts_tree_cursor_start_index_wasm",
	"_ts_tree_cursor_end_index_wasm"
];
function cursorBindingOf(module) {
	if (!module) return void 0;
	const m = module;
	const out = {};
	for (const name of CALLS) {
		const f = m[name];
		if (typeof f !== "function") return void 0;
		out[name] = f;
	}
	return out;
}
/**
* The binding's cursor, kept in its transfer buffer from creation to deletion. Nothing else may call into
* web-tree-sitter while it walks (the walk is synchronous, so nothing can).
*/
var BindingCursor = class {
	tree;
	firstChild;
	nextSibling;
	parent;
	type;
	named;
	field;
	start;
	end;
	free;
	constructor(binding, tree) {
		const address = tree[0];
		if (typeof address !== "number" || address === 0) throw new Error("web-tree-sitter tree without an address");
		this.tree = address;
		this.firstChild = binding._ts_tree_cursor_goto_first_child_wasm;
		this.nextSibling = binding._ts_tree_cursor_goto_next_sibling_wasm;
		this.parent = binding._ts_tree_cursor_goto_parent_wasm;
		this.type = binding._ts_tree_cursor_current_node_type_id_wasm;
		this.named = binding._ts_tree_cursor_current_node_is_named_wasm;
		this.field = binding._ts_tree_cursor_current_field_id_wasm;
		this.start = binding._ts_tree_cursor_start_index_wasm;
		this.end = binding._ts_tree_cursor_end_index_wasm;
		this.free = binding._ts_tree_cursor_delete_wasm;
		binding._ts_tree_root_node_wasm(address);
		binding._ts_tree_cursor_new_wasm(address);
	}
	gotoFirstChild() {
		return this.firstChild(this.tree) === 1;
	}
	gotoNextSibling() {
		return this.nextSibling(this.tree) === 1;
	}
	gotoParent() {
		return this.parent(this.tree) === 1;
	}
	typeId() {
		return this.type(this.tree);
	}
	isNamed() {
		return this.named(this.tree) === 1;
	}
	fieldId() {
		return this.field(this.tree);
	}
	startIndex() {
		return this.start(this.tree);
	}
	endIndex() {
		return this.end(this.tree);
	}
	delete() {
		this.free(this.tree);
	}
};
// src/fix/sdk/engine/tree-sitter.ts
/** Where the runtime and grammars are shipped beside the bundles: one copy that dist/ and dist/cli/ share. */
const ASSET_DIR_NAME = "tree-sitter";
/**
* The files of web-tree-sitter and the grammars. The bundles load them from dist/tree-sitter/ (web-tree-sitter's
* ESM build breaks under ncc and its CommonJS build needs a real __dirname, so it is not bundled); the sources,
* under the tests, load the same files from node_modules.
*/
function locateAssets() {
	const here = path.dirname(fileURLToPath(import.meta.url));
	for (const dir of [path.join(here, ASSET_DIR_NAME), path.join(here, "..", ASSET_DIR_NAME)]) if (existsSync(path.join(dir, "web-tree-sitter.cjs"))) return (name) => path.join(dir, name);
	for (let dir = here;; dir = path.dirname(dir)) {
		const modules = path.join(dir, "node_modules");
		if (existsSync(path.join(modules, assets_default["web-tree-sitter.cjs"]))) return (name) => path.join(modules, assets_default[name]);
		if (path.dirname(dir) === dir) break;
	}
	throw new Error(`the tree-sitter runtime is missing: no ${ASSET_DIR_NAME}/ beside ${here} and no web-tree-sitter in node_modules`);
}
let runtime;
/** The binding's cursor functions, once the runtime is loaded (undefined if this web-tree-sitter lacks one). */
let cursorBinding;
/** The grammars this process has loaded, in order: a run loads only those its files need (tests count them). */
const loadedGrammars = [];
async function loadRuntime() {
	const locate = locateAssets();
	const TS = createRequire(import.meta.url)(locate("web-tree-sitter.cjs"));
	const options = { locateFile: (file) => locate(file) };
	await TS.Parser.init(options);
	cursorBinding = cursorBindingOf(options);
	return {
		TS,
		languages: /* @__PURE__ */ new Map(),
		locate
	};
}
async function language(name) {
	runtime ??= loadRuntime();
	const rt = await runtime;
	let lang = rt.languages.get(name);
	if (!lang) {
		lang = rt.TS.Language.load(readFileSync(rt.locate(`tree-sitter-${name}.wasm`)));
		rt.languages.set(name, lang);
		loadedGrammars.push(name);
	}
	return {
		TS: rt.TS,
		language: await lang
	};
}
/** A parser for one grammar. Parsers are cheap; the runtime and each grammar load once per process. */
async function createParser(name) {
	const { TS, language: lang } = await language(name);
	const parser = new TS.Parser();
	parser.setLanguage(lang);
	return parser;
}
/** A cursor over a parsed tree for one walk: the binding's own when it exports what the walk needs (tree-cursor.ts). */
function walkCursor(tree, only) {
	return cursorBinding && only !== "public" ? new BindingCursor(cursorBinding, tree) : new PublicCursor(tree);
}
// src/fix/sdk/engine/syntax-tree.ts
/**
* A parsed file as plain JavaScript data, copied from web-tree-sitter's tree in one walk of a tree cursor.
*
* Every property of a web-tree-sitter node is a call into the wasm module, and `parent` searches down from the root
* each time: the rewrite of a 1 MB file asks hundreds of thousands of such questions (the scope of a name, whether an
* occurrence is a write, the statement around a call). Copied once, the tree answers them as array reads. The nodes
* are numbered in source order (a node before its children), so a subtree is one run of numbers and "the descendants
* of this type" is a scan of that run. A node object is made only for the nodes the rewrite looks at, once each (so
* `===` is node identity), and keeps the names and meaning of web-tree-sitter's API (`type`, `parent`,
* `childForFieldName`, `namedChildren` ...), so the rewrite reads like tree-sitter code.
*/
var SyntaxTree = class {
	text;
	rootNode;
	/** Per node, by number: type id, field id in its parent (0: none), range, parent (-1: none), first number after its subtree. */
	typeIds;
	fieldIds;
	starts;
	ends;
	parents;
	afters;
	count;
	typeNames;
	/** Per type id: 1 named, 2 anonymous, 0 not seen. */
	namedness = /* @__PURE__ */ new Uint8Array(65536);
	fieldIdByName = /* @__PURE__ */ new Map();
	nodes;
	masks = /* @__PURE__ */ new Map();
	lines;
	/** Copies `wasm` (parsed from `text`); the wasm tree can be deleted afterwards. */
	constructor(wasm, text, cursor = walkCursor) {
		this.text = text;
		const { types, fields } = wasm.language;
		this.typeNames = Array.from(types, (t) => t || "ERROR");
		fields.forEach((name, id) => {
			if (name) this.fieldIdByName.set(name, id);
		});
		const capacity = wasm.rootNode.descendantCount + 1;
		this.typeIds = new Uint16Array(capacity);
		this.fieldIds = new Uint16Array(capacity);
		this.starts = new Uint32Array(capacity);
		this.ends = new Uint32Array(capacity);
		this.parents = new Int32Array(capacity);
		this.afters = new Uint32Array(capacity);
		this.count = this.copy(cursor(wasm));
		this.nodes = [];
		for (let i = 0; i < this.count; i++) this.nodes.push(void 0);
		this.rootNode = this.node(0);
	}
	/** The node numbered `i` (one object per node). */
	node(i) {
		return this.nodes[i] ??= new SyntaxNode(this, i);
	}
	typeOf(i) {
		return this.typeNames[this.typeIds[i]] ?? "ERROR";
	}
	isNamed(i) {
		return this.namedness[this.typeIds[i]] === 1;
	}
	fieldId(name) {
		return this.fieldIdByName.get(name) ?? -1;
	}
	/** Which type ids carry one of these type names (as a lookup table, kept per list of names). */
	mask(types) {
		const key = types.join("\0");
		let mask = this.masks.get(key);
		if (!mask) {
			mask = /* @__PURE__ */ new Uint8Array(65536);
			this.typeNames.forEach((name, id) => {
				if (types.includes(name)) mask[id] = 1;
			});
			if (types.includes("ERROR")) mask[65535] = 1;
			this.masks.set(key, mask);
		}
		return mask;
	}
	/** 0-based row of an index, as tree-sitter counts rows (line feeds before it). */
	rowOf(index) {
		this.lines ??= lineStarts(this.text);
		return lineOf(this.lines, index) - 1;
	}
	/** One walk of a cursor over the whole tree (anonymous nodes and comments included); returns the node count. */
	copy(cursor) {
		let n = 0;
		const visit = (parent) => {
			if (n === this.typeIds.length) this.grow();
			const typeId = cursor.typeId();
			if (this.namedness[typeId] === 0) this.namedness[typeId] = cursor.isNamed() ? 1 : 2;
			this.typeIds[n] = typeId;
			this.fieldIds[n] = parent < 0 ? 0 : cursor.fieldId();
			this.starts[n] = cursor.startIndex();
			this.ends[n] = cursor.endIndex();
			this.parents[n] = parent;
			return n++;
		};
		try {
			const open = [];
			let current = visit(-1);
			for (;;) {
				if (cursor.gotoFirstChild()) {
					open.push(current);
					current = visit(current);
					continue;
				}
				this.afters[current] = n;
				for (;;) {
					if (open.length === 0) return n;
					if (cursor.gotoNextSibling()) {
						current = visit(open[open.length - 1]);
						break;
					}
					this.afters[open.pop()] = n;
					cursor.gotoParent();
				}
			}
		} finally {
			cursor.delete();
		}
	}
	grow() {
		const size = this.typeIds.length * 2 + 16;
		const bigger = (a, make) => {
			const b = make(size);
			b.set(a);
			return b;
		};
		this.typeIds = bigger(this.typeIds, (k) => new Uint16Array(k));
		this.fieldIds = bigger(this.fieldIds, (k) => new Uint16Array(k));
		this.starts = bigger(this.starts, (k) => new Uint32Array(k));
		this.ends = bigger(this.ends, (k) => new Uint32Array(k));
		this.parents = bigger(this.parents, (k) => new Int32Array(k));
		this.afters = bigger(this.afters, (k) => new Uint32Array(k));
	}
};
var SyntaxNode = class {
	tree;
	index;
	kids;
	namedKids;
	constructor(tree, index) {
		this.tree = tree;
		this.index = index;
	}
	get type() {
		return this.tree.typeOf(this.index);
	}
	get isNamed() {
		return this.tree.isNamed(this.index);
	}
	get startIndex() {
		return this.tree.starts[this.index];
	}
	get endIndex() {
		return this.tree.ends[this.index];
	}
	get text() {
		return this.tree.text.slice(this.startIndex, this.endIndex);
	}
	get startPosition() {
		return { row: this.tree.rowOf(this.startIndex) };
	}
	get parent() {
		const p = this.tree.parents[this.index];
		return p < 0 ? null : this.tree.node(p);
	}
	get children() {
		if (!this.kids) {
			const { tree } = this;
			this.kids = [];
			for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c]) this.kids.push(tree.node(c));
		}
		return this.kids;
	}
	get namedChildren() {
		if (!this.namedKids) {
			const { tree } = this;
			this.namedKids = [];
			for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c]) if (tree.isNamed(c)) this.namedKids.push(tree.node(c));
		}
		return this.namedKids;
	}
	/** The children of one type, in order: `children.filter((c) => c.type === type)`, making objects for those only. */
	childrenOfType(type) {
		const { tree } = this;
		const out = [];
		for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c]) if (tree.typeOf(c) === type) out.push(tree.node(c));
		return out;
	}
	childForFieldName(name) {
		const { tree } = this;
		const id = tree.fieldId(name);
		for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c]) if (tree.fieldIds[c] === id) return tree.node(c);
		return null;
	}
	childrenForFieldName(name) {
		const { tree } = this;
		const id = tree.fieldId(name);
		const out = [];
		for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c]) if (tree.fieldIds[c] === id) out.push(tree.node(c));
		return out;
	}
	/** This node and its descendants of the given types, in source order (as web-tree-sitter's, which counts the node itself). */
	descendantsOfType(types) {
		const { tree } = this;
		const mask = tree.mask(typeof types === "string" ? [types] : types);
		const out = [];
		for (let i = this.index, end = tree.afters[this.index]; i < end; i++) if (mask[tree.typeIds[i]] === 1) out.push(tree.node(i));
		return out;
	}
	equals(other) {
		return this === other;
	}
};
// src/fix/sdk/index.ts
/** The file needs a grammar that is not loaded yet: load it (`SdkRewriter.load`) and run the file again. */
var GrammarNeeded = class extends Error {
	grammar;
	constructor(grammar) {
		super(`the ${grammar} grammar is not loaded`);
		this.grammar = grammar;
	}
};
/**
* A rewriter that loads a grammar only when a file in its language may hold a Tencent chat client: a Python-only
* run never loads the JavaScript and TypeScript grammars. `preload` loads some at once (tests that call the
* synchronous fix directly).
*/
async function loadSdkRewriter(opts, preload = []) {
	const parsers = /* @__PURE__ */ new Map();
	const loading = /* @__PURE__ */ new Map();
	let lastTree;
	const rewrite = (text, path) => {
		const lang = languageFor(path);
		if (!lang || !lang.mayUse(text)) return void 0;
		const grammar = lang.grammarFor(path);
		const parser = parsers.get(grammar);
		if (!parser) throw new GrammarNeeded(grammar);
		lastTree?.delete();
		lastTree = void 0;
		const wasm = parser.parse(text);
		if (!wasm) return void 0;
		lastTree = wasm;
		const tree = new SyntaxTree(wasm, text);
		return lang.rewrite(tree, text, {
			...opts,
			path
		});
	};
	const load = (grammar) => {
		let p = loading.get(grammar);
		if (!p) {
			p = createParser(grammar).then((parser) => void parsers.set(grammar, parser));
			loading.set(grammar, p);
		}
		return p;
	};
	const prepare = async (path, bytes) => {
		const lang = languageFor(path);
		if (!lang) return;
		const grammar = lang.grammarFor(path);
		if (!parsers.has(grammar) && lang.mayUse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"))) await load(grammar);
	};
	for (const g of preload) await load(g);
	return Object.assign(rewrite, {
		load,
		prepare
	});
}
/** Runs a file's fix, loading the grammars it turns out to need (each once per rewriter) and running it again. */
async function withGrammars(rewriter, run) {
	for (;;) try {
		return run();
	} catch (err) {
		if (!rewriter || !(err instanceof GrammarNeeded)) throw err;
		await rewriter.load(err.grammar);
	}
}
// src/fix/sdk/run-sdk.ts
/** The language whose code a file is (by its name), as its id. */
function sourceLanguage(name) {
	return LANGUAGES.find((l) => l.sourceFile.test(name))?.id;
}
/**
* Follows a `fix --sdk` run: which files converted, which still use the Tencent SDK, where the manifests are. Code
* and manifests pair by language: a Python file's conversion edits the Python manifests above it, and so on.
*/
var SdkTracker = class {
	byPath = /* @__PURE__ */ new Map();
	converted = [];
	stillTencent = [];
	manifests = [];
	handled = /* @__PURE__ */ new Set();
	/** Every file the fix reads, before its rewrite. */
	saw(file, bytes) {
		const name = path.posix.basename(file.rel);
		for (const l of LANGUAGES) {
			const edit = l.manifestFor(name);
			if (edit) this.manifests.push({
				file,
				bytes,
				lang: l.id,
				edit
			});
		}
		const lang = sourceLanguage(name);
		if (!lang) return;
		if (bytes.includes("tencentcloud")) this.stillTencent.push({
			rel: file.rel,
			lang
		});
	}
	rewrote(rel, result) {
		this.handled.add(rel);
		if (result.clients.length) this.byPath.set(rel, {
			path: rel,
			clients: result.clients,
			leftovers: result.leftovers
		});
		const lang = sourceLanguage(path.posix.basename(rel)) ?? "";
		const i = this.stillTencent.findIndex((f) => f.rel === rel);
		if (i !== -1 && !result.stillUsesTencentSdk && result.clients.some((c) => c.converted)) this.stillTencent.splice(i, 1);
		if (result.clients.some((c) => c.converted)) this.converted.push({
			rel,
			lang
		});
	}
	reports() {
		return [...this.byPath.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	}
	/** Manifests in a folder that holds converted code: add openai; drop the Tencent SDK when nothing there uses it. */
	manifestEdits(changed) {
		const out = [];
		const changedPaths = new Set(changed.map((c) => c.path));
		for (const { file, bytes, lang, edit } of this.manifests) {
			if (changedPaths.has(file.rel)) continue;
			const dir = path.posix.dirname(file.rel);
			const under = (rel) => dir === "." || rel.startsWith(`${dir}/`);
			if (!this.converted.some((c) => c.lang === lang && under(c.rel))) continue;
			const dropTencent = !this.stillTencent.some((f) => f.lang === lang && under(f.rel));
			const before = bytes.toString("utf8");
			const result = edit(before, dropTencent);
			if (!result || result.text === before) continue;
			out.push({
				rel: file.rel,
				abs: file.abs,
				before,
				after: result.text,
				notes: result.notes,
				snapshot: snapshotOf(statSync(file.abs), bytes)
			});
		}
		return out.sort((a, b) => a.rel < b.rel ? -1 : 1);
	}
};
// src/fix/run-fix.ts
/** Finds the safe fixes under the root and applies them in place (or, in a dry run, only reports them). */
async function runFix(opts) {
	const started = performance.now();
	const root = await realRoot(opts.root);
	const targets = await resolveTargets(root, opts.paths ?? []);
	const catalog = opts.catalog ?? compileCatalog(RULES);
	const maxBytes = opts.maxFileBytes ?? 10485760;
	const fixOptions = {
		region: opts.region,
		...opts.models ? { models: opts.models } : {}
	};
	const listing = walkFiles({
		root,
		targets,
		include: opts.include,
		exclude: opts.exclude,
		gitignore: opts.gitignore
	});
	const changes = [];
	const remaining = [];
	const skipped = listing.skipped;
	const refused = [];
	let files = 0;
	const rewriter = opts.sdk ? await loadSdkRewriter({ baseUrl: baseUrlFor(opts.region) }) : void 0;
	const tracker = opts.sdk ? new SdkTracker() : void 0;
	const handle = async (file) => {
		const byName = binaryTypeOf(file.rel);
		if (byName) {
			skipped.push({
				path: file.rel,
				reason: byName
			});
			return;
		}
		if (file.size !== void 0 && file.size > maxBytes) {
			skipped.push({
				path: file.rel,
				reason: tooLarge(maxBytes, file.size)
			});
			return;
		}
		let read;
		try {
			read = await readWithSnapshot(file.abs);
		} catch (err) {
			skipped.push({
				path: file.rel,
				reason: unreadable(err)
			});
			return;
		}
		if (read.bytes.length > maxBytes) {
			skipped.push({
				path: file.rel,
				reason: tooLarge(maxBytes, read.bytes.length)
			});
			return;
		}
		tracker?.saw(file, read.bytes);
		await rewriter?.prepare(file.rel, read.bytes);
		const outcome = await withGrammars(rewriter, () => fixBytes(read.bytes, file.rel, catalog, fixOptions, rewriter));
		if ((outcome.kind === "fixed" || outcome.kind === "unchanged") && outcome.sdk) tracker?.rewrote(file.rel, outcome.sdk);
		if (outcome.kind === "skipped") {
			skipped.push({
				path: file.rel,
				reason: outcome.reason
			});
			return;
		}
		files++;
		if (outcome.kind === "clean") return;
		remaining.push(...outcome.remaining);
		if (outcome.kind === "unchanged") return;
		const change = {
			path: file.rel,
			encoding: outcome.encoding,
			applied: outcome.applied,
			diff: outcome.utf8Bom ? unifiedDiffOfEdits(file.rel, "﻿" + outcome.before, "﻿" + outcome.after, outcome.edits.map((e) => ({
				...e,
				start: e.start + 1,
				end: e.end + 1
			}))) : unifiedDiffOfEdits(file.rel, outcome.before, outcome.after, outcome.edits),
			written: false
		};
		if (!opts.dryRun) try {
			await opts.beforeWrite?.(file.rel);
			await writeAtomic(file.abs, outcome.bytes, read.snapshot);
			change.written = true;
		} catch (err) {
			const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${err.code ?? err.message})`;
			refused.push({
				path: file.rel,
				reason
			});
			return;
		}
		changes.push(change);
	};
	const inFlight = /* @__PURE__ */ new Set();
	for (const file of listing.files) {
		const p = handle(file).finally(() => inFlight.delete(p));
		inFlight.add(p);
		if (inFlight.size >= 8) await Promise.race(inFlight);
	}
	await Promise.all(inFlight);
	if (tracker) for (const edit of tracker.manifestEdits(changes)) {
		const change = {
			path: edit.rel,
			encoding: "utf-8",
			applied: [],
			diff: unifiedDiff(edit.rel, edit.before, edit.after),
			written: false,
			manifest: edit.notes
		};
		if (!opts.dryRun) try {
			await writeAtomic(edit.abs, Buffer.from(edit.after, "utf8"), edit.snapshot);
			change.written = true;
		} catch (err) {
			const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${err.code ?? err.message})`;
			refused.push({
				path: edit.rel,
				reason
			});
			continue;
		}
		changes.push(change);
	}
	const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
	changes.sort(byPath);
	refused.sort(byPath);
	skipped.sort(byPath);
	remaining.sort((a, b) => byPath(a.finding, b.finding) || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
	return {
		root,
		dryRun: Boolean(opts.dryRun),
		options: fixOptions,
		changes,
		remaining,
		skipped,
		refused,
		...tracker ? { sdk: tracker.reports() } : {},
		stats: {
			files,
			durationMs: Math.round(performance.now() - started)
		}
	};
}
// src/fix/model-map.ts
function formatModelMap(map) {
	return [...map].map(([from, to]) => `${from}=${to}`).join(",");
}
// src/fix-pr/description.ts
/**
* The migration pull request's title, body and commit message, from a fix run. Pure. The body starts with a
* hidden marker, so that a later run recognises the pull request as its own.
*/
const FIX_PR_MARKER = "<!-- tokenhub-migration-check:fix-pr -->";
/** In the commit message: marks a commit of the fix branch as ours (a commit without it is someone else's). */
const FIX_COMMIT_TRAILER = "TokenHub-Migration-Fix: v1";
/** GitHub refuses bodies over 65,536 characters; stay clear of it. */
const MAX_BODY_CHARS = 6e4;
function plural(n, word) {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function cell(s) {
	return escapeCell(s).replace(/`/g, "'");
}
function replacements(result) {
	return result.changes.reduce((n, c) => n + c.applied.length, 0);
}
function fixPrTitle(result) {
	const files = plural(result.changes.length, "file");
	const converted = sdkCounts(result).clientsConverted;
	const n = replacements(result);
	if (converted === 0) return `Move to TokenHub: ${plural(n, "safe replacement")} in ${files}`;
	const clients = `${plural(converted, "Tencent SDK client")} converted`;
	return `Move to TokenHub: ${n ? `${clients} and ${plural(n, "safe replacement")}` : clients} in ${files}`;
}
function fixCommitMessage(result) {
	return [
		"Move legacy Hunyuan/LKE usage to TokenHub (safe fixes)",
		"",
		`Applied by ${TOOL_NAME} ${TOOL_VERSION}: base URLs and model IDs whose TokenHub replacement Tencent's documentation confirms.`,
		"",
		...result.changes.flatMap((c) => c.applied.map((a) => `- ${c.path}:${a.finding.line}: ${a.from} -> ${a.to}`)).slice(0, 200),
		...sdkCommitLines(result),
		"",
		FIX_COMMIT_TRAILER
	].join("\n") + "\n";
}
/** With the SDK rewrite: the clients converted, and the manifests edited. */
function sdkCommitLines(result) {
	if (!result.sdk) return [];
	const clients = result.sdk.flatMap((r) => r.clients.filter((c) => c.converted).map((c) => `- ${r.path}:${c.line}: Tencent Cloud SDK ${c.service} client -> OpenAI SDK (TokenHub)`));
	const manifests = result.changes.filter((c) => c.manifest).map((c) => `- ${c.path}: ${c.manifest.join(", ")}`);
	if (!clients.length && !manifests.length) return [];
	return [
		"",
		"Tencent Cloud SDK chat clients rewritten into OpenAI SDK calls against TokenHub:",
		"",
		...clients.slice(0, 200),
		...manifests.slice(0, 50)
	];
}
function fixPrBody(result, ctx) {
	return fitToSize([
		{
			maxRows: 200,
			guidance: true
		},
		{
			maxRows: 200,
			guidance: false
		},
		{
			maxRows: 50,
			guidance: false
		},
		{
			maxRows: 10,
			guidance: false
		},
		{
			maxRows: 0,
			guidance: false
		}
	], (parts) => render(result, ctx, parts), fitsChars(MAX_BODY_CHARS)).slice(0, MAX_BODY_CHARS);
}
function render(result, ctx, parts) {
	const repoUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
	const link = (path, line, ref = ctx.branch) => `[\`${cell(path)}:${line}\`](${repoUrl}/blob/${ref.split("/").map(encodeURIComponent).join("/")}/${path.split("/").map(encodeURIComponent).join("/")}#L${line})`;
	const rewritten = new Set((result.sdk ?? []).filter((r) => r.clients.some((c) => c.converted)).map((r) => r.path));
	const appliedRef = (path) => rewritten.has(path) ? ctx.baseSha ?? ctx.baseBranch : ctx.branch;
	const region = result.options.region;
	const out = [FIX_PR_MARKER, ""];
	const sdk = sdkCounts(result);
	out.push("This pull request applies the safe part of the migration from Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs to TokenHub: only replacements that Tencent's documentation confirms and that follow from the matched text alone (OpenAI-compatible base URLs, and model IDs with a documented successor)" + (result.sdk ? `, and Tencent Cloud SDK chat clients rewritten into OpenAI SDK calls, each client only where the rewrite can follow everything that flows from it` : "") + `. It was opened by [${TOOL_NAME}](${TOOL_URI}) and is updated in place on later runs; it closes itself when nothing is left to fix.`, "");
	const applied = result.changes.flatMap((c) => c.applied.map((a) => ({
		path: c.path,
		a
	})));
	out.push(`### What changed (${plural(applied.length, "replacement")} in ${plural(result.changes.length, "file")})`, "");
	out.push("| Where | Was | Now | Rule |", "|---|---|---|---|");
	for (const { path, a } of applied.slice(0, parts.maxRows)) out.push(`| ${link(path, a.finding.line, appliedRef(path))} | \`${cell(a.from)}\` | \`${cell(a.to)}\` | [\`${a.finding.ruleId}\`](${ruleDocsUrl(a.finding.ruleId)}) |`);
	if (applied.length > parts.maxRows) out.push("", `… and ${applied.length - parts.maxRows} more (see the diff).`);
	out.push("");
	if (result.sdk) {
		const repository = `${ctx.owner}/${ctx.repo}`;
		out.push(...sdkSection(result, {
			base: {
				serverUrl: ctx.serverUrl,
				repository,
				sha: ctx.baseSha ?? ctx.baseBranch
			},
			branch: {
				serverUrl: ctx.serverUrl,
				repository,
				sha: ctx.branch
			}
		}, parts.maxRows));
	}
	out.push("### Before merging", "");
	if (applied.some(({ a }) => a.finding.category === "legacy-endpoint")) out.push(`- [ ] The base URLs now point at TokenHub's ${region === "mainland" ? "mainland" : "international"} site (\`${baseUrlFor(region)}\`). Keys are region-scoped: ${region === "mainland" ? "if yours is for the international site, set `fix-region: intl`" : "if yours is for the mainland site, set `fix-region: mainland`"}.`, "- [ ] Give the code a TokenHub API key where it reads its key today (for example `HUNYUAN_API_KEY`): Hunyuan and LKE keys do not work on TokenHub.");
	if (sdk.clientsConverted > 0) out.push("- [ ] Set `TOKENHUB_API_KEY` where the converted code runs: the OpenAI clients read their TokenHub API key from it (Tencent Cloud's SecretId/SecretKey no longer apply), and install `openai` (the manifests next to the code list it).", "- [ ] Run the converted code paths (streaming and errors included) against TokenHub once before merging.");
	out.push("- [ ] Enable pay-as-you-go in the TokenHub console for every model the code calls (prepaid token packages are not sold on TokenHub).", "");
	const suggested = result.remaining.filter((r) => r.fixability === "suggested");
	const manual = result.remaining.filter((r) => r.fixability === "manual");
	if (suggested.length || manual.length) out.push(`### Left for a person (${plural(suggested.length + manual.length, "finding")})`, "");
	if (suggested.length) {
		out.push(`**Suggested model replacements, not applied**: our suggestions, not official mappings. After checking each model, apply them with \`npx ${TOOL_NAME} fix --models ${formatModelMap(new Map(suggested.map((r) => [r.finding.match, r.suggestion ?? ""])))}\` (or by hand).`, "", "| Where | Model | Suggestion | Rule |", "|---|---|---|---|");
		for (const r of suggested.slice(0, parts.maxRows)) out.push(`| ${link(r.finding.path, r.finding.line)} | \`${cell(r.finding.match)}\` | \`${cell(r.suggestion ?? "")}\` | [\`${r.finding.ruleId}\`](${ruleDocsUrl(r.finding.ruleId)}) |`);
		if (suggested.length > parts.maxRows) out.push("", `… and ${suggested.length - parts.maxRows} more.`);
		out.push("");
	}
	if (manual.length) {
		out.push("**Needs code changes** (SDK clients, signing, search parameters): not edited here.", "", "| Where | Found | Rule |", "|---|---|---|");
		for (const r of manual.slice(0, parts.maxRows)) {
			const hidden = r.hiddenByFix ? " ¹" : "";
			out.push(`| ${link(r.finding.path, r.finding.line)} | \`${cell(r.finding.match)}\`${hidden} | [\`${r.finding.ruleId}\`](${ruleDocsUrl(r.finding.ruleId)}) |`);
		}
		if (manual.length > parts.maxRows) out.push("", `… and ${manual.length - parts.maxRows} more.`);
		out.push("");
	}
	if (result.remaining.some((r) => r.hiddenByFix)) out.push("¹ Recognised through a legacy endpoint this pull request rewrites: once it is merged, scans no longer report it, so deal with it here.", "");
	if (parts.guidance) {
		const sections = planGuidance([...manual, ...suggested].map((r) => r.finding)).filter((s) => s.topic !== "openai-endpoint");
		if (sections.length) out.push("### How to migrate the rest", "", ...guidanceMarkdown(sections, {
			baseUrl: baseUrlFor(region),
			headingLevel: 4
		}));
	}
	if (result.refused.length) out.push("### Not written", "", ...result.refused.map((r) => `- \`${cell(r.path)}\`: ${cell(r.reason)}`), "");
	out.push("---", `<sub>Generated by ${TOOL_NAME} ${TOOL_VERSION}${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ""}. Edits pushed to \`${ctx.branch}\` by anyone else stop the automatic updates.</sub>`, "");
	return out.join("\n");
}
// src/fix-pr/git.ts
/**
* The git steps of the migration pull request, run with the git on the runner against the checkout that
* actions/checkout made (its `origin` remote and, by default, its persisted credentials).
*/
/** Who commits the fix: the identity GitHub shows for the workflow token's commits. */
const BOT_NAME = "github-actions[bot]";
const BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
/** git in `cwd`, its stdout; a failure throws GitError with git's last lines of stderr. */
function git(cwd, args, opts = {}) {
	return gitOrThrow(cwd, args, opts);
}
async function topLevel(dir) {
	try {
		return (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
	} catch {
		return;
	}
}
async function headSha(dir) {
	return (await git(dir, ["rev-parse", "HEAD"])).trim();
}
/** A detached worktree of `commit` in `dir`, so that the fix never touches the user's checkout. */
async function addWorktree(repo, dir, commit) {
	await git(repo, [
		"worktree",
		"add",
		"--detach",
		"--force",
		dir,
		commit
	]);
}
async function removeWorktree(repo, dir) {
	await git(repo, [
		"worktree",
		"remove",
		"--force",
		dir
	]).catch(() => void 0);
	await git(repo, ["worktree", "prune"]).catch(() => void 0);
}
/**
* Paths from the repository are names, never patterns: without this, a file named `:(exclude)app/x.py` (or `*.py`)
* is read as pathspec magic even after `--`, and the commit leaves out the file the pull request says it fixes.
*/
const LITERAL = { GIT_LITERAL_PATHSPECS: "1" };
/**
* Commits the given files in the worktree as the bot; returns the new commit. The commit must hold exactly those
* files: anything else would make the pull request claim a change it does not carry.
*/
async function commitFiles(worktree, files, message) {
	await git(worktree, [
		"--literal-pathspecs",
		"add",
		"--",
		...files
	], { env: LITERAL });
	const staged = (await git(worktree, [
		"diff",
		"--cached",
		"--name-only",
		"-z"
	], { env: LITERAL })).split("\0").filter(Boolean);
	const missing = files.filter((f) => !staged.includes(f));
	if (missing.length) throw new GitError(`git did not stage ${missing.length} fixed file(s) (${missing.slice(0, 3).join(", ")})`, "");
	await git(worktree, [
		"-c",
		`user.name=${BOT_NAME}`,
		"-c",
		`user.email=${BOT_EMAIL}`,
		"-c",
		"commit.gpgsign=false",
		"commit",
		"-q",
		"--no-verify",
		"-F",
		"-"
	], {
		input: message,
		env: LITERAL
	});
	return headSha(worktree);
}
/** The remote branch's tip, or undefined when the branch does not exist. */
async function remoteTip(repo, remote, branch) {
	return (await git(repo, [
		"ls-remote",
		"--heads",
		remote,
		`refs/heads/${branch}`
	])).split("\n").find((l) => l.endsWith(`\trefs/heads/${branch}`))?.split("	")[0];
}
/** Fetches one commit of a remote branch (depth 1 is enough: we read its tree, parent and message). */
async function fetchTip(repo, remote, branch) {
	const ref = "refs/tokenhub-migration/remote-tip";
	await git(repo, [
		"fetch",
		"-q",
		"--no-tags",
		"--depth=1",
		remote,
		`+refs/heads/${branch}:${ref}`
	]);
	const info = await commitInfo(repo, ref);
	await git(repo, [
		"update-ref",
		"-d",
		ref
	]).catch(() => void 0);
	return info;
}
/** The raw commit object: parents are read from it, since a shallow fetch hides them from rev-parse. */
async function commitInfo(repo, rev) {
	const sha = (await git(repo, ["rev-parse", `${rev}^{commit}`])).trim();
	const raw = await git(repo, [
		"cat-file",
		"commit",
		sha
	]);
	const blank = raw.indexOf("\n\n");
	const header = raw.slice(0, blank === -1 ? raw.length : blank).split("\n");
	return {
		sha,
		tree: header.find((l) => l.startsWith("tree ")).slice(5),
		parents: header.filter((l) => l.startsWith("parent ")).map((l) => l.slice(7)),
		message: blank === -1 ? "" : raw.slice(blank + 2),
		authorEmail: emailOf(header, "author "),
		committerEmail: emailOf(header, "committer ")
	};
}
/**
* Pushes `commit` to the branch, replacing what is there only if it is still `expected` (undefined: the branch
* must not exist), so that a push by someone else in between is never overwritten.
*/
async function pushBranch(worktree, remote, commit, branch, expected) {
	await git(worktree, [
		"push",
		"-q",
		`--force-with-lease=refs/heads/${branch}:${expected ?? ""}`,
		remote,
		`${commit}:refs/heads/${branch}`
	]);
}
async function deleteBranch(repo, remote, branch, expected) {
	await git(repo, [
		"push",
		"-q",
		`--force-with-lease=refs/heads/${branch}:${expected}`,
		remote,
		`:refs/heads/${branch}`
	]);
}
/** A push refused for lack of permission (GitHub's 403 for a token without `contents: write`, or no credentials). */
function isPushDenied(err) {
	const text = err instanceof GitError ? err.stderr : String(err);
	return /\b403\b|permission to .* denied|denied to|could not read username|authentication failed|write access to repository not granted/i.test(text);
}
function emailOf(header, field) {
	return /<([^>]*)>/.exec(header.find((l) => l.startsWith(field)) ?? "")?.[1] ?? "";
}
/**
* The commit is one this action made: authored and committed as the bot, with the fix's trailer. A maintainer who
* amends it (or pushes on top) becomes its committer, and from then on the branch is theirs.
*/
function madeByUs(commit, trailer) {
	return commit.message.includes(trailer) && commit.authorEmail === "41898282+github-actions[bot]@users.noreply.github.com" && commit.committerEmail === "41898282+github-actions[bot]@users.noreply.github.com";
}
// src/fix-pr/pull-request.ts
/**
* The open pull request from our branch, whatever its base, if any (only ours: a pull request whose body lacks the
* marker is left alone).
*/
async function findOpenPull(octokit, ref, branch) {
	const pull = (await listAll(octokit.paginate.iterator(octokit.rest.pulls.list, {
		...ref,
		state: "open",
		head: `${ref.owner}:${branch}`,
		per_page: 100
	}), "open pull requests")).find((p) => p.head.ref === branch && (p.body ?? "").includes("<!-- tokenhub-migration-check:fix-pr -->"));
	if (!pull) return void 0;
	return {
		number: pull.number,
		url: pull.html_url,
		title: pull.title,
		body: pull.body ?? "",
		labels: pull.labels.map((l) => typeof l === "string" ? l : l.name ?? ""),
		base: pull.base.ref
	};
}
async function openPull(octokit, ref, spec) {
	const { data } = await octokit.rest.pulls.create({
		...ref,
		head: spec.branch,
		base: spec.baseBranch,
		title: spec.title,
		body: spec.body,
		maintainer_can_modify: true
	});
	return {
		number: data.number,
		url: data.html_url,
		title: data.title,
		body: data.body ?? "",
		labels: [],
		base: data.base.ref
	};
}
async function updatePull(octokit, ref, number, spec) {
	await octokit.rest.pulls.update({
		...ref,
		pull_number: number,
		title: spec.title,
		body: spec.body
	});
}
/** Adds the labels the pull request lacks (GitHub creates a label that does not exist yet). */
async function ensureLabels(octokit, ref, pull, labels) {
	const have = new Set(pull.labels.map((l) => l.toLowerCase()));
	const missing = labels.filter((l) => !have.has(l.toLowerCase()));
	if (missing.length === 0) return;
	await octokit.rest.issues.addLabels({
		...ref,
		issue_number: pull.number,
		labels: missing
	});
}
async function closePull(octokit, ref, number, comment) {
	await octokit.rest.issues.createComment({
		...ref,
		issue_number: number,
		body: comment
	});
	await octokit.rest.pulls.update({
		...ref,
		pull_number: number,
		state: "closed"
	});
}
// src/fix-pr/run-fix-pr.ts
const CLOSE_COMMENT = "Nothing is left for the safe fix: the legacy base URLs and model IDs it rewrote are no longer in the base branch (this pull request was merged elsewhere, or the code changed). Closing it; a later run opens a new one if they come back. Findings that need a person are listed in the scan's job summary.";
function apiProblem(what, err) {
	return apiRefused(what, "pull-requests: write", err, { offSwitch: "set fix-pr: false" }).message;
}
async function runFixPr(opts) {
	const { log } = opts;
	const remote = opts.remote ?? "origin";
	const branch = opts.branch ?? "tokenhub-migration/safe-fixes";
	const skip = (reason) => {
		log.warning(`Migration pull request skipped: ${reason}`);
		return {
			state: "skipped",
			reason
		};
	};
	const top = await topLevel(opts.workspace);
	if (!top) return skip("the workspace is not a git checkout; run actions/checkout before this action.");
	if (!opts.baseBranch) return skip("the run is not on a branch (a tag or a detached commit), so there is no base branch for the pull request.");
	if (opts.baseBranch === branch) return skip(`the run is on the fix branch ${branch} itself.`);
	const head = await headSha(top);
	const scratch = await promises.mkdtemp(path.join(opts.tempDir, "tokenhub-fix-"));
	const worktree = path.join(scratch, "tree");
	await addWorktree(top, worktree, head);
	try {
		const inRepo = path.relative(top, await promises.realpath(opts.workspace)).split(path.sep).join("/");
		const result = await runFix({
			root: path.join(worktree, inRepo),
			paths: opts.paths,
			include: opts.include,
			exclude: opts.exclude,
			region: opts.region,
			...opts.sdk ? { sdk: true } : {},
			...opts.catalog ? { catalog: opts.catalog } : {}
		});
		log.info(`Migration pull request: ${result.changes.reduce((n, c) => n + c.applied.length, 0)} safe replacements in ${result.changes.length} files; ` + (result.sdk ? `Tencent Cloud SDK chat clients: ${sdkCountsLine(sdkCounts(result))}.` : `${result.remaining.length} findings left for a person.`));
		let existing;
		try {
			existing = await findOpenPull(opts.octokit, opts.repo, branch);
		} catch (err) {
			return skip(apiProblem("list pull requests", err));
		}
		if (existing && existing.base !== opts.baseBranch) return skip(`the migration pull request #${existing.number} merges into ${existing.base}; runs on ${opts.baseBranch} leave it alone.`);
		let tip;
		try {
			if (await remoteTip(top, remote, branch)) tip = await fetchTip(top, remote, branch);
		} catch (err) {
			return skip(`could not read the branch ${branch} from the remote '${remote}': ${err.message}`);
		}
		if (!(tip === void 0 || madeByUs(tip, "TokenHub-Migration-Fix: v1"))) return skip(`the tip of ${branch} is not the commit this action pushed (someone else pushed to ${branch} or amended its commit), so it is no longer updated automatically. Merge or close that pull request, or delete the branch, to start again.`);
		if (result.changes.length === 0) {
			let state = "none";
			if (existing) try {
				await closePull(opts.octokit, opts.repo, existing.number, CLOSE_COMMENT);
				state = "closed";
				log.info(`Closed the migration pull request #${existing.number}: nothing is left for the safe fix.`);
			} catch (err) {
				log.warning(apiProblem(`close the migration pull request #${existing.number}`, err));
				return {
					state: "skipped",
					number: existing.number,
					url: existing.url,
					result
				};
			}
			if (tip) await deleteBranch(top, remote, branch, tip.sha).catch((err) => log.warning(`Could not delete the branch ${branch}: ${err.message}`));
			return {
				state,
				...existing ? {
					number: existing.number,
					url: existing.url
				} : {},
				result
			};
		}
		const commit = await commitFiles(worktree, result.changes.map((c) => inRepo ? `${inRepo}/${c.path}` : c.path), fixCommitMessage(result));
		const mine = await commitInfo(worktree, commit);
		const current = tip !== void 0 && tip.tree === mine.tree && tip.parents[0] === head;
		if (!current) try {
			await pushBranch(worktree, remote, commit, branch, tip?.sha);
		} catch (err) {
			if (isPushDenied(err)) return skip(`pushing ${branch} was refused. Give the job \`contents: write\` under \`permissions:\` (and keep actions/checkout's default \`persist-credentials: true\`).`);
			return skip(`could not push ${branch}: ${err.message}`);
		}
		const title = fixPrTitle(result);
		const body = fixPrBody(result, {
			serverUrl: opts.serverUrl,
			owner: opts.repo.owner,
			repo: opts.repo.repo,
			branch,
			baseBranch: opts.baseBranch,
			baseSha: head
		});
		let pull;
		let state;
		try {
			if (existing) {
				pull = existing;
				if (existing.title !== title || existing.body !== body) {
					await updatePull(opts.octokit, opts.repo, existing.number, {
						title,
						body
					});
					state = "updated";
				} else state = current ? "unchanged" : "updated";
			} else {
				pull = await openPull(opts.octokit, opts.repo, {
					branch,
					baseBranch: opts.baseBranch,
					title,
					body
				});
				state = "opened";
			}
		} catch (err) {
			return skip(`${apiProblem(existing ? `update pull request #${existing.number}` : "open the pull request", err)} The fixes are on the branch ${branch}.`);
		}
		try {
			await ensureLabels(opts.octokit, opts.repo, pull, opts.labels);
		} catch (err) {
			log.warning(apiProblem(`label pull request #${pull.number}`, err));
		}
		log.info(`Migration pull request #${pull.number} ${state}: ${pull.url}`);
		return {
			state,
			number: pull.number,
			url: pull.url,
			result
		};
	} finally {
		await removeWorktree(top, worktree);
		await promises.rm(scratch, {
			recursive: true,
			force: true
		});
	}
}
export { runFixPr };
