import type { Finding } from '../finding/finding.js';
import type { ModelCheck, SmokeReport } from './report.js';
import { escapeCell } from '../report/markdown.js';

const STATUS: Record<ModelCheck['status'], string> = {
  enabled: '✅ enabled',
  listed: '✅ listed',
  failed: '❌ failed',
  'not-tried': '⏭️ not tried',
};

export function modelCount(n: number): string {
  return `${n} model${n === 1 ? '' : 's'}`;
}

export function formatDuration(ms: number | undefined, attempts?: number): string {
  if (ms === undefined) return '–';
  const t = ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
  return attempts && attempts > 1 ? `${t} (${attempts} attempts)` : t;
}

/** One sentence: what the smoke test proved, or the first thing that stopped it (its message, or only its kind). */
export function smokeVerdict(report: SmokeReport, detail = true): string {
  const tested = report.models.filter((m) => m.status === 'enabled').length;
  if (report.outcome === 'passed') {
    const list = report.modelList.ok ? '' : ' (the model list could not be read)';
    return `The TokenHub key works at ${report.endpoint.host}: ${modelCount(tested)} answered a one-token chat completion${list}.`;
  }
  const first = (report.modelList.problem?.fatal ? report.modelList.problem : undefined) ?? report.models.find((m) => m.problem)?.problem;
  const failed = report.models.filter((m) => m.status === 'failed').length;
  if (!detail) {
    const what = failed ? `${failed} of ${report.models.length} models failed` : (first?.kind ?? 'see above');
    return `The TokenHub smoke test failed at ${report.endpoint.host}: ${what}.`;
  }
  return `The TokenHub smoke test failed at ${report.endpoint.host}${first ? `: ${first.message}` : '.'}`;
}

const SOURCE: Record<SmokeReport['modelSource'], string> = {
  input: 'named in `smoke-test-models`',
  code: 'the TokenHub model IDs the code references',
  default: 'the default (the code names no TokenHub model)',
};

/** The job-summary section. Nothing here comes from the key; server text arrives already redacted. */
export function renderSmokeSummary(report: SmokeReport, findings: readonly Finding[]): string {
  // Starts with a blank line: it follows the scan's section in the same summary.
  const out: string[] = ['', '## TokenHub key smoke test', ''];
  out.push(`${report.outcome === 'passed' ? '✅' : '❌'} ${escapeCell(smokeVerdict(report))}`, '');
  const ml = report.modelList;
  const listLine = ml.ok
    ? `Key check (GET /models): ${modelCount(ml.ids?.length ?? 0)} visible, ${formatDuration(ml.durationMs, ml.attempts)}.`
    : `Key check (GET /models): ${escapeCell(ml.problem?.message ?? 'no list')} (${formatDuration(ml.durationMs, ml.attempts)})`;
  out.push(listLine, '', `Models tested: ${SOURCE[report.modelSource]}.`, '');
  if (report.models.length) {
    out.push('| Model | Status | Latency | In the key\'s model list | Details |', '|---|---|---:|---|---|');
    for (const m of report.models) {
      const listed = m.listed === undefined ? '–' : m.listed ? `yes${m.listStatus ? ` (${escapeCell(m.listStatus)})` : ''}` : 'no';
      const details = [m.problem?.message, m.note, m.totalTokens !== undefined ? `${m.totalTokens} tokens billed` : undefined]
        .filter(Boolean)
        .map((s) => escapeCell(s!))
        .join(' ');
      out.push(`| \`${escapeCell(m.model)}\` | ${STATUS[m.status]} | ${formatDuration(m.durationMs, m.attempts)} | ${listed} | ${details} |`);
    }
    out.push('');
  }
  if (findings.length) {
    out.push(findings.length === 1 ? '**1** place in the code names a model the key cannot use:' : `**${findings.length}** places in the code name a model the key cannot use:`, '');
    for (const f of findings.slice(0, 50)) out.push(`- \`${escapeCell(f.path)}:${f.line}\`: \`${escapeCell(f.match)}\``);
    if (findings.length > 50) out.push(`- … and ${findings.length - 50} more (see the findings above or the JSON report)`);
    out.push('');
  }
  return out.join('\n');
}
