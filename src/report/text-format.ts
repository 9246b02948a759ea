import pc from 'picocolors';
import { RULES, type Rule, type Severity } from '../catalog/index.js';
import type { Finding, ScanResult } from '../finding/finding.js';
import type { BaselineSummary } from '../report/json-report.js';
import type { PullDiff } from '../target/types.js';
import type { TriageOutcome } from '../triage/triage.js';
import { countBySeverity } from '../finding/severity.js';
import { planGuidance } from '../guidance/plan.js';
import { TOKENHUB_BASE_URL_INTL } from '../catalog/index.js';
import { fixabilityOf } from '../fix/fixability.js';
import { ruleDocsUrl } from '../tool.js';
import { renderGuidanceText } from './guidance-text.js';
import { terminalSafe, terminalSafeData } from './terminal-text.js';

export interface TextOptions {
  /** Every finding's full explanation and the migration snippets (default: one line per finding, each rule explained once). */
  verbose?: boolean;
  /** The run's rules (the catalog's plus the config file's), to tell a safe fix from a suggestion. Default: the catalog's. */
  rules?: readonly Rule[];
  /** Findings hidden because the baseline knows them: the headline must not call the code clean. */
  known?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function severityLabel(c: Colors, s: Severity): string {
  const padded = s.padEnd(7);
  return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}

/** One summary line, the same in every output. */
export function totalLine(result: ScanResult, known = 0): string {
  const n = result.findings.length;
  const c = countBySeverity(result.findings);
  const files = new Set(result.findings.map((f) => f.path)).size;
  const found =
    n === 0
      ? known > 0
        ? `No new findings: ${plural(known, 'known finding')} in the baseline`
        : 'No legacy Hunyuan or LKE usage found'
      : `${plural(n, known > 0 ? 'new finding' : 'finding')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}) in ${plural(files, 'file')}`;
  const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
  return `${found}; ${plural(result.stats.files, 'file')} scanned in ${(result.stats.durationMs / 1000).toFixed(2)}s${skipped}.`;
}

type Kind = 'fix' | 'suggestion' | 'by hand';

/** A safe fix (what `fix` writes) and a suggestion (only with --models) must not look alike. */
function kindOf(f: Finding, fixability: Map<string, ReturnType<typeof fixabilityOf>>): Kind {
  if (!f.replacement) return 'by hand';
  return fixability.get(f.ruleId) === 'safe' ? 'fix' : 'suggestion';
}

function kindLabel(c: Colors, kind: Kind): string {
  const padded = kind.padEnd(10);
  return kind === 'fix' ? c.green(padded) : kind === 'suggestion' ? c.yellow(padded) : c.dim(padded);
}

function replacementText(c: Colors, f: Finding, kind: Kind): string {
  if (kind === 'fix') return `${f.match} → ${c.green(f.replacement!)}`;
  if (kind === 'suggestion') return `${f.match} → ${c.yellow(f.replacement!)} ${c.dim('(not an official mapping: confirm it, then pass it with --models)')}`;
  return f.match;
}

/**
 * Human-readable report: findings grouped by file, then skipped files and the total. By default one line per
 * finding and each rule's explanation once; --verbose gives every finding's explanation and the migration snippets.
 */
export function renderText(scanned: ScanResult, color: boolean, opts: TextOptions = {}): string {
  // File names, matches and reasons come from the repository: no control character of theirs reaches the terminal.
  const result = terminalSafeData(scanned);
  const c = pc.createColors(color);
  const fixability = new Map((opts.rules ?? RULES).map((r) => [r.id, fixabilityOf(r)]));
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.path) ?? [];
    list.push(f);
    byFile.set(f.path, list);
  }
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    const width = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of findings) {
      const loc = `${f.line}:${f.column}`.padEnd(width);
      const kind = kindOf(f, fixability);
      if (opts.verbose) {
        out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${f.message}  ${c.dim(f.ruleId)}`);
        if (kind !== 'by hand') out.push(`  ${' '.repeat(width)}  ${kindLabel(c, kind)} ${replacementText(c, f, kind)}`);
      } else {
        out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${kindLabel(c, kind)} ${replacementText(c, f, kind)}  ${c.dim(f.ruleId)}`);
      }
      if (f.ignoreProblem) out.push(`  ${' '.repeat(width)}  ${c.yellow(f.ignoreProblem)}`);
    }
    out.push('');
  }
  const guidance = planGuidance(result.findings);
  if (opts.verbose) {
    out.push(...renderGuidanceText(guidance, c, TOKENHUB_BASE_URL_INTL));
  } else if (result.findings.length) {
    out.push(c.bold('What each rule means') + c.dim(' (once per rule; --verbose shows it on every finding, with migration code)'));
    const seen = new Set<string>();
    for (const f of result.findings) {
      if (seen.has(f.ruleId)) continue;
      seen.add(f.ruleId);
      out.push(`  ${c.bold(f.ruleId)}: ${f.message}`, `    ${c.dim(ruleDocsUrl(f.ruleId))}`);
    }
    out.push('');
    if (guidance.length) {
      out.push(
        `${c.bold('How to migrate what needs a person')}: ${guidance.map((s) => `${s.guidance.title} (${s.findings})`).join('; ')}. ` +
          c.dim('Run with --verbose for the steps and code.'),
        '',
      );
    }
  }
  if (result.skipped.length) {
    out.push(c.dim(`Skipped ${plural(result.skipped.length, 'file')}:`));
    for (const s of result.skipped.slice(0, 50)) out.push(c.dim(`  ${s.path}: ${s.reason}`));
    if (result.skipped.length > 50) out.push(c.dim(`  … and ${result.skipped.length - 50} more (see --format json)`));
    out.push('');
  }
  const total = totalLine(result, opts.known);
  const errors = countBySeverity(result.findings).errors;
  out.push(result.findings.length === 0 ? c.green(`✔ ${total}`) : errors ? c.red(`✖ ${total}`) : c.yellow(`⚠ ${total}`));
  return out.join('\n') + '\n';
}

