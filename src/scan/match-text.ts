import type { ContextReach, ContextTag, Rule, Severity } from '../catalog/rule.js';
import { baseName, SHAREABLE_TAGS, type ExternalContext, type SharedEvidence } from './context.js';
import { directiveCovers, parseIgnoreDirectives, type IgnoreDirective } from './ignore-directives.js';
import type { CompiledCatalog, CompiledRule } from './compile.js';
import type { Finding } from '../finding/finding.js';
import { SEVERITY_RANK } from '../finding/finding.js';
import { LineIndex } from './lines.js';
import { withFingerprints } from '../finding/fingerprint.js';
import { anchorIndexOf } from './anchor-index.js';
import { docsUrlOf } from '../catalog/docs-url.js';

/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;

interface RawMatch {
  compiled: CompiledRule;
  start: number;
  end: number;
  text: string;
}

/** What one file's match gave: its findings and the evidence it lends other files. */
export interface FileMatch {
  findings: Finding[];
  /** Strong evidence for the file's package or project (computed from the file alone). */
  shared: SharedEvidence[];
}

/**
 * Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
 * Two passes: first every rule's raw matches and the context tags they give the file, then the decision of
 * which matches are findings, at what severity.
 */
export function matchText(text: string, path: string, catalog: CompiledCatalog, external?: ExternalContext): Finding[] {
  return matchFile(text, path, catalog, external).findings;
}

export function matchFile(text: string, path: string, catalog: CompiledCatalog, external?: ExternalContext): FileMatch {
  const raw: RawMatch[] = [];
  const tags = new Set<ContextTag>();
  const base = baseName(path);
  for (const compiled of anchorIndexOf(catalog).rulesFor(text)) {
    const { re, unless, rule } = compiled;
    if (compiled.files && !compiled.files.test(base)) continue;
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
  if (raw.length === 0) return { findings: [], shared: [] };

  // The evidence lent to other files comes from this file alone, so that context never travels in chains.
  const ownTags = new Set(tags);
  resolveConditionalTags(raw, ownTags);
  const shared = sharedEvidence(raw, ownTags);
  if (external) resolveConditionalTags(raw, tags, external);
  else for (const t of ownTags) tags.add(t);

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
    const from = lines.position(r.start);
    let decided = severityInContext(rule, tags, external);
    if (decided?.severity !== rule.severity && r.compiled.orAt && !rule.context?.noneOf?.some((t) => tags.has(t))) {
      const before = lines.lineText(from.line).slice(0, from.column - 1);
      if (r.compiled.orAt.test(before)) decided = { severity: rule.severity };
    }
    if (!decided) continue;
    const { severity, via } = decided;
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
      message: composeMessage(rule, r.text, replacement, via, rule.category === 'legacy-search' && tags.has('tokenhub')),
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
  return { findings: out.sort(inFileOrder), shared };
}

function inFileOrder(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function directiveColumn(lineText: string): number {
  return lineText.indexOf('tokenhub-migration-ignore') + 1;
}

/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw: RawMatch[], tags: Set<ContextTag>, external?: ExternalContext): void {
  const conditional = [...new Set(raw.map((r) => r.compiled.rule).filter((rule) => rule.providesWhenReported?.length))];
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of conditional) {
      if (!contextHolds(rule, tags, external)) continue;
      for (const t of rule.providesWhenReported!) {
        if (!tags.has(t)) {
          tags.add(t);
          changed = true;
        }
      }
    }
  }
}

const REACH_RANK: Record<ContextReach, number> = { file: 0, package: 1, project: 2 };

/** Where a tag the rule needs comes from: undefined = not available, '' = the file itself, else a phrase. */
function tagSource(rule: Rule, tag: ContextTag, tags: ReadonlySet<ContextTag>, external?: ExternalContext): string | undefined {
  if (tags.has(tag)) return '';
  if (!external || rule.context?.unlessOwn?.some((t) => tags.has(t))) return undefined;
  const reach = REACH_RANK[rule.context?.reach ?? 'package'];
  if (reach >= 1 && external.package.has(tag)) return external.package.get(tag);
  if (reach >= 2 && external.project.has(tag)) return external.project.get(tag);
  return undefined;
}

function contextHolds(rule: Rule, tags: ReadonlySet<ContextTag>, external?: ExternalContext): boolean {
  return severityInContext(rule, tags, external)?.severity === rule.severity;
}

/** The severity of a match in its context, and the phrase naming outside context when that is what decided it. */
function severityInContext(
  rule: Rule,
  tags: ReadonlySet<ContextTag>,
  external?: ExternalContext,
): { severity: Severity; via?: string } | undefined {
  const ctx = rule.context;
  if (!ctx) return { severity: rule.severity };
  if (ctx.noneOf?.some((t) => tags.has(t))) return undefined;
  if (!ctx.anyOf || ctx.anyOf.length === 0) return { severity: rule.severity };
  let via: string | undefined;
  for (const t of ctx.anyOf) {
    const source = tagSource(rule, t, tags, external);
    if (source === '') return { severity: rule.severity };
    if (source !== undefined && via === undefined) via = source;
  }
  if (via !== undefined) return { severity: rule.severity, via };
  return ctx.otherwise ? { severity: ctx.otherwise } : undefined;
}

/** The strong evidence this file lends: tags of rules that share them, as far as their rule says. */
function sharedEvidence(raw: RawMatch[], tags: ReadonlySet<ContextTag>): SharedEvidence[] {
  const out: SharedEvidence[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const { rule } = r.compiled;
    if (!rule.shares) continue;
    const given = [...(rule.provides ?? []), ...(contextHolds(rule, tags) ? (rule.providesWhenReported ?? []) : [])];
    for (const tag of given) {
      if (!SHAREABLE_TAGS.has(tag)) continue;
      const key = `${tag}:${rule.shares}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const shown = r.text.length > 60 ? r.text.slice(0, 60) + '…' : r.text;
      out.push({ tag, reach: rule.shares, what: `${rule.evidenceName ?? rule.title} \`${shown}\`` });
    }
  }
  return out;
}

export function replacementFor(compiled: CompiledRule, matched: string): string | undefined {
  const { rewrite, rule } = compiled;
  if (rewrite && rewrite.from.test(matched)) return matched.replace(rewrite.from, rewrite.to);
  return rule.replacement.value;
}

export function composeMessage(rule: Rule, matched: string, replacement: string | undefined, via?: string, onTokenHub = false): string {
  const shown = matched.length > 80 ? matched.slice(0, 80) + '…' : matched;
  const parts = [rule.message.replace('{match}', shown)];
  if (via) parts.push(`(Context: ${via}.)`);
  // A half-migrated client: the base URL moved, the old request fields did not.
  if (onTokenHub) parts.push('This file already calls TokenHub, which does not take this field: the request fails or silently loses search.');
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
    // One search field written twice on a line (a Go field and its JSON tag) is one finding. Only for fields: a
    // line with two copies of a URL or model ID needs two findings, or `fix` would rewrite only the first.
    const sameField = (k: Finding) => f.category === 'legacy-search' && k.ruleId === f.ruleId && k.match === f.match;
    const clash = sameLine.some((k) => f.category === 'legacy-sdk' || overlaps(k, f) || sameField(k));
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
