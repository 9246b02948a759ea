// src/github/errors.ts
/** What an octokit error says, read without loading octokit: its HTTP status, a one-line description, its kind. */
/** The HTTP status of an octokit error, if it has one. */
function statusOf(err) {
	const s = err?.status;
	return typeof s === "number" ? s : void 0;
}
/** A short, single-line description of an API failure for warnings (never the token: octokit redacts it). */
function describeApiError(err) {
	const status = statusOf(err);
	const message = err?.message?.split("\n")[0] ?? String(err);
	return status && status !== 500 ? `HTTP ${status}: ${message}` : message;
}
/** 401, or a 403 that is not a rate limit: the token lacks a permission. */
function isPermissionDenied(err) {
	const status = statusOf(err);
	if (status === 401) return true;
	if (status !== 403) return false;
	return !/rate limit/i.test(err.message ?? "");
}
export { isPermissionDenied as n, statusOf as r, describeApiError as t };
