import { n as isPermissionDenied, r as statusOf, t as describeApiError } from "./errors-MmvItmDA.js";
// src/github/permissions.ts
var ApiRefused = class extends Error {
	permissionDenied;
	constructor(message, permissionDenied) {
		super(message);
		this.permissionDenied = permissionDenied;
	}
};
/** Refusals that no permission fixes: a repository or organization setting does. */
const SETTINGS = [{
	applies: (status) => status === 410,
	explain: "issues are disabled in this repository (HTTP 410). Turn them on in the repository settings"
}, {
	applies: (_status, message) => /not permitted to create or approve pull requests/i.test(message),
	explain: "GitHub Actions may not create pull requests in this repository. Allow it under Settings → Actions → General → \"Allow GitHub Actions to create and approve pull requests\" (or the organization's setting)"
}];
/** Runs one API step; on failure throws ApiRefused with a message fit for a warning. */
async function apiStep(what, permission, fn, opts = {}) {
	try {
		return await fn();
	} catch (err) {
		throw apiRefused(what, permission, err, opts);
	}
}
function apiRefused(what, permission, err, opts = {}) {
	if (err instanceof ApiRefused) return err;
	const off = opts.offSwitch ?? "turn this output off";
	const message = err?.message?.split("\n")[0] ?? String(err);
	const setting = SETTINGS.find((s) => s.applies(statusOf(err), message));
	if (setting) return new ApiRefused(`Could not ${what}: ${setting.explain}, or ${off}.`, true);
	if (isPermissionDenied(err)) return new ApiRefused(`Could not ${what}: the token was refused (${describeApiError(err)}). Give the workflow's token '${permission}' (add it under \`permissions:\` in the job), or ${off}.`, true);
	return new ApiRefused(`Could not ${what}: ${describeApiError(err)}`, false);
}
export { apiRefused as n, apiStep as r, ApiRefused as t };
