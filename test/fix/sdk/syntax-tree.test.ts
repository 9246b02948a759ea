import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Node as WasmNode } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { SyntaxTree, type SyntaxNode } from '../../../src/fix/sdk/engine/syntax-tree.js';
import { createParser, walkCursor, walksThroughBinding, type GrammarName } from '../../../src/fix/sdk/engine/tree-sitter.js';

/**
 * The rewrite reads a copy of web-tree-sitter's tree made in one cursor walk. The copy must answer every question
 * the rewrite asks exactly as web-tree-sitter's own nodes do: this compares them node by node, over the golden
 * corpus and over code that tests the edges (characters outside the BMP, CRLF, syntax errors, hidden nodes).
 */
const SDK = path.resolve(import.meta.dirname, '../../fixtures/sdk');

const EDGES: Record<string, { grammar: GrammarName; text: string }> = {
  'edges.py': {
    grammar: 'python',
    text: [
      'x = "héllo 😀 中文"\r',
      'def f(a, *b, **c):\r',
      '    return a.b["ключ"] if a else None  # 注释\r',
      'class C:\r',
      '    y: int = 1\r',
      '    async def g(self): await h(self.y)\r',
      'print(f"{x!r:>10}")\r',
      'from tencentcloud.hunyuan.v20230901 import (hunyuan_client as hc, models)\r',
      'z = [i for i in range(3) if i]\r',
      'def broken(:\r',
      '    pass\r',
      '',
    ].join('\n'),
  },
  'edges.ts': {
    grammar: 'typescript',
    text: 'const x = "héllo 😀";\r\nlet {a, b: [c]} = o;\r\nclass K { #p = 1; m() { return this.#p ?? `t${x}`; } }\r\nfor await (const e of s) { f(e?.d); }\r\nconst y = <T,>(v: T): T => v;\r\nfunction broken( {\n',
  },
  'edges.tsx': { grammar: 'tsx', text: 'const v = <div a="😀" {...p}>{x ? <b/> : null}</div>;\nexport default () => v;\n' },
  'edges.js': { grammar: 'javascript', text: 'import tc from "tencentcloud-sdk-nodejs";\nconst { hunyuan } = tc;\nlabel: for (const k in o) { if (k) continue label; }\n' },
};

function grammarOf(file: string): GrammarName {
  if (file.endsWith('.py')) return 'python';
  if (file.endsWith('.tsx')) return 'tsx';
  if (/\.[cm]?ts$/.test(file)) return 'typescript';
  return 'javascript';
}

function corpus(): Array<{ name: string; grammar: GrammarName; text: string }> {
  const out: Array<{ name: string; grammar: GrammarName; text: string }> = [];
  for (const lang of ['python', 'js']) {
    const dir = path.join(SDK, lang);
    for (const sub of ['', 'refused']) {
      for (const name of readdirSync(path.join(dir, sub))) {
        if (!/\.(?:py|[cm]?[jt]sx?)$/.test(name)) continue;
        out.push({ name: path.join(lang, sub, name), grammar: grammarOf(name), text: readFileSync(path.join(dir, sub, name), 'utf8') });
      }
    }
  }
  for (const [name, e] of Object.entries(EDGES)) out.push({ name, ...e });
  return out;
}

