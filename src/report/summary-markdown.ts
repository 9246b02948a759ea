import { CATALOG_DATE } from '../catalog/index.js';
import type { Category, Severity } from '../catalog/index.js';
import type { Finding, ScanResult } from '../finding/finding.js';
import { countBySeverity, rankFindings, type FailOn } from '../finding/severity.js';
import { TOKENHUB_BASE_URL_INTL } from '../catalog/index.js';
import { blobUrl, codeSpan, escapeCell, escapeText, SEVERITY_ICON, skippedDetails, type LinkBase } from './markdown.js';
import { SUMMARY_MAX_ROWS } from './fit.js';
import { renderGuidanceSection } from './guidance-markdown.js';

export type { LinkBase };

export interface SummaryInput {
  result: ScanResult;
  failOn: FailOn;
  failed: boolean;
  links?: LinkBase;
  /** Most rows in the findings table; GitHub caps a step summary at 1 MiB. */
  maxRows?: number;
  title?: string;
  /** The findings to report and count (diff mode: the new ones). Default: every finding of the scan. */
  findings?: readonly Finding[];
  /** Diff mode: how the diff was read, and what the PR's touched files hold besides the new findings. */
  diff?: SummaryDiff;
}

export interface SummaryDiff {
  /** One line on where the diff came from, e.g. "git (merge base abc1234)". */
  source: string;
  notes: readonly string[];
  changedFiles: number;
  scannedFiles: number;
  scope: string;
  preExisting: number;
}

const CATEGORIES: Category[] = ['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search'];
const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

export const MIGRATION_STEPS = [
  `Create a TokenHub API key in the TokenHub console and store it as a repository secret (for example \`TOKENHUB_API_KEY\`).`,
  'Enable pay-as-you-go for every model the code will call: prepaid token packages are not sold on TokenHub, and a key only works for enabled models.',
  `Point OpenAI-compatible clients at \`${TOKENHUB_BASE_URL_INTL}\` (mainland: \`https://tokenhub.tencentmaas.com/v1\`) with the TokenHub key as the Bearer token.`,
  'Replace Tencent Cloud SDK (TC3-signed) Hunyuan and LKE chat calls with OpenAI-compatible chat completions.',
  'Swap retired model IDs (for example `hunyuan-*` to `hy3-preview`); Hunyuan translation is not on TokenHub, use a newer model.',
  'Remove the old online-search parameters; TokenHub search is `web_search_options` (Chat Completions) or the `web_search` tool (Responses API).',
];

function lineLink(f: Finding, links?: LinkBase): string {
  const label = `${f.path}:${f.line}`;
  if (!links) return `${codeSpan(label)}`;
  return `[${escapeText(label)}](${blobUrl(links, f.path, f.line)})`;
}

export function renderSummary(input: SummaryInput): string {
  const { result, failOn, failed, diff } = input;
  const findings = input.findings ?? result.findings;
  const maxRows = input.maxRows ?? SUMMARY_MAX_ROWS;
  const out: string[] = [];
  const counts = countBySeverity(findings);
  const noun = diff ? 'new findings on lines this pull request adds' : 'findings';
  out.push(`## ${input.title ?? 'TokenHub migration check'}`);
  out.push('');
  if (findings.length === 0) {
    out.push(
      diff
        ? '✅ This pull request adds no usage of the retiring Hunyuan or LKE DeepSeek APIs.'
        : '✅ No usage of the retiring Hunyuan or LKE DeepSeek APIs found.',
    );
  } else {
    const verdict = failed ? `❌ Failing: findings at or above \`${failOn}\`.` : `⚠️ Not failing (fail-on: \`${failOn}\`).`;
    out.push(`${verdict} **${findings.length}** ${noun}: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices.`);
  }
  out.push('');
  if (diff) {
    out.push(`Diff from ${diff.source}: ${diff.changedFiles} changed files, ${diff.scannedFiles} scanned (scope: \`${diff.scope}\`).`);
    if (diff.preExisting) {
      out.push('', `ℹ️ ${diff.preExisting} pre-existing finding(s) elsewhere in the changed files: not on lines this pull request adds, so not counted here. A full scan (\`mode: full\`) lists them.`);
    }
    if (diff.notes.length) out.push('', ...diff.notes.map((n) => `- ${escapeCell(n)}`));
    out.push('');
  }
  out.push(`Scanned ${result.stats.files} files (${result.stats.bytes} bytes) in ${(result.stats.durationMs / 1000).toFixed(2)}s. Rule catalog as of ${CATALOG_DATE}.`);
  out.push('');
  if (findings.length) {
    out.push('| Category | ' + SEVERITIES.map((s) => `${SEVERITY_ICON[s]} ${s}`).join(' | ') + ' |');
    out.push('|---|' + SEVERITIES.map(() => '---:').join('|') + '|');
    for (const c of CATEGORIES) {
      const row = SEVERITIES.map((s) => findings.filter((f) => f.category === c && f.severity === s).length);
      if (row.some((n) => n > 0)) out.push(`| ${c} | ${row.join(' | ')} |`);
    }
    out.push('');
    out.push('### Findings');
    out.push('');
    out.push('| | Where | Rule | What to do |');
    out.push('|---|---|---|---|');
    const ranked = rankFindings(findings);
    for (const f of ranked.slice(0, maxRows)) {
      const fix = f.replacement ? ` → ${codeSpan(f.replacement)}` : '';
      out.push(`| ${SEVERITY_ICON[f.severity]} | ${lineLink(f, input.links)} | \`${f.ruleId}\` | ${codeSpan(f.match)}${fix}: ${escapeCell(f.message)} |`);
    }
    if (ranked.length > maxRows) out.push('', `… and ${ranked.length - maxRows} more findings (see the JSON report).`);
    out.push('');
    out.push('### Migration steps');
    out.push('');
    MIGRATION_STEPS.forEach((s, i) => out.push(`${i + 1}. ${s}`));
    out.push('');
    // The same findings as the table: in diff mode, the ones the pull request adds.
    out.push(...renderGuidanceSection(findings));
  }
  out.push(...skippedDetails(result.skipped));
  return out.join('\n');
}
