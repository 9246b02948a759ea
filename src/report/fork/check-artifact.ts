import { RULES } from '../../catalog/index.js';
import { docsUrlOf } from '../../catalog/docs-url.js';
import type { Finding } from '../../finding/finding.js';
import { compileCatalog } from '../../scan/compile.js';
import { composeMessage, replacementFor } from '../../scan/match-text.js';
import type { ReportFinding } from '../board/report-schema.js';
import type { PullLines } from './pull-lines.js';

/**
 * Holds every finding of a fork's artifact against what GitHub itself says about the pull request: the commit must
 * be the one the workflow_run event names (and the PR's head), each finding must sit on a line the PR adds and quote
 * that line's text exactly, its rule must be one of ours, and its message, replacement and link must be what that
 * rule says for that text. One finding that fails any check refuses the whole artifact: a report that lies once is
 * not believed elsewhere. Nothing of the artifact's own text reaches a comment unless it equals what we would write.
 */

export const MAX_ARTIFACT_FINDINGS = 5_000;

export interface TrustedPull {
  /** `workflow_run.head_sha` from the event payload: the commit the pull_request run scanned. */
  runHeadSha: string;
  /** The PR as the API returns it now. */
  number: number;
  headSha: string;
  lines: PullLines;
}

export type ArtifactCheck = { findings: Finding[] } | { refused: string };

const catalog = compileCatalog(RULES);
const compiledById = new Map(catalog.rules.map((c) => [c.rule.id, c]));
const MAX_MATCH_CHARS = 200;

export function checkArtifact(report: { findings: readonly ReportFinding[]; run: { sha: string; pullRequest: { number: number; headSha: string } } }, pull: TrustedPull): ArtifactCheck {
  const { pullRequest } = report.run;
  if (pullRequest.number !== pull.number) return { refused: `the report is about pull request #${pullRequest.number}, not #${pull.number}` };
  if (pullRequest.headSha !== pull.runHeadSha || report.run.sha !== pull.runHeadSha) {
    return { refused: `the report is about commit ${pullRequest.headSha.slice(0, 7)}, but the pull_request run was on ${pull.runHeadSha.slice(0, 7)}` };
  }
  if (pull.headSha !== pull.runHeadSha) return { refused: `the pull request has moved on to ${pull.headSha.slice(0, 7)} since the run; the next run reports on it` };
  if (report.findings.length > MAX_ARTIFACT_FINDINGS) return { refused: `the report has ${report.findings.length} findings, over the cap of ${MAX_ARTIFACT_FINDINGS}` };

  const findings: Finding[] = [];
  for (const [i, f] of report.findings.entries()) {
    const where = `finding ${i + 1} (${JSON.stringify(f.path.slice(0, 100))}:${f.line})`;
    const compiled = compiledById.get(f.ruleId);
    if (!compiled) return { refused: `${where}: rule ${JSON.stringify(f.ruleId.slice(0, 60))} is not one of this tool's rules` };
    const { rule } = compiled;
    if (f.category !== rule.category) return { refused: `${where}: category ${f.category} is not the rule's (${rule.category})` };
    const text = pull.lines.get(f.path)?.get(f.line);
    if (text === undefined) return { refused: `${where}: not on a line this pull request adds` };
    if (f.endLine !== f.line || f.endColumn <= f.column) return { refused: `${where}: the position is not a span of one line` };
    const quoted = text.slice(f.column - 1, f.endColumn - 1);
    const shown = quoted.length > MAX_MATCH_CHARS ? quoted.slice(0, MAX_MATCH_CHARS) + '…' : quoted;
    if (f.match !== shown || !matchesAt(compiled.re, text, f.column - 1, f.endColumn - 1)) return { refused: `${where}: the matched text is not what the line says there` };
    const replacement = replacementFor(compiled, quoted);
    if (f.replacement !== replacement) return { refused: `${where}: the replacement is not the rule's` };
    // The scan may say where the file's context came from (its structured `context`), and that a TokenHub client still
    // sends the field: rebuild the message with those parts as claimed and require the very same text, so nothing
    // else can ride along.
    const via = f.context;
    const ruleMessages = [false, true].map((onTokenHub) => composeMessage(rule, quoted, replacement, via, onTokenHub));
    if (!ruleMessages.includes(f.message)) return { refused: `${where}: the message is not the rule's` };
    const docsUrl = docsUrlOf(rule);
    if (f.docsUrl !== docsUrl) return { refused: `${where}: the link is not the rule's page` };
    const finding: Finding = { ruleId: rule.id, category: rule.category, severity: f.severity, path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message, match: f.match };
    if (replacement !== undefined) finding.replacement = replacement;
    if (docsUrl) finding.docsUrl = docsUrl;
    if (via) finding.context = { scope: via.scope, path: via.path, evidence: via.evidence };
    findings.push(finding);
  }
  return { findings };
}

/** The rule's pattern matches the line exactly there (on the line alone: a finding of ours never spans lines). */
function matchesAt(re: RegExp, text: string, start: number, end: number): boolean {
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
    if (m.index === start && m[0].length === end - start) return true;
    if (m.index > start) break;
  }
  return false;
}
