import path from 'node:path';
import { readRepoFile } from '../safe-fs/bounded-read.js';
import { pathInsideRoot } from '../safe-fs/inside-root.js';
import { defaultConfig, DEFAULT_CONFIG_PATH } from './defaults.js';
import { ConfigError, type LoadedConfig } from './issues.js';

export { ConfigError, formatIssue, keyPathText, type ConfigIssue, type KeyPath, type LoadedConfig } from './issues.js';

const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadOptions {
  root: string;
  /** The config path the user gave (relative to the root, or absolute). Unset: the default path, if present. */
  configPath?: string;
}

/**
 * Reads the config file: the one named (which must exist), else `.github/tokenhub-migration.yml` under the root
 * when present, else the defaults.
 */
export async function loadConfig(opts: LoadOptions): Promise<LoadedConfig> {
  const explicit = opts.configPath !== undefined && opts.configPath.trim() !== '';
  const given = explicit ? opts.configPath!.trim() : DEFAULT_CONFIG_PATH;
  const abs = path.resolve(opts.root, given);
  const rel = path.relative(opts.root, abs);
  const display = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
  // The default file is the repository's (a PR's author's): it may not lead out of the workspace through a linked
  // folder. Either file is read only when it is a regular file within the size cap, never through a link.
  let file = abs;
  if (!explicit) {
    const inside = await pathInsideRoot(opts.root, given);
    if ('refused' in inside) throw new ConfigError([{ file: display, line: 1, column: 1, key: '', message: `not read: ${inside.refused}` }]);
    file = inside.abs;
  }
  const read = await readRepoFile(file, MAX_CONFIG_BYTES);
  if (!read.ok) {
    if (!explicit && read.missing) return { config: defaultConfig(), locate: () => ({ line: 1, column: 1 }) };
    const why = read.missing ? 'file not found' : read.reason === 'not a regular file' ? 'not a file' : `not read: ${read.reason}`;
    throw new ConfigError([{ file: display, line: 1, column: 1, key: '', message: why }]);
  }
  const text = read.bytes.toString('utf8');
  // The YAML parser and the schema are loaded only now: most repositories have no config file.
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, display);
}
