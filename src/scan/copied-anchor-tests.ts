import { anchorIndexOf } from './anchor-index.js';
import { AnchorSearch } from './anchor-search.js';
import type { CompiledCatalog } from './compile.js';
import { regexAnchors, type AnchorTest } from './file-text.js';

/**
 * The catalog's anchor tests for bytes that are not a FileReader's own: a pull request's changed files and their
 * context, a commit's blobs, the files `fix` edits. The SIMD search runs over a copy of the bytes in its own
 * memory, which costs a copy and is still many times faster than the regular expression over the bytes read as
 * Latin-1 text (on a pull request's context, that regex took most of the scan's time). Without WebAssembly SIMD,
 * or for anchors the search does not take, the regular expression answers.
 */
export interface CopiedAnchorTests {
  /** The prefilter: one of the catalog's prefilter anchors (as AnchorIndex.prefilter). */
  prefilter: AnchorTest;
  /** One of any rule's anchors (as AnchorIndex.anyRule). */
  anyRule: AnchorTest;
}

const tests = new WeakMap<CompiledCatalog, CopiedAnchorTests>();

export function copiedAnchorTestsOf(catalog: CompiledCatalog): CopiedAnchorTests {
  let found = tests.get(catalog);
  if (!found) {
    found = build(catalog);
    tests.set(catalog, found);
  }
  return found;
}

function build(catalog: CompiledCatalog): CopiedAnchorTests {
  const index = anchorIndexOf(catalog);
  const sets = [index.prefilterAnchors, index.ruleAnchors];
  const search = sets.every((s) => AnchorSearch.accepts(s)) ? AnchorSearch.createSets(sets) : undefined;
  const viaSearch = (set: number, regex: RegExp): AnchorTest => {
    const re = regexAnchors(regex);
    if (!search) return re;
    return {
      bytes: (b) => {
        search.buffer(b.length).set(b, 0);
        return search.testIn(set, 0, b.length);
      },
      text: re.text,
    };
  };
  return { prefilter: viaSearch(0, index.prefilter), anyRule: viaSearch(1, index.anyRule) };
}
