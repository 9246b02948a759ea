import { languageFor } from './languages.js';
import { createParser, type GrammarName } from './engine/tree-sitter.js';
import type { SdkRewriteOptions, SdkRewriteResult } from './engine/types.js';
import type { Parser } from 'web-tree-sitter';

export type { ClientOutcome, Leftover, SdkRewriteResult, SdkRewriteOptions } from './engine/types.js';

/** Rewrites the Tencent Cloud SDK chat clients of one file's text; undefined when the file is not one it reads. */
export type SdkRewriter = (text: string, path: string) => SdkRewriteResult | undefined;

/** Loads the parsers (once) and returns a synchronous rewriter for the fix to call per file. */
export async function loadSdkRewriter(opts: SdkRewriteOptions): Promise<SdkRewriter> {
  const parsers = new Map<GrammarName, Parser>();
  for (const name of ['python', 'javascript', 'typescript', 'tsx'] as const) parsers.set(name, await createParser(name));
  return (text, path) => {
    const lang = languageFor(path);
    if (!lang || !lang.mayUse(text)) return undefined;
    const parser = parsers.get(lang.grammarFor(path)!);
    if (!parser) return undefined;
    const tree = parser.parse(text);
    if (!tree) return undefined;
    try {
      return lang.rewrite(tree, text, { ...opts, path });
    } finally {
      tree.delete();
    }
  };
}
