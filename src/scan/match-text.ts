import type { ContextReach, ContextTag, Rule, Severity } from '../catalog/rule.js';
import { baseName, SHAREABLE_TAGS, type ExternalContext, type SharedEvidence } from './context.js';
import { directiveColumn, directiveCovers, hasIgnoreKeyword, parseIgnoreDirectives, unknownTargetsProblem, type IgnoreDirective } from './ignore-directives.js';
import type { CompiledCatalog, CompiledRule } from './compile.js';
import type { Finding } from '../finding/finding.js';
import { contextPhrase, SEVERITY_RANK, type FindingContext } from '../finding/finding.js';
import { LineIndex } from './lines.js';
import { neighbourhood, withFingerprintsAround, type Neighbourhood } from '../finding/fingerprint.js';
import { anchorIndexOf } from './anchor-index.js';
import { isLockfile } from './lockfiles.js';
import { docsUrlOf } from '../catalog/docs-url.js';

/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;

/**
 * One match of a rule in a file, with everything deciding on it needs, so that the decision can be taken after
 * the text is gone (the full scan decides on files that take context from other files once the whole tree has
 * been read, without reading them again). Plain data: it crosses from a worker thread to the main thread.
 */
export interface RawMatch {
  /** Index of its rule in the compiled catalog. */
  rule: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The matched text (whole). */
  text: string;
  /** Whether the text before it on its line is a position that holds the rule's context (the rule's orAt). */
  atPosition?: boolean;
  /** Its neighbourhood on its line, for the fingerprint (see fingerprint.ts). */
  around: Neighbourhood;
}

/** The ignore comments of one line, and the column where the first starts. */
interface LineDirectives {
  directives: IgnoreDirective[];
  column: number;
}

/** A file's matches before any decision: what matchFile needs besides the context from other files. */
export interface CollectedFile {
  path: string;
  matches: RawMatch[];
  /** Ignore comments on the lines of the matches and on the lines before them (only lines that have one). */
  directives: [number, LineDirectives][];
  /** Strong evidence for the file's package or project (computed from the file alone). */
  shared: SharedEvidence[];
  /** Candidate paths of the files it imports by relative path, one list per import (kept only when it takes context). */
  imports?: string[][];
}

/** What one file's match gave: its findings and the evidence it lends other files. */
export interface FileMatch {
  findings: Finding[];
  /** Strong evidence for the file's package or project (computed from the file alone). */
  shared: SharedEvidence[];
}

/**
 * What a caller may leave out. `fix` reads no fingerprints (they serve baselines, SARIF and review comments), and
 * they cost three SHA-256 digests per finding plus each match's neighbourhood: `fingerprints: false` skips both.
 */
export interface MatchOptions {
  fingerprints?: boolean;
}

const NO_NEIGHBOURHOOD: Neighbourhood = { before: '', after: '' };

/**
 * Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
 * Two steps: collectMatches() finds every rule's raw matches, decideFindings() decides which are findings, at
 * what severity, given the context the file takes from other files.
 */
export function matchText(text: string, path: string, catalog: CompiledCatalog, external?: ExternalContext, options: MatchOptions = {}): Finding[] {
  return matchFile(text, path, catalog, external, options).findings;
}

export function matchFile(text: string, path: string, catalog: CompiledCatalog, external?: ExternalContext, options: MatchOptions = {}): FileMatch {
  const collected = collectMatches(text, path, catalog, undefined, options);
  return { findings: decideFindings(collected, catalog, external, options), shared: collected.shared };
}

