import { guidanceMarkdown } from '../guidance/markdown.js';
import { planGuidance } from '../guidance/plan.js';
import type { FixRunResult } from '../fix/run-fix.js';
import { baseUrlFor } from '../fix/region.js';
import { formatModelMap } from '../fix/model-map.js';
import { escapeCell } from '../report/markdown.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION, ruleDocsUrl } from '../tool.js';
import { fitsChars, fitToSize } from '../report/fit.js';
import { sdkCounts, sdkSection } from './sdk-section.js';

/**
 * The migration pull request's title, body and commit message, from a fix run. Pure. The body starts with a
 * hidden marker, so that a later run recognises the pull request as its own.
 */

export const FIX_PR_MARKER = '<!-- tokenhub-migration-check:fix-pr -->';
/** In the commit message: marks a commit of the fix branch as ours (a commit without it is someone else's). */
export const FIX_COMMIT_TRAILER = 'TokenHub-Migration-Fix: v1';

/** GitHub refuses bodies over 65,536 characters; stay clear of it. */
export const MAX_BODY_CHARS = 60_000;

export interface DescriptionContext {
  serverUrl: string;
  owner: string;
  repo: string;
  /** The fix branch: file links point at it. */
  branch: string;
  baseBranch: string;
  /** Link to the workflow run that made this version. */
  runUrl?: string;
  /** The base commit the fixes were made on: the SDK clients' lines link there (default: the base branch). */
  baseSha?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function cell(s: string): string {
  return escapeCell(s).replace(/`/g, "'");
}

function replacements(result: FixRunResult): number {
  return result.changes.reduce((n, c) => n + c.applied.length, 0);
}

export function fixPrTitle(result: FixRunResult): string {
  const files = plural(result.changes.length, 'file');
  const converted = sdkCounts(result).clientsConverted;
  const n = replacements(result);
  if (converted === 0) return `Move to TokenHub: ${plural(n, 'safe replacement')} in ${files}`;
  const clients = `${plural(converted, 'Tencent SDK client')} converted`;
  return `Move to TokenHub: ${n ? `${clients} and ${plural(n, 'safe replacement')}` : clients} in ${files}`;
}

export function fixCommitMessage(result: FixRunResult): string {
  const lines = [
    'Move legacy Hunyuan/LKE usage to TokenHub (safe fixes)',
    '',
    `Applied by ${TOOL_NAME} ${TOOL_VERSION}: base URLs and model IDs whose TokenHub replacement Tencent's documentation confirms.`,
    '',
    ...result.changes.flatMap((c) => c.applied.map((a) => `- ${c.path}:${a.finding.line}: ${a.from} -> ${a.to}`)).slice(0, 200),
    ...sdkCommitLines(result),
    '',
    FIX_COMMIT_TRAILER,
  ];
  return lines.join('\n') + '\n';
}

/** With the SDK rewrite: the clients converted, and the manifests edited. */
function sdkCommitLines(result: FixRunResult): string[] {
  if (!result.sdk) return [];
  const clients = result.sdk.flatMap((r) =>
    r.clients.filter((c) => c.converted).map((c) => `- ${r.path}:${c.line}: Tencent Cloud SDK ${c.service} client -> OpenAI SDK (TokenHub)`),
  );
  const manifests = result.changes.filter((c) => c.manifest).map((c) => `- ${c.path}: ${c.manifest!.join(', ')}`);
  if (!clients.length && !manifests.length) return [];
  return ['', 'Tencent Cloud SDK chat clients rewritten into OpenAI SDK calls against TokenHub:', '', ...clients.slice(0, 200), ...manifests.slice(0, 50)];
}

interface BodyParts {
  maxRows: number;
  guidance: boolean;
}

export function fixPrBody(result: FixRunResult, ctx: DescriptionContext): string {
  // Shrink until it fits: first the folded snippets go, then the tables get shorter.
  const attempts: BodyParts[] = [
    { maxRows: 200, guidance: true },
    { maxRows: 200, guidance: false },
    { maxRows: 50, guidance: false },
    { maxRows: 10, guidance: false },
    { maxRows: 0, guidance: false },
  ];
  return fitToSize(attempts, (parts) => render(result, ctx, parts), fitsChars(MAX_BODY_CHARS)).slice(0, MAX_BODY_CHARS);
}

function render(result: FixRunResult, ctx: DescriptionContext, parts: BodyParts): string {
  const repoUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
  const link = (path: string, line: number) =>
    `[\`${cell(path)}:${line}\`](${repoUrl}/blob/${ctx.branch.split('/').map(encodeURIComponent).join('/')}/${path.split('/').map(encodeURIComponent).join('/')}#L${line})`;
  const region = result.options.region;
  const out: string[] = [FIX_PR_MARKER, ''];
  const sdk = sdkCounts(result);
  out.push(
    `This pull request applies the safe part of the migration from Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs to TokenHub: ` +
      `only replacements that Tencent's documentation confirms and that follow from the matched text alone (OpenAI-compatible base URLs, ` +
      `and model IDs with a documented successor)` +
      (result.sdk
        ? `, and Tencent Cloud SDK chat clients rewritten into OpenAI SDK calls, each client only where the rewrite can follow everything that flows from it`
        : '') +
      `. It was opened by [${TOOL_NAME}](${TOOL_URI}) and is updated in place on later runs; it closes itself when nothing is left to fix.`,
    '',
  );

  const applied = result.changes.flatMap((c) => c.applied.map((a) => ({ path: c.path, a })));
  out.push(`### What changed (${plural(applied.length, 'replacement')} in ${plural(result.changes.length, 'file')})`, '');
  out.push('| Where | Was | Now | Rule |', '|---|---|---|---|');
  for (const { path, a } of applied.slice(0, parts.maxRows)) {
    out.push(`| ${link(path, a.finding.line)} | \`${cell(a.from)}\` | \`${cell(a.to)}\` | [\`${a.finding.ruleId}\`](${ruleDocsUrl(a.finding.ruleId)}) |`);
  }
  if (applied.length > parts.maxRows) out.push('', `… and ${applied.length - parts.maxRows} more (see the diff).`);
  out.push('');
  if (result.sdk) {
    const repository = `${ctx.owner}/${ctx.repo}`;
    out.push(
      ...sdkSection(
        result,
        { base: { serverUrl: ctx.serverUrl, repository, sha: ctx.baseSha ?? ctx.baseBranch }, branch: { serverUrl: ctx.serverUrl, repository, sha: ctx.branch } },
        parts.maxRows,
      ),
    );
  }

  out.push('### Before merging', '');
  if (applied.some(({ a }) => a.finding.category === 'legacy-endpoint')) {
    out.push(
      `- [ ] The base URLs now point at TokenHub's ${region === 'mainland' ? 'mainland' : 'international'} site (\`${baseUrlFor(region)}\`). ` +
        `Keys are region-scoped: ${region === 'mainland' ? 'if yours is for the international site, set `fix-region: intl`' : 'if yours is for the mainland site, set `fix-region: mainland`'}.`,
      '- [ ] Give the code a TokenHub API key where it reads its key today (for example `HUNYUAN_API_KEY`): Hunyuan and LKE keys do not work on TokenHub.',
    );
  }
  if (sdk.clientsConverted > 0) {
    out.push(
      `- [ ] Set \`TOKENHUB_API_KEY\` where the converted code runs: the OpenAI clients read their TokenHub API key from it (Tencent Cloud's SecretId/SecretKey no longer apply), ` +
        `and install \`openai\` (the manifests next to the code list it).`,
      '- [ ] Run the converted code paths (streaming and errors included) against TokenHub once before merging.',
    );
  }
  out.push('- [ ] Enable pay-as-you-go in the TokenHub console for every model the code calls (prepaid token packages are not sold on TokenHub).', '');

  const suggested = result.remaining.filter((r) => r.fixability === 'suggested');
  const manual = result.remaining.filter((r) => r.fixability === 'manual');
  if (suggested.length || manual.length) {
    out.push(`### Left for a person (${plural(suggested.length + manual.length, 'finding')})`, '');
  }
  if (suggested.length) {
    out.push(
      `**Suggested model replacements, not applied**: our suggestions, not official mappings. After checking each model, apply them with ` +
        `\`npx ${TOOL_NAME} fix --models ${formatModelMap(new Map(suggested.map((r) => [r.finding.match, r.suggestion ?? ''])))}\` (or by hand).`,
      '',
      '| Where | Model | Suggestion | Rule |',
      '|---|---|---|---|',
    );
    for (const r of suggested.slice(0, parts.maxRows)) {
      out.push(`| ${link(r.finding.path, r.finding.line)} | \`${cell(r.finding.match)}\` | \`${cell(r.suggestion ?? '')}\` | [\`${r.finding.ruleId}\`](${ruleDocsUrl(r.finding.ruleId)}) |`);
    }
    if (suggested.length > parts.maxRows) out.push('', `… and ${suggested.length - parts.maxRows} more.`);
    out.push('');
  }
  if (manual.length) {
    out.push('**Needs code changes** (SDK clients, signing, search parameters): not edited here.', '', '| Where | Found | Rule |', '|---|---|---|');
    for (const r of manual.slice(0, parts.maxRows)) {
      const hidden = r.hiddenByFix ? ' ¹' : '';
      out.push(`| ${link(r.finding.path, r.finding.line)} | \`${cell(r.finding.match)}\`${hidden} | [\`${r.finding.ruleId}\`](${ruleDocsUrl(r.finding.ruleId)}) |`);
    }
    if (manual.length > parts.maxRows) out.push('', `… and ${manual.length - parts.maxRows} more.`);
    out.push('');
  }
  if (result.remaining.some((r) => r.hiddenByFix)) {
    out.push(
      '¹ Recognised through a legacy endpoint this pull request rewrites: once it is merged, scans no longer report it, so deal with it here.',
      '',
    );
  }
  if (parts.guidance) {
    const sections = planGuidance([...manual, ...suggested].map((r) => r.finding)).filter((s) => s.topic !== 'openai-endpoint');
    if (sections.length) {
      out.push('### How to migrate the rest', '', ...guidanceMarkdown(sections, { baseUrl: baseUrlFor(region), headingLevel: 4 }));
    }
  }
  if (result.refused.length) {
    out.push('### Not written', '', ...result.refused.map((r) => `- \`${cell(r.path)}\`: ${cell(r.reason)}`), '');
  }
  out.push('---', `<sub>Generated by ${TOOL_NAME} ${TOOL_VERSION}${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}. ` +
    `Edits pushed to \`${ctx.branch}\` by anyone else stop the automatic updates.</sub>`, '');
  return out.join('\n');
}
