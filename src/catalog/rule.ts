/**
 * The shape of a catalog rule. Rules are data: the engine in src/scan applies them,
 * and nothing in a rule is executable beyond a regular-expression source string.
 */

export type Category = 'legacy-endpoint' | 'legacy-sdk' | 'legacy-model' | 'legacy-search';
export type Severity = 'error' | 'warning' | 'notice';

/**
 * How sure the sources are. Mirrors the markers in shared/catalog.md:
 * confirmed = an official Tencent doc or SDK says it; third-party = only non-Tencent code or docs;
 * inferred = our own reasonable conclusion; unverified = contradictory or single-source;
 * configured = the user's own config file lists it (custom endpoints and model IDs).
 */
export type Evidence = 'confirmed' | 'third-party' | 'inferred' | 'unverified' | 'configured';

/**
 * Context tags a file can carry. A tag is set by a match of a rule that lists it in `provides`
 * (or by a context-only signal). Rules whose strings are ambiguous on their own (a DeepSeek model ID,
 * `enable_search`, `citation`) require one of these tags in the same file.
 */
export type ContextTag =
  /** the file talks to the legacy Hunyuan platform (endpoint, SDK, LangChain class, legacy-only model). */
  | 'hunyuan'
  /** the file talks to the legacy LKE DeepSeek API (endpoint, or lkeap SDK used for chat). */
  | 'lke'
  /** the file imports the lkeap v20240522 SDK (also used for rerank/embeddings, so not legacy by itself). */
  | 'lke-sdk'
  /** the file imports the hunyuan v20230901 SDK or names its host (also used for image/3D jobs). */
  | 'hunyuan-cloudapi'
  /** the file calls a Hunyuan LLM action (ChatCompletions, ChatStd, ...) or names a Hunyuan LLM model. */
  | 'llm-use'
  /** the file names `ChatCompletions` (the one lkeap action that is the legacy DeepSeek chat API). */
  | 'chat-completions'
  /** the file names an LKE DeepSeek model ID (on its own not legacy: TokenHub carries several). */
  | 'deepseek-model'
  /** the file uses TokenHub's Token Plan or Coding Plan routes, whose own model IDs are not legacy. */
  | 'token-plan'
  /** the file names a TokenHub model-call host: a client already moved, which must not send the old search fields. */
  | 'tokenhub'
  /** the file runs a Hunyuan image, video or 3D job (retiring on 2026-09-30), or names its host. */
  | 'hunyuan-image';

/**
 * How far a rule looks for the tags its context needs: the file alone; also the other source files of its
 * directory (a Go, Java or Python package, a TS folder); or also the project's manifests and project-wide imports.
 */
export type ContextReach = 'file' | 'package' | 'project';

export interface Source {
  /** A document or file named in shared/catalog.md. */
  ref: string;
  evidence: Evidence;
  /** When the fact was last seen true in that source (YYYY-MM or YYYY-MM-DD); unset: the catalog's first edition. */
  date?: string;
}

export interface Replacement {
  /** The TokenHub value to use instead, when there is a single one. */
  value?: string;
  /** A one-line instruction for what to do, shown with every finding. */
  hint: string;
  /** Whether the replacement is what Tencent's sources say (confirmed) or only our suggestion. */
  evidence: Evidence;
  /**
   * Derive the replacement from the matched text: `from` (case-insensitive regex source) is replaced by `to`
   * (with `$1`-style groups). Used where the fix keeps part of the match, such as a URL's scheme and path.
   */
  rewrite?: { from: string; to: string };
}

export interface RuleContext {
  /** The finding is reported at the rule's severity only if the file carries one of these tags (unset: always). */
  anyOf?: ContextTag[];
  /**
   * Without the tags: report at this lower severity instead of dropping the match.
   * Leave unset to report nothing at all without context.
   */
  otherwise?: Severity;
  /** The match is dropped when the file carries any of these tags (the file's own tags only). */
  noneOf?: ContextTag[];
  /**
   * Outside context does not count when the file itself carries one of these tags: a file that imports the lkeap
   * SDK calls lkeap's `ChatCompletions`, whatever SDK a sibling file imports.
   */
  unlessOwn?: ContextTag[];
  /** Where `anyOf` tags may come from (default `package`): see ContextReach. */
  reach?: ContextReach;
  /**
   * The position in code that holds the context by itself: a regular-expression source tested against the
   * line's text before the match (a `model` key or argument before a model ID).
   */
  orAt?: string;
}

/** One example of a rule: a snippet it reports (a hit) or leaves alone (a miss), run by the generic rule test. */
export interface RuleExample {
  /** The syntactic form or language it shows (`go`, `python`, `yaml`, `go.mod`, ...). */
  form: string;
  /** The snippet; the rule's match is the first text the rule reports in it. */
  text: string;
  /** The file name it is matched as (default: by form). */
  path?: string;
  /** Evidence lent by another file of the same package, for rules that take context from outside the file. */
  packageText?: string;
}

export interface Rule {
  /** Stable kebab-case id: used in ignore comments, baselines, SARIF and config. */
  id: string;
  category: Category;
  severity: Severity;
  /** Short name for listings. */
  title: string;
  /** What a match is called when it lends context to another file ("Hunyuan client"); default: the title. */
  evidenceName?: string;
  /**
   * Lower-case literals, at least one of which occurs inside every match of `pattern`.
   * The scanner looks for these in each file before it runs any regular expression.
   */
  anchors: string[];
  /** ECMAScript regular-expression source. Written without nested quantifiers so it runs in linear time. */
  pattern: string;
  /** Case-sensitive match (default false: matched case-insensitively). */
  caseSensitive?: boolean;
  /** Matches whose text (lower-cased) satisfies this pattern are dropped, e.g. TokenHub's own paths. */
  unless?: string;
  /** Capture group whose span is reported and replaced (default: the whole match). */
  group?: number;
  context?: RuleContext;
  /** Tags a match of this rule gives the file, whether or not the match is reported. */
  provides?: ContextTag[];
  /** Tags a match gives the file only when it is reported at full severity (its context holds). */
  providesWhenReported?: ContextTag[];
  /**
   * Whether this rule's anchors take part in the per-file prefilter (default true). Rules whose strings are
   * common everywhere and that can only report inside a context set by another rule opt out, so that a
   * file without any legacy anchor is rejected after one pass over its bytes.
   */
  prefilter?: boolean;
  /**
   * Whether the tags this rule gives are strong evidence for other files too: `package` shares them with the
   * other files of the directory (a host, an SDK import, a legacy Cloud API call), `project` with every file of
   * the project (a manifest dependency, a C# `global using`, a re-exporting index module). Unset: this file only.
   */
  shares?: 'package' | 'project';
  /**
   * File names (case-insensitive regular-expression source over the base name) the rule applies to, e.g. the
   * manifests for a dependency rule. Unset: every file.
   */
  files?: string;
  /** A context-only signal: sets tags, never reported. */
  signalOnly?: boolean;
  /**
   * Reported only by the key smoke test's cross-check (a TokenHub model the key cannot use), never by the scan:
   * the scan compiles it only when asked by id. It is in the catalog so that SARIF, JSON and ignore comments
   * treat its findings like any other.
   */
  smokeTestOnly?: boolean;
  /** Message template; `{match}` is replaced with the matched text. */
  message: string;
  replacement: Replacement;
  sources: Source[];
  /** Its own examples: at least three hits and three misses for each form it claims. */
  examples?: { hits: RuleExample[]; misses: RuleExample[] };
}
