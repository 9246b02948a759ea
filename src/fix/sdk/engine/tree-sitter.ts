import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TreeSitter from 'web-tree-sitter';
import ASSETS from './assets.json' with { type: 'json' };
import { BindingCursor, cursorBindingOf, PublicCursor, type CursorBinding, type WalkCursor } from './tree-cursor.js';

/** The grammars the SDK rewrite parses with, named after their wasm files. */
export type GrammarName = 'python' | 'javascript' | 'typescript' | 'tsx';

type AssetName = keyof typeof ASSETS;

/** Where the runtime and grammars are shipped beside the bundles: one copy that dist/ and dist/cli/ share. */
export const ASSET_DIR_NAME = 'tree-sitter';

/**
 * The files of web-tree-sitter and the grammars. The bundles load them from dist/tree-sitter/ (web-tree-sitter's
 * ESM build breaks under ncc and its CommonJS build needs a real __dirname, so it is not bundled); the sources,
 * under the tests, load the same files from node_modules.
 */
function locateAssets(): (name: AssetName) => string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.join(here, ASSET_DIR_NAME), path.join(here, '..', ASSET_DIR_NAME)]) {
    if (existsSync(path.join(dir, 'web-tree-sitter.cjs'))) return (name) => path.join(dir, name);
  }
  for (let dir = here; ; dir = path.dirname(dir)) {
    const modules = path.join(dir, 'node_modules');
    if (existsSync(path.join(modules, ASSETS['web-tree-sitter.cjs']))) return (name) => path.join(modules, ASSETS[name]);
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`the tree-sitter runtime is missing: no ${ASSET_DIR_NAME}/ beside ${here} and no web-tree-sitter in node_modules`);
}

interface Runtime {
  TS: typeof TreeSitter;
  languages: Map<GrammarName, Promise<TreeSitter.Language>>;
  locate: (name: AssetName) => string;
}

let runtime: Promise<Runtime> | undefined;

/** The binding's cursor functions, once the runtime is loaded (undefined if this web-tree-sitter lacks one). */
let cursorBinding: CursorBinding | undefined;

/** The grammars this process has loaded, in order: a run loads only those its files need (tests count them). */
const loadedGrammars: GrammarName[] = [];

export function grammarsLoaded(): readonly GrammarName[] {
  return [...loadedGrammars];
}

async function loadRuntime(): Promise<Runtime> {
  const locate = locateAssets();
  // A computed path, so that the bundler leaves this require to Node at run time.
  const load = createRequire(import.meta.url);
  const TS = load(locate('web-tree-sitter.cjs')) as typeof TreeSitter;
  const options = { locateFile: (file: string) => locate(file as AssetName) };
  await TS.Parser.init(options);
  // Emscripten makes the object given to init its module: the binding's exported functions become its properties.
  cursorBinding = cursorBindingOf(options);
  return { TS, languages: new Map(), locate };
}

async function language(name: GrammarName): Promise<{ TS: typeof TreeSitter; language: TreeSitter.Language }> {
  runtime ??= loadRuntime();
  const rt = await runtime;
  let lang = rt.languages.get(name);
  if (!lang) {
    lang = rt.TS.Language.load(readFileSync(rt.locate(`tree-sitter-${name}.wasm`)));
    rt.languages.set(name, lang);
    loadedGrammars.push(name);
  }
  return { TS: rt.TS, language: await lang };
}

/** A parser for one grammar. Parsers are cheap; the runtime and each grammar load once per process. */
export async function createParser(name: GrammarName): Promise<TreeSitter.Parser> {
  const { TS, language: lang } = await language(name);
  const parser = new TS.Parser();
  parser.setLanguage(lang);
  return parser;
}

/** A cursor over a parsed tree for one walk: the binding's own when it exports what the walk needs (tree-cursor.ts). */
export function walkCursor(tree: TreeSitter.Tree, only?: 'public'): WalkCursor {
  return cursorBinding && only !== 'public' ? new BindingCursor(cursorBinding, tree) : new PublicCursor(tree);
}

/** Whether walks use the binding's cursor (tests check that the fast walk is the one in use). */
export function walksThroughBinding(): boolean {
  return cursorBinding !== undefined;
}
