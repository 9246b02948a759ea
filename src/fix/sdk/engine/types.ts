import type { TextEdit } from '../../text-edits.js';
import type { Service } from '../tencent-chat.js';
import type { SyntaxTree } from './syntax-tree.js';
import type { GrammarName } from './tree-sitter.js';

/** What became of one Tencent Cloud chat client: converted with everything that flows from it, or left alone. */
export interface ClientOutcome {
  /** 1-based line of the client's construction in the original file. */
  line: number;
  service: Service;
  async: boolean;
  converted: boolean;
  /** Why it was refused (converted: false), with the line that decided it. */
  reason?: string;
  /** What the conversion dropped or carried over (region, endpoint, timeout ...). */
  notes: string[];
  /** Where the manual migration is described. */
  guidance: string;
}

/** Code left after a conversion that would now fail, such as a check that TENCENTCLOUD_SECRET_ID is set. */
export interface Leftover {
  /** 1-based line in the rewritten file. */
  line: number;
  message: string;
}

export interface SdkRewriteOptions {
  /** The TokenHub base URL clients are given. */
  baseUrl: string;
  /** The file's path (its extension picks module syntax for new imports). */
  path?: string;
}

export interface SdkRewriteResult {
  /** The rewritten text; the input itself when no client was converted. */
  text: string;
  /** The replacements of the input that made `text` (sorted, disjoint); none when no client was converted. */
  edits: TextEdit[];
  clients: ClientOutcome[];
  leftovers: Leftover[];
  /** Packages the rewritten file imports instead of the Tencent SDK. */
  adds: string[];
  /** The file still uses the Tencent Cloud SDK after the rewrite (refused clients, other services). */
  stillUsesTencentSdk: boolean;
}

/** A dependency manifest after the edit: `openai` added, the Tencent SDK dropped when asked; what changed. */
export interface ManifestEdit {
  text: string;
  notes: string[];
}

/** Edits one manifest's text; undefined when there is nothing to change (or the file cannot be read as one). */
export type ManifestEditor = (text: string, dropTencent: boolean) => ManifestEdit | undefined;

/**
 * One language, as a module: which files it takes, which grammar parses them, the rewrite over the parsed tree, and
 * the dependency manifests of its projects. Listed in ../languages.ts; the engine holds nothing language-specific.
 */
export interface SdkLanguage {
  id: string;
  grammarFor(path: string): GrammarName | undefined;
  /** A cheap text test that the file may hold a Tencent chat client at all (most files are not parsed). */
  mayUse(text: string): boolean;
  rewrite(tree: SyntaxTree, text: string, opts: SdkRewriteOptions): SdkRewriteResult;
  /** The file names of this language's code: whether any still uses the Tencent SDK decides if a manifest drops it. */
  sourceFile: RegExp;
  /** The edit of one of this language's dependency manifests, by file name; undefined for any other file. */
  manifestFor(name: string): ManifestEditor | undefined;
}

/** Thrown while planning a client: the client is refused with this reason. */
export class Refusal extends Error {}
