import { describeApiError, isPermissionDenied } from './client.js';

/**
 * API writes that may be refused. A refusal becomes one warning that names the permission to add; the run goes on
 * with the other channels. Retries of 5xx answers and rate limits happened inside the client already.
 */

export type Permission = 'checks: write' | 'pull-requests: write' | 'contents: read' | 'issues: write';

export class ApiRefused extends Error {
  constructor(
    message: string,
    readonly permissionDenied: boolean,
  ) {
    super(message);
  }
}

/** Runs one API step; on failure throws ApiRefused with a message fit for a warning. */
export async function apiStep<T>(what: string, permission: Permission, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw apiRefused(what, permission, err);
  }
}

export function apiRefused(what: string, permission: Permission, err: unknown): ApiRefused {
  if (err instanceof ApiRefused) return err;
  if (isPermissionDenied(err)) {
    return new ApiRefused(
      `Could not ${what}: the token was refused (${describeApiError(err)}). Give the workflow's token '${permission}' ` +
        `(add it under \`permissions:\` in the job), or turn this output off.`,
      true,
    );
  }
  return new ApiRefused(`Could not ${what}: ${describeApiError(err)}`, false);
}
