import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../catalog/index.js';
import { DEFAULT_BASELINE_PATH } from '../triage/baseline-path.js';
import type { CompiledCatalog } from '../scan/compile.js';
import type { FailOn } from '../finding/severity.js';
import { catalogFor } from './catalog.js';
import { ConfigError, type LoadedConfig } from './issues.js';
import { loadConfig } from './load.js';

/**
 * What a run uses: the config file's values, with the values given explicitly on the command line or as action
 * inputs on top. An unset override (undefined, or an empty list) leaves the file's value in place.
 */
export interface Overrides {
  failOn?: FailOn;
  include?: string[];
  exclude?: string[];
  baseline?: string;
}

export interface Settings {
  loaded: LoadedConfig;
  failOn: FailOn;
  include: string[];
  exclude: string[];
  /** Baseline file relative to the root (or absolute), when one is to be used. */
  baseline?: string;
  catalog: CompiledCatalog;
  rules: Rule[];
}

export interface ResolveOptions {
  root: string;
  /** Files this run writes (reports): never scanned, like the config and baseline files. */
  outputFiles?: string[];
  /** Config file path given by the user; unset: the default path when it exists. */
  configPath?: string;
  overrides?: Overrides;
  /** Check that the file's include/exclude patterns match some file (default true). */
  checkGlobs?: boolean;
}

export async function resolveSettings(opts: ResolveOptions): Promise<Settings> {
  const loaded = await loadConfig({ root: opts.root, configPath: opts.configPath });
  if (opts.checkGlobs !== false && loaded.file) {
    const { unmatchedGlobs } = await import('./glob-match.js');
    const issues = await unmatchedGlobs(loaded, opts.root);
    if (issues.length) throw new ConfigError(issues);
  }
  const o = opts.overrides ?? {};
  const { config } = loaded;
  const { catalog, rules } = catalogFor(config, loaded.file);
  const baseline = o.baseline || config.baseline;
  // The tool's own files quote legacy endpoints and model IDs on purpose: never report them.
  const own = [loaded.file, baseline, DEFAULT_BASELINE_PATH, ...(opts.outputFiles ?? [])]
    .filter((f): f is string => Boolean(f))
    .map((f) => ownFilePattern(opts.root, f))
    .filter((p): p is string => p !== undefined);
  return {
    loaded,
    failOn: o.failOn ?? config['fail-on'],
    include: o.include?.length ? o.include : config.include,
    exclude: [...(o.exclude?.length ? o.exclude : config.exclude), ...new Set(own)],
    ...(baseline ? { baseline } : {}),
    catalog,
    rules,
  };
}

/** A root-anchored, literal .gitignore pattern for one file inside the root; undefined for a file outside it. */
export function ownFilePattern(root: string, file: string): string | undefined {
  const rel = path.relative(root, path.resolve(root, file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  // Only the exact file: a gitignore-style line would also leave out a folder of that name and everything in it
  // (a `json-file` naming a folder used to exclude that folder from the scan). Such a path is refused when written.
  const st = lstatOrUndefined(path.resolve(root, file));
  if (st && !st.isFile()) return undefined;
  return '/' + rel.split(path.sep).join('/').replace(/[*?[\]\\!#]/g, '\\$&');
}

function lstatOrUndefined(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}
