// src/tool.ts
/** The tool's identity in reports. A test keeps the version equal to package.json's. */
const TOOL_NAME = "tokenhub-migration-check";
const TOOL_VERSION = "0.1.0";
const TOOL_URI = "https://github.com/tokenhub-migration-check/tokenhub-migration-check";
/**
* Where each rule's page (docs/rules/<rule-id>.md in this repository) is read in the browser. A GitHub blob URL,
* not a relative path: findings are shown in other repositories' summaries, annotations and SARIF, where a
* relative path would point into the wrong repository. Change the base here when the repository moves.
*/
const RULE_DOCS_BASE_URL = `${TOOL_URI}/blob/main/docs/rules/`;
function ruleDocsUrl(ruleId) {
	return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}
export { ruleDocsUrl as i, TOOL_URI as n, TOOL_VERSION as r, TOOL_NAME as t };
