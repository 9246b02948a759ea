import path from 'node:path';
import { commandSettings, type CommandOverrides } from '../config/command-settings.js';
import { parseModelMap } from '../fix/model-map.js';
import type { Region } from '../fix/region.js';
import { fixLeavesFailure, runFix, type FixRunResult } from '../fix/run-fix.js';
import { commandRoot } from '../target/index.js';

/**
 * The fix run from a folder (the CLI's `fix`), with the config file as `scan` reads it: rules switched off are not
 * fixed, extra model IDs (`legacy=new`) are mapped against the run's rules, and the config and baseline files are
 * never edited.
 */

export interface LocalFixRequest {
  /** The folder the command runs from: paths given are relative to it. */
  cwd: string;
  paths: readonly string[];
  /** --root; unset: the git top level of the paths. */
  root?: string;
  overrides: Omit<CommandOverrides, 'baseline' | 'output'>;
  gitignore: boolean;
  maxFileBytes?: number;
  region: Region;
  /** `legacy=new` items, as given. */
  models: readonly string[];
  dryRun: boolean;
  sdk: boolean;
}

export interface LocalFix {
  result: FixRunResult;
  /** A finding left for a person at or above fail-on, or a file not written. */
  failed: boolean;
}

export async function localFix(req: LocalFixRequest): Promise<LocalFix> {
  const targets = req.paths.map((p) => path.resolve(req.cwd, p));
  const root = await commandRoot(req.cwd, targets, req.root);
  const settings = await commandSettings(req.cwd, root, req.overrides);
  const result = await runFix({
    root,
    paths: targets,
    include: settings.include,
    exclude: settings.exclude,
    gitignore: req.gitignore,
    maxFileBytes: req.maxFileBytes,
    catalog: settings.catalog,
    region: req.region,
    models: parseModelMap(req.models, settings.rules),
    dryRun: req.dryRun,
    sdk: req.sdk,
  });
  return { result, failed: fixLeavesFailure(result, settings.failOn) };
}
