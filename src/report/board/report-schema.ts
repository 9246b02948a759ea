import { z } from 'zod';
import { REPOSITORY } from '../../github/repository-name.js';
import { TOOL_NAME } from '../../tool.js';

/**
 * The JSON report as another run wrote it, checked before any of it is believed: an organisation board reads
 * reports from hundreds of jobs, and the fork pattern reads one a fork's code produced. Only what the readers use is
 * declared; every string has a length cap, every number a range, and unknown keys are dropped.
 */

const SHA = /^[0-9a-f]{7,64}$/;

const Category = z.enum(['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search']);
const Severity = z.enum(['error', 'warning', 'notice']);
const Position = z.number().int().min(1).max(10_000_000);
/** Links the board shows: web links only (no `javascript:`), of a sane length. */
const WebUrl = z.url({ protocol: /^https?$/ }).max(2_000);

/** Text on one line (no line break of any kind). */
const ONE_LINE = /^[^\n\r\u2028\u2029]*$/;

export const ReportFinding = z.object({
  ruleId: z.string().min(1).max(200),
  category: Category,
  severity: Severity,
  path: z.string().min(1).max(4_096),
  line: Position,
  column: Position,
  endLine: Position,
  endColumn: Position,
  message: z.string().max(4_000),
  match: z.string().max(4_000),
  replacement: z.string().max(4_000).optional(),
  docsUrl: WebUrl.optional(),
  fingerprint: z.string().max(128).optional(),
  /** Where the finding's context came from (Finding.context). */
  context: z.object({ scope: z.enum(['package', 'import', 'project']), path: z.string().min(1).max(4_096).regex(ONE_LINE), evidence: z.string().max(300).regex(ONE_LINE) }).optional(),
});
export type ReportFinding = z.infer<typeof ReportFinding>;

export const ReportRun = z.object({
  repository: z.string().regex(REPOSITORY),
  sha: z.string().regex(SHA),
  event: z.string().max(100),
  mode: z.enum(['diff', 'full']),
  url: WebUrl.optional(),
  pullRequest: z.object({ number: z.number().int().min(1), baseSha: z.string().regex(SHA), headSha: z.string().regex(SHA) }).optional(),
  smokeTest: z.enum(['passed', 'failed', 'skipped']).optional(),
  fixPr: z.object({ state: z.enum(['opened', 'updated', 'unchanged', 'closed', 'none', 'skipped']), number: z.number().int().min(1).optional(), url: WebUrl.optional() }).optional(),
  trackingIssue: z.object({ action: z.enum(['created', 'updated', 'closed', 'reopened', 'unchanged', 'none']), number: z.number().int().min(1).optional(), url: WebUrl.optional() }).optional(),
});
export type ReportRun = z.infer<typeof ReportRun>;

/** The whole report (DESIGN.md's JSON report contract, version 1). */
export const ReportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal(TOOL_NAME), version: z.string().max(50) }),
  findings: z.array(ReportFinding).max(1_000_000),
  skipped: z.array(z.object({ path: z.string().max(4_096), reason: z.string().max(1_000) })).max(10_000_000),
  run: ReportRun.optional(),
});
export type CheckedReport = z.infer<typeof ReportSchema>;

/**
 * What the board reads of a report: per finding only the fields it counts by (the rest is neither shown nor
 * believed), which keeps checking 10,000 reports within the time a scheduled job should take.
 */
export const BoardFinding = ReportFinding.pick({ ruleId: true, category: true, severity: true, path: true });
export const BoardReportSchema = ReportSchema.extend({ findings: z.array(BoardFinding).max(1_000_000) });
export type BoardReport = z.infer<typeof BoardReportSchema>;

/** Is this JSON (already parsed) one of ours at all? Tells a foreign file from a broken report of ours. */
export function looksLikeOurReport(value: unknown): boolean {
  const tool = (value as { tool?: { name?: unknown } } | null)?.tool;
  return typeof value === 'object' && value !== null && tool?.name === TOOL_NAME;
}

/** The first few schema problems, as one line for a note or a warning. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
