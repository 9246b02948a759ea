import { languageFor } from './languages.js';
import { SyntaxTree } from './engine/syntax-tree.js';
import { createParser, type GrammarName } from './engine/tree-sitter.js';
import type { SdkRewriteOptions, SdkRewriteResult } from './engine/types.js';
import type { Parser, Tree as WasmTree } from 'web-tree-sitter';

export type { ClientOutcome, Leftover, SdkRewriteResult, SdkRewriteOptions } from './engine/types.js';
export type { GrammarName } from './engine/tree-sitter.js';

/**
 * Rewrites the Tencent Cloud SDK chat clients of one file's text; undefined when the file is not one it reads.
 * Synchronous, so that the fix of a file stays one pure function; a file that needs a grammar not loaded yet
 * throws GrammarNeeded, and `withGrammars` loads it and runs the fix of that file again.
 */
export interface SdkRewriter {
  (text: string, path: string): SdkRewriteResult | undefined;
  /** Loads one grammar (once); the rewrite of files in its language can run from then on. */
  load(grammar: GrammarName): Promise<void>;
  /**
   * Loads the grammar a file's bytes may need before its fix runs, so that the string fixes of a file that holds a
   * client do not run twice (once up to GrammarNeeded, once again). `withGrammars` still loads what this misses.
   */
  prepare(path: string, bytes: Uint8Array): Promise<void>;
}

/** The file needs a grammar that is not loaded yet: load it (`SdkRewriter.load`) and run the file again. */
export class GrammarNeeded extends Error {
  constructor(readonly grammar: GrammarName) {
    super(`the ${grammar} grammar is not loaded`);
  }
}

/**
 * A rewriter that loads a grammar only when a file in its language may hold a Tencent chat client: a Python-only
 * run never loads the JavaScript and TypeScript grammars. `preload` loads some at once (tests that call the
 * synchronous fix directly).
 */
export async function loadSdkRewriter(opts: SdkRewriteOptions, preload: readonly GrammarName[] = []): Promise<SdkRewriter> {
  const parsers = new Map<GrammarName, Parser>();
  const loading = new Map<GrammarName, Promise<void>>();
  // The last file's wasm tree, freed before the next parse rather than right after its copy: wasm memory never
  // shrinks, so freeing it earlier gives nothing back, and a run that rewrites one file (freeing a 1 MB file's tree
  // costs about 25 ms) leaves it to the end of the process, or to web-tree-sitter's finalizer.
  let lastTree: WasmTree | undefined;
  const rewrite = (text: string, path: string): SdkRewriteResult | undefined => {
    const lang = languageFor(path);
    if (!lang || !lang.mayUse(text)) return undefined;
    const grammar = lang.grammarFor(path)!;
    const parser = parsers.get(grammar);
    if (!parser) throw new GrammarNeeded(grammar);
    lastTree?.delete();
    lastTree = undefined;
    const wasm = parser.parse(text);
    if (!wasm) return undefined;
    lastTree = wasm;
    const tree = new SyntaxTree(wasm, text);
    return lang.rewrite(tree, text, { ...opts, path });
  };
  const load = (grammar: GrammarName): Promise<void> => {
    let p = loading.get(grammar);
    if (!p) {
      p = createParser(grammar).then((parser) => void parsers.set(grammar, parser));
      loading.set(grammar, p);
    }
    return p;
  };
  const prepare = async (path: string, bytes: Uint8Array): Promise<void> => {
    const lang = languageFor(path);
    if (!lang) return;
    const grammar = lang.grammarFor(path)!;
    // The languages' tests look for ASCII names, which read the same in any ASCII-compatible encoding.
    if (!parsers.has(grammar) && lang.mayUse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) await load(grammar);
  };
  for (const g of preload) await load(g);
  return Object.assign(rewrite, { load, prepare });
}

/** Runs a file's fix, loading the grammars it turns out to need (each once per rewriter) and running it again. */
export async function withGrammars<T>(rewriter: SdkRewriter | undefined, run: () => T): Promise<T> {
  for (;;) {
    try {
      return run();
    } catch (err) {
      if (!rewriter || !(err instanceof GrammarNeeded)) throw err;
      await rewriter.load(err.grammar);
    }
  }
}
