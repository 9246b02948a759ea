import { ApiRefused } from '../github/permissions.js';
import type { ApiSkip } from '../github/api-access.js';
import type { Reporter, ReportInput } from './context.js';

export type { ApiSkip };

/**
 * Says once which reporters that write through the API are skipped because API writes are off, so that each of
 * them need not fail with its own 403.
 */
export function announceApiSkips(reporters: readonly Reporter[], input: ReportInput, skip?: ApiSkip): void {
  const skipped = reporters.filter((r) => r.needsApi && !input.github).map((r) => r.name);
  if (!skipped.length) return;
  const message = `Skipping the ${skipped.join(', ')}: ${skip?.reason ?? 'API writes are off'}. The annotations and the job summary still show every finding, and the check still fails when configured.`;
  if (skip?.notice === false) input.log.info(message);
  else input.log.notice(message);
}

/**
 * Runs one reporter and returns what it produced. A failure costs that reporter only and becomes a warning;
 * a reporter that needs API writes does not run without them.
 */
export async function runReporter<P>(reporter: Reporter<P>, input: ReportInput): Promise<P | undefined> {
  if (reporter.needsApi && !input.github) return undefined;
  try {
    return await reporter.run(input);
  } catch (err) {
    input.log.warning(err instanceof ApiRefused ? err.message : `${reporter.name} failed: ${(err as Error).message}`);
    return undefined;
  }
}
