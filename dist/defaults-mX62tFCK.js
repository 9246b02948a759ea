import { t as UserError } from "./errors-C-PByt-N.js";
import { l as escapeRegExp } from "./catalog-CqUKOmiI.js";
// src/config/issues.ts
var ConfigError = class extends UserError {
	issues;
	constructor(issues) {
		super(issues.map(formatIssue).join("\n"));
		this.issues = issues;
	}
};
function formatIssue(i) {
	return `${i.file}:${i.line}:${i.column}: ${i.key ? `${i.key}: ` : ""}${i.message}`;
}
function keyPathText(keyPath) {
	let out = "";
	for (const seg of keyPath) if (typeof seg === "number") out += `[${seg}]`;
	else out += out ? `.${String(seg)}` : String(seg);
	return out;
}
// src/config/custom-rules.ts
/**
* Users' own legacy endpoints and model IDs (config `extra.endpoints` / `extra.models`) as two catalog rules.
* The entries are untrusted text: never raw regular expressions. Each is literal text with at most a few
* `*` wildcards, which become bounded character classes, so every pattern stays linear-time.
*/
const CUSTOM_ENDPOINT_RULE_ID = "custom-endpoint";
const CUSTOM_MODEL_RULE_ID = "custom-model";
const MAX_WILDCARDS = 2;
const MIN_LITERAL_RUN = 4;
/** The longest run of literal characters: the prefilter's anchor for the entry. */
function longestLiteral(entry) {
	return entry.split("*").reduce((a, b) => b.length > a.length ? b : a, "");
}
function commonProblems(entry, kind) {
	if (entry.trim() !== entry || entry === "") return `an ${kind} must be non-empty text without surrounding spaces`;
	if ((entry.match(/\*/g) ?? []).length > MAX_WILDCARDS) return `at most ${MAX_WILDCARDS} \`*\` wildcards in one ${kind}`;
	if (entry.includes("**")) return "`**` is not supported here: one `*` stands for a run of characters";
	if (longestLiteral(entry).length < MIN_LITERAL_RUN) return `an ${kind} needs a literal part of at least ${MIN_LITERAL_RUN} characters`;
}
function stripScheme(entry) {
	return entry.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
}
function validateCustomEndpoint(raw) {
	if (raw.length > 200) return "an endpoint is at most 200 characters";
	const entry = stripScheme(raw);
	const problem = commonProblems(entry, "endpoint");
	if (problem) return problem;
	const [host = "", ...pathParts] = entry.split("/");
	if (!/^[A-Za-z0-9*](?:[A-Za-z0-9.*-]*[A-Za-z0-9*])?(?::\d{1,5})?$/.test(host)) return `'${host}' is not a host name (letters, digits, dots, hyphens, an optional :port, and \`*\` for one label)`;
	const path = pathParts.join("/");
	if (path && !/^[A-Za-z0-9._~%*/-]+$/.test(path)) return "the path part may hold letters, digits and . _ ~ % - / *";
}
function validateCustomModel(entry) {
	if (entry.length > 100) return "a model ID is at most 100 characters";
	const problem = commonProblems(entry, "model ID");
	if (problem) return problem;
	if (!/^[A-Za-z0-9._:/*-]+$/.test(entry)) return "a model ID may hold letters, digits and . _ : / - (and `*`)";
}
/** `*` in a host: one DNS label; in a path: one segment. */
function endpointSource(raw) {
	const entry = stripScheme(raw);
	const slash = entry.indexOf("/");
	const host = slash === -1 ? entry : entry.slice(0, slash);
	const path = slash === -1 ? "" : entry.slice(slash);
	const part = (text, star) => text.split("*").map(escapeRegExp).join(star);
	return part(host, "[A-Za-z0-9-]{1,63}") + part(path, "[\\w.~%-]{1,100}");
}
function modelSource(entry) {
	return entry.split("*").map(escapeRegExp).join("[\\w.:-]{0,64}");
}
/** Longest first, so that a longer entry wins over its own prefix. */
function alternation(entries, source) {
	return [...new Set(entries)].sort((a, b) => b.length - a.length).map(source).join("|");
}
function customRules(extra, configPath) {
	const rules = [];
	const source = {
		ref: `${configPath} (extra)`,
		evidence: "configured"
	};
	if (extra.endpoints.length) rules.push({
		id: CUSTOM_ENDPOINT_RULE_ID,
		category: "legacy-endpoint",
		severity: "error",
		title: "Endpoint listed in the configuration",
		anchors: [...new Set(extra.endpoints.map((e) => longestLiteral(stripScheme(e)).toLowerCase()))],
		pattern: `(?<![\\w.-])(?:https?://)?(?:${alternation(extra.endpoints, endpointSource)})(?![\\w-]|\\.[A-Za-z0-9])`,
		provides: [
			"hunyuan",
			"lke",
			"llm-use"
		],
		message: "Endpoint `{match}` is listed as legacy in the configuration (extra.endpoints).",
		replacement: {
			hint: "Point the client at TokenHub (https://tokenhub-intl.tencentcloudmaas.com/v1) with a TokenHub API key, or at a gateway that forwards to it.",
			evidence: "inferred"
		},
		sources: [source]
	});
	if (extra.models.length) rules.push({
		id: CUSTOM_MODEL_RULE_ID,
		category: "legacy-model",
		severity: "error",
		title: "Model ID listed in the configuration",
		anchors: [...new Set(extra.models.map((e) => longestLiteral(e).toLowerCase()))],
		pattern: `(?<![\\w./-])(?:${alternation(extra.models, modelSource)})(?![\\w-]|\\.[A-Za-z0-9])`,
		caseSensitive: true,
		provides: ["llm-use"],
		message: "Model `{match}` is listed as legacy in the configuration (extra.models).",
		replacement: {
			hint: "Choose a TokenHub model enabled for your key.",
			evidence: "inferred"
		},
		sources: [source]
	});
	return rules;
}
// src/config/defaults.ts
/**
* The config a repository without a config file gets, without loading the schema (zod) to make it. The schema
* stays the source of the defaults: a test holds this object equal to ConfigSchema.parse({}).
*/
const DEFAULT_CONFIG_PATH = ".github/tokenhub-migration.yml";
function defaultConfig() {
	return {
		rules: {},
		include: [],
		exclude: [],
		extra: {
			endpoints: [],
			models: []
		},
		"fail-on": "error"
	};
}
export { customRules as a, ConfigError as c, CUSTOM_MODEL_RULE_ID as i, formatIssue as l, defaultConfig as n, validateCustomEndpoint as o, CUSTOM_ENDPOINT_RULE_ID as r, validateCustomModel as s, DEFAULT_CONFIG_PATH as t, keyPathText as u };
