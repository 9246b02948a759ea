/** What an octokit error says, read without loading octokit: its HTTP status, a one-line description, its kind. */

/** The HTTP status of an octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A short, single-line description of an API failure for warnings (never the token: octokit redacts it). */
export function describeApiError(err: unknown): string {
  const status = statusOf(err);
  const message = (err as Error | undefined)?.message?.split('\n')[0] ?? String(err);
  return status && status !== 500 ? `HTTP ${status}: ${message}` : message;
}

/** 401, or a 403 that is not a rate limit: the token lacks a permission. */
export function isPermissionDenied(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 401) return true;
  if (status !== 403) return false;
  // A 403 that is a rate limit is not a permission problem.
  return !/rate limit/i.test((err as Error).message ?? '');
}
