import type { TextEdit } from '../../text-edits.js';
import { EditOverlapError, EditSet, RangeIndex, wholeLinesOf } from '../engine/edits.js';
import { acceptDisjoint, leftovers } from '../engine/outcome.js';
import { NameIndex } from '../engine/name-index.js';
import type { SyntaxNode, SyntaxTree } from '../engine/syntax-tree.js';
import { Refusal, type ClientOutcome, type SdkLanguage, type SdkRewriteOptions, type SdkRewriteResult } from '../engine/types.js';
import { findClientConstructions, planClient, type ClientSite } from './client.js';
import { findExceptClauses } from './exceptions.js';
import { lineNo, usesOf } from './flow.js';
import { readImports } from './imports.js';
import { pythonManifest } from './manifests.js';
import type { ClientPlan, PyFile } from './plan.js';

/** Python: Tencent Cloud SDK for Python (`tencentcloud-sdk-python`, sync and `_client_async` clients). */
export const python: SdkLanguage = {
  id: 'python',
  grammarFor: (path) => (/\.pyw?$/i.test(path) ? 'python' : undefined),
  // The SDK's package (`tencentcloud.…`), not TokenHub's own host (tokenhub-intl.tencentcloudmaas.com).
  mayUse: (text) => /\btencentcloud\b/.test(text),
  rewrite: rewritePython,
  sourceFile: /\.pyw?$/i,
  manifestFor: pythonManifest,
};

function rewritePython(tree: SyntaxTree, text: string, opts: SdkRewriteOptions): SdkRewriteResult {
  const root = tree.rootNode;
  const file: PyFile = { text, idx: new NameIndex(root, ['identifier']), imports: readImports(root) };
  const sites = findClientConstructions(file);
  const unchanged: SdkRewriteResult = { text, edits: [], clients: [], leftovers: [], adds: [], stillUsesTencentSdk: file.imports.statements.length > 0 };
  if (sites.length === 0) return unchanged;

  const { caught, tencentOnlyRead } = findExceptClauses(file);
  const clients: ClientOutcome[] = [];
  const plans: Array<{ site: ClientSite; plan: ClientPlan; outcome: ClientOutcome }> = [];
  for (const site of sites) {
    const outcome: ClientOutcome = {
      line: lineNo(site.call),
      service: site.info.service,
      async: site.async,
      converted: false,
      notes: [],
      guidance: site.info.guidance,
    };
    clients.push(outcome);
    if (file.imports.names.has('*')) {
      outcome.reason = 'the file imports * from the Tencent Cloud SDK, so the rewrite cannot see every name it uses';
      continue;
    }
    if (tencentOnlyRead) {
      outcome.reason = tencentOnlyRead;
      continue;
    }
    try {
      const plan = planClient(file, site, opts.baseUrl);
      plans.push({ site, plan, outcome });
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      outcome.reason = err.message;
    }
  }

  // One client's edits must not touch another's: two plans over the same code cannot both be right.
  const accepted = acceptDisjoint(plans);
  if (accepted.length === 0) return { ...unchanged, clients };

  const edits = new EditSet();
  const deletes = new Map<number, SyntaxNode>();
  for (const { plan, outcome } of accepted) {
    edits.addAll(plan.edits);
    for (const d of plan.deletes) deletes.set(d.startIndex, d);
    outcome.converted = true;
    outcome.notes = plan.notes;
  }
  // A credential shared with a refused client (or used anywhere else) stays.
  const removed = new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({ start: d.startIndex, end: d.endIndex }))]);
  const covered = (n: SyntaxNode) => removed.contains(n.startIndex, n.endIndex);
  for (const { plan } of accepted) {
    for (const { statement, variable } of plan.deferred) {
      if (usesOf(file.idx, variable).every(covered)) deletes.set(statement.startIndex, statement);
    }
  }
  const allConverted = accepted.length === sites.length;

  // except TencentCloudSDKException → openai.APIError (both, while other Tencent calls remain in the file).
  let exceptionKept = false;
  let apiError = false;
  for (const { name, inTuple } of caught) {
    apiError = true;
    if (allConverted) edits.replace(name.startIndex, name.endIndex, 'APIError');
    else {
      exceptionKept = true;
      edits.replace(name.startIndex, name.endIndex, inTuple ? `${name.text}, APIError` : `(${name.text}, APIError)`);
    }
  }

  applyDeletes(text, edits, deletes);
  const classes = new Set(accepted.map(({ site }) => (site.async ? 'AsyncOpenAI' : 'OpenAI')));
  const imports = [...classes, ...(apiError ? ['APIError'] : [])].filter((n) => !file.imports.openaiNames.has(n)).sort();
  rewriteImports(file, edits, deletes, exceptionKept, imports);

  let out: string;
  let applied: TextEdit[];
  try {
    ({ text: out, edits: applied } = edits.applyWithEdits(text));
  } catch (err) {
    if (!(err instanceof EditOverlapError)) throw err;
    for (const c of clients) {
      c.converted = false;
      c.notes = [];
      c.reason ??= 'the conversions of the clients in this file overlap; convert them by hand';
    }
    return { ...unchanged, clients };
  }
  return {
    text: out,
    edits: applied,
    clients,
    leftovers: leftovers(out),
    adds: ['openai'],
    stillUsesTencentSdk: /\btencentcloud\b/.test(out),
  };
}