/** Every difference between the copy and web-tree-sitter's node, below and including `a`. */
function differences(a: SyntaxNode, b: WasmNode, fields: readonly string[], where: string, out: string[]): void {
  const say = (what: string) => out.push(`${where}: ${what}`);
  if (a.type !== b.type) say(`type ${a.type} != ${b.type}`);
  if (a.startIndex !== b.startIndex || a.endIndex !== b.endIndex) say(`range ${a.startIndex}-${a.endIndex} != ${b.startIndex}-${b.endIndex}`);
  if (a.isNamed !== b.isNamed) say('isNamed');
  if (a.startPosition.row !== b.startPosition.row) say(`row ${a.startPosition.row} != ${b.startPosition.row}`);
  if (a.text !== b.text) say('text');
  const children = b.children.filter((c): c is WasmNode => !!c);
  if (a.children.length !== children.length) {
    say(`${a.children.length} children != ${children.length}`);
    return;
  }
  if (a.namedChildren.length !== b.namedChildren.length) say('namedChildren');
  if (a.namedChildren.some((c, i) => c !== a.children.filter((k) => k.isNamed)[i])) say('namedChildren objects');
  for (const t of new Set(a.children.map((c) => c.type))) {
    const ofType = a.childrenOfType(t);
    const filtered = a.children.filter((c) => c.type === t);
    if (ofType.length !== filtered.length || ofType.some((c, i) => c !== filtered[i])) say(`childrenOfType ${t}`);
  }
  for (const name of fields) {
    const x = a.childForFieldName(name);
    const y = b.childForFieldName(name);
    if ((x === null) !== (y === null) || (x && y && (x.startIndex !== y.startIndex || x.endIndex !== y.endIndex || x.type !== y.type))) say(`field ${name}`);
    if (a.childrenForFieldName(name).length !== b.childrenForFieldName(name).length) say(`fields ${name}`);
  }
  a.children.forEach((c, i) => {
    if (c.parent !== a) say(`parent of child ${i}`);
    differences(c, children[i]!, fields, `${where}/${i}:${c.type}`, out);
  });
}

describe('the copied syntax tree', () => {
  it('answers as web-tree-sitter does, node by node, for the golden corpus and edge cases', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(20);
    let nodes = 0;
    for (const { name, grammar, text } of files) {
      const parser = await createParser(grammar);
      const wasm = parser.parse(text)!;
      try {
        const copy = new SyntaxTree(wasm, text);
        const fields = wasm.language.fields.filter((f): f is string => !!f);
        const out: string[] = [];
        differences(copy.rootNode, wasm.rootNode, fields, name, out);
        expect(out.slice(0, 10)).toEqual([]);
        nodes += copy.rootNode.descendantsOfType(wasm.language.types.filter((t): t is string => !!t)).length;
      } finally {
        wasm.delete();
      }
    }
    expect(nodes).toBeGreaterThan(5_000);
  });

  it('finds descendants by type in source order, the node itself included, as web-tree-sitter does', async () => {
    const { text, grammar } = EDGES['edges.py']!;
    const wasm = (await createParser(grammar)).parse(text)!;
    try {
      const copy = new SyntaxTree(wasm, text);
      for (const types of [['identifier'], ['import_from_statement', 'aliased_import', 'dotted_name'], ['function_definition', 'block']]) {
        const ours = copy.rootNode.descendantsOfType(types).map((n) => `${n.type}@${n.startIndex}-${n.endIndex}`);
        const theirs = wasm.rootNode.descendantsOfType(types).map((n) => `${n!.type}@${n!.startIndex}-${n!.endIndex}`);
        expect(ours).toEqual(theirs);
      }
      const fn = copy.rootNode.descendantsOfType('function_definition')[0]!;
      expect(fn.descendantsOfType('function_definition')).toEqual([fn]);
    } finally {
      wasm.delete();
    }
  });

  it("walks the tree through the binding's own cursor, and copies exactly what web-tree-sitter's TreeCursor gives", async () => {
    let nodes = 0;
    for (const { name, grammar, text } of corpus()) {
      const wasm = (await createParser(grammar)).parse(text)!;
      try {
        const fast = new SyntaxTree(wasm, text);
        const slow = new SyntaxTree(wasm, text, (t) => walkCursor(t, 'public'));
        expect(fast.count, name).toBe(slow.count);
        for (const k of ['typeIds', 'fieldIds', 'starts', 'ends', 'parents', 'afters'] as const) {
          expect(Array.from(fast[k].subarray(0, fast.count)), `${name} ${k}`).toEqual(Array.from(slow[k].subarray(0, slow.count)));
        }
        expect(fast.count).toBe(wasm.rootNode.descendantCount);
        nodes += fast.count;
        // The wasm tree is still whole after both walks: the cursor left nothing behind in the shared buffer.
        expect(wasm.rootNode.descendantCount).toBe(fast.count);
      } finally {
        wasm.delete();
      }
    }
    expect(nodes).toBeGreaterThan(5_000);
    // The runtime this web-tree-sitter ships exports the cursor functions: the fast walk is the one in use.
    expect(walksThroughBinding()).toBe(true);
  });
});
