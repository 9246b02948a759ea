import * as z from 'zod/mini';
import type { Finding } from '../finding/finding.js';
import { FINGERPRINT_VERSION, fingerprintsOf } from '../finding/fingerprint.js';
import { UserError } from '../errors.js';

/**
 * The baseline: today's findings, keyed by content fingerprint, so that a later run counts only what is new.
 * Pure: reading and writing the file is the caller's job. Line numbers are stored for people reading the file
 * and never used for matching.
 */

// zod/mini, as the action's inputs (src/config/action-inputs.ts): every run of the action loads this module.
const HEX32 = /^[0-9a-f]{32}$/;
const Fingerprint = z.string().check(z.regex(HEX32, 'must be 32 hexadecimal characters'));
const Entry = z.strictObject({
  fingerprint: Fingerprint,
  /** The finding's content without its path: it still matches after the file is renamed, moved or split. */
  contentFingerprint: z.optional(Fingerprint),
  ruleId: z.string(),
  path: z.string(),
  line: z.int().check(z.positive()),
  match: z.string(),
});

const BaselineSchema = z.strictObject({
  version: z.literal(1),
  tool: z.string(),
  fingerprintVersion: z.literal(FINGERPRINT_VERSION),
  findings: z.array(Entry),
});

export type BaselineEntry = z.infer<typeof Entry>;
export type Baseline = z.infer<typeof BaselineSchema>;

export class BaselineError extends UserError {}

export function createBaseline(findings: readonly Finding[], tool: string): Baseline {
  const prints = fingerprintsOf(findings);
  const entries = findings.map((f, i) => ({
    fingerprint: prints[i]!,
    ...(f.contentFingerprint ? { contentFingerprint: f.contentFingerprint } : {}),
    ruleId: f.ruleId,
    path: f.path,
    line: f.line,
    match: f.match,
  }));
  // A stable order keeps the file's diffs small when it is regenerated.
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, tool, fingerprintVersion: FINGERPRINT_VERSION, findings: entries };
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // JSON.parse quotes the text around the error; the file may not be a baseline at all, so only say where.
    throw new BaselineError(`${file}: not a JSON baseline file (invalid JSON${jsonErrorPosition(text, err)})`);
  }
  const parsed = BaselineSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = first.path.map(String).join('.') || '(top level)';
    const hint =
      first.path[0] === 'fingerprintVersion'
        ? ' The baseline was made by another version of the fingerprint; regenerate it with `tokenhub-migration-check baseline`.'
        : '';
    // Unknown keys are named by the file; say that there are some, not what they are.
    const what = first.code === 'unrecognized_keys' ? 'unknown key' : first.message;
    throw new BaselineError(`${file}: invalid baseline at ${where}: ${what}.${hint}`);
  }
  return parsed.data;
}

export interface BaselineOutcome {
  /** Findings the baseline does not know: these count, and fail the run. */
  fresh: Finding[];
  /** Findings the baseline already lists. */
  known: Finding[];
  /** Baseline entries no finding matched any more (fixed, or changed beyond recognition), within the scope. */
  stale: BaselineEntry[];
}

/**
 * Splits findings into new and known. `inScope` limits stale entries to files this run could have seen (a diff
 * scan sees only changed files, so entries elsewhere are not stale).
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, inScope: (path: string) => boolean = () => true): BaselineOutcome {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const prints = fingerprintsOf(findings);
  const matched = new Set<string>();
  const out: BaselineOutcome = { fresh: [], known: [], stale: [] };
  const unmatched: Finding[] = [];
  findings.forEach((f, i) => {
    const fp = prints[i]!;
    if (known.has(fp)) matched.add(fp);
    else unmatched.push(f);
  });
  // Then by content alone, for files renamed, moved or split: each entry nothing matched by path stands for one
  // finding, so a copy of a known line in a new file next to the original is still new.
  const spare = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    if (matched.has(e.fingerprint) || !e.contentFingerprint) continue;
    spare.set(e.contentFingerprint, [...(spare.get(e.contentFingerprint) ?? []), e]);
  }
  const moved = new Set<BaselineEntry>();
  const movedFindings = new Set<Finding>();
  for (const f of unmatched) {
    const entry = f.contentFingerprint ? spare.get(f.contentFingerprint)?.shift() : undefined;
    if (entry) {
      moved.add(entry);
      movedFindings.add(f);
    }
  }
  // In the findings' own order.
  out.known = findings.filter((f, i) => known.has(prints[i]!) || movedFindings.has(f));
  out.fresh = unmatched.filter((f) => !movedFindings.has(f));
  out.stale = baseline.findings.filter((e) => !matched.has(e.fingerprint) && !moved.has(e) && inScope(e.path));
  return out;
}

/** ` at line L, column C` from a JSON.parse error, or nothing: never the text itself. */
function jsonErrorPosition(text: string, err: unknown): string {
  const m = /position (\d+)/.exec((err as Error).message ?? '');
  if (!m) return '';
  const offset = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
