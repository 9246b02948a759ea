import type { CompiledCatalog, CompiledRule } from '../scan/compile.js';
import type { Finding } from '../finding/finding.js';
import { replacementFor } from '../scan/match-text.js';
import { acceptsModelMapping, fixabilityOf } from './fixability.js';
import type { ModelMap } from './model-map.js';
import { forRegion, type Region } from './region.js';
import { notIgnored } from '../finding/finding.js';
import type { TextEdit } from './text-edits.js';

export interface FixOptions {
  region: Region;
  /** The user's `--models` mapping; it wins over the catalog's replacement for the same model ID. */
  models?: ModelMap;
  /**
   * The string fixes run under a structural SDK rewrite (fix --sdk), which converts a client completely or leaves
   * the file as it was: only then may they edit a file that calls a Tencent SDK.
   */
  underSdkRewrite?: boolean;
}

/** Where the replacement came from: the catalog's confirmed fix, or the user's own `--models` mapping. */
export type FixOrigin = 'catalog' | 'mapping';

export interface AppliedFix {
  finding: Finding;
  /** The text that was replaced (the whole match, never truncated). */
  from: string;
  to: string;
  origin: FixOrigin;
}

export interface RemainingFinding {
  finding: Finding;
  /** `suggested`: the catalog's value is only a suggestion (apply it with `--models`); `manual`: needs a person. */
  fixability: 'suggested' | 'manual';
  /** The suggested value, for `suggested` findings. */
  suggestion?: string;
  /**
   * Left alone because the file calls a Tencent Cloud SDK: a model ID or endpoint there is an argument of the SDK
   * call, and rewriting it alone breaks the call; the call itself must move to TokenHub first.
   */
  inTencentSdkFile?: boolean;
  /**
   * A scan of the fixed file no longer reports it: it was legacy only next to an endpoint that the fix rewrote
   * (a search parameter, a DeepSeek model ID), so this list is the last place it shows up.
   */
  hiddenByFix?: boolean;
}

export interface TextFix {
  text: string;
  /** The replacements of the input that made `text`, sorted (one per applied fix). */
  edits: TextEdit[];
  applied: AppliedFix[];
  remaining: RemainingFinding[];
}

const byId = new WeakMap<CompiledCatalog, Map<string, CompiledRule>>();

function compiledRule(catalog: CompiledCatalog, ruleId: string): CompiledRule | undefined {
  let map = byId.get(catalog);
  if (!map) {
    map = new Map(catalog.rules.map((c) => [c.rule.id, c]));
    byId.set(catalog, map);
  }
  return map.get(ruleId);
}

/**
 * The text that replaces a finding's matched text, when the fix may write it: the user's mapping for a model ID,
 * else the catalog's safe replacement (adapted to the region for base URLs). Undefined when a person must decide.
 */
export function fixReplacement(
  finding: Finding,
  matched: string,
  catalog: CompiledCatalog,
  opts: FixOptions,
): { to: string; origin: FixOrigin } | undefined {
  const compiled = compiledRule(catalog, finding.ruleId);
  if (!compiled) return undefined;
  const { rule } = compiled;
  const mapped = acceptsModelMapping(rule) ? opts.models?.get(matched) : undefined;
  if (mapped !== undefined) return { to: mapped, origin: 'mapping' };
  if (fixabilityOf(rule) !== 'safe') return undefined;
  const raw = replacementFor(compiled, matched);
  if (raw === undefined) return undefined;
  const to = rule.category === 'legacy-endpoint' ? forRegion(raw, opts.region) : raw;
  return to === matched ? undefined : { to, origin: 'catalog' };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function remainingOf(finding: Finding, catalog: CompiledCatalog): RemainingFinding {
  const rule = compiledRule(catalog, finding.ruleId)?.rule;
  if (rule && fixabilityOf(rule) === 'suggested' && finding.replacement !== undefined) {
    return { finding, fixability: 'suggested', suggestion: finding.replacement };
  }
  return { finding, fixability: 'manual' };
}

/**
 * Applies the fixes for `findings` (found by matchText on this very text) and returns the new text. Pure. Each
 * replacement stays on its line, so line numbers, line endings and everything between the matches are unchanged.
 * A finding an ignore comment covers is neither fixed nor listed: the user asked for it to stay.
 */
export function fixText(text: string, findings: readonly Finding[], catalog: CompiledCatalog, opts: FixOptions): TextFix {
  // A file that calls a Tencent SDK is edited by nobody but a person (or a structural SDK rewrite): see
  // RemainingFinding.inTencentSdkFile.
  if (!opts.underSdkRewrite && findings.some((f) => f.category === 'legacy-sdk')) {
    const remaining = findings.map((finding): RemainingFinding => ({ finding, fixability: 'manual', inTencentSdkFile: true }));
    remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return { text, edits: [], applied: [], remaining };
  }
  const starts = lineStarts(text);
  const edits: Array<{ start: number; end: number } & AppliedFix> = [];
  const remaining: RemainingFinding[] = [];
  for (const finding of notIgnored(findings)) {
    const lineStart = starts[finding.line - 1];
    if (lineStart === undefined || finding.endLine !== finding.line) {
      remaining.push(remainingOf(finding, catalog));
      continue;
    }
    const start = lineStart + finding.column - 1;
    const end = lineStart + finding.endColumn - 1;
    const matched = text.slice(start, end);
    // The finding must describe this text: a stale finding (from another version of the file) is never applied.
    const truncated = finding.match.endsWith('…') && finding.match.length < matched.length;
    const describesText = truncated ? matched.startsWith(finding.match.slice(0, -1)) : matched === finding.match;
    const fix = describesText ? fixReplacement(finding, matched, catalog, opts) : undefined;
    if (!fix) {
      remaining.push(remainingOf(finding, catalog));
      continue;
    }
    edits.push({ start, end, finding, from: matched, ...fix });
  }
  edits.sort((a, b) => a.start - b.start);
  const applied: AppliedFix[] = [];
  const done: TextEdit[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const e of edits) {
    if (e.start < cursor) {
      // Overlapping matches of two categories: keep the first, leave the other to a person.
      remaining.push(remainingOf(e.finding, catalog));
      continue;
    }
    parts.push(text.slice(cursor, e.start), e.to);
    cursor = e.end;
    done.push({ start: e.start, end: e.end, text: e.to });
    applied.push({ finding: e.finding, from: e.from, to: e.to, origin: e.origin });
  }
  parts.push(text.slice(cursor));
  remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
  return { text: applied.length ? parts.join('') : text, edits: done, applied, remaining };
}

/**
 * The fixed version of one line, for a review-comment suggestion: the same replacements the fix writes.
 * `findings` are those reported on that line (their `line` is the line's number in the file).
 */
export function fixLine(
  lineText: string,
  findings: readonly Finding[],
  catalog: CompiledCatalog,
  opts: FixOptions,
): { line: string; applied: AppliedFix[] } | undefined {
  const onLine = findings.filter((f) => f.line === f.endLine).map((f) => ({ ...f, line: 1, endLine: 1 }));
  if (onLine.length === 0 || lineText.includes('\n')) return undefined;
  const fixed = fixText(lineText, onLine, catalog, opts);
  if (fixed.applied.length === 0) return undefined;
  const original = new Map(onLine.map((f, i) => [f, findings.filter((g) => g.line === g.endLine)[i]!]));
  return {
    line: fixed.text,
    applied: fixed.applied.map((a) => ({ ...a, finding: original.get(a.finding) ?? a.finding })),
  };
}
