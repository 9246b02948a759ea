import type { Finding } from '../finding/finding.js';
import type { SmokeReport } from './report.js';

/**
 * A model the code names that the key's model list does not contain becomes a finding on the line that names it,
 * unless a test call to it succeeded (then the list was incomplete, and the call is the better evidence).
 * Without a model list there is nothing to compare against, so no findings.
 */
export function crossCheck(references: readonly Finding[], report: SmokeReport): Finding[] {
  const ids = report.modelList.ids;
  if (!report.modelList.ok || !ids) return [];
  const listed = new Set(ids);
  const byModel = new Map(report.models.map((m) => [m.model, m]));
  const out: Finding[] = [];
  for (const ref of references) {
    const model = ref.match;
    if (listed.has(model)) continue;
    const check = byModel.get(model);
    if (check?.status === 'enabled') continue;
    const p = check?.problem;
    const evidence = p
      ? `Its test call failed too (${[p.status ? `HTTP ${p.status}` : undefined, p.code ? `code ${p.code}` : undefined, p.kind].filter(Boolean).join(', ')}; see the smoke test results).`
      : `(The key's model list at ${report.endpoint.host} has ${ids.length} models, not this one.)`;
    out.push({ ...ref, message: `${ref.message} ${evidence}` });
  }
  return out;
}
