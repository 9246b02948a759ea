import type { Finding } from '../finding/finding.js';
import type { SmokeReport } from './report.js';
import { formatDuration, modelCount, smokeVerdict } from './summary-markdown.js';

/** The smoke test's report for a terminal: the model list, each model tested, and code naming a model the key cannot use. */
export function renderSmokeText(report: SmokeReport, findings: readonly Finding[]): string {
  const out: string[] = [`TokenHub smoke test at ${report.endpoint.url}`];
  const ml = report.modelList;
  out.push(
    ml.ok
      ? `  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key (${formatDuration(ml.durationMs, ml.attempts)})`
      : `  GET /models: ${ml.problem?.message ?? 'no list'}`,
  );
  const width = Math.max(0, ...report.models.map((m) => m.model.length));
  for (const m of report.models) {
    const listed = m.listed === undefined ? '' : m.listed ? ', listed' : ', not listed';
    const time = m.durationMs !== undefined ? `  ${formatDuration(m.durationMs, m.attempts)}` : '';
    out.push(`  ${m.model.padEnd(width)}  ${m.status}${listed}${time}`);
    const detail = m.problem?.message ?? m.note;
    if (detail) out.push(`  ${' '.repeat(width)}  ${detail}`);
  }
  if (findings.length) {
    out.push('', 'Code that names a model the key cannot use:');
    for (const f of findings) out.push(`  ${f.path}:${f.line}:${f.column}  ${f.match}`);
  }
  out.push('', `${report.outcome === 'passed' ? '✔' : '✖'} ${smokeVerdict(report, false)}`);
  return out.join('\n') + '\n';
}
