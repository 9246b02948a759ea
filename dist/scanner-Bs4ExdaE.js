import { l as escapeRegExp, n as RULES } from "./catalog-CqUKOmiI.js";
import { c as anchorIndexOf, f as dirName, h as compileCatalog, l as minimalAnchors, m as isManifest, o as takesOutsideContext, p as familyOf, r as decideFindings, s as isLockfile, t as collectMatches, u as ContextIndex } from "./match-text-DMQVaqK_.js";
import { n as byLocation } from "./finding-Cj3i0QD5.js";
import { a as OPEN_FLAGS, n as WalkRules, r as toPosix } from "./list-files-e8G-kKSw.js";
import { t as TOOL_NAME } from "./tool-DWkNUuOs.js";
import { t as UserError } from "./errors-C-PByt-N.js";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { closeSync, existsSync, fstatSync, openSync, promises, readSync } from "node:fs";
import path from "node:path";
// src/scan/decode.ts
const BINARY_SNIFF_BYTES = 8e3;
const utf8 = new TextDecoder("utf-8", {
	fatal: false,
	ignoreBOM: false
});
const utf8Strict = new TextDecoder("utf-8", {
	fatal: true,
	ignoreBOM: false
});
const utf16le = new TextDecoder("utf-16le", {
	fatal: false,
	ignoreBOM: false
});
const utf16be = new TextDecoder("utf-16be", {
	fatal: false,
	ignoreBOM: false
});
/** A UTF-16 byte-order mark (either endianness): such text has NUL bytes and is not Latin-1 readable. */
function hasUtf16Bom(bytes) {
	return bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
}
function isBinary(bytes) {
	const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
	return Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(0) !== -1;
}
function decode(bytes) {
	if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return {
		kind: "text",
		text: utf16le.decode(bytes),
		encoding: "utf-16le",
		invalidUtf8: false
	};
	if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return {
		kind: "text",
		text: utf16be.decode(bytes),
		encoding: "utf-16be",
		invalidUtf8: false
	};
	if (isBinary(bytes)) return {
		kind: "skip",
		reason: "binary"
	};
	try {
		return {
			kind: "text",
			text: utf8Strict.decode(bytes),
			encoding: "utf-8",
			invalidUtf8: false
		};
	} catch {
		return {
			kind: "text",
			text: utf8.decode(bytes),
			encoding: "utf-8",
			invalidUtf8: true
		};
	}
}
// src/scan/anchor-search.ts
/**
* The prefilter over raw bytes: does a file contain one of the catalog's anchors, in any ASCII case?
* Same answer as the case-insensitive anchor regex over the bytes read as Latin-1, without building a string
* per file: a few lines of WebAssembly SIMD look 16 bytes at a time for three rare consecutive bytes of each anchor
* (case folded by OR-ing 0x20, which can only add candidates), and each candidate is checked in full here.
* The module is assembled below from the anchors themselves, so it follows the catalog.
* Where WebAssembly SIMD is missing, create() returns undefined and the caller keeps the regex.
*/
/**
* Bytes looked for at once: pairs are too common in base64 (source maps, lockfile hashes), triples are not; four
* where every anchor of a set has them and the set has more anchors than buckets, since a set of many anchors of
* common letters (`citation`, `enable_search`) shares each bucket among several, whose mixtures three bytes let
* through every few dozen bytes of code. A set with a bucket per anchor (the prefilter's six) has no mixtures, and
* each byte searched by three costs a quarter fewer operations: measured in process over the bench corpora's text
* files, the prefilter went from 1.3-1.9 to 2.0-3.0 GB/s (plugin monorepo) and from 2.2-2.7 to 3.1-3.6 GB/s
* (generated monorepo), copies into the search's memory included.
*/
const WIDTH = 3;
const WIDE = 4;
/** How many bytes a set's anchors are searched by. */
function widthOf(anchors) {
	return anchors.length > BUCKETS && anchors.every((a) => a.length >= WIDE) ? WIDE : WIDTH;
}
/** Bytes after the data that the 16-byte loads may touch; kept zero. */
const PAD = 96;
/**
* Rough byte frequency in source and data files, most common first (digits high: numbers, dates, versions and
* hashes are everywhere): triples are picked from the rare end.
*/
const COMMON = " \n	0123456789etaoinsrlcdhupmf.(),;=_\"'gbyw-/:vk[]{}xjqz";
/** Rarity of each byte value, folded as the search folds it (see key()). */
const RARITY = Uint8Array.from({ length: 256 }, (_, byte) => {
	const i = COMMON.indexOf(String.fromCharCode(byte | 32));
	return i === -1 ? 56 : i;
});
/** Most anchors in one set: each adds a few SIMD operations per 16 bytes, for every byte searched. */
const MAX_ANCHORS = 48;
/**
* One or more anchor sets over one memory: a file read into it once can be searched for each set in turn (the
* catalog's anchors, then those of the rules that report only with context from other files), in place.
*/
var AnchorSearch = class AnchorSearch {
	memory;
	view;
	finders;
	/** Per set, anchors by their triple, folded (see key()). */
	byKey = [];
	constructor(instance, sets) {
		this.memory = instance.exports.memory;
		this.finders = sets.map((_, i) => instance.exports[`find${i}`]);
		this.view = Buffer.from(this.memory.buffer);
		for (const anchors of sets) {
			const byKey = /* @__PURE__ */ new Map();
			for (const a of anchors) {
				const k = key(a.bytes, a.at);
				const list = byKey.get(k) ?? [];
				list.push(a);
				byKey.set(k, list);
			}
			this.byKey.push(byKey);
		}
	}
	/** Undefined when an anchor is not plain ASCII of WIDTH bytes or more, or the runtime has no WebAssembly SIMD. */
	static create(anchors) {
		return AnchorSearch.createSets([anchors]);
	}
	/** A search with several anchor sets (tested with testIn(set, ...)); undefined as for create(), or if any set is empty. */
	static createSets(sets) {
		const plan = planOf(sets);
		if (!plan) return void 0;
		try {
			return new AnchorSearch(new WebAssembly.Instance(plan.module, {}), plan.lists);
		} catch {
			return;
		}
	}
	/** Whether a set of anchors can be searched: not empty, not too many, plain ASCII of WIDTH bytes or more. */
	static accepts(anchors) {
		return anchors.length > 0 && anchors.length <= MAX_ANCHORS && anchors.every((a) => a.length >= WIDTH && /^[\x20-\x7e]+$/.test(a));
	}
	/** A buffer of at least `size` bytes to read a file into; valid until the next call. What it held stays. */
	buffer(size) {
		const need = size + PAD;
		if (this.view.length < need) {
			const pages = Math.ceil((need - this.memory.buffer.byteLength) / 65536);
			this.memory.grow(pages);
			this.view = Buffer.from(this.memory.buffer);
		}
		return this.view;
	}
	/** Whether the first `size` bytes of the buffer hold an anchor of the first set. */
	test(size) {
		return this.testIn(0, 0, size);
	}
	/**
	* Whether bytes [start, end) of the buffer hold an anchor of the given set. The PAD bytes after `end` are zeroed
	* (the 16-byte loads may read them), so whatever is stored there is lost.
	*/
	testIn(set, start, end) {
		return this.findIn(set, start, end) !== -1;
	}
	/**
	* Where the first anchor of the given set starts in bytes [start, end) of the buffer, or -1; the PAD bytes after
	* `end` are zeroed as for testIn().
	*/
	findIn(set, start, end) {
		const bytes = this.view;
		Uint8Array.prototype.fill.call(bytes, 0, end, end + PAD);
		const find = this.finders[set];
		const byKey = this.byKey[set];
		let from = start;
		for (;;) {
			const p = find(from, end);
			if (p < 0 || p >= end) return -1;
			for (const a of byKey.get(key(bytes, p)) ?? []) if (matchesAt(bytes, start, end, p - a.at, a.bytes)) return p - a.at;
			from = p + 1;
		}
	}
	/**
	* Which anchors of the given set bytes [start, end) of the buffer hold (lower-case), found in one pass; the PAD
	* bytes after `end` are zeroed as for testIn().
	*/
	presentIn(set, start, end) {
		const bytes = this.view;
		Uint8Array.prototype.fill.call(bytes, 0, end, end + PAD);
		const find = this.finders[set];
		const byKey = this.byKey[set];
		const found = /* @__PURE__ */ new Set();
		for (let from = start;;) {
			const p = find(from, end);
			if (p < 0 || p >= end) return found;
			for (const a of byKey.get(key(bytes, p)) ?? []) if (!found.has(a.text) && matchesAt(bytes, start, end, p - a.at, a.bytes)) found.add(a.text);
			from = p + 1;
		}
	}
};
/**
* Plans by their anchor sets: each reader of a thread (the walk's, the context pass's) searches the same sets, and
* choosing grams and compiling the module once is most of the cost of a reader.
*/
const plans = /* @__PURE__ */ new Map();
function searchPlans() {
	return [...plans].filter((entry) => entry[1] !== void 0);
}
/** Takes plans made on another thread, so that this one does not choose grams and compile again. */
function adoptSearchPlans(given) {
	for (const [key, plan] of given) if (!plans.has(key)) plans.set(key, plan);
}
function planOf(sets) {
	const cacheKey = JSON.stringify(sets);
	if (plans.has(cacheKey)) return plans.get(cacheKey);
	let plan;
	if (sets.length > 0 && sets.every((anchors) => AnchorSearch.accepts(anchors))) {
		const widths = sets.map(widthOf);
		const lists = sets.map((anchors, i) => chooseTriples(anchors, widths[i]));
		const grams = lists.map((list, i) => [...new Map(list.map((a) => [gramKey(a.bytes, a.at, widths[i]), [...a.bytes.subarray(a.at, a.at + widths[i])].map((b) => b | 32)])).values()]);
		try {
			plan = {
				lists,
				module: new WebAssembly.Module(assemble(grams))
			};
		} catch {
			plan = void 0;
		}
	}
	plans.set(cacheKey, plan);
	return plan;
}
/** Rarity of the `width` bytes at `at` (higher: rarer). */
function score(bytes, at, width) {
	let sum = 0;
	for (let j = 0; j < width; j++) sum += RARITY[bytes[at + j]];
	return sum;
}
/** The folded bytes at `at`, as one number (see key()). */
function gramKey(bytes, at, width) {
	let k = 0;
	for (let j = 0; j < width; j++) k = k * 256 + (bytes[at + j] | 32);
	return k;
}
/** How much less rare than an anchor's rarest triple a triple it shares with other anchors may be. */
const SHARE_SLACK = 6;
/**
* Which triple each anchor is searched by: its rarest, unless a triple nearly as rare also stands for other
* anchors of the set (the spellings of one field: `enable_search`, `enablesearch`), since each distinct triple
* costs the search of every byte a few more operations. Greedy: the triple that stands for the most anchors first.
*/
function chooseTriples(anchors, width) {
	const items = anchors.map((a) => {
		const bytes = Buffer.from(a.toLowerCase(), "latin1");
		const grams = [];
		for (let at = 0; at + width <= bytes.length; at++) grams.push({
			key: gramKey(bytes, at, width),
			score: score(bytes, at, width)
		});
		const best = Math.max(...grams.map((g) => g.score));
		return {
			text: a.toLowerCase(),
			bytes,
			best,
			grams
		};
	});
	const chosen = /* @__PURE__ */ new Map();
	const left = new Set(items.keys());
	while (left.size > 0) {
		const candidates = /* @__PURE__ */ new Map();
		for (const i of left) {
			const { best, grams } = items[i];
			const seen = /* @__PURE__ */ new Set();
			for (const { key: k, score: sc } of grams) {
				if (sc < best - SHARE_SLACK || seen.has(k)) continue;
				seen.add(k);
				const c = candidates.get(k) ?? {
					members: [],
					score: sc
				};
				c.members.push(i);
				candidates.set(k, c);
			}
		}
		let pick;
		for (const entry of candidates) {
			const [, c] = entry;
			if (!pick || c.members.length > pick[1].members.length || c.members.length === pick[1].members.length && c.score > pick[1].score) pick = entry;
		}
		const [k, c] = pick;
		for (const i of c.members) {
			const { text, bytes } = items[i];
			let at = 0;
			while (gramKey(bytes, at, width) !== k) at++;
			chosen.set(i, {
				text,
				bytes,
				at
			});
			left.delete(i);
		}
	}
	return items.map((_, i) => chosen.get(i));
}
function key(bytes, at) {
	return (bytes[at] | 32) << 16 | (bytes[at + 1] | 32) << 8 | (bytes[at + 2] | 32);
}
function matchesAt(bytes, from, end, start, anchor) {
	if (start < from || start + anchor.length > end) return false;
	for (let i = 0; i < anchor.length; i++) {
		const b = bytes[start + i];
		if ((b >= 65 && b <= 90 ? b | 32 : b) !== anchor[i]) return false;
	}
	return true;
}
const SIMD = 253;
const BUCKETS = 8;
/** Bytes searched per turn of the loop. */
const STEP = 64;
/** Signed LEB128 of a non-negative number (i32.const's immediate). */
function sleb(n) {
	const out = [];
	for (;;) {
		const byte = n & 127;
		n >>>= 7;
		if (n === 0 && (byte & 64) === 0) return [...out, byte];
		out.push(byte | 128);
	}
}
function uleb(n) {
	const out = [];
	do {
		let byte = n & 127;
		n >>>= 7;
		if (n !== 0) byte |= 128;
		out.push(byte);
	} while (n !== 0);
	return out;
}
function section(id, body) {
	return [id, ...uleb(body.length)].concat(body);
}
function constant(bytes) {
	return [
		SIMD,
		12,
		...bytes
	];
}
function assemble(sets) {
	const [I32, V128] = [127, 123];
	const bodies = sets.map((grams) => {
		const width = grams[0].length;
		const code = findBody(grams);
		const body = [
			2,
			1,
			I32,
			...uleb(2 * width + 2 + STEP / 16),
			V128
		].concat(code);
		return uleb(body.length).concat(body);
	});
	const exports = [
		...uleb(sets.length + 1),
		6,
		...Buffer.from("memory"),
		2,
		0
	];
	sets.forEach((_, i) => {
		const name = Buffer.from(`find${i}`);
		exports.push(...uleb(name.length), ...name, 0, ...uleb(i));
	});
	return new Uint8Array([
		0,
		97,
		115,
		109,
		1,
		0,
		0,
		0
	].concat(section(1, [
		1,
		96,
		2,
		I32,
		I32,
		1,
		I32
	]), section(3, [...uleb(sets.length), ...sets.map(() => 0)]), section(5, [
		1,
		0,
		1
	]), section(7, exports), section(10, uleb(sets.length).concat(...bodies))));
}
/**
* The bucket of each gram. With more grams than buckets, neighbours in sorted order share one: they tend to share
* bytes, so that fewer mixtures of them pass the bucket's tables.
*/
function bucketsOf(grams) {
	const order = grams.map((_, i) => i).sort((a, b) => compareBytes(grams[a], grams[b]));
	const bucket = new Array(grams.length);
	order.forEach((g, rank) => bucket[g] = Math.floor(rank * BUCKETS / grams.length));
	return bucket;
}
function compareBytes(a, b) {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}
/**
* The nibble tables of one position of the grams (folded bytes, see key()): per nibble value, the buckets of the
* grams whose byte at that position has it, in either case for a letter.
*/
function nibbleTables(grams, buckets, position) {
	const lo = new Array(16).fill(0);
	const hi = new Array(16).fill(0);
	grams.forEach((gram, i) => {
		const bit = 1 << buckets[i];
		const byte = gram[position];
		for (const b of /* @__PURE__ */ new Set([byte, byte & -33])) {
			if ((b | 32) !== byte) continue;
			lo[b & 15] |= bit;
			hi[b >> 4] |= bit;
		}
	});
	return {
		lo,
		hi
	};
}
function findBody(grams) {
	const get = (i) => [32, i];
	const set = (i) => [33, i];
	const width = grams[0].length;
	const buckets = bucketsOf(grams);
	const [P, END, BITS, TABLES] = [
		0,
		1,
		2,
		3
	];
	const [MASK, T, M] = [
		TABLES + 2 * width,
		TABLES + 2 * width + 1,
		TABLES + 2 * width + 2
	];
	const code = [];
	for (let j = 0; j < width; j++) {
		const { lo, hi } = nibbleTables(grams, buckets, j);
		code.push(...constant(lo), ...set(TABLES + 2 * j), ...constant(hi), ...set(TABLES + 2 * j + 1));
	}
	code.push(...constant(new Array(16).fill(15)), ...set(MASK));
	const zero = constant(new Array(16).fill(0));
	const block = (offset) => {
		const out = [];
		for (let j = 0; j < width; j++) {
			out.push(...get(P), SIMD, 0, 0, ...uleb(offset + j), ...set(T));
			out.push(...get(TABLES + 2 * j), ...get(T), ...get(MASK), SIMD, 78, SIMD, 14);
			out.push(...get(TABLES + 2 * j + 1), ...get(T), 65, 4, SIMD, 109, SIMD, 14, SIMD, 78);
			if (j > 0) out.push(SIMD, 78);
		}
		return out;
	};
	const blocks = STEP / 16;
	code.push(3, 64, ...get(P), ...get(END), 79, 4, 64, 65, 127, 15, 11);
	for (let b = 0; b < blocks; b++) code.push(...block(16 * b), ...set(M + b));
	code.push(...get(M));
	for (let b = 1; b < blocks; b++) code.push(...get(M + b), SIMD, 80);
	code.push(SIMD, 83, 4, 64);
	for (let b = 0; b < blocks; b++) {
		code.push(...get(M + b), ...zero, SIMD, 36, SIMD, 100, 34, BITS);
		code.push(4, 64, ...get(P), 65, ...sleb(16 * b), 106, ...get(BITS), 104, 106, 15, 11);
	}
	code.push(11, ...get(P), 65, ...sleb(STEP), 106, ...set(P), 12, 0, 11, 65, 127, 11);
	return code;
}
// src/scan/binary-types.ts
/**
* File types that are binary by the definition of their format (images, fonts, archives, compiled code, media,
* office documents, model weights): a scan skips them by name, without opening them. In repositories of LLM
* plugins half the bytes are provider icons and screenshots; opening and sniffing each one costs more than
* everything else the scan does. Text formats that merely look technical (svg, ipynb, lock, map, pkl protocol 0)
* are not here: they are read and sniffed like any other file.
*/
const BINARY_EXTENSIONS = /* @__PURE__ */ new Set([
	"png",
	"jpg",
	"jpeg",
	"gif",
	"webp",
	"bmp",
	"ico",
	"icns",
	"tif",
	"tiff",
	"avif",
	"heic",
	"heif",
	"psd",
	"woff",
	"woff2",
	"ttf",
	"otf",
	"eot",
	"zip",
	"gz",
	"tgz",
	"bz2",
	"xz",
	"zst",
	"7z",
	"rar",
	"jar",
	"war",
	"ear",
	"whl",
	"apk",
	"ipa",
	"dmg",
	"iso",
	"class",
	"pyc",
	"pyo",
	"o",
	"obj",
	"a",
	"so",
	"dylib",
	"dll",
	"exe",
	"wasm",
	"mp3",
	"mp4",
	"m4a",
	"m4v",
	"wav",
	"ogg",
	"oga",
	"opus",
	"flac",
	"mov",
	"avi",
	"mkv",
	"webm",
	"pdf",
	"doc",
	"docx",
	"xls",
	"xlsx",
	"ppt",
	"pptx",
	"odt",
	"ods",
	"odp",
	"onnx",
	"pt",
	"pth",
	"safetensors",
	"ckpt",
	"npy",
	"npz",
	"parquet",
	"tflite",
	"sqlite",
	"sqlite3"
]);
/** The skip reason for a file whose name says it is binary, or undefined when its bytes must decide. */
function binaryTypeOf(rel) {
	const dot = rel.lastIndexOf(".");
	if (dot <= rel.lastIndexOf("/") + 1) return void 0;
	const ext = rel.slice(dot + 1).toLowerCase();
	return BINARY_EXTENSIONS.has(ext) ? `binary file type (.${ext})` : void 0;
}
// src/scan/own-report.ts
/**
* Reports and baselines this tool wrote quote every legacy endpoint and model ID they list; scanning them again
* would count each finding twice (a SARIF file turns 36 findings into 367). They are recognised by their content,
* whatever their name or wherever they were written: the head must be one of the tool's own formats, key order
* included, and the whole file must parse as JSON with that format's shape. A hand-made file that only looks like a
* report in its first bytes is scanned as usual; one that passes is listed as skipped, never silently dropped.
*/
const OWN_REPORT_REASON = `written by ${TOOL_NAME}`;
const name = TOOL_NAME.replace(/-/g, "\\-");
const HEADS = [
	new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${name}"`),
	new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*"${name}"`),
	new RegExp(`^\\s*\\{\\s*"\\$schema"\\s*:\\s*"[^"]*sarif[^"]*"\\s*,\\s*"version"\\s*:\\s*"2\\.1\\.0"\\s*,\\s*"runs"\\s*:\\s*\\[\\s*\\{\\s*"tool"\\s*:\\s*\\{\\s*"driver"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${name}"`)
];
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isOwnReport(text) {
	const head = text.slice(0, 1024);
	if (!HEADS.some((re) => re.test(head))) return false;
	let doc;
	try {
		doc = JSON.parse(text);
	} catch {
		return false;
	}
	if (!isObject(doc)) return false;
	if (doc.version === 1 && doc.tool === "tokenhub-migration-check") return Array.isArray(doc.findings);
	if (doc.version === 1 && isObject(doc.tool) && doc.tool.name === "tokenhub-migration-check") return Array.isArray(doc.findings);
	if (doc.version === "2.1.0" && Array.isArray(doc.runs)) return doc.runs.every((r) => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === "tokenhub-migration-check" && Array.isArray(r.results));
	return false;
}
// src/scan/file-text.ts
/** The anchor test of a regular expression. */
function regexAnchors(re) {
	return {
		bytes: (b) => re.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1")),
		text: (t) => re.test(t)
	};
}
/** No anchor test: every text file is matched. */
const ANY_TEXT = {
	bytes: () => true,
	text: () => true
};
function fileText(bytes, anchors, decodeWith = decode) {
	const utf16 = hasUtf16Bom(bytes);
	if (!utf16) {
		if (isBinary(bytes)) return {
			kind: "skipped",
			reason: "binary"
		};
		if (!anchors.bytes(bytes)) return { kind: "no-anchor" };
	}
	const decoded = decodeWith(bytes);
	if (decoded.kind === "skip") return {
		kind: "skipped",
		reason: decoded.reason
	};
	let text = decoded.text;
	if (text.charCodeAt(0) === 65279) text = text.slice(1);
	if (utf16 && !anchors.text(text)) return { kind: "no-anchor" };
	if (isOwnReport(text)) return {
		kind: "skipped",
		reason: OWN_REPORT_REASON
	};
	return {
		kind: "text",
		text,
		decoded
	};
}
// src/scan/context-takers.ts
/**
* Files that take context from other files: code files (a package is the files of one directory in one language
* family) and manifests. Documentation and data files take none, so the scan never keeps or decides them again.
*/
function takesContext(path) {
	return familyOf(path) !== void 0 || isManifest(path);
}
// src/scan/copied-anchor-tests.ts
const tests = /* @__PURE__ */ new WeakMap();
function copiedAnchorTestsOf(catalog) {
	let found = tests.get(catalog);
	if (!found) {
		found = build(catalog);
		tests.set(catalog, found);
	}
	return found;
}
function build(catalog) {
	const index = anchorIndexOf(catalog);
	const sets = [index.prefilterAnchors, index.ruleAnchors];
	const search = sets.every((s) => AnchorSearch.accepts(s)) ? AnchorSearch.createSets(sets) : void 0;
	const viaSearch = (set, regex) => {
		const re = regexAnchors(regex);
		if (!search) return re;
		return {
			bytes: (b) => {
				search.buffer(b.length).set(b, 0);
				return search.testIn(set, 0, b.length);
			},
			text: re.text
		};
	};
	return {
		prefilter: viaSearch(0, index.prefilter),
		anyRule: viaSearch(1, index.anyRule)
	};
}
// src/scan/relative-imports.ts
/**
* The files a source file imports by relative path. Real projects keep the legacy endpoint in a config module and
* send the model ID from a route handler in another folder (`require('../config/config')`); that handler is tied
* to the legacy platform as surely as a sibling file would be. Only relative imports count: a package name says
* nothing about which file holds what, and following them would make context depend on the whole repository.
*
* Regular expressions, not a parser: the import forms are few and fixed, and this runs in the first pass over
* every file that takes context, where a parse per file would cost more than the scan itself. A missed form costs
* a missed context (the finding stays at the severity its own file gives); it can never add a false tie, since a
* candidate path only counts when a file of that path exists and lends evidence.
*/
/** `import x from './a'`, `export * from '../b'`, `import './c'`, `require('./d')`, `import('./e')`. */
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]{1,300})\1/g;
/** `from .config import X`, `from ..pkg.settings import Y`, `from . import config, client`. */
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+(\.+)([A-Za-z_][\w.]*)?[ \t]+import[ \t]+\(?([^\n#)]*)/gm;
const JS_EXTENSIONS = [
	".js",
	".ts",
	".mjs",
	".cjs",
	".jsx",
	".tsx",
	".mts",
	".cts",
	".json",
	".vue"
];
/** At most this many imports per file are followed (a generated barrel can import thousands). */
const MAX_IMPORTS = 50;
function importFamily(path) {
	const family = familyOf(path);
	return family === "js" || family === "python" ? family : void 0;
}
/**
* Bytes that start every import beyond a file's own folder, per family (see leavesFolderAt): each occurrence is
* checked.
*/
const IMPORT_MARKERS = {
	js: [
		"../",
		"'./",
		"\"./",
		"`./"
	],
	python: ["from ."]
};
/**
* Whether the marker at `at` starts an import beyond the folder: `../x`, `'./sub/x'` (a slash before the closing
* quote, within one line), Python `from ..x` or `from .sub.mod` (a module of a subpackage). Only imports beyond the
* folder add context, since a file of the same folder lends it as a sibling already.
*/
function leavesFolderAt(bytes, at, family) {
	if (family === "js") {
		if (bytes[at] === 46) return true;
		const quote = bytes[at];
		for (let i = at + 3; i < bytes.length && i < at + 300; i++) {
			const b = bytes[i];
			if (b === quote || b === 10) break;
			if (b === 47) return true;
		}
		return false;
	}
	let i = at + 6;
	if (bytes[i] === 46) return true;
	while (i < bytes.length && isIdentifierByte(bytes[i])) i++;
	return bytes[i] === 46;
}
/** Whether a file's bytes may import a file outside its own folder (see leavesFolderAt), by native byte searches. */
function mayImportBeyondFolder(bytes, path) {
	const family = importFamily(path);
	if (!family) return false;
	for (const marker of IMPORT_MARKERS[family]) for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, at + 1)) if (leavesFolderAt(bytes, at, family)) return true;
	return false;
}
function isIdentifierByte(b) {
	return b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122 || b === 95;
}
/**
* Candidate paths (relative to the scan root, `/`-separated) for each relative import of a file, in the order the
* imports appear; a specifier without extension gives one candidate per extension and index file. Paths that
* would leave the scan root are dropped.
*/
function relativeImportCandidates(text, path) {
	const family = familyOf(path);
	if (family === "js") return jsImports(text, dirName(path));
	if (family === "python") return pythonImports(text, dirName(path));
	return [];
}
function jsImports(text, dir) {
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	for (const m of text.matchAll(JS_IMPORT)) {
		const spec = m[2].split(/[?#]/)[0];
		if (seen.has(spec)) continue;
		seen.add(spec);
		const target = joinPath(dir, spec);
		if (target === void 0) continue;
		const last = target.slice(target.lastIndexOf("/") + 1);
		const candidates = /\.[A-Za-z0-9]+$/.test(last) ? [target] : [];
		if (/\.(?:m|c)?js$/.test(last)) candidates.push(target.replace(/js$/, "ts"), target.replace(/\.(?:m|c)?js$/, ".tsx"));
		if (!/\.(?:json|vue|[mc]?[jt]sx?)$/.test(last)) {
			for (const ext of JS_EXTENSIONS) candidates.push(target + ext);
			for (const ext of JS_EXTENSIONS) candidates.push(`${target}/index${ext}`);
		}
		out.push(candidates);
		if (out.length >= MAX_IMPORTS) break;
	}
	return out;
}
function pythonImports(text, dir) {
	const out = [];
	for (const m of text.matchAll(PY_FROM_IMPORT)) {
		let base = dir;
		for (let i = 1; i < m[1].length && base !== void 0; i++) base = base === "" ? void 0 : dirName(base);
		if (base === void 0) continue;
		const names = m[3].split(",").map((n) => n.trim().split(/\s+/)[0]).filter((n) => /^[A-Za-z_]\w*$/.test(n));
		const module = m[2] ? joinPath(base, m[2].split(".").join("/")) : base;
		if (module === void 0) continue;
		const own = m[2] ? [`${module}.py`, `${module}/__init__.py`] : [];
		for (const name of names.length ? names : [""]) {
			const sub = name && joinPath(module, name);
			out.push([...sub ? [`${sub}.py`, `${sub}/__init__.py`] : [], ...own]);
			if (out.length >= MAX_IMPORTS) return out;
		}
	}
	return out;
}
/** Joins a relative specifier to a directory; undefined when it climbs above the root. */
function joinPath(dir, spec) {
	const parts = dir === "" ? [] : dir.split("/");
	for (const seg of spec.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (parts.length === 0) return void 0;
			parts.pop();
		} else parts.push(seg);
	}
	return parts.length ? parts.join("/") : void 0;
}
// src/scan/scan-file.ts
/** The outcome of a file without any anchor in its bytes (shared: nothing in it is ever changed). */
const NO_ANCHOR_IN_BYTES = Object.freeze({ findings: Object.freeze([]) });
/** The outcome of a file only the context pass can decide (see FileReader.takerOutcome). */
const UNDECIDED = Object.freeze({
	findings: Object.freeze([]),
	undecided: true
});
/** The prefilter of a file matched without context from other files (lockfiles have their own: see lockfiles.ts). */
function firstAnchorsFor(catalog, rel) {
	const index = anchorIndexOf(catalog);
	return isLockfile(rel) ? regexAnchors(index.lockfilePrefilter) : copiedAnchorTestsOf(catalog).prefilter;
}
/**
* Scans one file's bytes: the one scan function, for the full scan's threads, a pull request's blobs, the context
* of a pull request's head tree and the rule examples. The cheap test comes first: one case-insensitive pass for
* the anchors over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match
* whatever the encoding), and only files with a hit are decoded and matched rule by rule. With context from other
* files, every rule's anchors count, also those of the rules that only report in context (a bare `Citation` field).
*/
function scanBytes(bytes, rel, catalog, opts = {}) {
	const text = fileText(bytes, opts.anchors ?? (opts.context ? copiedAnchorTestsOf(catalog).anyRule : firstAnchorsFor(catalog, rel)));
	if (text.kind === "skipped") return { skipped: text.reason };
	if (text.kind === "no-anchor") return { findings: [] };
	const present = hasUtf16Bom(bytes) ? void 0 : opts.presentAnchors?.(bytes);
	const collected = collectMatches(text.text, rel, catalog, present);
	const outcome = { findings: decideFindings(collected, catalog, opts.context) };
	if (collected.shared.length) outcome.shared = collected.shared;
	if (opts.collect && takesOutsideContext(collected, catalog)) outcome.collected = withImports(collected, text.text);
	return outcome;
}
function formatBytes(n) {
	if (n >= 1048576) return `${(n / 1048576).toFixed(1)} MiB`;
	if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
	return `${n} B`;
}
/**
* Bytes read first from every file: enough for the binary test (decode.ts looks at the first 8000 bytes), and
* the whole of most source files in one read without a stat. A binary file costs this much and no more.
*/
const FIRST_BLOCK = 65536;
/**
* Reads files into one buffer that is reused from file to file, so that memory follows the largest file read
* rather than the number of files in flight. What it returns is only valid until the next read, unless kept.
* A file is read in two steps: its first block, which decides whether it is binary (and, when shorter than the
* block, is the whole file), then the rest, for text only.
* With WebAssembly SIMD the buffer is the anchor search's own memory, so the prefilter reads the bytes in place.
*/
var FileReader = class {
	counters = {
		opened: 0,
		bytesRead: 0
	};
	buf = Buffer.allocUnsafe(1 << 20);
	search;
	catalog;
	firstAnchors;
	/**
	* Any rule's anchor: the prefilter's, else one the prefilter's do not stand for (in place for the reader's own
	* bytes, else the catalog's test over a copy of them).
	*/
	everyRuleAnchors;
	/**
	* Over the bytes of a file that takes context: one of the prefilter's anchors or of the rules that context from
	* other files can make report (see takerOutcome).
	*/
	takerAnchors;
	/**
	* In place, for the reader's own bytes: whether they hold an anchor of any rule that the prefilter's anchors do
	* not stand for (undefined without WebAssembly SIMD, or for other bytes: then the regex says).
	*/
	restAnchors;
	/** In place, for the reader's own bytes: the catalog's minimal rule anchors they hold (see ScanBytesOptions). */
	presentAnchors;
	/** Lockfiles take the same prefilter as other files (else the regex of their own anchors). */
	lockfilesShare;
	constructor(catalog) {
		this.catalog = catalog;
		const index = anchorIndexOf(catalog);
		this.lockfilesShare = index.lockfilesSharePrefilter;
		const first = index.prefilterAnchors;
		const taker = minimalAnchors([...first, ...index.contextAnchors()]);
		const withTaker = AnchorSearch.accepts(taker);
		const rest = index.ruleAnchors.filter((a) => !first.some((f) => a.includes(f)));
		const withRest = AnchorSearch.accepts(rest);
		const all = [...index.ruleAnchors];
		const withAll = AnchorSearch.accepts(all);
		const sets = [
			first,
			...withTaker ? [taker] : [],
			...withRest ? [rest] : [],
			...withAll ? [all] : []
		];
		this.search = AnchorSearch.createSets(sets);
		const search = this.search;
		const regex = regexAnchors(index.prefilter);
		const takerRegex = regexAnchors(new RegExp(taker.map(escapeRegExp).join("|"), "i"));
		if (search) {
			const own = (b) => this.ownBytes(b);
			const inPlace = (set) => (b) => search.testIn(set, b.byteOffset, b.byteOffset + b.length);
			this.firstAnchors = {
				bytes: (b) => own(b) ? inPlace(0)(b) : regex.bytes(b),
				text: regex.text
			};
			const inTakerSet = inPlace(sets.indexOf(taker));
			this.takerAnchors = withTaker ? (b) => own(b) ? inTakerSet(b) : takerRegex.bytes(b) : takerRegex.bytes;
			const inRestSet = inPlace(sets.indexOf(rest));
			this.restAnchors = withRest ? (b) => own(b) ? inRestSet(b) : void 0 : void 0;
			const allSet = sets.indexOf(all);
			this.presentAnchors = withAll ? (b) => own(b) ? search.presentIn(allSet, b.byteOffset, b.byteOffset + b.length) : void 0 : void 0;
		} else {
			this.firstAnchors = regex;
			this.takerAnchors = takerRegex.bytes;
			this.restAnchors = void 0;
			this.presentAnchors = void 0;
		}
		const everyRule = () => copiedAnchorTestsOf(catalog).anyRule;
		this.everyRuleAnchors = {
			bytes: (b) => this.firstAnchors.bytes(b) || (this.restAnchors?.(b) ?? everyRule().bytes(b)),
			text: (t) => everyRule().text(t)
		};
	}
	/**
	* Scans what read() returned last, with the catalog's prefilter; with `withContextAnchors`, a file that has none
	* of its anchors but one of the rules that take context from other files is matched too. With `collect` (a file
	* that takes context), a file with none of the prefilter's anchors but one of those rules' keeps its matches.
	*/
	scan(bytes, rel, opts = {}) {
		const { withContextAnchors, ...rest } = opts;
		if (!withContextAnchors && !this.lockfilesShare && isLockfile(rel)) return scanBytes(bytes, rel, this.catalog, rest);
		if (!withContextAnchors && !hasUtf16Bom(bytes)) {
			if (rest.collect) {
				const outcome = this.takerOutcome(bytes, rel);
				if (outcome) return outcome;
			} else if (this.ownBytes(bytes) && !this.firstAnchors.bytes(bytes)) return NO_ANCHOR_IN_BYTES;
		}
		const anchors = withContextAnchors ? this.everyRuleAnchors : this.firstAnchors;
		return scanBytes(bytes, rel, this.catalog, {
			...rest,
			anchors,
			...this.presentAnchors ? { presentAnchors: this.presentAnchors } : {}
		});
	}
	/**
	* A file that takes context, without any of the prefilter's anchors: nothing of its own to report. One search of
	* its bytes tells most files (none of either kind of anchor) apart: decided. A file with an anchor of the rules
	* that context can make report is decided by the context pass: read again there only if its package or project
	* lends it context (most such files are in neither: an LLM plugin naming `deepseek-v3` or `enable_search`); one
	* that imports files beyond its folder, which may lend it context from anywhere, keeps its matches and imports
	* now. Undefined for a file with a prefilter anchor, matched as any other.
	*/
	takerOutcome(bytes, rel) {
		if (!this.takerAnchors(bytes)) return NO_ANCHOR_IN_BYTES;
		if (this.firstAnchors.bytes(bytes)) return void 0;
		if (!mayImportBeyondFolder(bytes, rel)) return UNDECIDED;
		const text = fileText(bytes, ANY_TEXT);
		if (text.kind !== "text") return NO_ANCHOR_IN_BYTES;
		const collected = collectMatches(text.text, rel, this.catalog, this.anchorsIn(bytes));
		return collected.matches.length ? {
			findings: [],
			collected: withImports(collected, text.text)
		} : NO_ANCHOR_IN_BYTES;
	}
	/** Whether bytes lie in the search's own memory (what read() returned), where the search reads them in place. */
	ownBytes(bytes) {
		return this.search !== void 0 && bytes.buffer === this.search.buffer(0).buffer;
	}
	/** The catalog's minimal rule anchors that bytes of the reader's own buffer hold; undefined when it cannot tell. */
	anchorsIn(bytes) {
		return hasUtf16Bom(bytes) ? void 0 : this.presentAnchors?.(bytes);
	}
	read(abs, maxBytes) {
		let fd;
		try {
			fd = openSync(abs, OPEN_FLAGS);
		} catch (err) {
			return { skipped: unreadable(err) };
		}
		this.counters.opened++;
		try {
			let buf = this.buffer(FIRST_BLOCK);
			const first = this.readAt(fd, buf, 0, FIRST_BLOCK);
			const size = first < 65536 ? first : fstatSync(fd).size;
			if (size > maxBytes) return { skipped: tooLarge(maxBytes, size) };
			const head = buf.subarray(0, first);
			if (!hasUtf16Bom(head) && isBinary(head)) return { skipped: "binary" };
			let total = first;
			if (size > first) {
				buf = this.buffer(size);
				total += this.readAt(fd, buf, first, size - first);
			}
			return { bytes: buf.subarray(0, total) };
		} catch (err) {
			return { skipped: unreadable(err) };
		} finally {
			closeSync(fd);
		}
	}
	/** Reads up to `length` bytes at `offset` of the buffer, stopping early only at the end of the file. */
	readAt(fd, buf, offset, length) {
		let total = 0;
		while (total < length) {
			const n = readSync(fd, buf, offset + total, length - total, null);
			if (n === 0) break;
			total += n;
		}
		this.counters.bytesRead += total;
		return total;
	}
	/** The reused buffer, at least `size` bytes long, with what it held up to the first block unchanged. */
	buffer(size) {
		if (this.search) return this.search.buffer(size);
		if (this.buf.length < size + 96) {
			const bigger = Buffer.allocUnsafe(Math.max(size + 96, this.buf.length * 2));
			this.buf.copy(bigger, 0, 0, FIRST_BLOCK);
			this.buf = bigger;
		}
		return this.buf;
	}
};
/** The reason a file that could not be read is skipped; the same words in every listing of skipped files. */
function unreadable(err) {
	return `unreadable (${err.code ?? err.message})`;
}
/** The reason a file over the size cap is skipped. */
function tooLarge(maxBytes, size) {
	return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`;
}
function emptyResult() {
	return {
		findings: [],
		skipped: [],
		evidence: [],
		manifests: [],
		pending: [],
		undecided: [],
		files: 0,
		bytes: 0,
		done: 0
	};
}
/**
* Reads and scans files one after the other; the same code runs on the main thread and in workers. A file that
* takes context from other files keeps its matches when that context could change what they give (`pending`), so
* that the context pass, once every file has lent its evidence, decides it without reading it again; or, if it
* has no prefilter anchor, it is listed (`undecided`) and read again only if some file lends it context.
*/
function scanFiles(files, catalog, maxBytes, reader, into = emptyResult()) {
	for (const file of files) {
		into.done++;
		if (isManifest(file.rel)) into.manifests.push(file.rel);
		const outcome = scanFile(file, maxBytes, reader, takesContext(file.rel));
		if ("skipped" in outcome) {
			into.skipped.push({
				path: file.rel,
				reason: outcome.skipped
			});
			continue;
		}
		into.files++;
		into.bytes += outcome.bytes;
		for (const f of outcome.findings) into.findings.push(f);
		if (outcome.shared?.length) into.evidence.push({
			path: file.rel,
			shared: outcome.shared
		});
		if (outcome.collected) into.pending.push(outcome.collected);
		else if (outcome.undecided) into.undecided.push(file.rel);
	}
	return into;
}
/** A file kept for the context pass carries its relative imports: their evidence reaches it as a sibling's does. */
function withImports(collected, text) {
	const imports = relativeImportCandidates(text, collected.path);
	if (imports.length) collected.imports = imports;
	return collected;
}
/**
* One file, from its listing to its findings: skipped by name or size without being opened where that is
* enough, else read (binary files only as far as their first block) and scanned. A file that takes context keeps
* its matches when context could change them.
*/
function scanFile(file, maxBytes, reader, collect = false) {
	const byName = binaryTypeOf(file.rel);
	if (byName) return { skipped: byName };
	if (file.size !== void 0 && file.size > maxBytes) return { skipped: tooLarge(maxBytes, file.size) };
	const read = reader.read(file.abs, maxBytes);
	if ("skipped" in read) return read;
	let outcome;
	try {
		outcome = reader.scan(read.bytes, file.rel, { collect });
	} catch (err) {
		return { skipped: `scan error (${err.message})` };
	}
	if ("skipped" in outcome) return outcome;
	return {
		findings: outcome.findings,
		...outcome.shared?.length ? { shared: outcome.shared } : {},
		...outcome.collected ? { collected: outcome.collected } : {},
		...outcome.undecided ? { undecided: true } : {},
		bytes: read.bytes.length
	};
}
function mergeResult(into, part) {
	for (const f of part.findings) into.findings.push(f);
	for (const s of part.skipped) into.skipped.push(s);
	for (const e of part.evidence) into.evidence.push(e);
	for (const m of part.manifests) into.manifests.push(m);
	for (const p of part.pending) into.pending.push(p);
	for (const u of part.undecided) into.undecided.push(u);
	into.files += part.files;
	into.bytes += part.bytes;
	into.done += part.done;
}
/**
* One thread's share of a scan: a stack of folders to list and files to scan, worked depth first as ripgrep's
* walker does, so memory follows the depth of the tree rather than its size. Listing a folder pushes its
* subfolders and its files (in batches); the oldest entries, the shallowest folders with the most work under
* them, are the ones given away to idle threads. The same code runs on the main thread and in workers.
*/
var WalkScanner = class {
	stack = [];
	result = emptyResult();
	rules;
	catalog;
	maxBytes;
	reader;
	constructor(rules, catalog, maxBytes, reader) {
		this.rules = rules;
		this.catalog = catalog;
		this.maxBytes = maxBytes;
		this.reader = reader;
	}
	get pending() {
		return this.stack.length;
	}
	/** Files handled so far (scanned or skipped) and not yet taken with takeResult(). */
	get done() {
		return this.result.done;
	}
	push(tasks) {
		for (const t of tasks) this.stack.push(t);
	}
	pushFiles(files) {
		for (let i = 0; i < files.length; i += 32) this.stack.push({ files: files.slice(i, i + 32) });
	}
	/** Does the task on top of the stack; false when there is none. */
	step() {
		const task = this.stack.pop();
		if (!task) return false;
		if ("files" in task) scanFiles(task.files, this.catalog, this.maxBytes, this.reader, this.result);
		else {
			const listing = this.rules.readDir(task.dir);
			for (const s of listing.skipped) this.result.skipped.push(s);
			for (const dir of listing.dirs) this.stack.push({ dir });
			this.pushFiles(listing.files);
		}
		return true;
	}
	/** Gives away the older half of the stack (never the last task: this thread keeps working). */
	share() {
		return this.stack.splice(0, Math.floor(this.stack.length / 2));
	}
	/** Gives away the oldest task. */
	shareOne() {
		return this.stack.shift();
	}
	/** What was scanned since the last call. */
	takeResult() {
		const r = this.result;
		this.result = emptyResult();
		return r;
	}
};
// src/scan/scan-worker.ts
/**
* The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
* this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
* bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
*/
const SCAN_WORKER_FLAG = "tokenhubMigrationScanWorker";
/** Files a worker handles between two progress reports. */
const PROGRESS_EVERY = 500;
function isScanWorker() {
	return !isMainThread && workerData?.["tokenhubMigrationScanWorker"] === true;
}
/** Takes one waiting thread off the count, if there is one: the caller then owes it work. */
function claimHungry(hungry) {
	for (;;) {
		const waiting = Atomics.load(hungry, 0);
		if (waiting <= 0) return false;
		if (Atomics.compareExchange(hungry, 0, waiting, waiting - 1) === waiting) return true;
	}
}
function runScanWorker() {
	const setup = workerData;
	const port = parentPort;
	const hungry = new Int32Array(setup.hungry);
	if (setup.plans) adoptSearchPlans(setup.plans);
	const walker = new WalkScanner(new WalkRules(setup.list, setup.named), setup.catalog, setup.maxBytes, new FileReader(setup.catalog));
	port.on("message", (msg) => {
		if (msg.type === "end") {
			port.close();
			return;
		}
		walker.push(msg.tasks);
		let reported = 0;
		while (walker.step()) {
			if (walker.pending > 1 && claimHungry(hungry)) port.postMessage({
				type: "share",
				tasks: walker.share()
			});
			if (walker.done - reported >= PROGRESS_EVERY) {
				port.postMessage({
					type: "progress",
					done: walker.done - reported
				});
				reported = walker.done;
			}
		}
		port.postMessage({
			type: "idle",
			result: walker.takeResult()
		});
	});
}
// src/scan/parallel.ts
/** Threads a scan lists, reads and matches on unless told otherwise: one per core, the main thread included. */
function defaultThreads() {
	return Math.max(1, availableParallelism());
}
/**
* The file the workers run: the scan engine's own bundle (dist/scan-worker/index.js, beside dist/index.js and one
* folder up from dist/cli/index.js), else this very module's bundle, whose entry starts a worker when asked
* (isScanWorker). From TypeScript sources (tests run them through Vite) there is no file Node can start as a
* worker, and the scan runs on the main thread.
*/
function workerEntry() {
	const url = new URL(import.meta.url);
	if (url.protocol !== "file:" || !/\.[cm]?js$/.test(url.pathname)) return void 0;
	for (const rel of ["scan-worker/index.js", "../scan-worker/index.js"]) {
		const own = new URL(rel, url);
		if (existsSync(own)) return own;
	}
	return url;
}
/** A worker stopped before the end of the scan: what it had not reported is lost, and the scan is run again. */
var WorkerFailure = class extends Error {};
/** Young-generation size of a worker's heap (see the constructor). */
const WORKER_YOUNG_GENERATION_MB = 8;
/** How long the main thread works between two looks at its messages, in milliseconds. */
const MAIN_SLICE_MS = 1;
/**
* Lists folders, reads and scans files on worker threads and on the main thread, as ripgrep's parallel walker
* does: each thread works through its own stack, depth first; a thread out of work says so (a shared counter of
* waiting threads), and a busy one that sees it gives the older half of its stack away. Work given away goes
* through the main thread, which hands it to an idle worker or keeps it. The scan ends when every thread is
* idle and no work is left; results are merged and sorted by the caller, which makes them independent of timing.
*/
var WalkPool = class {
	workers = [];
	exited = [];
	hungry;
	main;
	result = emptyResult();
	onProgress;
	workersDone = 0;
	mainWaiting = false;
	ending = false;
	failed = false;
	wake;
	/** `workers` threads besides the main one, whose walker holds the work to start with. */
	constructor(entry, workers, setup, main, onProgress) {
		this.main = main;
		this.onProgress = onProgress;
		const shared = new SharedArrayBuffer(4);
		this.hungry = new Int32Array(shared);
		const workerData = {
			...setup,
			[SCAN_WORKER_FLAG]: true,
			hungry: shared,
			plans: searchPlans()
		};
		for (let i = 0; i < workers; i++) {
			const pw = {
				worker: new Worker(entry, {
					workerData,
					argv: [],
					stdin: false,
					resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
				}),
				idle: true,
				reported: 0
			};
			this.workers.push(pw);
			pw.worker.on("message", (msg) => this.receive(pw, msg));
			pw.worker.on("error", () => this.fail());
			this.exited.push(new Promise((resolve) => {
				pw.worker.on("exit", () => {
					if (!this.ending) this.fail();
					resolve();
				});
			}));
		}
		this.updateHungry();
	}
	/** Works alongside the workers until no work is left anywhere; throws WorkerFailure if a worker died. */
	async run() {
		let sliceStart = performance.now();
		for (;;) {
			if (this.failed) return this.abort();
			this.dispatch();
			if (this.main.step()) {
				this.progress();
				if (performance.now() - sliceStart >= MAIN_SLICE_MS) {
					await new Promise((resolve) => setImmediate(resolve));
					sliceStart = performance.now();
				}
				continue;
			}
			if (this.workers.every((w) => w.idle)) break;
			this.mainWaiting = true;
			this.updateHungry();
			await new Promise((resolve) => this.wake = resolve);
			this.mainWaiting = false;
			sliceStart = performance.now();
		}
		this.ending = true;
		const end = { type: "end" };
		for (const w of this.workers) w.worker.postMessage(end);
		await Promise.all(this.exited);
		if (this.failed) return this.abort();
		mergeResult(this.result, this.main.takeResult());
		return this.result;
	}
	/** Gives idle workers the oldest of the main thread's work, keeping one task here. */
	dispatch() {
		for (const w of this.workers) {
			if (this.main.pending < 2) break;
			if (!w.idle) continue;
			const task = this.main.shareOne();
			w.idle = false;
			w.worker.postMessage({
				type: "tasks",
				tasks: [task]
			});
		}
		this.updateHungry();
	}
	receive(w, msg) {
		if (msg.type === "share") this.main.push(msg.tasks);
		else if (msg.type === "progress") {
			w.reported += msg.done;
			this.workersDone += msg.done;
		} else {
			mergeResult(this.result, msg.result);
			this.workersDone += msg.result.done - w.reported;
			w.reported = 0;
			w.idle = true;
		}
		this.progress();
		this.updateHungry();
		const wake = this.wake;
		this.wake = void 0;
		wake?.();
	}
	/** The threads waiting for work: the idle workers, and this one when its stack is empty. */
	updateHungry() {
		let waiting = this.mainWaiting ? 1 : 0;
		for (const w of this.workers) if (w.idle) waiting++;
		if (this.main.pending > 0) waiting = Math.max(0, waiting - this.main.pending);
		Atomics.store(this.hungry, 0, waiting);
	}
	progress() {
		this.onProgress(this.main.done + this.workersDone);
	}
	fail() {
		this.failed = true;
		const wake = this.wake;
		this.wake = void 0;
		wake?.();
	}
	/** Stops the workers of a pool that was never run (the scan ended before it needed them). */
	async discard() {
		this.ending = true;
		await Promise.all(this.workers.map((w) => w.worker.terminate()));
	}
	async abort() {
		this.ending = true;
		await Promise.all(this.workers.map((w) => w.worker.terminate()));
		throw new WorkerFailure("a scan worker stopped before the end of the scan");
	}
};
// src/scan/context-pass.ts
/**
* The second step of a full scan: files that take context from their package or project are decided again with
* it. The first pass (on every thread) gave each file's own findings, the evidence it lends, and, for the files
* whose findings context could change, their matches (`pending`); here, on the main thread, the evidence is
* gathered and those matches are decided with it. Only a file the first pass listed as `undecided` (an anchor of
* the rules context can make report, and no import beyond its folder) is read again, and only if its package or
* project lends it context.
*/
function contextIndexOf(result, given) {
	const index = given ?? new ContextIndex();
	for (const m of result.manifests) index.noteManifest(m);
	for (const e of result.evidence) index.add(e.path, e.shared);
	for (const p of result.pending) if (p.imports) index.noteImports(p.path, p.imports);
	return index;
}
/** Decides the files that take context, and puts their new findings in place of the first pass's. */
function applyContext(index, result, catalog, maxBytes, root) {
	const stats = {
		decided: 0,
		readAgain: 0
	};
	if (index.empty) return stats;
	const replaced = /* @__PURE__ */ new Map();
	for (const collected of result.pending) {
		if (!index.touches(collected.path)) continue;
		stats.decided++;
		try {
			replaced.set(collected.path, decideFindings(collected, catalog, index.contextFor(collected.path)));
		} catch {}
	}
	let again;
	for (const rel of result.undecided) {
		if (!index.touches(rel)) continue;
		again ??= new FileReader(catalog);
		const read = again.read(path.join(root, rel), maxBytes);
		if ("skipped" in read) continue;
		stats.readAgain++;
		try {
			const outcome = again.scan(read.bytes, rel, {
				context: index.contextFor(rel),
				withContextAnchors: true
			});
			if ("findings" in outcome) replaced.set(rel, outcome.findings);
		} catch {}
	}
	if (replaced.size === 0) return stats;
	result.findings = result.findings.filter((f) => !replaced.has(f.path));
	for (const findings of replaced.values()) for (const f of findings) result.findings.push(f);
	return stats;
}
// src/scan/scanner.ts
const DEFAULT_MAX_FILE_BYTES = 10485760;
/**
* Below this many files a scan stays on the main thread unless threads are asked for: starting workers costs
* more than it saves (a pull request's changed files, a small repository).
*/
const INLINE_FILES = 1e3;
/** A target that does not exist or lies outside the root: a usage error, not a skipped file. */
var ScanTargetError = class extends UserError {};
async function scan(opts) {
	const started = performance.now();
	const root = await realRoot(opts.root);
	const targets = await resolveTargets(root, opts.paths ?? []);
	const catalog = opts.catalog ?? compileCatalog(RULES);
	const maxBytes = opts.maxFileBytes ?? 10485760;
	const list = {
		root,
		include: opts.include,
		exclude: opts.exclude,
		gitignore: opts.gitignore
	};
	const start = WalkRules.start({
		...list,
		targets
	});
	let lastReported = 0;
	const progress = (done) => {
		if (opts.onProgress && done - lastReported >= 500) {
			lastReported = done;
			opts.onProgress(done);
		}
	};
	const entry = workerEntry();
	const threads = opts.threads ?? defaultThreads();
	const inlineLimit = opts.threads === void 0 ? INLINE_FILES : 0;
	const run = async (workers) => {
		const walker = new WalkScanner(new WalkRules(list, start.named), catalog, maxBytes, new FileReader(catalog));
		for (let i = start.dirs.length - 1; i >= 0; i--) walker.push([{ dir: start.dirs[i] }]);
		walker.pushFiles(start.files);
		let pool;
		while ((!workers || walker.done < inlineLimit) && walker.step()) {
			progress(walker.done);
			if (workers && !pool && walker.done >= 100 && walker.pending > 0) pool = new WalkPool(entry, threads - 1, {
				catalog,
				maxBytes,
				list,
				named: start.named
			}, walker, progress);
		}
		if (!workers || walker.pending === 0) {
			await pool?.discard();
			return walker.takeResult();
		}
		pool ??= new WalkPool(entry, threads - 1, {
			catalog,
			maxBytes,
			list,
			named: start.named
		}, walker, progress);
		try {
			return await pool.run();
		} catch (err) {
			if (err instanceof WorkerFailure) return run(false);
			throw err;
		}
	};
	const mayNeedWorkers = start.dirs.length > 0 || start.files.length > inlineLimit;
	const result = await run(entry !== void 0 && threads > 1 && mayNeedWorkers);
	opts.onProgress?.(result.done);
	const context = applyContext(contextIndexOf(result, opts.context), result, catalog, maxBytes, root);
	return {
		root,
		findings: result.findings.sort(byLocation),
		skipped: [...start.skipped, ...result.skipped].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
		stats: {
			files: result.files,
			bytes: result.bytes,
			durationMs: Math.round(performance.now() - started)
		},
		context
	};
}
async function realRoot(root) {
	try {
		const real = await promises.realpath(path.resolve(root));
		if (!(await promises.stat(real)).isDirectory()) throw new ScanTargetError(`root is not a directory: ${root}`);
		return real;
	} catch (err) {
		if (err instanceof ScanTargetError) throw err;
		throw new ScanTargetError(`root does not exist: ${root}`);
	}
}
async function resolveTargets(root, paths) {
	const out = [];
	for (const p of paths) {
		const abs = path.resolve(root, p);
		let real;
		try {
			real = path.join(await promises.realpath(path.dirname(abs)), path.basename(abs));
			await promises.lstat(real);
		} catch {
			throw new ScanTargetError(`path does not exist: ${p}`);
		}
		const rel = path.relative(root, real);
		if (rel.startsWith("..") || path.isAbsolute(rel)) throw new ScanTargetError(`path is outside the scan root ${toPosix(root)}: ${p}`);
		out.push(real);
	}
	return out;
}
export { isScanWorker as a, scanBytes as c, copiedAnchorTestsOf as d, fileText as f, scan as i, tooLarge as l, decode as m, realRoot as n, runScanWorker as o, binaryTypeOf as p, resolveTargets as r, firstAnchorsFor as s, DEFAULT_MAX_FILE_BYTES as t, unreadable as u };
