import pc from 'picocolors';
import { RULES, type Severity } from '../catalog/index.js';
import type { FixRunResult } from '../fix/run-fix.js';
import type { RemainingFinding } from '../fix/fix-text.js';
import { baseUrlFor } from '../fix/region.js';
import { formatModelMap } from '../fix/model-map.js';
import { planGuidance } from '../guidance/plan.js';
import { TOOL_NAME } from '../tool.js';
import { renderGuidanceText } from './guidance-text.js';
import { terminalSafeData } from './terminal-text.js';

type Colors = ReturnType<typeof pc.createColors>;

const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function severityLabel(c: Colors, s: Severity): string {
  const padded = s.padEnd(7);
  return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}

function groupByPath<T>(items: readonly T[], pathOf: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(pathOf(item)) ?? [];
    list.push(item);
    map.set(pathOf(item), list);
  }
  return map;
}

/** fix --sdk: per file, the clients converted (with what was dropped or carried over) and refused (with why). */
function renderSdkText(result: FixRunResult, c: Colors): string[] {
  const out: string[] = [];
  const reports = result.sdk ?? [];
  const all = reports.flatMap((r) => r.clients);
  const converted = all.filter((x) => x.converted).length;
  out.push(c.bold(`Tencent Cloud SDK chat clients: ${converted} converted, ${all.length - converted} refused.`));
  for (const r of reports) {
    out.push(c.underline(r.path));
    for (const client of r.clients) {
      const what = `${client.service}${client.async ? ' async' : ''} client`;
      if (client.converted) {
        out.push(`  ${c.dim(String(client.line))}  ${c.green('converted')} ${what}${client.notes.length ? c.dim(` (${client.notes.join('; ')})`) : ''}`);
      } else {
        out.push(`  ${c.dim(String(client.line))}  ${c.red('refused')} ${what}: ${client.reason ?? ''}; see ${client.guidance}`);
      }
    }
    for (const l of r.leftovers) out.push(`  ${c.dim(String(l.line))}  ${c.yellow('leftover')} ${l.message}`);
  }
  out.push('');
  return out;
}

