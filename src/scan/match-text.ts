import type { ContextTag, Rule, Severity } from '../catalog/rule.js';
import { directiveCovers, parseIgnoreDirectives, type IgnoreDirective } from './ignore-directives.js';
import type { CompiledCatalog, CompiledRule } from './compile.js';
import type { Finding } from '../finding/finding.js';
import { SEVERITY_RANK } from '../finding/finding.js';
import { LineIndex } from './lines.js';
import { withFingerprints } from '../finding/fingerprint.js';
import { rulesFor } from './rule-gate.js';
import { docsUrlOf } from '../catalog/docs-url.js';

/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;

interface RawMatch {
  compiled: CompiledRule;
  start: number;
  end: number;
  text: string;
}

/**
 * Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
 * Two passes: first every rule's raw matches and the context tags they give the file, then the decision of
 * which matches are findings, at what severity.
 */
export function matchText(text: string, path: string, catalog: CompiledCatalog): Finding[] {
  const raw: RawMatch[] = [];
  const tags = new Set<ContextTag>();
  for (const compiled of rulesFor(text, catalog)) {
    const { re, unless, rule } = compiled;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = start + m[0].length;
      if (rule.group && m.indices?.[rule.group]) [start, end] = m.indices[rule.group]!;
      const matched = text.slice(start, end);
      if (unless?.test(matched)) continue;
      raw.push({ compiled, start, end, text: matched });
      for (const t of rule.provides ?? []) tags.add(t);
    }
  }
  if (raw.length === 0) return [];

  resolveConditionalTags(raw, tags);

  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  const directivesByLine = new Map<number, IgnoreDirective[]>();
  const directivesOn = (line: number): IgnoreDirective[] => {
    let d = directivesByLine.get(line);
    if (!d) {
      d = line >= 1 ? parseIgnoreDirectives(lines.lineText(line), catalog.ignoreTargets) : [];
      directivesByLine.set(line, d);
    }
    return d;
  };

  for (const r of raw) {
    const { rule } = r.compiled;
    if (rule.signalOnly) continue;
    const severity = severityInContext(rule, tags);
    if (!severity) continue;
    const from = lines.position(r.start);
    const to = lines.position(r.end);
    const replacement = replacementFor(r.compiled, r.text);
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.category,
      severity,
      path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      message: composeMessage(rule, r.text, replacement),
      match: r.text.length > MAX_MATCH_CHARS ? r.text.slice(0, MAX_MATCH_CHARS) + '…' : r.text,
    };
    if (replacement !== undefined) finding.replacement = replacement;
    // A built-in rule's page carries the fix, the per-language guidance and the sources (docs/rules/).
    const docsUrl = docsUrlOf(rule);
    if (docsUrl) finding.docsUrl = docsUrl;
    findings.push(finding);
  }
  // Ignores apply after de-duplication, so that ignoring a specific rule does not let a general one through. The
  // scanner only marks what an ignore comment covers (with its reason); triage sets those findings aside.
  const kept: Finding[] = [];
  const ignored: Finding[] = [];
  for (const f of dedupe(findings, catalog)) {
    const here = directivesOn(f.line);
    // Text inside the directive itself (rule ids such as hunyuan-model-...) is never a finding.
    if (here.some((d) => d.scope === 'line' || d.scope === 'next-line') && f.column > directiveColumn(lines.lineText(f.line))) continue;
    const directive =
      here.find((d) => d.scope === 'line' && directiveCovers(d, f.ruleId, f.category)) ??
      directivesOn(f.line - 1).find((d) => d.scope === 'next-line' && directiveCovers(d, f.ruleId, f.category));
    if (directive) ignored.push({ ...f, ignoredInline: directive.reason ? { reason: directive.reason } : {} });
    else kept.push(f);
  }
  // Fingerprints number identical findings within a file: counted apart, so an ignore comment never renumbers the rest.
  const lineText = (line: number) => lines.lineText(line);
  const out = withFingerprints(kept, lineText);
  if (ignored.length) out.push(...withFingerprints(ignored, lineText));
  return out.sort(inFileOrder);
}

