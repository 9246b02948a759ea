import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { DEFAULT_EXCLUDES } from '../scan/list-files.js';
import type { Config } from './schema.js';
import type { ConfigIssue, LoadedConfig } from './issues.js';

/**
 * A pattern in `include` or `exclude` that matches no file is almost always a typo (a wrong folder name, an
 * extension without `*`), and it fails silently: report it with its line. The files are walked once, with the
 * scanner's own matcher, and the walk stops as soon as every pattern has matched something.
 */
export async function unmatchedGlobs(loaded: LoadedConfig, root: string): Promise<ConfigIssue[]> {
  const pending = new Map<string, { matcher: Ignore; where: { list: 'include' | 'exclude'; index: number }[] }>();
  for (const list of ['include', 'exclude'] as const) {
    (loaded.config[list] as Config['include']).forEach((pattern, index) => {
      if (pattern.startsWith('!')) return; // a negation alone matches nothing by design
      const entry = pending.get(pattern) ?? { matcher: ignore().add(pattern), where: [] };
      entry.where.push({ list, index });
      pending.set(pattern, entry);
    });
  }
  if (pending.size === 0) return [];
  const stream = fg.stream(['**/*'], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: DEFAULT_EXCLUDES, suppressErrors: true });
  for await (const entry of stream as AsyncIterable<string>) {
    for (const [pattern, { matcher }] of pending) if (matcher.ignores(entry)) pending.delete(pattern);
    if (pending.size === 0) break;
  }
  const issues: ConfigIssue[] = [];
  for (const [pattern, { where }] of pending) {
    for (const w of where) {
      issues.push({
        file: loaded.file ?? '(config)',
        ...loaded.locate([w.list, w.index]),
        key: `${w.list}[${w.index}]`,
        message: `'${pattern}' matches no file in the repository (patterns use .gitignore syntax: \`docs/\`, \`*.md\`, \`src/**/*.ts\`)`,
      });
    }
  }
  return issues;
}
