import "./rolldown-runtime-DYf_mQCB.js";
import { a as TOKENHUB_HOSTS, c as TOKENHUB_BASE_URL_MAINLAND, i as DEFAULT_SMOKE_TEST_MODEL, n as RULES, o as TOKENHUB_MODELS, r as TOKENHUB_MODEL_NOT_ENABLED, s as TOKENHUB_BASE_URL_INTL } from "./catalog-CqUKOmiI.js";
import { t as UserError } from "./errors-C-PByt-N.js";
import { h as compileCatalog, i as matchText } from "./match-text-DMQVaqK_.js";
import { i as notIgnored } from "./finding-Cj3i0QD5.js";
import { i as scan } from "./scanner-Bs4ExdaE.js";
import "./redact-YNyIT6zt.js";
// src/smoke/cross-check.ts
/**
* A model the code names that the key's model list does not contain becomes a finding on the line that names it,
* unless a test call to it succeeded (then the list was incomplete, and the call is the better evidence).
* Without a model list there is nothing to compare against, so no findings.
*/
function crossCheck(references, report) {
	const ids = report.modelList.ids;
	if (!report.modelList.ok || !ids) return [];
	const listed = new Set(ids);
	const byModel = new Map(report.models.map((m) => [m.model, m]));
	const out = [];
	for (const ref of references) {
		const model = ref.match;
		if (listed.has(model)) continue;
		const check = byModel.get(model);
		if (check?.status === "enabled") continue;
		const p = check?.problem;
		const evidence = p ? `Its test call failed too (${[
			p.status ? `HTTP ${p.status}` : void 0,
			p.code ? `code ${p.code}` : void 0,
			p.kind
		].filter(Boolean).join(", ")}; see the smoke test results).` : `(The key's model list at ${report.endpoint.host} has ${ids.length} models, not this one.)`;
		out.push({
			...ref,
			message: `${ref.message} ${evidence}`
		});
	}
	return out;
}
/** A model ID as the user may type it: letters, digits and `._:/-`, starting with a letter or digit. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
var ModelListError = class extends UserError {};
function validateModelIds(ids, inputName) {
	const bad = ids.filter((id) => !MODEL_ID.test(id));
	if (bad.length) throw new ModelListError(`${inputName}: not a model ID: ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(", ")}`);
	return [...new Set(ids)];
}
/**
* The models to test: those configured, else the TokenHub models the code names (most referenced first),
* else TokenHub's guide model.
*/
function selectModels(configured, references, max = 5) {
	let source;
	let wanted;
	if (configured.length) {
		source = "input";
		wanted = [...new Set(configured)];
	} else if (references.length) {
		source = "code";
		const counts = /* @__PURE__ */ new Map();
		for (const r of references) counts.set(r.match, (counts.get(r.match) ?? 0) + 1);
		wanted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
	} else {
		source = "default";
		wanted = [DEFAULT_SMOKE_TEST_MODEL];
	}
	const kind = new Map(TOKENHUB_MODELS.map((m) => [m.id, m.kind]));
	const chatWanted = wanted.filter((id) => (kind.get(id) ?? "chat") === "chat");
	return {
		source,
		chat: chatWanted.slice(0, max),
		listOnly: wanted.filter((id) => (kind.get(id) ?? "chat") !== "chat"),
		overLimit: chatWanted.slice(max)
	};
}
// src/smoke/base-url.ts
/** A base URL the key must not be sent to. The message names the host only, never the whole URL. */
var BaseUrlError = class extends UserError {};
const LOOPBACK_HOSTS = /* @__PURE__ */ new Set([
	"127.0.0.1",
	"localhost",
	"[::1]"
]);
const WHERE_TO = `Use ${TOKENHUB_BASE_URL_INTL} (international) or ${TOKENHUB_BASE_URL_MAINLAND} (mainland); accepted TokenHub hosts: ${TOKENHUB_HOSTS.map((h) => h.host).join(", ")}.`;
/**
* Checks a base URL before any request is made, so that a TokenHub key never reaches a legacy Hunyuan or LKE
* host, a typo, or a third party. Empty means the international endpoint.
*/
function parseTokenHubBaseUrl(raw) {
	const input = raw.trim() || "https://tokenhub-intl.tencentcloudmaas.com/v1";
	let url;
	try {
		url = new URL(input);
	} catch {
		throw new BaseUrlError(`tokenhub-base-url is not a URL. ${WHERE_TO}`);
	}
	const host = url.hostname.toLowerCase();
	if (url.username || url.password) throw new BaseUrlError(`tokenhub-base-url must not carry credentials (host ${host}); the key goes in tokenhub-api-key.`);
	if (url.search || url.hash) throw new BaseUrlError(`tokenhub-base-url must not have a query or fragment (host ${host}).`);
	const path = url.pathname.replace(/\/+$/, "");
	if (LOOPBACK_HOSTS.has(host)) {
		if (url.protocol !== "http:" && url.protocol !== "https:") throw new BaseUrlError(`tokenhub-base-url must use http or https (host ${host}).`);
		return {
			url: `${url.protocol}//${url.host}${path}`,
			host,
			kind: "loopback"
		};
	}
	const known = TOKENHUB_HOSTS.find((h) => h.host === host);
	if (!known) throw new BaseUrlError(notTokenHub(input, host));
	if (url.protocol !== "https:") throw new BaseUrlError(`tokenhub-base-url must use https for ${host}.`);
	if (url.port) throw new BaseUrlError(`tokenhub-base-url must not name a port for ${host}.`);
	if (path !== "" && path !== "/v1") throw new BaseUrlError(`tokenhub-base-url path must be /v1 for ${host} (got ${path}): TokenHub's OpenAI-compatible API lives there.`);
	return {
		url: `https://${host}/v1`,
		host,
		kind: "tokenhub",
		region: known.region
	};
}
function notTokenHub(input, host) {
	const legacy = notIgnored(matchText(input, "tokenhub-base-url", compileCatalog(RULES))).find((f) => f.category === "legacy-endpoint");
	if (legacy) return `tokenhub-base-url points at ${host}, a legacy endpoint (${RULES.find((r) => r.id === legacy.ruleId)?.title ?? legacy.ruleId}); a TokenHub key is never sent there. ${WHERE_TO}`;
	return `tokenhub-base-url points at ${host}, which is not a TokenHub endpoint; the key is not sent there. ${WHERE_TO}`;
}
// src/smoke/model-references.ts
let compiled;
function referenceCatalog() {
	compiled ??= compileCatalog(RULES, { only: [TOKENHUB_MODEL_NOT_ENABLED] });
	return compiled;
}
/**
* The references in a tree. A reference that a scan finding already calls legacy (a DeepSeek ID sent to the
* LKE API) is not a TokenHub reference: it is about to change, so it is neither tested nor cross-checked.
*/
async function findModelReferences(scope, legacyFindings = []) {
	const result = await scan({
		...scope,
		catalog: referenceCatalog()
	});
	return withoutLegacy(notIgnored(result.findings), legacyFindings);
}
function withoutLegacy(references, legacyFindings) {
	const legacy = legacyFindings.filter((f) => f.category === "legacy-model");
	if (legacy.length === 0) return [...references];
	return references.filter((r) => !legacy.some((l) => l.path === r.path && overlaps(l, r)));
}
function overlaps(a, b) {
	const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 < c2;
	return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}
