import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * Content fingerprints: what a finding is, not where it is. They feed SARIF's partialFingerprints and the
 * baseline file, so that inserting or deleting lines above a finding, or re-indenting it, keeps its identity.
 *
 * A fingerprint hashes the rule, the file, the matched text and its neighbourhood on its own line (up to
 * NEIGHBOURHOOD_CHARS of whitespace-collapsed text on each side), plus which occurrence of that same
 * combination it is in the file. The neighbourhood tells apart two identical URLs in one file; the occurrence
 * number tells apart identical lines. Neighbouring lines are left out on purpose: a comment added above a
 * finding must not make it new.
 */

export const FINGERPRINT_VERSION = 1;
export const FINGERPRINT_KEY = `tokenhubMigration/v${FINGERPRINT_VERSION}`;
const NEIGHBOURHOOD_CHARS = 48;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The text around a match on its line, whitespace-collapsed. */
export interface Neighbourhood {
  before: string;
  after: string;
}

/** The text around a match on its line, whitespace-insensitive. Columns are 1-based UTF-16 units. */
export function neighbourhood(lineText: string, column: number, endColumn: number): Neighbourhood {
  const start = Math.max(0, column - 1);
  const end = Math.max(start, endColumn - 1);
  return {
    before: collapsedTail(lineText, start, NEIGHBOURHOOD_CHARS),
    after: collapsedHead(lineText, end, NEIGHBOURHOOD_CHARS),
  };
}

/*
 * A minified file is one line of megabytes: collapsing all of it for every finding would cost memory in
 * proportion to the line. Collapsing a window gives the same characters as collapsing the whole side, as soon as
 * the window yields more than `n` of them (only the window's cut edge can differ), so the window grows until then.
 */
function collapsedTail(line: string, end: number, n: number): string {
  for (let size = 4 * n; ; size *= 2) {
    const from = Math.max(0, end - size);
    const text = collapse(line.slice(from, end));
    if (from === 0) return text.trimStart().slice(-n);
    if (text.length > n) return text.slice(-n);
  }
}

function collapsedHead(line: string, start: number, n: number): string {
  for (let size = 4 * n; ; size *= 2) {
    const to = Math.min(line.length, start + size);
    const text = collapse(line.slice(start, to));
    if (to === line.length) return text.trimEnd().slice(0, n);
    if (text.length > n) return text.slice(0, n);
  }
}

function digest(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * Adds a fingerprint to each finding of one file's text. `lineText` returns a 1-based line's text.
 * Findings are numbered in file order, so the same input always gives the same fingerprints.
 */
export function withFingerprints(findings: readonly Finding[], lineText: (line: number) => string): Finding[] {
  return withFingerprintsAround(findings, (f) => neighbourhood(lineText(f.line), f.column, f.endLine === f.line ? f.endColumn : Number.MAX_SAFE_INTEGER));
}

/** withFingerprints with each finding's neighbourhood already taken from its line (the line itself may be gone). */
export function withFingerprintsAround(findings: readonly Finding[], neighbourhoodOf: (f: Finding) => Neighbourhood): Finding[] {
  const seen = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  const prints = new Map<Finding, string>();
  for (const f of ordered) {
    const { before, after } = neighbourhoodOf(f);
    const key = digest([FINGERPRINT_VERSION, f.ruleId, f.path, f.match, before, after]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    prints.set(f, digest([key, n]));
  }
  return findings.map((f) => ({ ...f, fingerprint: prints.get(f)! }));
}

/**
 * A finding's fingerprint. Findings made by the scanner carry one; for others (a report read from elsewhere),
 * the rule, file and match with an occurrence number stand in, which still ignores line numbers.
 */
export function fingerprintsOf(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    if (f.fingerprint) return f.fingerprint;
    const key = digest([FINGERPRINT_VERSION, f.ruleId, f.path, f.match]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return digest([key, 'no-context', n]);
  });
}
