import type { TextEdit } from '../../text-edits.js';
import { EditOverlapError, EditSet, RangeIndex, wholeLinesOf } from '../engine/edits.js';
import { NameIndex } from '../engine/name-index.js';
import { acceptDisjoint, leftovers } from '../engine/outcome.js';
import type { ClientPlan } from '../engine/plan.js';
import type { SyntaxNode, SyntaxTree } from '../engine/syntax-tree.js';
import type { GrammarName } from '../engine/tree-sitter.js';
import { Refusal, type ClientOutcome, type SdkLanguage, type SdkRewriteOptions, type SdkRewriteResult } from '../engine/types.js';
import { findClientConstructions, planClient, type JsFile } from './client.js';
import { lineNo, usesOf } from './flow.js';
import { readImports } from './imports.js';
import { nodeManifest } from './manifests.js';

/** JavaScript and TypeScript: the Tencent Cloud SDK for Node (`tencentcloud-sdk-nodejs*`), awaited calls. */
export const javascript: SdkLanguage = {
  id: 'javascript',
  grammarFor: (path): GrammarName | undefined => {
    if (/\.tsx$/i.test(path)) return 'tsx';
    if (/\.[cm]?ts$/i.test(path)) return 'typescript';
    if (/\.(?:[cm]?js|jsx)$/i.test(path)) return 'javascript';
    return undefined;
  },
  mayUse: (text) => text.includes('tencentcloud-sdk-nodejs'),
  rewrite: rewriteJs,
  sourceFile: /\.(?:[cm]?[jt]sx?)$/i,
  manifestFor: nodeManifest,
};

/** What the code reads from a caught Tencent SDK error that OpenAI's errors do not have. */
const TENCENT_ONLY = new Set(['code', 'requestId', 'RequestId']);

function rewriteJs(tree: SyntaxTree, text: string, opts: SdkRewriteOptions): SdkRewriteResult {
  const root = tree.rootNode;
  const typescript = /\.(?:[cm]?ts|tsx)$/i.test(opts.path ?? '');
  const file: JsFile = { text, typescript, idx: new NameIndex(root, ['identifier', 'shorthand_property_identifier']), imports: readImports(root) };
  const sites = findClientConstructions(file, root);
  const unchanged: SdkRewriteResult = { text, edits: [], clients: [], leftovers: [], adds: [], stillUsesTencentSdk: file.imports.statements.length > 0 };
  if (sites.length === 0) return unchanged;

  const codeRead = tencentErrorRead(file, root);
  const clients: ClientOutcome[] = [];
  const plans: Array<{ plan: ClientPlan; outcome: ClientOutcome }> = [];
  for (const site of sites) {
    const outcome: ClientOutcome = { line: lineNo(site.node), service: site.info.service, async: true, converted: false, notes: [], guidance: site.info.guidance };
    clients.push(outcome);
    if (codeRead) {
      outcome.reason = codeRead;
      continue;
    }
    try {
      plans.push({ plan: planClient(file, site, opts.baseUrl), outcome });
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      outcome.reason = err.message;
    }
  }
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
  const removedSoFar = () => new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({ start: d.startIndex, end: d.endIndex }))]);
  // Class aliases (`const HunyuanClient = tencentcloud.hunyuan.v20230901.Client`) that nothing uses any more.
  let removed = removedSoFar();
  for (const [alias, { statement }] of file.imports.classAliases) {
    const target = statement.descendantsOfType('variable_declarator')[0]?.childForFieldName('name');
    if (target && usesOf(file.idx, target).every((u) => removed.contains(u.startIndex, u.endIndex))) deletes.set(statement.startIndex, statement);
    void alias;
  }
  removed = removedSoFar();

  let insertAt: number | undefined;
  for (const { statement, locals } of file.imports.statements) {
    const used = locals.some((local) =>
      file.idx.all(local).some((id) => !(id.startIndex >= statement.startIndex && id.endIndex <= statement.endIndex) && !removed.contains(id.startIndex, id.endIndex)),
    );
    if (used) continue;
    deletes.set(statement.startIndex, statement);
    insertAt ??= statement.startIndex;
  }
  const ranges: Array<{ start: number; end: number }> = [];
  for (const d of deletes.values()) {
    const lines = wholeLinesOf(text, d.startIndex, d.endIndex);
    if (lines) ranges.push(lines);
    else edits.replace(d.startIndex, d.endIndex, '');
  }
  for (const r of mergeBlank(text, ranges, insertAt === undefined ? undefined : lineStart(text, insertAt))) edits.replace(r.start, r.end, '');
  if (!file.imports.hasOpenai) {
    const line = file.imports.esm || /\.(?:tsx?|mts|mjs)$/.test(opts.path ?? '') ? 'import OpenAI from "openai";' : 'const { OpenAI } = require("openai");';
    if (insertAt !== undefined) edits.insert(lineStart(text, insertAt), `${line}\n`);
    else if (file.imports.afterImports > 0) edits.insert(file.imports.afterImports, `\n${line}`);
    else edits.insert(headerEnd(text), `${line}\n`);
  }

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
  return { text: out, edits: applied, clients, leftovers: leftovers(out), adds: ['openai'], stillUsesTencentSdk: /tencentcloud-sdk-nodejs/.test(out) };
}

function tencentErrorRead(file: JsFile, root: SyntaxNode): string | undefined {
  for (const clause of root.descendantsOfType('catch_clause')) {
    const param = clause?.childForFieldName('parameter');
    const body = clause?.childForFieldName('body');
    if (!clause || param?.type !== 'identifier' || !body) continue;
    for (const use of file.idx.within(param.text, body.startIndex, body.endIndex)) {
      const m = use.parent;
      if (m?.type === 'member_expression' && m.childForFieldName('object')?.startIndex === use.startIndex && TENCENT_ONLY.has(m.childForFieldName('property')!.text)) {
        return `Tencent error details (${m.text}) are read from the exception (line ${lineNo(m)})`;
      }
    }
  }
  return undefined;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** After a shebang, 'use strict' and leading comments. */
function headerEnd(text: string): number {
  const m = /^(?:#![^\n]*\n)?(?:[ \t]*(?:\/\/[^\n]*|["']use strict["'];?)?[ \t]*\n)*/.exec(text);
  return m ? m[0].length : 0;
}

const BLANK = /^(?:[ \t]*\r?\n)*$/;

/** As the Python module does; the removal where the new import goes keeps the blank line after it. */
function mergeBlank(text: string, ranges: Array<{ start: number; end: number }>, keepBlankAt?: number): Array<{ start: number; end: number }> {
  ranges.sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else if (last && BLANK.test(text.slice(last.end, r.start))) last.end = r.end;
    else merged.push({ ...r });
  }
  for (const r of merged) {
    const before = text.lastIndexOf('\n', r.start - 2) + 1;
    const blankBefore = r.start === 0 || BLANK.test(text.slice(before, r.start));
    const after = /^[ \t]*\r?\n/.exec(text.slice(r.end));
    if (blankBefore && after && r.start !== keepBlankAt) r.end += after[0].length;
  }
  return merged;
}
