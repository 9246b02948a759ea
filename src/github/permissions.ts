import { describeApiError, isPermissionDenied, statusOf } from './errors.js';

/**
 * API writes that may be refused. A refusal becomes one warning that says what to change (the permission to add,
 * the setting to turn on); the run goes on with the other channels. Retries of 5xx answers and rate limits
 * happened inside the client already. The one place that turns an API failure into that message.
 */

export type Permission = 'checks: write' | 'pull-requests: write' | 'contents: read' | 'issues: write';

export class ApiRefused extends Error {
  constructor(
    message: string,
    /** The token or a repository setting refused: the user can fix it (not a server error). */
    readonly permissionDenied: boolean,
  ) {
    super(message);
  }
}

/** Refusals that no permission fixes: a repository or organization setting does. */
const SETTINGS: { applies(status: number | undefined, message: string): boolean; explain: string }[] = [
  {
    applies: (status) => status === 410,
    explain: 'issues are disabled in this repository (HTTP 410). Turn them on in the repository settings',
  },
  {
    applies: (_status, message) => /not permitted to create or approve pull requests/i.test(message),
    explain:
      'GitHub Actions may not create pull requests in this repository. Allow it under Settings → Actions → General → ' +
      '"Allow GitHub Actions to create and approve pull requests" (or the organization\'s setting)',
  },
];

export interface RefusalOptions {
  /** How to turn the output off instead (default: "turn this output off"). */
  offSwitch?: string;
}

/** Runs one API step; on failure throws ApiRefused with a message fit for a warning. */
export async function apiStep<T>(what: string, permission: Permission, fn: () => Promise<T>, opts: RefusalOptions = {}): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw apiRefused(what, permission, err, opts);
  }
}

export function apiRefused(what: string, permission: Permission, err: unknown, opts: RefusalOptions = {}): ApiRefused {
  if (err instanceof ApiRefused) return err;
  const off = opts.offSwitch ?? 'turn this output off';
  const message = (err as Error | undefined)?.message?.split('\n')[0] ?? String(err);
  const setting = SETTINGS.find((s) => s.applies(statusOf(err), message));
  if (setting) return new ApiRefused(`Could not ${what}: ${setting.explain}, or ${off}.`, true);
  if (isPermissionDenied(err)) {
    return new ApiRefused(
      `Could not ${what}: the token was refused (${describeApiError(err)}). Give the workflow's token '${permission}' ` +
        `(add it under \`permissions:\` in the job), or ${off}.`,
      true,
    );
  }
  return new ApiRefused(`Could not ${what}: ${describeApiError(err)}`, false);
}
