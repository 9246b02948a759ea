import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeIssues, ReportSchema, type CheckedReport } from '../board/report-schema.js';

/**
 * The report a fork's pull_request run uploaded, read by the trusted workflow_run half: never more than the cap,
 * never through a link, and checked against the report schema before anything in it is looked at. Everything in it
 * is the fork's to write; the caller still checks each finding against the pull request itself.
 */

export const MAX_ARTIFACT_BYTES = 10 * 1024 * 1024;

export type ArtifactRead = { report: CheckedReport & { run: NonNullable<CheckedReport['run']> & { pullRequest: NonNullable<NonNullable<CheckedReport['run']>['pullRequest']> } } } | { refused: string };

export function readArtifact(file: string, cap = MAX_ARTIFACT_BYTES): ArtifactRead {
  let text: string;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { refused: code === 'ELOOP' ? 'the report file is a symbolic link' : `the report file cannot be opened (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: 'the report file is not a regular file' };
    if (stat.size > cap) return { refused: `the report file is ${stat.size} bytes, over the ${cap}-byte cap` };
    const buf = Buffer.allocUnsafe(stat.size + 1);
    let used = 0;
    for (;;) {
      const n = readSync(fd, buf, used, buf.length - used, used);
      if (n === 0) break;
      used += n;
      if (used > cap || used === buf.length) return { refused: 'the report file grew while it was read' };
    }
    text = buf.toString('utf8', 0, used);
  } finally {
    closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { refused: 'the report file is not JSON' };
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) return { refused: `the report does not match the report schema (${describeIssues(parsed.error)})` };
  const run = parsed.data.run;
  if (!run?.pullRequest || run.event !== 'pull_request' || run.mode !== 'diff') {
    return { refused: "the report is not from a pull_request run in diff mode (no run.pullRequest): set json-file in the pull_request workflow's action step" };
  }
  return { report: parsed.data as Extract<ArtifactRead, { report: unknown }>['report'] };
}
