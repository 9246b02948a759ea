import type { FixRunResult } from '../fix/run-fix.js';
import type { ClientOutcome } from '../fix/sdk/index.js';
import { blobUrl, codeSpan, escapeText, type LinkBase } from '../report/markdown.js';
import { TOOL_URI } from '../tool.js';

/**
 * The SDK rewrite's part of the migration pull request (input `fix-pr-sdk`): per file, which Tencent Cloud chat
 * clients were converted (and what the conversion dropped or carried over), which were refused and why, the
 * leftovers to look at, and the dependency manifests edited. Pure, like the rest of the description.
 */

export interface SdkCounts {
  /** Files with at least one converted client. */
  filesConverted: number;
  /** Files with at least one refused client (a file may be in both). */
  filesRefused: number;
  clientsConverted: number;
  clientsRefused: number;
  /** Findings the run left for a person, in the whole tree. */
  findingsLeft: number;
}

export function sdkCounts(result: FixRunResult): SdkCounts {
  const reports = result.sdk ?? [];
  const clients = reports.flatMap((r) => r.clients);
  return {
    filesConverted: reports.filter((r) => r.clients.some((c) => c.converted)).length,
    filesRefused: reports.filter((r) => r.clients.some((c) => !c.converted)).length,
    clientsConverted: clients.filter((c) => c.converted).length,
    clientsRefused: clients.filter((c) => !c.converted).length,
    findingsLeft: result.remaining.length,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The guidance a client outcome names is a page of this tool's repository (docs/rules/…): a link that works anywhere. */
export function guidanceUrl(guidance: string): string {
  return /^docs\/rules\/[\w-]+\.md$/.test(guidance) ? `${TOOL_URI}/blob/main/${guidance}` : TOOL_URI;
}

function clientName(c: ClientOutcome): string {
  return `${c.service === 'hunyuan' ? 'Hunyuan' : 'LKE'}${c.async ? ' async' : ''} client`;
}

/** One line for the counts, shared by the description and the job summary. */
export function sdkCountsLine(n: SdkCounts): string {
  return (
    `${plural(n.clientsConverted, 'client')} converted in ${plural(n.filesConverted, 'file')}, ` +
    `${plural(n.clientsRefused, 'client')} refused in ${plural(n.filesRefused, 'file')}; ${plural(n.findingsLeft, 'finding')} left for a person`
  );
}

/**
 * The section of the pull request body. Client lines are lines of the base commit (`base`), where the Tencent code
 * they describe is; leftovers are lines of the rewritten file on the fix branch (`branch`).
 */
export function sdkSection(result: FixRunResult, links: { base: LinkBase; branch: LinkBase }, maxRows: number): string[] {
  const reports = result.sdk ?? [];
  const out: string[] = [];
  const n = sdkCounts(result);
  out.push(`### Tencent Cloud SDK chat clients (${sdkCountsLine(n)})`, '');
  if (reports.length === 0) {
    out.push('No Tencent Cloud SDK chat client (Hunyuan or LKE, Python or JavaScript/TypeScript) was found to convert.', '');
    return out;
  }
  out.push(
    'Each client was converted together with everything that flows from it (requests, responses, streaming, errors), ' +
      'or left exactly as it was. A refused client needs a person: the reason names the line that decided it.',
    '',
    '| Where | Client | Result |',
    '|---|---|---|',
  );
  const rows: string[] = [];
  for (const r of reports) {
    for (const c of r.clients) {
      const where = `[${codeSpan(`${r.path}:${c.line}`)}](${blobUrl(links.base, r.path, c.line)})`;
      const result = c.converted
        ? `converted to OpenAI${c.notes.length ? `: ${c.notes.map(escapeText).join('; ')}` : ''}`
        : `**refused**: ${escapeText(c.reason ?? 'not converted')}; [how to move it by hand](${guidanceUrl(c.guidance)})`;
      rows.push(`| ${where} | ${clientName(c)} | ${result} |`);
    }
    for (const l of r.leftovers) {
      rows.push(`| [${codeSpan(`${r.path}:${l.line}`)}](${blobUrl(links.branch, r.path, l.line)}) | leftover | ${escapeText(l.message)} |`);
    }
  }
  out.push(...rows.slice(0, maxRows));
  if (rows.length > maxRows) out.push('', `… and ${rows.length - maxRows} more (run \`fix --sdk --dry-run\` for the full list).`);
  out.push('');
  const manifests = result.changes.filter((c) => c.manifest);
  if (manifests.length) {
    out.push('Dependency manifests next to the converted code:', '');
    for (const m of manifests.slice(0, Math.max(maxRows, 10))) out.push(`- ${codeSpan(m.path)}: ${escapeText(m.manifest!.join(', '))}`);
    out.push('');
  }
  return out;
}
