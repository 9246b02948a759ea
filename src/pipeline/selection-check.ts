import { statSync } from 'node:fs';
import path from 'node:path';
import type { ScanResult } from '../finding/finding.js';
import { ScanTargetError } from '../scan/index.js';

/**
 * A scan that read no file at all is almost always a selection mistake (a typo in --include, a folder that is all
 * ignored): say which part selected nothing instead of reporting a clean result. Files named one by one and all
 * excluded are not a mistake (a commit hook passes whatever is staged), so that case stays a clean result.
 */
export function checkSomethingScanned(
  result: ScanResult,
  sel: { cwd: string; positionals: readonly string[]; include: readonly string[]; includeFromConfig: boolean },
): void {
  if (result.stats.files > 0 || result.skipped.length > 0) return;
  if (sel.include.length) {
    const where = sel.includeFromConfig ? 'include pattern (config file)' : '--include';
    const list = sel.include.map((p) => `'${p}'`).join(', ');
    throw new ScanTargetError(
      `${where} ${list} ${sel.include.length === 1 ? 'matches' : 'match'} no file in ${sel.positionals.length ? sel.positionals.join(', ') : 'the current folder'} ` +
        '(patterns use .gitignore syntax, relative to the root: `src/`, `*.py`, `src/**/*.ts`)',
    );
  }
  const targets = sel.positionals.length ? sel.positionals : ['.'];
  const folders = targets.filter((t) => isDir(path.resolve(sel.cwd, t)));
  if (folders.length) {
    throw new ScanTargetError(
      `${folders.map((f) => `'${f}'`).join(', ')} has no file to scan: ${folders.length === 1 ? 'it is' : 'they are'} empty, or everything in ` +
        `${folders.length === 1 ? 'it' : 'them'} is excluded (--exclude, the config file) or ignored by .gitignore (--no-gitignore scans ignored files)`,
    );
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