/** Why `key` cannot be a TokenHub API key, or undefined when it may be one. Never includes the key. */
function apiKeyProblem(key) {
	if (/[\r\n]/.test(key)) return "the TokenHub API key contains a line break. Store only the key, on one line, in the secret (a copied key often carries a trailing newline or a second line)";
	if (/[\s\u0000-\u001f\u007f]/.test(key)) return "the TokenHub API key contains a space or a control character. Store only the key in the secret, without quotes or spaces";
	if (key.length < 16) return `the TokenHub API key is ${key.length} characters long, shorter than any real key (TokenHub keys are sk- followed by dozens of characters). Check that the secret holds the whole key, not a placeholder`;
}
async function runSmokeTest(req) {
	const selection = selectModels(req.models, req.references, req.maxModels);
	const { checkKey } = await import("./check-key-C0fS23yF.js");
	const raw = await checkKey({
		apiKey: req.apiKey,
		endpoint: req.endpoint,
		models: selection.chat,
		timeoutMs: req.timeoutMs ?? 3e4,
		...req.maxRetries !== void 0 ? { maxRetries: req.maxRetries } : {}
	});
	const { modelList } = raw;
	const listed = modelList.ok && modelList.ids ? new Set(modelList.ids) : void 0;
	const withListing = (m) => {
		if (!listed) return m;
		const status = modelList.statuses?.[m.model];
		const out = {
			...m,
			listed: listed.has(m.model)
		};
		if (status) out.listStatus = status;
		if (status === "pre-offline") out.note = [m.note, "TokenHub marks it pre-offline: it is about to be retired"].filter(Boolean).join("; ");
		return out;
	};
	const models = raw.models.map(withListing);
	for (const model of selection.listOnly) if (!listed) models.push({
		model,
		status: "not-tried",
		note: "not a chat model, and the key's model list could not be read"
	});
	else if (listed.has(model)) models.push(withListing({
		model,
		status: "listed",
		note: "not a chat model: found in the key's model list, not called"
	}));
	else models.push({
		model,
		status: "failed",
		listed: false,
		problem: {
			kind: "model-unavailable",
			fatal: false,
			message: `${model} is not in the key's model list: enable it in the TokenHub console, or check the key's Accessible Range.`
		}
	});
	for (const model of selection.overLimit) models.push(withListing({
		model,
		status: "not-tried",
		note: `over the limit of ${selection.chat.length} models per run; name the ones to test in smoke-test-models`
	}));
	const report = {
		outcome: Boolean(modelList.problem?.fatal) || models.some((m) => m.status === "failed") ? "failed" : "passed",
		endpoint: req.endpoint,
		modelList,
		models,
		modelSource: selection.source
	};
	return {
		report,
		findings: crossCheck(req.references, report),
		selection
	};
}
export { BaseUrlError, ModelListError, apiKeyProblem, findModelReferences, parseTokenHubBaseUrl, runSmokeTest, validateModelIds };
