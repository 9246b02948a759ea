import path from 'node:path';
import { commandSettings, type CommandOverrides } from '../config/command-settings.js';
import type { Settings } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../scan/index.js';
import { contentTarget } from '../target/content-target.js';
import { commandRoot, type ChangeRequest, type ScannedTarget } from '../target/index.js';
import { readStdin, stdinName, wantsStdin } from '../target/stdin.js';
import type { Scope } from '../triage/diff-scope.js';
import type { TriageOutcome } from '../triage/triage.js';
import { TOOL_NAME } from '../tool.js';
import { judgeTarget, scanTarget, type CheckRequest } from './check.js';
import { checkSomethingScanned } from './selection-check.js';

/**
 * The pipeline run from a folder (the CLI's `scan` and `baseline`, a pre-commit hook): the paths given, or standard
 * input (`-`), or what a change adds; the root (the git top level of the paths, unless given); the config file there
 * under the values given; then target → scan → triage as in the action (check.ts).
 */

export interface LocalCheckRequest {
  /** The folder the command runs from: paths given are relative to it. */
  cwd: string;
  /** Files or folders to scan as given, or `-` for standard input; none: the current folder. */
  paths: readonly string[];
  /** --root: the folder findings are relative to; unset: the git top level of the paths (target/root.ts). */
  root?: string;
  overrides: CommandOverrides;
  /** Only what this change adds is judged (--diff, --staged); unset: the whole tree. */
  change?: ChangeRequest;
  scope: Scope;
  gitignore: boolean;
  maxFileBytes?: number;
  threads?: number;
  /** For `-`: the stream, the name it is scanned under (--stdin-filename), and the command for a hint. */
  stdin?: { stream?: NodeJS.ReadableStream & { isTTY?: boolean }; filename?: string; program: string };
  onProgress?: (filesDone: number) => void;
}

export interface LocalCheck {
  root: string;
  /** The targets scanned, absolute (standard input: the path it was scanned under). */
  targets: string[];
  settings: Settings;
  target: ScannedTarget;
  outcome: TriageOutcome;
}

export async function localCheck(req: LocalCheckRequest): Promise<LocalCheck> {
  const stdin = wantsStdin(req.paths);
  if (stdin && req.change) throw new UsageError("'-' (standard input) cannot be combined with --diff or --staged");
  const stdinRel = stdin ? stdinName(req.stdin?.filename) : undefined;
  const targets = stdin ? [] : req.paths.map((p) => path.resolve(req.cwd, p));
  const root = stdin && !req.root ? req.cwd : await commandRoot(req.cwd, targets, req.root);
  const settings = await commandSettings(req.cwd, root, req.overrides);
  const request: CheckRequest = {
    root,
    targets,
    settings,
    scope: req.scope,
    gitignore: req.gitignore,
    log: { info: () => undefined },
    ...(req.change ? { change: req.change } : {}),
    ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}),
    ...(req.threads !== undefined ? { threads: req.threads } : {}),
    ...(req.onProgress ? { onProgress: req.onProgress } : {}),
  };
  let target: ScannedTarget;
  if (stdinRel !== undefined) {
    const bytes = await readStdin(req.stdin?.stream, req.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, req.stdin?.program ?? TOOL_NAME);
    target = contentTarget({ root, path: stdinRel, bytes, catalog: settings.catalog, ...(req.maxFileBytes !== undefined ? { maxFileBytes: req.maxFileBytes } : {}) });
    targets.push(path.resolve(root, stdinRel));
  } else {
    target = await scanTarget(request);
    if (!req.change) {
      checkSomethingScanned(target.result, { cwd: req.cwd, positionals: req.paths, include: settings.include, includeFromConfig: !req.overrides.include?.length });
    }
  }
  return { root: target.result.root, targets, settings, target, outcome: await judgeTarget(request, target) };
}
