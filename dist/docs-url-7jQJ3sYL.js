import { i as ruleDocsUrl } from "./tool-DWkNUuOs.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
// src/catalog/source-url.ts
/**
* The first web link among a rule's sources. A source's `ref` may carry a note after the URL
* ("https://… (Model parameter); …"), which is not part of a valid URI.
*/
function sourceUrl(rule) {
	for (const s of rule.sources) {
		const m = /^https:\/\/[^\s;,()]+/.exec(s.ref);
		if (m) return m[0];
	}
}
// src/catalog/docs-url.ts
/** Built-in rules that can be reported: each has a page in docs/rules/ (a test keeps the pages and the catalog in step). */
const WITH_PAGE = new Set(RULES.filter((r) => !r.signalOnly).map((r) => r.id));
/**
* Where a finding of this rule is explained: a built-in rule's page (its fix, per-language guidance and sources);
* for a rule from the user's configuration, its own first web source, if any.
*/
function docsUrlOf(rule) {
	return WITH_PAGE.has(rule.id) ? ruleDocsUrl(rule.id) : sourceUrl(rule);
}
export { docsUrlOf as t };