/** The fix report for the terminal: what changed, what was only suggested, what needs a person and how. */
export function renderFixText(fixed: FixRunResult, color: boolean, program: string = TOOL_NAME): string {
  // File names, matches and reasons come from the repository: no control character of theirs reaches the terminal.
  // The diffs are not part of this report (fix --dry-run prints them apart), so they are left out of that copy.
  const result = terminalSafeData({ ...fixed, changes: fixed.changes.map((ch) => ({ ...ch, diff: '' })) });
  const c = pc.createColors(color);
  const out: string[] = [];
  const replacements = result.changes.reduce((n, ch) => n + ch.applied.length, 0);
  const verb = result.dryRun ? 'Would fix' : 'Fixed';

  if (result.changes.length) {
    out.push(c.bold(`${verb} ${plural(result.changes.length, 'file')} (${plural(replacements, 'replacement')}):`));
    for (const ch of result.changes) {
      if (ch.manifest) {
        out.push(`${c.underline(ch.path)}  ${c.dim(ch.manifest.join(', '))}`);
        continue;
      }
      out.push(c.underline(ch.path));
      const width = Math.max(...ch.applied.map((a) => `${a.finding.line}:${a.finding.column}`.length));
      for (const a of ch.applied) {
        const loc = `${a.finding.line}:${a.finding.column}`.padEnd(width);
        const origin = a.origin === 'mapping' ? c.dim(' (your --models mapping)') : '';
        out.push(`  ${c.dim(loc)}  ${a.from} → ${c.green(a.to)}${origin}  ${c.dim(a.finding.ruleId)}`);
      }
    }
    out.push('');
    if (result.changes.some((ch) => ch.applied.some((a) => a.finding.category === 'legacy-endpoint'))) {
      const region = result.options.region;
      out.push(
        `Base URLs now point at TokenHub's ${region === 'mainland' ? 'mainland' : 'international'} site (${baseUrlFor(region)}); ` +
          `${region === 'mainland' ? 'use --region intl for the international site' : 'use --region mainland for the mainland site'}.`,
        'The API key changes too: use a TokenHub API key, and enable pay-as-you-go for each model the code calls.',
        '',
      );
    }
  } else {
    out.push(`Nothing to rewrite safely${result.remaining.length ? '' : ': no legacy Hunyuan or LKE usage found'}.`, '');
  }

  if (result.sdk) out.push(...renderSdkText(result, c));

  const suggested = result.remaining.filter((r) => r.fixability === 'suggested');
  const manual = result.remaining.filter((r) => r.fixability === 'manual');

  if (suggested.length) {
    out.push(c.bold(`Suggested replacements, not applied (${plural(suggested.length, 'finding')}): our suggestions, not official mappings.`));
    for (const r of suggested) {
      const f = r.finding;
      out.push(`  ${f.path}:${f.line}  ${f.match} → ${c.yellow(r.suggestion ?? '?')}  ${c.dim(f.ruleId)}`);
    }
    const mapping = new Map(suggested.map((r) => [r.finding.match, r.suggestion ?? '']));
    out.push(`  After checking each model suits the task and is enabled for your key, apply them with:`);
    out.push(`    ${program} fix --models ${formatModelMap(mapping)}`, '');
  }

  if (manual.length) {
    out.push(c.bold(`Needs a person (${plural(manual.length, 'finding')}); not edited:`));
    for (const [file, items] of groupByPath<RemainingFinding>(manual, (r) => r.finding.path)) {
      const sdk = items.some((r) => r.inTencentSdkFile);
      out.push(c.underline(file) + (sdk ? c.dim('  (calls a Tencent SDK: move that call to TokenHub first; its model IDs and endpoints are left as they are)') : ''));
      const width = Math.max(...items.map((r) => `${r.finding.line}:${r.finding.column}`.length));
      for (const { finding: f } of items) {
        const loc = `${f.line}:${f.column}`.padEnd(width);
        out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${f.match}  ${TITLES.get(f.ruleId) ?? ''}  ${c.dim(f.ruleId)}`);
      }
    }
    out.push('');
  }

  // A search parameter or DeepSeek model ID is legacy only next to a legacy endpoint; once the endpoint is rewritten
  // a scan stops reporting it, so say so while the list is still in front of the user.
  const hidden = result.remaining.filter((r) => r.hiddenByFix);
  if (hidden.length) {
    out.push(
      c.yellow(
        `Note: ${plural(hidden.length, 'finding')} above (${hidden.map((r) => `${r.finding.path}:${r.finding.line}`).join(', ')}) ` +
          `${hidden.length === 1 ? 'was' : 'were'} recognised through a legacy endpoint that the fix rewrites; after it, a scan no longer reports ` +
          `${hidden.length === 1 ? 'it' : 'them'}, so deal with ${hidden.length === 1 ? 'it' : 'them'} now.`,
      ),
      '',
    );
  }

  out.push(...renderGuidanceText(planGuidance([...manual, ...suggested].map((r) => r.finding)), c, baseUrlFor(result.options.region)));

  if (result.refused.length) {
    out.push(c.red(c.bold(`Not written (${plural(result.refused.length, 'file')}):`)));
    for (const r of result.refused) out.push(`  ${r.path}: ${r.reason}`);
    out.push('');
  }
  if (result.skipped.length) {
    out.push(c.dim(`Skipped ${plural(result.skipped.length, 'file')} (never edited):`));
    for (const s of result.skipped.slice(0, 50)) out.push(c.dim(`  ${s.path}: ${s.reason}`));
    if (result.skipped.length > 50) out.push(c.dim(`  … and ${result.skipped.length - 50} more`));
    out.push('');
  }

  const done = result.changes.length
    ? `${verb} ${plural(replacements, 'replacement')} in ${plural(result.changes.length, 'file')}`
    : 'Nothing rewritten';
  const total =
    `${done}; ` +
    `${plural(suggested.length, 'suggestion')} to confirm, ${plural(manual.length, 'finding')} need${manual.length === 1 ? 's' : ''} a person; ` +
    `${plural(result.stats.files, 'file')} checked.`;
  const ok = result.refused.length === 0 && suggested.length === 0 && manual.length === 0;
  out.push(ok ? c.green(`✔ ${total}`) : result.refused.length ? c.red(`✖ ${total}`) : c.yellow(`⚠ ${total}`));
  return out.join('\n') + '\n';
}
