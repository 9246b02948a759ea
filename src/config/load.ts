import { promises as fs } from 'node:fs';
import path from 'node:path';
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
  let text: string;
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (st.size > MAX_CONFIG_BYTES) {
      throw new ConfigError([{ file: display, line: 1, column: 1, key: '', message: `the config file is larger than ${MAX_CONFIG_BYTES} bytes` }]);
    }
    text = await fs.readFile(abs, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { config: defaultConfig(), locate: () => ({ line: 1, column: 1 }) };
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'not a file' : `cannot read it (${code ?? (err as Error).message})`;
    throw new ConfigError([{ file: display, line: 1, column: 1, key: '', message: why }]);
  }
  // The YAML parser and the schema are loaded only now: most repositories have no config file.
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, display);
}
