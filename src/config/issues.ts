import { UserError } from '../errors.js';
import type { Config } from './schema.js';

/** One problem in a config file, located for the user (and for an annotation on the file). */
export interface ConfigIssue {
  /** The config file as the user named it (relative to the root when it lies inside it). */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The key path, such as `rules.hunyuan-model` or `exclude[2]`; empty for the whole file. */
  key: string;
  message: string;
}

export class ConfigError extends UserError {
  constructor(readonly issues: ConfigIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

export function formatIssue(i: ConfigIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.key ? `${i.key}: ` : ''}${i.message}`;
}

export type KeyPath = readonly PropertyKey[];

export interface LoadedConfig {
  config: Config;
  /** The file it came from, relative to the root where possible; undefined when no file was read. */
  file?: string;
  /** Where a key or value sits in the file (line 1 when the file does not hold it). */
  locate(keyPath: KeyPath): { line: number; column: number };
}

export function keyPathText(keyPath: KeyPath): string {
  let out = '';
  for (const seg of keyPath) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}
