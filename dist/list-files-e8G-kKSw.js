import { i as __toESM, t as __commonJSMin } from "./rolldown-runtime-DYf_mQCB.js";
import { closeSync, constants, fstatSync, lstatSync, openSync, promises, readSync, readdirSync } from "node:fs";
import path from "node:path";
// node_modules/ignore/index.js
var require_ignore = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function makeArray(subject) {
		return Array.isArray(subject) ? subject : [subject];
	}
	const UNDEFINED = void 0;
	const EMPTY = "";
	const SPACE = " ";
	const ESCAPE = "\\";
	const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
	const BOM = "﻿";
	const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
	const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
	const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
	const REGEX_SPLITALL_CRLF = /\r?\n/g;
	const DOUBLE_SLASH = "//";
	const SLASH_CODE = 47;
	const DOT_CODE = 46;
	const SLASH = "/";
	let TMP_KEY_IGNORE = "node-ignore";
	/* istanbul ignore else */
	if (typeof Symbol !== "undefined") TMP_KEY_IGNORE = Symbol.for("node-ignore");
	const KEY_IGNORE = TMP_KEY_IGNORE;
	const define = (object, key, value) => {
		Object.defineProperty(object, key, { value });
		return value;
	};
	const RETURN_FALSE = () => false;
	const POSIX_CLASSES = {
		alnum: "0-9A-Za-z",
		alpha: "A-Za-z",
		blank: " \\t",
		cntrl: "\\x00-\\x1f\\x7f",
		digit: "0-9",
		graph: "!-.0-~",
		lower: "a-z",
		print: " -.0-~",
		punct: "!-.:-@\\[-`{-~",
		space: " \\t\\n\\r",
		upper: "A-Z",
		xdigit: "0-9A-Fa-f"
	};
	const CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
	const escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
	const NON_SLASH = "(?!\\/)";
	const classSource = (negated, body) => {
		if (negated) return `[^\\/${body}]`;
		const source = `[${body}]`;
		return new RegExp(source).test("/") ? NON_SLASH + source : source;
	};
	const scanBracket = (pattern, start) => {
		const { length } = pattern;
		let index = start + 1;
		let negated = EMPTY;
		const lead = pattern[index];
		if (lead === "!" || lead === "^") {
			negated = "^";
			index++;
		}
		let body = EMPTY;
		let prev = EMPTY;
		for (;;) {
			const char = pattern[index];
			if (char === UNDEFINED) return null;
			if (char === ESCAPE) {
				const escaped = pattern[++index];
				body += escapeMember(escaped);
				prev = escaped;
			} else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
				index++;
				let to = pattern[index];
				if (to === ESCAPE) to = pattern[index += 1];
				if (prev <= to) body += `-${escapeMember(to)}`;
				prev = EMPTY;
			} else if (char === "[" && pattern[index + 1] === ":") {
				const nameStart = index + 2;
				let end = nameStart;
				while (end < length && pattern[end] !== "]") end++;
				if (end === length) return null;
				if (end > nameStart && pattern[end - 1] === ":") {
					const name = pattern.slice(nameStart, end - 1);
					if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) return null;
					body += POSIX_CLASSES[name];
					prev = EMPTY;
					index = end;
				} else {
					body += escapeMember("[");
					prev = "[";
					index = nameStart - 2;
				}
			} else {
				body += escapeMember(char);
				prev = char;
			}
			index++;
			if (pattern[index] === "]") return {
				end: index,
				source: classSource(negated, body)
			};
		}
	};
	const NEVER_MATCH = "[]";
	const PLACEHOLDER = "\0";
	const REGEX_RESTORE_PLACEHOLDER = new RegExp(`${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, "g");
	const TRAILING_WILDCARD = "";
	const TRAILING_DOUBLESTAR = "";
	const isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
	const extractBrackets = (pattern) => {
		const sources = [];
		const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
		const { length } = pattern;
		let out = EMPTY;
		let index = 0;
		while (index < length) {
			const char = pattern[index];
			if (char === ESCAPE) {
				const escaped = pattern[index + 1];
				if (escaped === SLASH && index + 2 === length) out += hold(NEVER_MATCH);
				else if (escaped === "*" || escaped === "[" || escaped === SPACE) out += pattern.slice(index, index + 2);
				else out += hold(REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped);
				index += 2;
			} else if (isReserved(char)) {
				out += hold(`[${char}]`);
				index++;
			} else if (char === "[") {
				const scanned = scanBracket(pattern, index);
				if (scanned === null) {
					out += hold(NEVER_MATCH);
					index = length;
				} else {
					out += hold(scanned.source);
					index = scanned.end + 1;
				}
			} else {
				out += char;
				index++;
			}
		}
		return {
			source: out,
			sources
		};
	};
	const DIRECT = null;
	const REGEX_INNER_SLASH = /\/(?!$)/;
	const WILDCARD = "[^\\/]*";
	const REPLACERS = [
		[
			/(\\+)( ?)/g,
			(_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
			"\\ "
		],
		[
			/(^|\/)\*{3,}(?=\/|$)/g,
			(_, start) => `${start}**`,
			"*"
		],
		[/[\\$.|*+(){^]/g, (match) => `\\${match}`],
		[
			/(?!\\)\?/g,
			() => "[^/]",
			"?"
		],
		[
			/^\//,
			() => "^",
			SLASH
		],
		[
			/\//g,
			() => "\\/",
			SLASH
		],
		[
			/^\^*(?:\\\*\\\*\\\/)+/,
			() => "(?:^|\\/)",
			"*"
		],
		[DIRECT, (source, pattern) => {
			if (!source || source[0] === "^" || source[0] === "(") return source;
			return (!REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^") + source;
		}],
		[
			/\\\/\\\*\\\*(?=\\\/|$)/g,
			(_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
			"*"
		],
		[
			/(^|[^\\])(?:\\\*)+(?!$)/g,
			(_, p1) => p1 + WILDCARD,
			"*"
		],
		[
			/(^|[^\\])((?:\\\\)*)\\\*$/,
			(match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
			"*"
		],
		[
			/\\\\\\(?=[$.|*+(){^])/g,
			() => ESCAPE,
			"\\\\"
		],
		[
			/\\\\/g,
			() => ESCAPE,
			"\\\\"
		],
		[
			/\\\[([^\]/]*?)($|\])/g,
			(match, range, close) => `\\[${range}${close}`,
			"["
		],
		[DIRECT, (source) => {
			const last = source[source.length - 1];
			if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) return source;
			return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
		}]
	];
	const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
	const MODE_IGNORE = "regex";
	const MODE_CHECK_IGNORE = "checkRegex";
	const replaceTrailingWildcard = (_, p1) => {
		return `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`;
	};
	const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
	const replaceTrailingDoublestar = () => "[\\s\\S]";
	const separatorAfter = (run, at) => {
		let separator = EMPTY;
		for (let index = at + 1; index < run.length && !run[index].wildcard; index++) separator += run[index].single;
		return separator;
	};
	const pinWildcards = (source) => {
		if (source.indexOf(WILDCARD) < 0) return source;
		const tokens = [];
		const { length } = source;
		let index = 0;
		while (index < length) {
			const char = source[index];
			if (source.startsWith(WILDCARD, index)) {
				tokens.push({ wildcard: true });
				index += 6;
			} else if (char === "[") {
				let end = index + 1;
				if (source[end] === "^") end++;
				if (source[end] === "]") end++;
				while (end < length && source[end] !== "]") end += source[end] === ESCAPE ? 2 : 1;
				end++;
				tokens.push({ single: source.slice(index, end) });
				index = end;
			} else if (char === ESCAPE) {
				tokens.push({ single: source.slice(index, index + 2) });
				index += 2;
			} else if (char === "(") {
				let depth = 0;
				let end = index;
				do {
					if (source[end] === ESCAPE) end++;
					else if (source[end] === "(") depth++;
					else if (source[end] === ")") depth--;
					end++;
				} while (end < length && depth > 0);
				if ("*+?".indexOf(source[end]) >= 0) end++;
				tokens.push({ boundary: source.slice(index, end) });
				index = end;
			} else if (char === "^" || char === "$") {
				tokens.push({ boundary: char });
				index++;
			} else {
				tokens.push({ single: char });
				index++;
			}
		}
		let out = EMPTY;
		let run = [];
		const flush = () => {
			let lastWildcard;
			run.forEach((token, at) => {
				if (token.wildcard) lastWildcard = at;
			});
			run.forEach((token, at) => {
				if (!token.wildcard) {
					out += token.single;
					return;
				}
				out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
			});
			run = [];
		};
		tokens.forEach((token) => {
			if (token.boundary === void 0) {
				run.push(token);
				return;
			}
			flush();
			out += token.boundary;
		});
		flush();
		return out;
	};
	const makeRegexPrefix = (pattern) => {
		if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) pattern = "**";
		const { source, sources } = extractBrackets(pattern);
		const replaced = REPLACERS.reduce((prev, [matcher, replacer, required]) => {
			if (matcher === DIRECT) return replacer(prev, pattern);
			if (required !== UNDEFINED && prev.indexOf(required) < 0) return prev;
			return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
		}, source);
		return sources.length ? replaced.replace(REGEX_RESTORE_PLACEHOLDER, (match, index) => sources[index]) : replaced;
	};
	const checkSourceOf = (body, prefix) => {
		if (body[body.length - 1] === SLASH) prefix = makeRegexPrefix(body.slice(0, -1));
		const head = prefix.slice(0, -1);
		const last = prefix[prefix.length - 1];
		return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
	};
	const matchesBasename = (body) => {
		const index = body.indexOf(SLASH);
		return index < 0 || index === body.length - 1;
	};
	const basenameOf = (path) => {
		const end = path.length - 1;
		const index = path.lastIndexOf(SLASH, path[end] === SLASH ? end - 1 : end);
		return index < 0 ? path : path.slice(index + 1);
	};
	const parentOf = (path) => {
		if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
			const slices = path.split(SLASH).filter(Boolean);
			slices.pop();
			return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
		}
		const end = path.length - 1;
		const cut = path.lastIndexOf(SLASH, path.charCodeAt(end) === SLASH_CODE ? end - 1 : end);
		return cut < 0 ? EMPTY : path.slice(0, cut + 1);
	};
	const isString = (subject) => typeof subject === "string";
	const checkPattern = (pattern) => pattern && isString(pattern);
	const splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
	var IgnoreRule = class {
		constructor(pattern, mark, body, ignoreCase, negative, prefix) {
			this.pattern = pattern;
			this.mark = mark;
			this.negative = negative;
			define(this, "body", body);
			define(this, "ignoreCase", ignoreCase);
			define(this, "regexPrefix", prefix);
		}
		get _basenameOnly() {
			return define(this, "_basenameOnly", matchesBasename(this.body));
		}
		get regex() {
			const key = "_regex";
			if (this[key]) return this[key];
			return this._make(MODE_IGNORE, key);
		}
		get checkRegex() {
			const key = "_checkRegex";
			if (this[key]) return this[key];
			return this._make(MODE_CHECK_IGNORE, key);
		}
		_make(mode, key) {
			const str = pinWildcards(mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix));
			const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
			return define(this, key, regex);
		}
	};
	const hasTrailingBackslash = (str) => {
		let count = 0;
		while (str[str.length - count - 1] === ESCAPE) count++;
		return count % 2 === 1;
	};
	const trimEnd = (body, stripLineEnd) => {
		let lineEnd = body.length;
		let end;
		for (;;) {
			if (stripLineEnd && body[lineEnd - 1] === "\r") lineEnd--;
			end = lineEnd;
			while (body[end - 1] === SPACE) end--;
			if (!stripLineEnd || body[end - 1] !== "\n") break;
			lineEnd = end - 1;
		}
		if (end === lineEnd) return body.slice(0, lineEnd);
		let backslashes = 0;
		while (body[end - backslashes - 1] === ESCAPE) backslashes++;
		return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
	};
	const createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
		let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
		if (body[0] === "#") return;
		let negative = false;
		if (body[0] === "!") {
			negative = true;
			body = body.slice(1);
		}
		const last = body[body.length - 1];
		if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) body = trimEnd(body, stripLineEnd);
		if (!body || hasTrailingBackslash(body)) return;
		body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
		const regexPrefix = makeRegexPrefix(body);
		return new IgnoreRule(pattern, mark, body, ignoreCase, negative, regexPrefix);
	};
	var RuleManager = class {
		constructor(ignoreCase) {
			this._ignoreCase = ignoreCase;
			this._rules = [];
			this._basenameCount = 0;
		}
		_add(pattern, index) {
			if (pattern && pattern[KEY_IGNORE]) {
				this._rules = this._rules.concat(pattern._rules._rules);
				this._basenameCount += pattern._rules._basenameCount;
				this._added = true;
				return;
			}
			const isStr = isString(pattern);
			const raw = isStr ? pattern : pattern.pattern;
			const rule = checkPattern(raw) && createRule(raw, isStr ? UNDEFINED : pattern.mark, this._ignoreCase, !this._split, this._stripBOM && !index);
			if (rule) {
				this._added = true;
				this._rules.push(rule);
				if (matchesBasename(rule.body)) this._basenameCount++;
			}
		}
		add(pattern) {
			this._added = false;
			this._split = isString(pattern);
			this._stripBOM = !this._split || pattern[0] === BOM;
			makeArray(this._split ? splitPattern(pattern) : pattern).forEach(this._add, this);
			if (this._added) this._literalRules = UNDEFINED;
			return this._added;
		}
		testLiteral(path) {
			const rules = this._literalRules || (this._literalRules = this._rules.filter(({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"));
			let ignored = false;
			let unignored = false;
			let matchedRule;
			for (let index = rules.length - 1; index >= 0; index--) {
				const rule = rules[index];
				if (rule.checkRegex.test(path)) {
					ignored = !rule.negative;
					unignored = rule.negative;
					matchedRule = rule.negative ? UNDEFINED : rule;
					break;
				}
			}
			const ret = {
				ignored,
				unignored
			};
			if (matchedRule) ret.rule = matchedRule;
			return ret;
		}
		test(path, mode) {
			const rules = this._rules;
			const { length } = rules;
			const shortcut = this._basenameCount * 2 >= length;
			const basename = shortcut ? basenameOf(path) : path;
			for (let index = length - 1; index >= 0; index--) {
				const rule = rules[index];
				if (rule[mode].test(shortcut && rule._basenameOnly ? basename : path)) {
					const { negative } = rule;
					const ret = {
						ignored: !negative,
						unignored: negative
					};
					if (!negative) ret.rule = rule;
					return ret;
				}
			}
			return {
				ignored: false,
				unignored: false
			};
		}
	};
	const throwError = (message, Ctor) => {
		throw new Ctor(message);
	};
	const checkPath = (path, originalPath, doThrow) => {
		if (!isString(path)) return doThrow(`path must be a string, but got \`${originalPath}\``, TypeError);
		if (!path) return doThrow(`path must not be empty`, TypeError);
		if (checkPath.isNotRelative(path)) return doThrow(`path should be a \`path.relative()\`d string, but got "${originalPath}"`, RangeError);
		return true;
	};
	const isNotRelative = (path) => {
		const first = path.charCodeAt(0);
		if (first === SLASH_CODE) return true;
		if (first !== DOT_CODE) return false;
		if (path.length === 1) return true;
		const second = path.charCodeAt(1);
		if (second === SLASH_CODE) return true;
		if (second !== DOT_CODE) return false;
		return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
	};
	checkPath.isNotRelative = isNotRelative;
	/* istanbul ignore next */
	checkPath.convert = (p) => p;
	const convertPath = (target) => isString(target) && checkPath.convert(target);
	var Ignore = class {
		constructor({ ignorecase = true, ignoreCase = ignorecase, allowRelativePaths = false } = {}) {
			define(this, KEY_IGNORE, true);
			this._rules = new RuleManager(ignoreCase);
			this._strictPathCheck = !allowRelativePaths;
			this._initCache();
		}
		_initCache() {
			this._ignoreCache = Object.create(null);
			this._testCache = Object.create(null);
		}
		add(pattern) {
			if (this._rules.add(pattern)) this._initCache();
			return this;
		}
		addPattern(pattern) {
			return this.add(pattern);
		}
		_test(originalPath, cache, path) {
			checkPath(path, originalPath, this._strictPathCheck ? throwError : RETURN_FALSE);
			return path ? this._t(path, cache) : {
				ignored: false,
				unignored: false
			};
		}
		checkIgnore(target) {
			const path = convertPath(target);
			if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) return this._test(target, this._testCache, path);
			const dir = this._t(path, this._testCache);
			if (dir.ignored) return dir;
			const literal = this._rules.testLiteral(path);
			return literal.ignored || literal.unignored ? literal : dir;
		}
		_t(path, cache) {
			if (path in cache) return cache[path];
			const parentPath = parentOf(path);
			const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
			return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
		}
		ignores(path) {
			return this._test(path, this._ignoreCache, convertPath(path)).ignored;
		}
		createFilter() {
			return (path) => !this.ignores(path);
		}
		filter(paths) {
			return makeArray(paths).filter(this.createFilter());
		}
		test(path) {
			return this._test(path, this._testCache, convertPath(path));
		}
	};
	const factory = (options) => new Ignore(options);
	const isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
	/* istanbul ignore next */
	const setupWindows = () => {
		const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
		checkPath.convert = makePosix;
		const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
		checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
	};
	/* istanbul ignore next */
	if (typeof process !== "undefined" && process.platform === "win32") setupWindows();
	module.exports = factory;
	factory.default = factory;
	module.exports.isPathValid = isPathValid;
	define(module.exports, Symbol.for("setupWindows"), setupWindows);
}));
// src/safe-fs/bounded-read.ts
var import_ignore = /* @__PURE__ */ __toESM(require_ignore(), 1);
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function formatSize(bytes) {
	if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MiB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
	return `${bytes} bytes`;
}
/** Why a file of this type and size may not be read, or undefined when it may. */
function refusal(st, maxBytes) {
	if (st.isSymbolicLink()) return "a symbolic link (not followed)";
	if (!st.isFile()) return "not a regular file";
	if (st.size > maxBytes) return `larger than ${formatSize(maxBytes)} (${formatSize(st.size)})`;
}
function failed(err) {
	const code = err.code;
	if (code === "ENOENT" || code === "ENOTDIR") return {
		ok: false,
		missing: true,
		reason: "not found"
	};
	if (code === "ELOOP") return {
		ok: false,
		missing: false,
		reason: "a symbolic link (not followed)"
	};
	return {
		ok: false,
		missing: false,
		reason: `unreadable (${code ?? err.message})`
	};
}
function readRepoFileSync(abs, maxBytes) {
	let fd;
	try {
		const why = refusal(lstatSync(abs), maxBytes);
		if (why) return {
			ok: false,
			missing: false,
			reason: why
		};
		fd = openSync(abs, OPEN_FLAGS);
	} catch (err) {
		return failed(err);
	}
	try {
		const st = fstatSync(fd);
		const why = refusal(st, maxBytes);
		if (why) return {
			ok: false,
			missing: false,
			reason: why
		};
		const buf = Buffer.allocUnsafe(st.size);
		let total = 0;
		while (total < st.size) {
			const n = readSync(fd, buf, total, st.size - total, null);
			if (n === 0) break;
			total += n;
		}
		return {
			ok: true,
			bytes: buf.subarray(0, total)
		};
	} catch (err) {
		return failed(err);
	} finally {
		closeSync(fd);
	}
}
async function readRepoFile(abs, maxBytes) {
	let fh;
	try {
		const why = refusal(await promises.lstat(abs), maxBytes);
		if (why) return {
			ok: false,
			missing: false,
			reason: why
		};
		fh = await promises.open(abs, OPEN_FLAGS);
	} catch (err) {
		return failed(err);
	}
	try {
		const st = await fh.stat();
		const why = refusal(st, maxBytes);
		if (why) return {
			ok: false,
			missing: false,
			reason: why
		};
		const buf = Buffer.allocUnsafe(st.size);
		let total = 0;
		while (total < st.size) {
			const { bytesRead } = await fh.read(buf, total, st.size - total, null);
			if (bytesRead === 0) break;
			total += bytesRead;
		}
		return {
			ok: true,
			bytes: buf.subarray(0, total)
		};
	} catch (err) {
		return failed(err);
	} finally {
		await fh.close();
	}
}
// src/scan/list-files.ts
/** Larger ignore files are not read: real ones are a few KiB; a PR's may be a link to /dev/zero. */
const MAX_IGNORE_FILE_BYTES = 1048576;
/** Folders that hold other people's code or tool state, never the project's own usage. */
const DEFAULT_EXCLUDES = [
	"**/.git/**",
	"**/node_modules/**",
	"**/bower_components/**",
	"**/jspm_packages/**",
	"**/vendor/**",
	"**/third_party/**",
	"**/.venv/**",
	"**/venv/**",
	"**/site-packages/**",
	"**/__pycache__/**",
	"**/.tox/**",
	"**/.gradle/**",
	"**/Pods/**"
];
/**
* The default excludes are folder names (`**\/name/**`): a walk prunes such a folder by its name alone, which is what
* the same lines mean as .gitignore patterns in diff mode.
*/
const DEFAULT_EXCLUDED_FOLDERS = new Set(DEFAULT_EXCLUDES.map((p) => /^\*\*\/([^/*]+)\/\*\*$/.exec(p)[1]));
function toPosix(p) {
	return p.split(path.sep).join("/");
}
/**
* What a scan lists and leaves out, for one thread: default excludes, user excludes and includes, and what
* .gitignore files say. Folders that are excluded or ignored are pruned, never read; files are not stat-ed (the
* reader learns their size when it opens them). Symbolic links are never followed (a link's target inside the
* root is listed under its own path; one outside the root is not ours to read), which also makes link loops
* harmless. Each thread of a parallel scan has its own WalkRules and lists the folders it is given with
* readDir(); the .gitignore files a folder's ancestors hold travel with its DirTask, and each thread reads the
* ones it has not seen yet.
*/
var WalkRules = class WalkRules {
	root;
	gitignores;
	includeMatcher;
	excludeMatcher;
	namedFiles;
	namedDirs;
	constructor(opts, named) {
		this.root = opts.root;
		this.gitignores = opts.gitignore === false ? void 0 : new Gitignores(opts.root);
		this.gitignores?.takeRefused();
		this.includeMatcher = opts.include?.length ? (0, import_ignore.default)().add(opts.include) : void 0;
		this.excludeMatcher = opts.exclude?.length ? new IgnoreFile(opts.exclude) : void 0;
		if (named && named.files.length + named.dirs.length > 1) {
			this.namedFiles = new Set(named.files);
			this.namedDirs = new Set(named.dirs);
		}
	}
	/**
	* The targets, sorted into files to scan, folders to walk and what is skipped. When targets overlap, a file or
	* folder named on its own is listed by its own entry only (with its own rules: a named file even if ignored),
	* and the walk of an enclosing folder passes over it, so nothing is listed twice.
	*/
	static start(opts) {
		const root = opts.root;
		const targets = [...new Set(opts.targets?.length ? opts.targets : [root])];
		const out = {
			files: [],
			dirs: [],
			skipped: [],
			named: {
				files: [],
				dirs: []
			}
		};
		const kinds = [];
		for (const target of targets) {
			const st = lstatSync(target);
			const rel = relOf(root, target);
			if (st.isSymbolicLink()) out.skipped.push({
				path: rel,
				reason: "symbolic link (not followed)"
			});
			else if (!st.isFile() && !st.isDirectory()) out.skipped.push({
				path: rel,
				reason: "not a regular file"
			});
			else {
				kinds.push({
					abs: target,
					rel,
					st
				});
				(st.isFile() ? out.named.files : out.named.dirs).push(rel);
			}
		}
		const rules = new WalkRules(opts, out.named);
		if (rules.gitignores) out.skipped.push(...new Gitignores(root).takeRefused());
		for (const { abs, rel, st } of kinds) {
			if (st.isFile()) {
				if (!rules.excludeMatcher?.ignores(rel, "")) out.files.push({
					abs,
					rel,
					size: st.size
				});
				continue;
			}
			if (rel !== "" && (rules.excludeMatcher?.ignores(rel, "/") || rules.gitignores?.ignoresTarget(rel))) continue;
			out.dirs.push({
				abs,
				rel,
				ignores: rules.gitignores?.loadAncestors(rel) ?? []
			});
		}
		return out;
	}
	/** Lists one folder: its files that the rules keep, and its subfolders that they do not prune. */
	readDir(dir) {
		const out = {
			files: [],
			dirs: [],
			skipped: []
		};
		let entries;
		try {
			entries = readdirSync(dir.abs, { withFileTypes: true });
		} catch (err) {
			out.skipped.push({
				path: dir.rel === "" ? "." : `${dir.rel}/`,
				reason: `unreadable folder (${err.code ?? err.message})`
			});
			return out;
		}
		const gitignores = this.gitignores;
		let ignores = dir.ignores;
		if (gitignores) {
			gitignores.ensure(ignores);
			if (entries.some((e) => e.name === ".gitignore" && !e.isDirectory()) && gitignores.load(dir.rel, dir.abs)) ignores = [...ignores, dir.rel];
			out.skipped.push(...gitignores.takeRefused());
		}
		const absPrefix = dir.abs.endsWith(path.sep) ? dir.abs : dir.abs + path.sep;
		for (const e of entries) {
			const entryRel = dir.rel === "" ? e.name : `${dir.rel}/${e.name}`;
			const kind = kindOf(e, dir.abs);
			if (kind === "dir") {
				if (DEFAULT_EXCLUDED_FOLDERS.has(e.name)) continue;
				if (this.namedDirs?.has(entryRel)) continue;
				if (this.excludeMatcher?.ignoresEntry(entryRel, "/")) continue;
				if (gitignores?.ignoresFolder(entryRel)) continue;
				out.dirs.push({
					abs: absPrefix + e.name,
					rel: entryRel,
					ignores
				});
			} else if (kind === "file") {
				if (this.namedFiles?.has(entryRel)) continue;
				if (this.excludeMatcher?.ignoresEntry(entryRel, "")) continue;
				if (this.includeMatcher && !this.includeMatcher.ignores(entryRel)) continue;
				if (gitignores?.ignoresFile(entryRel)) continue;
				out.files.push({
					abs: absPrefix + e.name,
					rel: entryRel
				});
			}
		}
		return out;
	}
};
/**
* Lists the files of a scan, one folder after the other on this thread: the given targets, minus default
* excludes, user excludes and what .gitignore files say (see WalkRules). A parallel scan lists the same files
* with the same WalkRules, spread over its threads.
*/
function walkFiles(opts) {
	const start = WalkRules.start(opts);
	const rules = new WalkRules(opts, start.named);
	function* generate() {
		yield* start.files;
		const stack = [...start.dirs].reverse();
		while (stack.length > 0) {
			const listing = rules.readDir(stack.pop());
			start.skipped.push(...listing.skipped);
			yield* listing.files;
			for (let i = listing.dirs.length - 1; i >= 0; i--) stack.push(listing.dirs[i]);
		}
	}
	return {
		files: generate(),
		skipped: start.skipped
	};
}
function kindOf(e, parent) {
	if (e.isFile()) return "file";
	if (e.isDirectory()) return "dir";
	if (e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice()) return "other";
	try {
		const st = lstatSync(path.join(parent, e.name));
		return st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
	} catch {
		return "other";
	}
}
function relOf(root, abs) {
	return toPosix(path.relative(root, abs));
}
/** Each .gitignore of the tree, by its folder relative to the root ('' for the root), loaded as the walk reaches it. */
var Gitignores = class {
	map = /* @__PURE__ */ new Map();
	root;
	/** Ignore files not read since the last takeRefused(). */
	refused = [];
	constructor(root) {
		this.root = root;
		const lines = [this.readText(path.join(root, ".gitignore")), this.readText(path.join(root, ".git", "info", "exclude"))].filter((t) => t.trim());
		if (lines.length) this.map.set("", new IgnoreFile(lines.join("\n")));
	}
	read(file) {
		const content = this.readText(file);
		return content ? new IgnoreFile(content) : void 0;
	}
	/** A regular file within the cap, never through a link: a PR's .gitignore may link to /dev/zero or be a FIFO. */
	readText(file) {
		const r = readRepoFileSync(file, MAX_IGNORE_FILE_BYTES);
		if (r.ok) return r.bytes.toString("utf8");
		if (!r.missing) this.refused.push({
			path: relOf(this.root, file),
			reason: `ignore file not read: ${r.reason}`
		});
		return "";
	}
	takeRefused() {
		const out = this.refused;
		this.refused = [];
		return out;
	}
	/** Reads a folder's .gitignore (not the root's: the constructor has it); true when it has rules. */
	load(dirRel, dirAbs) {
		if (dirRel === "") return false;
		if (this.map.has(dirRel)) return true;
		const ig = this.read(path.join(dirAbs, ".gitignore"));
		if (ig) this.map.set(dirRel, ig);
		return ig !== void 0;
	}
	/** The .gitignore files another thread found in these folders, read here too if this thread has not yet. */
	ensure(dirRels) {
		for (const dirRel of dirRels) if (!this.map.has(dirRel)) this.load(dirRel, path.join(this.root, ...dirRel.split("/")));
		this.takeRefused();
	}
	/** The .gitignore files of the folders between the root and a target folder: returns the folders that have one. */
	loadAncestors(targetRel) {
		const found = [];
		if (targetRel === "") return found;
		const parts = targetRel.split("/");
		for (let depth = 1; depth < parts.length; depth++) {
			const dirRel = parts.slice(0, depth).join("/");
			if (this.load(dirRel, path.join(this.root, ...parts.slice(0, depth)))) found.push(dirRel);
		}
		return found;
	}
	/** Whether a file the walk reached is ignored. */
	ignoresFile(rel) {
		return this.judge(rel, "", true);
	}
	/** Whether a folder the walk reached is ignored. */
	ignoresFolder(rel) {
		return this.judge(rel, "/", true);
	}
	/** Whether a folder named as a target is ignored, its parents' say included. */
	ignoresTarget(rel) {
		return this.judge(rel, "/", false);
	}
	judge(rel, suffix, walked) {
		if (this.map.size === 0) return false;
		const ask = (ig, p) => walked ? ig.ignoresEntry(p, suffix) : ig.ignores(p, suffix);
		const root = this.map.get("");
		if (root && ask(root, rel)) return true;
		if (this.map.size === 1 && root) return false;
		let slash = rel.indexOf("/");
		while (slash !== -1) {
			const ig = this.map.get(rel.slice(0, slash));
			if (ig && ask(ig, rel.slice(slash + 1))) return true;
			slash = rel.indexOf("/", slash + 1);
		}
		return false;
	}
};
/** Answers remembered per ignore file, by name: a tree repeats its file names (`__init__.py`, `manifest.yaml`) often. */
const MAX_REMEMBERED_NAMES = 65536;
/**
* One ignore file's patterns, or the exclude list (the `ignore` package decides), asked in two ways: about any path
* (a target named on the command line), or about an entry the walk reached, whose folders were all found not
* ignored. For the second, git matches a pattern without a slash (but a trailing one) against the entry's name
* alone, and a root-anchored literal (`/.tokenhub-migration.yml`, which the tool adds for its own files) only against
* that one path: when every line is one of those, the answer is the name's, remembered by name, or a set lookup,
* instead of the package working it out again for every path and testing each of its parent folders.
*/
var IgnoreFile = class {
	ig;
	/** When the entries' answers come from their names and literal paths (see above). */
	fast;
	constructor(lines) {
		const text = typeof lines === "string" ? lines : lines.join("\n");
		this.ig = (0, import_ignore.default)().add(text);
		this.fast = simpleLines(text.split(/\r?\n/));
	}
	/** Whether any path (relative to the file's folder; `suffix` '/' for a folder) is ignored, its folders' say included. */
	ignores(rel, suffix) {
		return this.ig.ignores(rel + suffix);
	}
	/** Whether an entry of a folder the walk reached (so none of its folders is ignored) is ignored. */
	ignoresEntry(rel, suffix) {
		const fast = this.fast;
		if (!fast) return this.ig.ignores(rel + suffix);
		if (fast.lengths.has(rel.length)) {
			const lower = rel.toLowerCase();
			if (fast.paths.has(lower) || suffix === "/" && fast.folders.has(lower)) return true;
		}
		if (!fast.names) return false;
		if (fast.plain) return fast.plain.ignores(rel.slice(rel.lastIndexOf("/") + 1), suffix === "/");
		const name = rel.slice(rel.lastIndexOf("/") + 1) + suffix;
		let answer = fast.byName.get(name);
		if (answer === void 0) {
			answer = fast.names.ignores(name);
			if (fast.byName.size >= MAX_REMEMBERED_NAMES) fast.byName.clear();
			fast.byName.set(name, answer);
		}
		return answer;
	}
};
/** Lines whose entries' answers come from names and literal paths alone (see IgnoreFile); undefined otherwise. */
function simpleLines(lines) {
	const names = [];
	const paths = /* @__PURE__ */ new Set();
	const folders = /* @__PURE__ */ new Set();
	for (const line of lines) if (matchesNameOnly(line)) names.push(line);
	else {
		const literal = anchoredLiteral(line);
		if (literal === void 0) return void 0;
		(literal.folder ? folders : paths).add(literal.path.toLowerCase());
	}
	if (paths.size + folders.size > 0 && names.some((l) => l.trim().startsWith("!"))) return void 0;
	const patterns = names.filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
	const lengths = new Set([...paths, ...folders].map((p) => p.length));
	return {
		byName: /* @__PURE__ */ new Map(),
		names: patterns.length ? (0, import_ignore.default)().add(patterns) : void 0,
		plain: PlainNames.of(patterns),
		paths,
		folders,
		lengths
	};
}
/**
* Name lines that are each a plain name (`.env`, `dist/`) or a plain suffix after one star (`*.log`, `*.min.js`),
* none negated: an entry is ignored when its name (in any case, as the package matches) is one of the names or
* ends with one of the suffixes, folder-only lines applying to folders only. Most ignore files are only such lines,
* and most names in a tree are seen once, so that remembering answers by name does not spare the package's work.
*/
var PlainNames = class PlainNames {
	names;
	folderNames;
	suffixes;
	folderSuffixes;
	constructor(names, folderNames, suffixes, folderSuffixes) {
		this.names = names;
		this.folderNames = folderNames;
		this.suffixes = suffixes;
		this.folderSuffixes = folderSuffixes;
	}
	static of(patterns) {
		const names = /* @__PURE__ */ new Set();
		const folderNames = /* @__PURE__ */ new Set();
		const suffixes = [];
		const folderSuffixes = [];
		for (const line of patterns) {
			if (line !== line.trim() || line.startsWith("!")) return void 0;
			const folder = line.endsWith("/");
			const body = (folder ? line.slice(0, -1) : line).toLowerCase();
			const star = body.startsWith("*") ? body.slice(1) : void 0;
			const literal = star ?? body;
			if (literal === "" || /[*?[\\/]/.test(literal)) return void 0;
			if (star === void 0) (folder ? folderNames : names).add(literal);
			else (folder ? folderSuffixes : suffixes).push(literal);
		}
		return new PlainNames(names, folderNames, suffixes, folderSuffixes);
	}
	ignores(name, folder) {
		const lower = name.toLowerCase();
		if (this.names.has(lower) || folder && this.folderNames.has(lower)) return true;
		for (const s of this.suffixes) if (lower.endsWith(s)) return true;
		if (folder) {
			for (const s of this.folderSuffixes) if (lower.endsWith(s)) return true;
		}
		return false;
	}
};
/** `/path/to/x` (or `/path/to/dir/`): a root-anchored path without wildcards, escapes or negation. */
function anchoredLiteral(line) {
	const pattern = line.replace(/[ \t]+$/, "");
	if (!pattern.startsWith("/") || /[*?[\\!]/.test(pattern)) return void 0;
	const folder = pattern.endsWith("/");
	const path = pattern.slice(1, folder ? -1 : void 0);
	if (path === "" || path.includes("//") || path.split("/").some((part) => part === "." || part === "..")) return void 0;
	return {
		path,
		folder
	};
}
/**
* Whether a .gitignore line matches by a path's last part alone: blank, a comment, or a pattern with no slash but a
* trailing one (gitignore(5): "If there is a separator at the beginning or middle of the pattern, then the pattern is
* relative to the directory level of the particular .gitignore file itself"). A backslash could escape anything:
* such lines are not trusted to be simple.
*/
function matchesNameOnly(line) {
	const pattern = line.trim();
	if (pattern === "" || pattern.startsWith("#")) return true;
	if (pattern.includes("\\")) return false;
	const body = pattern.replace(/^!/, "").replace(/\/$/, "");
	return body !== "" && !body.includes("/");
}
export { OPEN_FLAGS as a, require_ignore as c, walkFiles as i, WalkRules as n, readRepoFile as o, toPosix as r, readRepoFileSync as s, DEFAULT_EXCLUDES as t };