export function collectMatches(text: string, path: string, catalog: CompiledCatalog, present?: ReadonlySet<string>, options: MatchOptions = {}): CollectedFile {
  const fingerprints = options.fingerprints !== false;
  const base = baseName(path);
  const lockfile = isLockfile(path);
  const lines = new LineIndex(text);
  const matches: RawMatch[] = [];
  const index = ruleIndexOf(catalog);
  const tags = new Set<ContextTag>();
  for (const compiled of anchorIndexOf(catalog).rulesFor(text, present)) {
    const { re, unless, rule } = compiled;
    if (compiled.files && !compiled.files.test(base)) continue;
    if (lockfile && compiled.skipsLockfiles) continue;
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
      const from = lines.position(start);
      const to = lines.position(end);
      const lineText = lines.lineText(from.line);
      const raw: RawMatch = {
        rule: index.get(compiled)!,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        text: matched,
        around: fingerprints ? neighbourhood(lineText, from.column, to.line === from.line ? to.column : Number.MAX_SAFE_INTEGER) : NO_NEIGHBOURHOOD,
      };
      if (compiled.orAt) raw.atPosition = compiled.orAt.test(lineText.slice(0, from.column - 1));
      matches.push(raw);
      for (const t of rule.provides ?? []) tags.add(t);
    }
  }
  if (matches.length === 0) return { path, matches, directives: [], shared: [] };
  // The evidence lent to other files comes from this file alone, so that context never travels in chains.
  resolveConditionalTags(matches, catalog, tags);
  const directives: [number, LineDirectives][] = [];
  if (hasIgnoreKeyword(text)) {
    const lineNumbers = new Set<number>();
    for (const r of matches) lineNumbers.add(r.line).add(r.line - 1);
    for (const line of [...lineNumbers].sort((a, b) => a - b)) {
      if (line < 1) continue;
      const lineText = lines.lineText(line);
      const found = parseIgnoreDirectives(lineText, catalog.ignoreTargets);
      if (found.length) directives.push([line, { directives: found, column: directiveColumn(lineText) }]);
    }
  }
  return { path, matches, directives, shared: sharedEvidence(matches, catalog, tags) };
}

/**
 * Whether context from other files could change what a file's matches give: one of them needs a tag it may
 * take from its package or project and does not have on its own. Only such files are decided again once the
 * whole tree has lent its evidence.
 */
export function takesOutsideContext(collected: CollectedFile, catalog: CompiledCatalog): boolean {
  if (collected.matches.length === 0) return false;
  const tags = ownTags(collected, catalog);
  return collected.matches.some((r) => {
    const rule = catalog.rules[r.rule]!.rule;
    if (!rule.context?.anyOf?.length || (rule.context.reach ?? 'package') === 'file') return false;
    return !contextHolds(rule, tags);
  });
}

function ownTags(collected: CollectedFile, catalog: CompiledCatalog): Set<ContextTag> {
  const tags = new Set<ContextTag>();
  for (const r of collected.matches) for (const t of catalog.rules[r.rule]!.rule.provides ?? []) tags.add(t);
  resolveConditionalTags(collected.matches, catalog, tags);
  return tags;
}

/** The findings of a file's matches, given the context it takes from other files. */
export function decideFindings(collected: CollectedFile, catalog: CompiledCatalog, external?: ExternalContext, options: MatchOptions = {}): Finding[] {
  const { matches, path } = collected;
  if (matches.length === 0) return [];
  const tags = ownTags(collected, catalog);
  if (external) resolveConditionalTags(matches, catalog, tags, external);

  const around = new Map<Finding, Neighbourhood>();
  const findings: Finding[] = [];
  for (const r of matches) {
    const { rule } = catalog.rules[r.rule]!;
    if (rule.signalOnly) continue;
    let decided = severityInContext(rule, tags, external);
    if (decided?.severity !== rule.severity && r.atPosition && !rule.context?.noneOf?.some((t) => tags.has(t))) decided = { severity: rule.severity };
    if (!decided) continue;
    const { severity, via } = decided;
    const replacement = replacementFor(catalog.rules[r.rule]!, r.text);
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.category,
      severity,
      path,
      line: r.line,
      column: r.column,
      endLine: r.endLine,
      endColumn: r.endColumn,
      message: composeMessage(rule, r.text, replacement, via, rule.category === 'legacy-search' && tags.has('tokenhub')),
      match: r.text.length > MAX_MATCH_CHARS ? r.text.slice(0, MAX_MATCH_CHARS) + '…' : r.text,
    };
    if (via) finding.context = { ...via };
    if (replacement !== undefined) finding.replacement = replacement;
    // A built-in rule's page carries the fix, the per-language guidance and the sources (docs/rules/).
    const docsUrl = docsUrlOf(rule);
    if (docsUrl) finding.docsUrl = docsUrl;
    around.set(finding, r.around);
    findings.push(finding);
  }
  // Ignores apply after de-duplication, so that ignoring a specific rule does not let a general one through. The
  // scanner only marks what an ignore comment covers (with its reason); triage sets those findings aside.
  const directivesByLine = new Map(collected.directives);
  const directivesOn = (line: number): IgnoreDirective[] => directivesByLine.get(line)?.directives ?? [];
  const kept: Finding[] = [];
  const ignored: Finding[] = [];
  for (const f of dedupe(findings, catalog)) {
    const here = directivesByLine.get(f.line);
    // Text inside the directive itself (rule ids such as hunyuan-model-...) is never a finding.
    if (here && here.directives.some((d) => d.scope === 'line' || d.scope === 'next-line') && f.column > here.column) continue;
    const on = directivesOn(f.line);
    const before = directivesOn(f.line - 1);
    const directive =
      on.find((d) => d.scope === 'line' && directiveCovers(d, f.ruleId, f.category)) ??
      before.find((d) => d.scope === 'next-line' && directiveCovers(d, f.ruleId, f.category));
    if (directive) {
      ignored.push({ ...f, ignoredInline: directive.reason ? { reason: directive.reason } : {} });
      continue;
    }
    // A directive meant for this line that names a rule id that does not exist: the finding stays, and says why.
    const misspelt = on.find((d) => d.scope === 'line' && d.unknown.length) ?? before.find((d) => d.scope === 'next-line' && d.unknown.length);
    if (misspelt) {
      const at = on.includes(misspelt) ? f.line : f.line - 1;
      kept.push({ ...f, ignoreProblem: unknownTargetsProblem(misspelt, at, catalog.ignoreTargets) });
    } else kept.push(f);
  }
  if (options.fingerprints === false) return [...kept, ...ignored].sort(inFileOrder);
  // Fingerprints number identical findings within a file: counted apart, so an ignore comment never renumbers the rest.
  const neighbourhoodOf = (f: Finding) => around.get(f) ?? around.get(original(f, findings))!;
  const out = withFingerprintsAround(kept, neighbourhoodOf);
  if (ignored.length) out.push(...withFingerprintsAround(ignored, neighbourhoodOf));
  return out.sort(inFileOrder);
}

