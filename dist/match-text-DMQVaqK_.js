import { r as contextPhrase, t as SEVERITY_RANK } from "./finding-Cj3i0QD5.js";
import { t as UserError } from "./errors-C-PByt-N.js";
import { l as escapeRegExp } from "./catalog-CqUKOmiI.js";
import { t as require_fastest_levenshtein } from "./fastest-levenshtein-S3yyl2a_.js";
import { i as withFingerprintsAround, r as neighbourhood } from "./fingerprint-BoorrN0H.js";
import { t as docsUrlOf } from "./docs-url-7jQJ3sYL.js";
// src/scan/lines.ts
/** Maps string offsets to 1-based line and column numbers without splitting the text into lines. */
var LineIndex = class {
	text;
	starts;
	constructor(text) {
		this.text = text;
	}
	lineStarts() {
		if (!this.starts) {
			const starts = [0];
			let i = this.text.indexOf("\n");
			while (i !== -1) {
				starts.push(i + 1);
				i = this.text.indexOf("\n", i + 1);
			}
			this.starts = starts;
		}
		return this.starts;
	}
	/** 1-based line and column of an offset. */
	position(offset) {
		const starts = this.lineStarts();
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = lo + hi + 1 >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return {
			line: lo + 1,
			column: offset - starts[lo] + 1
		};
	}
	/** The text of a 1-based line, without its line terminator. */
	lineText(line) {
		const starts = this.lineStarts();
		const start = starts[line - 1];
		if (start === void 0) return "";
		const next = starts[line];
		let end = next === void 0 ? this.text.length : next - 1;
		if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
		return this.text.slice(start, end);
	}
};
// src/scan/compile.ts
var CatalogError = class extends UserError {};
function compileCatalog(rules, overrides = {}) {
	const disabled = new Set(overrides.disabled ?? []);
	const compiled = [];
	const only = overrides.only ? new Set(overrides.only) : void 0;
	for (const rule of rules) {
		if (only ? !only.has(rule.id) : rule.smokeTestOnly) continue;
		const sev = overrides.severity?.[rule.id] ?? overrides.severity?.[rule.category];
		if (!rule.signalOnly && (disabled.has(rule.id) || disabled.has(rule.category) || sev === "off")) continue;
		const effective = sev && sev !== "off" ? {
			...rule,
			severity: sev,
			context: withSeverity(rule.context, sev)
		} : rule;
		compiled.push(compileRule(effective));
	}
	return {
		rules: compiled,
		ignoreTargets: /* @__PURE__ */ new Set([...rules.map((r) => r.id), ...categoriesOf(rules)])
	};
}
function withSeverity(context, sev) {
	if (!context?.otherwise) return context;
	return {
		...context,
		otherwise: sev
	};
}
function categoriesOf(rules) {
	return [...new Set(rules.map((r) => r.category))];
}
function compileRule(rule) {
	const flags = rule.caseSensitive ? "g" : "gi";
	try {
		const compiled = {
			rule,
			re: new RegExp(rule.pattern, rule.group ? flags + "d" : flags),
			skipsLockfiles: rule.category === "legacy-model"
		};
		if (rule.unless) compiled.unless = new RegExp(rule.unless, "i");
		if (rule.files) compiled.files = new RegExp(rule.files, "i");
		if (rule.context?.orAt) compiled.orAt = new RegExp(rule.context.orAt);
		if (rule.replacement.rewrite) compiled.rewrite = {
			from: new RegExp(rule.replacement.rewrite.from, "i"),
			to: rule.replacement.rewrite.to
		};
		return compiled;
	} catch (err) {
		throw new CatalogError(`rule ${rule.id}: invalid pattern: ${err.message}`);
	}
}
// src/scan/context.ts
/**
* Context beyond the file. Real projects keep the request struct or options class in one file and the client,
* the endpoint and the model IDs in a sibling file of the same package, and name the SDK once in a manifest. This
* module is the pure part of that: it collects the strong evidence each file gives (from a first, file-only match)
* and answers what context another file takes from its package (the other files of its directory) and its project
* (manifests and project-wide imports in an ancestor directory). No I/O: the full scan feeds it from its own pass
* over the tree, the pull-request scan from a context reader that lists only the changed files' directories and
* the manifests above them.
*/
/** Tags strong enough to lend to other files; weaker ones (a model ID, an action name) stay in their file. */
const SHAREABLE_TAGS = /* @__PURE__ */ new Set([
	"hunyuan",
	"lke",
	"hunyuan-cloudapi",
	"lke-sdk",
	"hunyuan-image",
	"llm-use"
]);
const MANIFEST_RE = /* @__PURE__ */ new RegExp("^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$", "i");
function isManifest(path) {
	return MANIFEST_RE.test(baseName(path));
}
function dirName(path) {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}
function baseName(path) {
	return path.slice(path.lastIndexOf("/") + 1);
}
/** The directories above a path's directory, nearest first, ending with the root (''). */
function ancestorDirs(path) {
	const out = [];
	let dir = dirName(path);
	for (;;) {
		out.push(dir);
		if (dir === "") return out;
		dir = dirName(dir);
	}
}
/**
* The language family of a file: a package is the files of one directory in one family (a Go package, a Java or
* Kotlin package, a Python package, a TS/JS folder). Documentation and data files are in no family: prose naming
* a host lends nothing to the code beside it, and nothing is lent to it.
*/
const FAMILIES = new Map(Object.entries({
	go: "go",
	java: "jvm",
	kt: "jvm",
	kts: "jvm",
	scala: "jvm",
	groovy: "jvm",
	py: "python",
	pyi: "python",
	ts: "js",
	tsx: "js",
	mts: "js",
	cts: "js",
	js: "js",
	jsx: "js",
	mjs: "js",
	cjs: "js",
	vue: "js",
	svelte: "js",
	cs: "csharp",
	php: "php",
	rb: "ruby",
	rs: "rust",
	swift: "swift",
	dart: "dart",
	c: "c",
	cc: "c",
	cpp: "c",
	h: "c",
	hpp: "c",
	lua: "lua"
}));
/** A Map, not an object: a file named `x.constructor` has no family. Asked of every file, so without a copy of its name. */
function familyOf(path) {
	const dot = path.lastIndexOf(".");
	if (dot <= path.lastIndexOf("/") + 1) return void 0;
	const ext = path.slice(dot + 1);
	return FAMILIES.get(ext) ?? FAMILIES.get(ext.toLowerCase());
}
function isUnder(path, dir) {
	return dir === "" || path.startsWith(dir + "/");
}
function packageKey(dir, family) {
	return `${family}:${dir}`;
}
/** Evidence of many files, and the context each file takes from the others. */
var ContextIndex = class {
	byDir = /* @__PURE__ */ new Map();
	project = [];
	manifestDirs = /* @__PURE__ */ new Set();
	seen = /* @__PURE__ */ new Set();
	byPath = /* @__PURE__ */ new Map();
	/** Each file's relative imports, as candidate paths per import (see relative-imports.ts). */
	imports = /* @__PURE__ */ new Map();
	/** Records a file the scan has seen: its evidence (possibly none), and whether it is a manifest. */
	add(path, evidence) {
		if (isManifest(path)) this.manifestDirs.add(dirName(path));
		if (evidence.length === 0 || this.seen.has(path)) return;
		this.seen.add(path);
		this.byPath.set(path, [...evidence]);
		const family = familyOf(path);
		const entry = {
			path,
			evidence: [...evidence]
		};
		if (family) {
			const key = packageKey(dirName(path), family);
			const list = this.byDir.get(key);
			if (list) list.push(entry);
			else this.byDir.set(key, [entry]);
		}
		if (evidence.some((e) => e.reach === "project")) this.project.push(entry);
	}
	/** A manifest seen by name only (its content had nothing legacy): it marks where a project starts. */
	noteManifest(path) {
		if (isManifest(path)) this.manifestDirs.add(dirName(path));
	}
	/** Records the files a file imports by relative path: each import's evidence is lent to it as a sibling's is. */
	noteImports(path, candidates) {
		if (candidates.length) this.imports.set(path, candidates);
	}
	get empty() {
		return this.byPath.size === 0;
	}
	/** Whether a file is in a package (directory and family) where another file lends evidence. */
	inPackageWithEvidence(path) {
		const family = familyOf(path);
		return family !== void 0 && (this.byDir.get(packageKey(dirName(path), family)) ?? []).some((e) => e.path !== path);
	}
	/** Directories whose whole subtree takes project evidence. */
	projectRoots() {
		return [...new Set(this.project.map((e) => this.projectRootOf(e.path)))];
	}
	/** Whether a file takes any context from outside itself. */
	touches(path) {
		if (this.inPackageWithEvidence(path) || this.importedEvidence(path).length) return true;
		if (familyOf(path) === void 0 && !isManifest(path)) return false;
		return this.project.some((e) => e.path !== path && isUnder(path, this.projectRootOf(e.path)));
	}
	contextFor(path) {
		const pkg = /* @__PURE__ */ new Map();
		const proj = /* @__PURE__ */ new Map();
		const family = familyOf(path);
		if (family === void 0) return void 0;
		for (const e of this.byDir.get(packageKey(dirName(path), family)) ?? []) {
			if (e.path === path) continue;
			for (const ev of e.evidence) if (!pkg.has(ev.tag)) pkg.set(ev.tag, {
				scope: "package",
				path: e.path,
				evidence: ev.what
			});
		}
		for (const e of this.importedEvidence(path)) for (const ev of e.evidence) if (!pkg.has(ev.tag)) pkg.set(ev.tag, {
			scope: "import",
			path: e.path,
			evidence: ev.what
		});
		for (const e of this.project) {
			if (e.path === path || !isUnder(path, this.projectRootOf(e.path))) continue;
			for (const ev of e.evidence) if (ev.reach === "project" && !proj.has(ev.tag)) proj.set(ev.tag, {
				scope: "project",
				path: e.path,
				evidence: ev.what
			});
		}
		return pkg.size || proj.size ? {
			package: pkg,
			project: proj
		} : void 0;
	}
	/** The evidence of the files a file imports: for each import, the first candidate path that lends any. */
	importedEvidence(path) {
		const out = [];
		for (const candidates of this.imports.get(path) ?? []) {
			const hit = candidates.find((c) => c !== path && this.byPath.has(c));
			if (hit !== void 0) out.push({
				path: hit,
				evidence: [...this.byPath.get(hit)]
			});
		}
		return out;
	}
	/** A manifest's project is its directory; a project-wide import's is the nearest directory above with a manifest. */
	projectRootOf(path) {
		if (isManifest(path)) return dirName(path);
		for (const dir of ancestorDirs(path)) if (this.manifestDirs.has(dir)) return dir;
		return "";
	}
};
// src/scan/ignore-directives.ts
var import_fastest_levenshtein = require_fastest_levenshtein();
const DIRECTIVE = /tokenhub-migration-ignore(-next-line)?(?![\w-])([^\n]*)/gi;
const KEYWORD = /tokenhub-migration-ignore/i;
const COMMENT_END = /\*\/|-->|%>|#}|"""|'''/;
/** Lower-case words joined by `-`, `_` or `.`: how every rule id and category is written. */
const ID_SHAPED = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/i;
function hasIgnoreKeyword(lineText) {
	return KEYWORD.test(lineText);
}
/** 1-based column where the first directive on the line starts, or 0 when there is none. */
function directiveColumn(lineText) {
	return lineText.search(KEYWORD) + 1;
}
function parseIgnoreDirectives(lineText, knownTargets) {
	if (!hasIgnoreKeyword(lineText)) return [];
	const directives = [];
	for (const m of lineText.matchAll(DIRECTIVE)) {
		let rest = m[2] ?? "";
		const end = rest.search(COMMENT_END);
		if (end !== -1) rest = rest.slice(0, end);
		let reason;
		const dash = rest.indexOf("--");
		if (dash !== -1) {
			reason = rest.slice(dash + 2).trim() || void 0;
			rest = rest.slice(0, dash);
		}
		const words = rest.replace(/^[:\s]+/, "").split(/[\s,]+/).filter(Boolean);
		const targets = [];
		const unknown = [];
		const plain = [];
		for (const w of words) {
			const lower = w.toLowerCase();
			if (knownTargets.has(lower)) targets.push(lower);
			else if (ID_SHAPED.test(w)) unknown.push(w);
			else plain.push(w);
		}
		if (!reason && targets.length === 0 && plain.length > 0) reason = plain.join(" ");
		directives.push({
			scope: m[1] ? "next-line" : "line",
			targets,
			...reason ? { reason } : {},
			unknown
		});
	}
	return directives;
}
/** Whether the directive ignores this finding: never when it names a rule id that does not exist. */
function directiveCovers(d, ruleId, category) {
	if (d.unknown.length > 0) return false;
	return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
}
/** Why a directive with unknown ids ignores nothing, with the nearest known id for each. */
function unknownTargetsProblem(d, line, knownTargets) {
	const known = [...knownTargets];
	return `The ignore comment on line ${line} ignores nothing: ${d.unknown.map((w) => {
		const near = known.length ? (0, import_fastest_levenshtein.closest)(w.toLowerCase(), known) : void 0;
		return `'${w}'${near !== void 0 && (0, import_fastest_levenshtein.distance)(w.toLowerCase(), near) <= Math.max(2, Math.floor(w.length / 4)) ? ` (did you mean '${near}'?)` : ""}`;
	}).join(", ")} ${d.unknown.length === 1 ? "is not a rule id or category" : "are not rule ids or categories"}. Fix the id, or put a reason after ' -- '.`;
}
// src/scan/anchor-index.ts
/** The shortest set of anchors (lower-case, sorted) that every given anchor contains one of. */
function minimalAnchors(anchors) {
	const lower = [...new Set(anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0))];
	return lower.filter((a) => !lower.some((b) => b !== a && a.includes(b))).sort();
}
const indexes = /* @__PURE__ */ new WeakMap();
function anchorIndexOf(catalog) {
	let index = indexes.get(catalog);
	if (!index) {
		index = buildIndex(catalog.rules);
		indexes.set(catalog, index);
	}
	return index;
}
function alternation(anchors, flags) {
	return anchors.length ? new RegExp(anchors.map(escapeRegExp).join("|"), flags) : new RegExp("(?!)", flags);
}
function buildIndex(rules) {
	const prefilterAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false).flatMap((c) => c.rule.anchors));
	const minimal = minimalAnchors(rules.flatMap((c) => c.rule.anchors));
	const needs = /* @__PURE__ */ new Map();
	for (const c of rules) {
		const anchors = c.rule.anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0);
		needs.set(c, anchors.length ? minimal.filter((m) => anchors.some((a) => a.includes(m))) : void 0);
	}
	const finder = alternation(minimal, "gi");
	const lockfileAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false && !c.skipsLockfiles).flatMap((c) => c.rule.anchors));
	return {
		prefilterAnchors,
		prefilter: alternation(prefilterAnchors, "i"),
		lockfilePrefilter: alternation(lockfileAnchors, "i"),
		lockfilesSharePrefilter: lockfileAnchors.join("\n") === prefilterAnchors.join("\n"),
		contextAnchors(tag) {
			return minimalAnchors(rules.filter((c) => c.rule.context?.anyOf?.length && (c.rule.context.reach ?? "package") !== "file" && (tag === void 0 || c.rule.context.anyOf.includes(tag))).flatMap((c) => c.rule.anchors).map((a) => a.toLowerCase()).filter((a) => !prefilterAnchors.some((f) => a.includes(f))));
		},
		ruleAnchors: minimal,
		anyRule: alternation(minimal, "i"),
		rulesFor(text, given) {
			const present = given ?? /* @__PURE__ */ new Set();
			if (!given) {
				finder.lastIndex = 0;
				let m;
				while ((m = finder.exec(text)) !== null) {
					present.add(m[0].toLowerCase());
					finder.lastIndex = m.index + 1;
				}
			}
			return rules.filter((c) => {
				const need = needs.get(c);
				return need === void 0 || need.some((a) => present.has(a));
			});
		}
	};
}
// src/scan/lockfiles.ts
/**
* Lockfiles: generated by package managers, full of package names and base64 integrity hashes (`sha512-...`).
* They are scanned, since a legacy SDK's package name in one is worth reporting, but no model ID in them is ever
* sent to an API, and short model anchors (`hy3`, `hy4`) turn up in their hashes by chance: model rules skip them,
* and so does the prefilter when only model rules could match.
*/
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|bun\.lockb?|deno\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|composer\.lock|Gemfile\.lock|go\.sum|packages\.lock\.json|gradle\.lockfile|pubspec\.lock|Podfile\.lock|Package\.resolved|mix\.lock|flake\.lock)$/i;
function isLockfile(path) {
	return LOCKFILE.test(baseName(path));
}
// src/scan/match-text.ts
/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;
const NO_NEIGHBOURHOOD = {
	before: "",
	after: ""
};
/**
* Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
* Two steps: collectMatches() finds every rule's raw matches, decideFindings() decides which are findings, at
* what severity, given the context the file takes from other files.
*/
function matchText(text, path, catalog, external, options = {}) {
	return matchFile(text, path, catalog, external, options).findings;
}
function matchFile(text, path, catalog, external, options = {}) {
	const collected = collectMatches(text, path, catalog, void 0, options);
	return {
		findings: decideFindings(collected, catalog, external, options),
		shared: collected.shared
	};
}
function collectMatches(text, path, catalog, present, options = {}) {
	const fingerprints = options.fingerprints !== false;
	const base = baseName(path);
	const lockfile = isLockfile(path);
	const lines = new LineIndex(text);
	const matches = [];
	const index = ruleIndexOf(catalog);
	const tags = /* @__PURE__ */ new Set();
	for (const compiled of anchorIndexOf(catalog).rulesFor(text, present)) {
		const { re, unless, rule } = compiled;
		if (compiled.files && !compiled.files.test(base)) continue;
		if (lockfile && compiled.skipsLockfiles) continue;
		re.lastIndex = 0;
		let m;
		while ((m = re.exec(text)) !== null) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			let start = m.index;
			let end = start + m[0].length;
			if (rule.group && m.indices?.[rule.group]) [start, end] = m.indices[rule.group];
			const matched = text.slice(start, end);
			if (unless?.test(matched)) continue;
			const from = lines.position(start);
			const to = lines.position(end);
			const lineText = lines.lineText(from.line);
			const raw = {
				rule: index.get(compiled),
				line: from.line,
				column: from.column,
				endLine: to.line,
				endColumn: to.column,
				text: matched,
				around: fingerprints ? neighbourhood(lineText, from.column, to.line === from.line ? to.column : Number.MAX_SAFE_INTEGER) : NO_NEIGHBOURHOOD
			};
			if (compiled.orAt) raw.atPosition = compiled.orAt.test(lineText.slice(0, from.column - 1));
			matches.push(raw);
			for (const t of rule.provides ?? []) tags.add(t);
		}
	}
	if (matches.length === 0) return {
		path,
		matches,
		directives: [],
		shared: []
	};
	resolveConditionalTags(matches, catalog, tags);
	const directives = [];
	if (hasIgnoreKeyword(text)) {
		const lineNumbers = /* @__PURE__ */ new Set();
		for (const r of matches) lineNumbers.add(r.line).add(r.line - 1);
		for (const line of [...lineNumbers].sort((a, b) => a - b)) {
			if (line < 1) continue;
			const lineText = lines.lineText(line);
			const found = parseIgnoreDirectives(lineText, catalog.ignoreTargets);
			if (found.length) directives.push([line, {
				directives: found,
				column: directiveColumn(lineText)
			}]);
		}
	}
	return {
		path,
		matches,
		directives,
		shared: sharedEvidence(matches, catalog, tags)
	};
}
/**
* Whether context from other files could change what a file's matches give: one of them needs a tag it may
* take from its package or project and does not have on its own. Only such files are decided again once the
* whole tree has lent its evidence.
*/
function takesOutsideContext(collected, catalog) {
	if (collected.matches.length === 0) return false;
	const tags = ownTags(collected, catalog);
	return collected.matches.some((r) => {
		const rule = catalog.rules[r.rule].rule;
		if (!rule.context?.anyOf?.length || (rule.context.reach ?? "package") === "file") return false;
		return !contextHolds(rule, tags);
	});
}
function ownTags(collected, catalog) {
	const tags = /* @__PURE__ */ new Set();
	for (const r of collected.matches) for (const t of catalog.rules[r.rule].rule.provides ?? []) tags.add(t);
	resolveConditionalTags(collected.matches, catalog, tags);
	return tags;
}
/** The findings of a file's matches, given the context it takes from other files. */
function decideFindings(collected, catalog, external, options = {}) {
	const { matches, path } = collected;
	if (matches.length === 0) return [];
	const tags = ownTags(collected, catalog);
	if (external) resolveConditionalTags(matches, catalog, tags, external);
	const around = /* @__PURE__ */ new Map();
	const findings = [];
	for (const r of matches) {
		const { rule } = catalog.rules[r.rule];
		if (rule.signalOnly) continue;
		let decided = severityInContext(rule, tags, external);
		if (decided?.severity !== rule.severity && r.atPosition && !rule.context?.noneOf?.some((t) => tags.has(t))) decided = { severity: rule.severity };
		if (!decided) continue;
		const { severity, via } = decided;
		const replacement = replacementFor(catalog.rules[r.rule], r.text);
		const finding = {
			ruleId: rule.id,
			category: rule.category,
			severity,
			path,
			line: r.line,
			column: r.column,
			endLine: r.endLine,
			endColumn: r.endColumn,
			message: composeMessage(rule, r.text, replacement, via, rule.category === "legacy-search" && tags.has("tokenhub")),
			match: r.text.length > MAX_MATCH_CHARS ? r.text.slice(0, MAX_MATCH_CHARS) + "…" : r.text
		};
		if (via) finding.context = { ...via };
		if (replacement !== void 0) finding.replacement = replacement;
		const docsUrl = docsUrlOf(rule);
		if (docsUrl) finding.docsUrl = docsUrl;
		around.set(finding, r.around);
		findings.push(finding);
	}
	const directivesByLine = new Map(collected.directives);
	const directivesOn = (line) => directivesByLine.get(line)?.directives ?? [];
	const kept = [];
	const ignored = [];
	for (const f of dedupe(findings, catalog)) {
		const here = directivesByLine.get(f.line);
		if (here && here.directives.some((d) => d.scope === "line" || d.scope === "next-line") && f.column > here.column) continue;
		const on = directivesOn(f.line);
		const before = directivesOn(f.line - 1);
		const directive = on.find((d) => d.scope === "line" && directiveCovers(d, f.ruleId, f.category)) ?? before.find((d) => d.scope === "next-line" && directiveCovers(d, f.ruleId, f.category));
		if (directive) {
			ignored.push({
				...f,
				ignoredInline: directive.reason ? { reason: directive.reason } : {}
			});
			continue;
		}
		const misspelt = on.find((d) => d.scope === "line" && d.unknown.length) ?? before.find((d) => d.scope === "next-line" && d.unknown.length);
		if (misspelt) {
			const at = on.includes(misspelt) ? f.line : f.line - 1;
			kept.push({
				...f,
				ignoreProblem: unknownTargetsProblem(misspelt, at, catalog.ignoreTargets)
			});
		} else kept.push(f);
	}
	if (options.fingerprints === false) return [...kept, ...ignored].sort(inFileOrder);
	const neighbourhoodOf = (f) => around.get(f) ?? around.get(original(f, findings));
	const out = withFingerprintsAround(kept, neighbourhoodOf);
	if (ignored.length) out.push(...withFingerprintsAround(ignored, neighbourhoodOf));
	return out.sort(inFileOrder);
}
/** The finding an ignored copy was made from (same place and rule). */
function original(f, findings) {
	return findings.find((o) => o.ruleId === f.ruleId && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn);
}
const ruleIndexes = /* @__PURE__ */ new WeakMap();
function ruleIndexOf(catalog) {
	let index = ruleIndexes.get(catalog);
	if (!index) {
		index = new Map(catalog.rules.map((c, i) => [c, i]));
		ruleIndexes.set(catalog, index);
	}
	return index;
}
function inFileOrder(a, b) {
	return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw, catalog, tags, external) {
	const conditional = [...new Set(raw.map((r) => catalog.rules[r.rule].rule).filter((rule) => rule.providesWhenReported?.length))];
	let changed = true;
	while (changed) {
		changed = false;
		for (const rule of conditional) {
			if (!contextHolds(rule, tags, external)) continue;
			for (const t of rule.providesWhenReported) if (!tags.has(t)) {
				tags.add(t);
				changed = true;
			}
		}
	}
}
const REACH_RANK = {
	file: 0,
	package: 1,
	project: 2
};
/** Where a tag the rule needs comes from: undefined = not available, 'own' = the file itself, else the other file. */
function tagSource(rule, tag, tags, external) {
	if (tags.has(tag)) return "own";
	if (!external || rule.context?.unlessOwn?.some((t) => tags.has(t))) return void 0;
	const reach = REACH_RANK[rule.context?.reach ?? "package"];
	if (reach >= 1 && external.package.has(tag)) return external.package.get(tag);
	if (reach >= 2 && external.project.has(tag)) return external.project.get(tag);
}
function contextHolds(rule, tags, external) {
	return severityInContext(rule, tags, external)?.severity === rule.severity;
}
/** The severity of a match in its context, and the phrase naming outside context when that is what decided it. */
function severityInContext(rule, tags, external) {
	const ctx = rule.context;
	if (!ctx) return { severity: rule.severity };
	if (ctx.noneOf?.some((t) => tags.has(t))) return void 0;
	if (!ctx.anyOf || ctx.anyOf.length === 0) return { severity: rule.severity };
	let via;
	for (const t of ctx.anyOf) {
		const source = tagSource(rule, t, tags, external);
		if (source === "own") return { severity: rule.severity };
		if (source !== void 0 && via === void 0) via = source;
	}
	if (via !== void 0) return {
		severity: rule.severity,
		via
	};
	return ctx.otherwise ? { severity: ctx.otherwise } : void 0;
}
/** The strong evidence this file lends: tags of rules that share them, as far as their rule says. */
function sharedEvidence(raw, catalog, tags) {
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	for (const r of raw) {
		const { rule } = catalog.rules[r.rule];
		if (!rule.shares) continue;
		const given = [...rule.provides ?? [], ...contextHolds(rule, tags) ? rule.providesWhenReported ?? [] : []];
		for (const tag of given) {
			if (!SHAREABLE_TAGS.has(tag)) continue;
			const key = `${tag}:${rule.shares}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const shown = r.text.length > 60 ? r.text.slice(0, 60) + "…" : r.text;
			out.push({
				tag,
				reach: rule.shares,
				what: `${rule.evidenceName ?? rule.title} \`${shown}\``
			});
		}
	}
	return out;
}
function replacementFor(compiled, matched) {
	const { rewrite, rule } = compiled;
	if (rewrite && rewrite.from.test(matched)) return matched.replace(rewrite.from, rewrite.to);
	return rule.replacement.value;
}
function composeMessage(rule, matched, replacement, via, onTokenHub = false) {
	const shown = matched.length > 80 ? matched.slice(0, 80) + "…" : matched;
	const parts = [rule.message.replace("{match}", shown)];
	if (via) parts.push(`(Context: ${contextPhrase(via)}.)`);
	if (onTokenHub) parts.push("This file already calls TokenHub, which does not take this field: the request fails or silently loses search.");
	const primary = rule.sources[0]?.evidence;
	if (primary === "unverified") parts.push("(Unverified: not found in Tencent's documentation.)");
	else if (primary === "third-party" || primary === "inferred") parts.push("(Source: third-party material, not Tencent's documentation.)");
	if (replacement !== void 0) parts.push(rule.replacement.evidence === "confirmed" ? `Replace with \`${replacement}\` (per Tencent's documentation).` : `Suggested replacement (not an official mapping): \`${replacement}\`.`);
	if (rule.replacement.hint) parts.push(rule.replacement.hint);
	return parts.join(" ");
}
/**
* Two rules of one category on the same text (a general model pattern over a specific one, a URL matched by
* two endpoint rules) report once: the more severe, then the one listed first in the catalog. For SDKs, one
* finding per line: an import line also names the request class.
*/
function dedupe(findings, catalog) {
	const order = new Map(catalog.rules.map((c, i) => [c.rule.id, i]));
	const ranked = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || order.get(a.ruleId) - order.get(b.ruleId) || a.line - b.line || a.column - b.column);
	const kept = [];
	const keptByLine = /* @__PURE__ */ new Map();
	for (const f of ranked) {
		const key = `${f.category}:${f.line}`;
		const sameLine = keptByLine.get(key) ?? [];
		const sameField = (k) => f.category === "legacy-search" && k.ruleId === f.ruleId && k.match === f.match;
		if (sameLine.some((k) => f.category === "legacy-sdk" || overlaps(k, f) || sameField(k))) continue;
		sameLine.push(f);
		keptByLine.set(key, sameLine);
		kept.push(f);
	}
	return kept.sort(inFileOrder);
}
function overlaps(a, b) {
	const aStart = [a.line, a.column];
	const aEnd = [a.endLine, a.endColumn];
	const bStart = [b.line, b.column];
	return cmp(aStart, [b.endLine, b.endColumn]) < 0 && cmp(bStart, aEnd) < 0;
}
function cmp(p, q) {
	return p[0] - q[0] || p[1] - q[1];
}
export { replacementFor as a, anchorIndexOf as c, ancestorDirs as d, dirName as f, LineIndex as g, compileCatalog as h, matchText as i, minimalAnchors as l, isManifest as m, composeMessage as n, takesOutsideContext as o, familyOf as p, decideFindings as r, isLockfile as s, collectMatches as t, ContextIndex as u };