/** After the report: what the baseline hid, and which of its entries no longer match anything. */
export function renderBaselineNote(baseline: BaselineSummary, color: boolean): string {
  const summary = terminalSafeData(baseline);
  const c = pc.createColors(color);
  const out = [c.dim(`Baseline ${summary.file}: ${plural(summary.known, 'known finding')} not shown, ${summary.new} new.`)];
  if (summary.stale.length) {
    const n = summary.stale.length;
    out.push(c.dim(`${n} baseline ${n === 1 ? 'entry no longer matches' : 'entries no longer match'} (fixed, or changed): refresh the file with \`baseline\`.`));
    for (const e of summary.stale.slice(0, 20)) out.push(c.dim(`  ${e.path}:${e.line}  ${e.ruleId}  ${e.match}`));
    if (summary.stale.length > 20) out.push(c.dim(`  … and ${summary.stale.length - 20} more`));
  }
  return out.join('\n') + '\n';
}

const CHANGE_LABEL: Partial<Record<PullDiff['source'], string>> = {
  'git-worktree': 'the working tree adds since its merge base',
  'git-index': 'the staged changes add to HEAD',
};

/** After a --diff or --staged report: what was compared, and the findings of the changed files that do not count. */
export function renderDiffNote(diff: PullDiff, outcome: TriageOutcome, color: boolean): string {
  const c = pc.createColors(color);
  const what = CHANGE_LABEL[diff.source] ?? 'the change adds';
  const out = [c.dim(`Checked what ${what} (${diff.baseSha.slice(0, 7)}): ${plural(diff.files.length, 'changed file')}.`)];
  if (outcome.preExisting.length) {
    out.push(c.dim(`${plural(outcome.preExisting.length, 'pre-existing finding')} elsewhere in the changed files ${outcome.preExisting.length === 1 ? 'is' : 'are'} not counted.`));
  }
  for (const note of diff.notes) out.push(c.dim(terminalSafe(note)));
  return out.join('\n') + '\n';
}