/** The finding an ignored copy was made from (same place and rule). */
function original(f: Finding, findings: readonly Finding[]): Finding {
  return findings.find((o) => o.ruleId === f.ruleId && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn)!;
}

const ruleIndexes = new WeakMap<CompiledCatalog, Map<CompiledRule, number>>();

function ruleIndexOf(catalog: CompiledCatalog): Map<CompiledRule, number> {
  let index = ruleIndexes.get(catalog);
  if (!index) {
    index = new Map(catalog.rules.map((c, i) => [c, i]));
    ruleIndexes.set(catalog, index);
  }
  return index;
}

function inFileOrder(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw: readonly RawMatch[], catalog: CompiledCatalog, tags: Set<ContextTag>, external?: ExternalContext): void {
  const conditional = [...new Set(raw.map((r) => catalog.rules[r.rule]!.rule).filter((rule) => rule.providesWhenReported?.length))];
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

/** Where a tag the rule needs comes from: undefined = not available, 'own' = the file itself, else the other file. */
function tagSource(rule: Rule, tag: ContextTag, tags: ReadonlySet<ContextTag>, external?: ExternalContext): FindingContext | 'own' | undefined {
  if (tags.has(tag)) return 'own';
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
): { severity: Severity; via?: FindingContext } | undefined {
  const ctx = rule.context;
  if (!ctx) return { severity: rule.severity };
  if (ctx.noneOf?.some((t) => tags.has(t))) return undefined;
  if (!ctx.anyOf || ctx.anyOf.length === 0) return { severity: rule.severity };
  let via: FindingContext | undefined;
  for (const t of ctx.anyOf) {
    const source = tagSource(rule, t, tags, external);
    if (source === 'own') return { severity: rule.severity };
    if (source !== undefined && via === undefined) via = source;
  }
  if (via !== undefined) return { severity: rule.severity, via };
  return ctx.otherwise ? { severity: ctx.otherwise } : undefined;
}

/** The strong evidence this file lends: tags of rules that share them, as far as their rule says. */
function sharedEvidence(raw: readonly RawMatch[], catalog: CompiledCatalog, tags: ReadonlySet<ContextTag>): SharedEvidence[] {
  const out: SharedEvidence[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const { rule } = catalog.rules[r.rule]!;
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

export function composeMessage(rule: Rule, matched: string, replacement: string | undefined, via?: FindingContext, onTokenHub = false): string {
  const shown = matched.length > 80 ? matched.slice(0, 80) + '…' : matched;
  const parts = [rule.message.replace('{match}', shown)];
  if (via) parts.push(`(Context: ${contextPhrase(via)}.)`);
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