/** Removes statements with their lines; a block left empty keeps a `pass`. */
function applyDeletes(text: string, edits: EditSet, deletes: Map<number, SyntaxNode>): void {
  const byBlock = new Map<number, SyntaxNode[]>();
  for (const d of deletes.values()) {
    const key = d.parent?.startIndex ?? -1;
    const group = byBlock.get(key);
    if (group) group.push(d);
    else byBlock.set(key, [d]);
  }
  const ranges: Array<{ start: number; end: number }> = [];
  for (const group of byBlock.values()) {
    const parent = group[0]!.parent;
    const statements = parent?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
    const emptied = parent?.type === 'block' && statements.length === group.length;
    group.sort((a, b) => a.startIndex - b.startIndex);
    group.forEach((d, i) => {
      const lines = wholeLinesOf(text, d.startIndex, d.endIndex);
      if ((emptied && i === group.length - 1) || !lines) edits.replace(d.startIndex, d.endIndex, 'pass');
      else ranges.push(withCommentsAbove(text, lines));
    });
  }
  for (const r of mergeAcrossBlankLines(text, ranges)) edits.replace(r.start, r.end, '');
}

/** Comment lines right above a removed statement describe it (Tencent's examples comment every step). */
function withCommentsAbove(text: string, r: { start: number; end: number }): { start: number; end: number } {
  let start = r.start;
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^[ \t]*#/.test(text.slice(prev, start)) || /^#!|coding[:=]/.test(text.slice(prev, start).trim())) break;
    start = prev;
  }
  return { start, end: r.end };
}

const BLANK = /^(?:[ \t]*\r?\n)*$/;

/**
 * Removed statements separated only by blank lines become one removal, and a removal between two blank lines
 * takes one of them along, so the code keeps its paragraphs instead of growing gaps.
 */
function mergeAcrossBlankLines(text: string, ranges: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  ranges.sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start >= last.end && BLANK.test(text.slice(last.end, r.start))) last.end = Math.max(last.end, r.end);
    else if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  for (const r of merged) {
    const before = text.lastIndexOf('\n', r.start - 2) + 1;
    const blankBefore = r.start === 0 || BLANK.test(text.slice(before, r.start));
    const after = /^[ \t]*\r?\n/.exec(text.slice(r.end));
    if (blankBefore && after) r.end += after[0].length;
  }
  return merged;
}

/** Drops the Tencent imports nothing uses any more, and adds the openai (and os) imports. */
function rewriteImports(file: PyFile, edits: EditSet, deletes: Map<number, SyntaxNode>, exceptionKept: boolean, openaiNames: string[]): void {
  const { text, imports } = file;
  const removed = new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({ start: d.startIndex, end: d.endIndex }))]);
  const gone = (n: SyntaxNode) => removed.contains(n.startIndex, n.endIndex);
  let insertAt: number | undefined;
  for (const { statement, names } of imports.statements) {
    const kept = names.filter(({ local, meaning, node }) => {
      if (meaning.kind === 'exception' && exceptionKept) return true;
      return file.idx.all(local).some((id) => !(id.startIndex >= node.startIndex && id.endIndex <= node.endIndex) && !gone(id) && !inImport(id));
    });
    if (kept.length === names.length) continue;
    if (kept.length === 0) {
      const lines = wholeLinesOf(text, statement.startIndex, statement.endIndex);
      if (lines) {
        edits.replace(lines.start, lines.end, '');
        if (statement.parent?.type === 'module') insertAt ??= lines.start;
      } else edits.replace(statement.startIndex, statement.endIndex, 'pass');
      continue;
    }
    const first = names[0]!.node;
    const last = names[names.length - 1]!.node;
    edits.replace(first.startIndex, last.endIndex, kept.map((k) => k.node.text).join(', '));
  }
  const lines = [...(imports.hasOs ? [] : ['import os']), ...(openaiNames.length ? [`from openai import ${openaiNames.join(', ')}`] : [])];
  if (!lines.length) return;
  if (insertAt !== undefined) return edits.insert(insertAt, lines.map((l) => `${l}\n`).join(''));
  if (imports.afterImports > 0) return edits.insert(imports.afterImports, lines.map((l) => `\n${l}`).join(''));
  edits.insert(headerEnd(text), lines.map((l) => `${l}\n`).join(''));
}

function inImport(id: SyntaxNode): boolean {
  for (let n: SyntaxNode | null = id.parent; n; n = n.parent) {
    if (n.type === 'import_statement' || n.type === 'import_from_statement') return true;
    if (n.type === 'block' || n.type === 'module') return false;
  }
  return false;
}

/** After a shebang, encoding line and leading comments. */
function headerEnd(text: string): number {
  let at = 0;
  while (at < text.length && text[at] === '#') {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    at = nl + 1;
  }
  return at;
}