function inFileOrder(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function directiveColumn(lineText: string): number {
  return lineText.indexOf('tokenhub-migration-ignore') + 1;
}

/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw: RawMatch[], tags: Set<ContextTag>): void {
  const conditional = [...new Set(raw.map((r) => r.compiled.rule).filter((rule) => rule.providesWhenReported?.length))];
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of conditional) {
      if (!contextHolds(rule, tags)) continue;
      for (const t of rule.providesWhenReported!) {
        if (!tags.has(t)) {
          tags.add(t);
          changed = true;
        }
      }
    }
  }
}

function contextHolds(rule: Rule, tags: ReadonlySet<ContextTag>): boolean {
  const ctx = rule.context;
  if (!ctx) return true;
  if (ctx.noneOf?.some((t) => tags.has(t))) return false;
  return !ctx.anyOf || ctx.anyOf.length === 0 || ctx.anyOf.some((t) => tags.has(t));
}

function severityInContext(rule: Rule, tags: ReadonlySet<ContextTag>): Severity | undefined {
  const ctx = rule.context;
  if (!ctx) return rule.severity;
  if (ctx.noneOf?.some((t) => tags.has(t))) return undefined;
  if (!ctx.anyOf || ctx.anyOf.length === 0 || ctx.anyOf.some((t) => tags.has(t))) return rule.severity;
  return ctx.otherwise;
}

export function replacementFor(compiled: CompiledRule, matched: string): string | undefined {
  const { rewrite, rule } = compiled;
  if (rewrite && rewrite.from.test(matched)) return matched.replace(rewrite.from, rewrite.to);
  return rule.replacement.value;
}

export function composeMessage(rule: Rule, matched: string, replacement: string | undefined): string {
  const shown = matched.length > 80 ? matched.slice(0, 80) + '…' : matched;
  const parts = [rule.message.replace('{match}', shown)];
  // The first source is the one that makes the match legacy; say so when it is not Tencent's own word.
  const primary = rule.sources[0]?.evidence;
  if (primary === 'unverified') parts.push("(Unverified: not found in Tencent's documentation.)");
  else if (primary === 'third-party' || primary === 'inferred') parts.push("(Source: third-party material, not Tencent's documentation.)");
  if (replacement !== undefined) {
    parts.push(
      rule.replacement.evidence === 'confirmed'
        ? `Replace with \`${replacement}\` (per Tencent's documentation).`
        : `Suggested replacement (not an official mapping): \`${replacement}\`.`,
    );
  }
  if (rule.replacement.hint) parts.push(rule.replacement.hint);
  return parts.join(' ');
}

/**
 * Two rules of one category on the same text (a general model pattern over a specific one, a URL matched by
 * two endpoint rules) report once: the more severe, then the one listed first in the catalog. For SDKs, one
 * finding per line: an import line also names the request class.
 */
function dedupe(findings: Finding[], catalog: CompiledCatalog): Finding[] {
  const order = new Map(catalog.rules.map((c, i) => [c.rule.id, i]));
  const ranked = [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      order.get(a.ruleId)! - order.get(b.ruleId)! ||
      a.line - b.line ||
      a.column - b.column,
  );
  const kept: Finding[] = [];
  // Matches never span a line break, so clashes can only happen between findings that start on one line.
  const keptByLine = new Map<string, Finding[]>();
  for (const f of ranked) {
    const key = `${f.category}:${f.line}`;
    const sameLine = keptByLine.get(key) ?? [];
    const clash = sameLine.some((k) => f.category === 'legacy-sdk' || overlaps(k, f));
    if (clash) continue;
    sameLine.push(f);
    keptByLine.set(key, sameLine);
    kept.push(f);
  }
  return kept.sort(inFileOrder);
}

function overlaps(a: Finding, b: Finding): boolean {
  const aStart = [a.line, a.column];
  const aEnd = [a.endLine, a.endColumn];
  const bStart = [b.line, b.column];
  const bEnd = [b.endLine, b.endColumn];
  return cmp(aStart, bEnd) < 0 && cmp(bStart, aEnd) < 0;
}

function cmp(p: number[], q: number[]): number {
  return p[0]! - q[0]! || p[1]! - q[1]!;
}
