import path from 'node:path';
import { readRepoFile } from '../safe-fs/bounded-read.js';
import { pathInsideRoot } from '../safe-fs/inside-root.js';
import { writeReportFile, writeUserFile } from '../safe-fs/report-path.js';
import type { Finding } from '../finding/finding.js';
import { TOOL_NAME } from '../tool.js';
import { BaselineError, createBaseline, parseBaseline, serializeBaseline, type Baseline } from './baseline.js';
import { DEFAULT_BASELINE_PATH } from './baseline-path.js';

export { DEFAULT_BASELINE_PATH } from './baseline-path.js';

/** Baselines of very large repositories run to a few MiB; anything far larger is not one. */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a baseline named by the config file or an input. The config is the PR author's on a pull request, so the
 * path must stay inside the workspace (no `..`, no absolute path elsewhere, no linked folder), the file must be a
 * regular file within the size cap, and no error quotes what the file holds.
 */
export async function readBaselineFile(root: string, file: string): Promise<Baseline> {
  const inside = await pathInsideRoot(root, file);
  if ('refused' in inside) throw new BaselineError(`baseline file not read: ${file}: ${inside.refused}`);
  const read = await readRepoFile(inside.abs, MAX_BASELINE_BYTES);
  if (!read.ok) {
    throw new BaselineError(
      read.missing
        ? `baseline file not found: ${file} (create it with \`tokenhub-migration-check baseline --output ${file}\`)`
        : `cannot read the baseline file ${file}: ${read.reason}`,
    );
  }
  return parseBaseline(read.bytes.toString('utf8'), file);
}

/** Writes the baseline the config names (or the default path) inside the repository, never through a link. */
export async function writeBaselineFile(root: string, file: string, baseline: Baseline): Promise<string> {
  return writeReportFile(path.isAbsolute(file) ? path.relative(root, file) : file, [root], serializeBaseline(baseline), 'the baseline');
}

/**
 * Records the findings as a baseline (`baseline` command) and returns the path written. A file named on the command
 * line (`output`, relative to `cwd`) is the user's; the one the config names (or the default) stays inside the root.
 */
export async function saveBaseline(findings: readonly Finding[], where: { root: string; cwd: string; output?: string; configured?: string }): Promise<string> {
  const baseline = createBaseline(findings, TOOL_NAME);
  return where.output
    ? writeUserFile(where.output, where.cwd, serializeBaseline(baseline), 'the baseline')
    : writeBaselineFile(where.root, where.configured ?? DEFAULT_BASELINE_PATH, baseline);
}
